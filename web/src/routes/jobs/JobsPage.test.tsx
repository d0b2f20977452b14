import { fireEvent, render, screen } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { JobsPage } from "./JobsPage";

function renderJobs() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter initialEntries={["/jobs"]}>
        <JobsPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe("JobsPage", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("asks for a source when there are no postings, and says no posting matches a filter otherwise", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ jobs: [], next_cursor: "" }), { headers: { "Content-Type": "application/json" } })));
    renderJobs();
    expect(await screen.findByText("No postings yet")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Status"), { target: { value: "closed" } });
    expect(await screen.findByText("No closed postings.")).toBeTruthy();
    expect(screen.queryByText("No postings yet")).toBeNull();
  });
});
