import { render, screen } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { JobPage } from "./JobPage";

function problem(status: number, title: string): Response {
  return new Response(JSON.stringify({ type: "about:blank", title, status }), { status, headers: { "Content-Type": "application/problem+json" } });
}

function renderJob(id: string) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter initialEntries={[`/jobs/${id}`]}>
        <Routes>
          <Route path="/jobs/:id" element={<JobPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe("JobPage", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("says there is no such posting for a 404, with a link back to the jobs", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => problem(404, "Not found")));
    renderJob("00000000-0000-0000-0000-000000000000");
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("No such posting");
    expect(screen.getByRole("link", { name: "Back to jobs" }).getAttribute("href")).toBe("/jobs");
    expect(screen.queryByText("Something went wrong")).toBeNull();
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
    expect(document.title).toBe("No such posting · Career Copilot");
  });

  it("applies at the posting's page when the board gives no apply URL, and says when there is no description", async () => {
    const job = {
      id: "j1",
      title: "Analyst",
      company: "Amdocs",
      url: "https://jobs.example.com/41",
      apply_url: "",
      description_html: "",
      locations: [],
      work_mode: "",
      employment_type: "",
      seniority: "",
      department: "",
      salary: {},
      sources: [],
      closed: false,
      closed_at: null,
      first_seen_at: "2026-11-01T00:00:00Z",
      last_seen_at: "2026-11-02T00:00:00Z",
      posted_at: null,
      posted_raw: "",
      saved_at: null,
      dismissed_at: null,
    };
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: RequestInfo | URL) =>
        String(input).endsWith("/api/v1/jobs/j1") ? new Response(JSON.stringify(job), { headers: { "Content-Type": "application/json" } }) : problem(404, "Not found"),
      ),
    );
    renderJob("j1");
    expect(await screen.findByRole("heading", { level: 1, name: "Analyst" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Apply" }).getAttribute("href")).toBe("https://jobs.example.com/41");
    expect(screen.getByText("No description was read for this job.")).toBeTruthy();
  });

  it("keeps the retry for other failures", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => problem(503, "Service unavailable")));
    renderJob("abc");
    expect((await screen.findByRole("alert")).textContent).toContain("Service unavailable");
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Back to jobs" })).toBeTruthy();
  });
});
