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

  it("keeps the retry for other failures", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => problem(503, "Service unavailable")));
    renderJob("abc");
    expect((await screen.findByRole("alert")).textContent).toContain("Service unavailable");
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Back to jobs" })).toBeTruthy();
  });
});
