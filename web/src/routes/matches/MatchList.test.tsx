import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { MatchItem } from "../../api/types";
import { MatchList } from "./MatchList";

const job = {
  id: "j1", title: "Backend Engineer", company: "Acme", locations: [], work_mode: "remote", employment_type: "", seniority: "",
  department: "", salary: {}, posted_at: null, posted_raw: "", url: "https://example.test/j1", apply_url: "https://example.test/j1",
  first_seen_at: "2026-12-01T00:00:00Z", last_seen_at: "2026-12-01T00:00:00Z", closed: false, closed_at: null, saved_at: null, dismissed_at: null,
};

const item = { job, score: 71, explanation: { score: 71, matched_skills: [], missing_skills: [], components: [] } } as unknown as MatchItem;

describe("MatchList", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("refreshes the jobs, matches, search and the dashboard after a dismiss", async () => {
    const calls: string[] = [];
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      calls.push(`${init?.method ?? "GET"} ${url}`);
      const body = url === "/api/v1/auth/csrf" ? { csrf_token: "t" } : { ...job, dismissed_at: "2026-12-03T10:00:00Z" };
      return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json" } });
    });
    vi.stubGlobal("fetch", fetchMock);
    const client = new QueryClient();
    const invalidated = vi.spyOn(client, "invalidateQueries");
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <MatchList items={[item]} label="Ranked matches" />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: /^Dismiss/ }));
    await waitFor(() => expect(invalidated).toHaveBeenCalledTimes(4));
    expect(invalidated.mock.calls.map(([f]) => f?.queryKey)).toEqual([["jobs"], ["matches"], ["search"], ["dashboard"]]);
    expect(calls.filter((c) => c.includes("/jobs/"))).toEqual(["PUT /api/v1/jobs/j1/dismiss"]);
  });
});
