import { fireEvent, render, screen, within } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Run } from "../../api/types";
import { RunHistory } from "./RunHistory";

function reply(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

const base: Run = {
  id: "r1",
  source_id: "s1",
  reason: "manual",
  status: "succeeded",
  queued_at: "2026-12-01T08:00:00Z",
  started_at: "2026-12-01T08:00:01Z",
  finished_at: "2026-12-01T08:00:09Z",
  fetched: 12,
  new: 10,
  linked: 0,
  updated: 0,
  unchanged: 0,
  closed: 0,
  complete: true,
  error: "",
  errors: [],
};

const detail404 = (id: string) => `smartrecruiters: detail: fetch: GET https://api.smartrecruiters.com/v1/companies/acme/postings/${id}: HTTP 404`;

function showRuns(runs: Run[]) {
  const urls: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      urls.push(url);
      return reply({ runs });
    }),
  );
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RunHistory id="runs-s1" sourceId="s1" />
    </QueryClientProvider>,
  );
  return urls;
}

describe("RunHistory", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists the items a run could not read with each one's id and reason", async () => {
    const urls = showRuns([
      {
        ...base,
        errors: [
          { index: 3, id: "744000136509359", error: detail404("744000136509359") },
          { index: 7, id: "744000133640099", error: detail404("744000133640099") },
        ],
      },
      { ...base, id: "r0" },
    ]);
    const summary = await screen.findByText("2 items not read");
    expect(urls[0]).toBe("/api/v1/sources/s1/runs");
    const details = summary.closest("details") as HTMLDetailsElement;
    expect(details.open).toBe(false);
    fireEvent.click(summary);
    expect(details.open).toBe(true);
    const items = within(screen.getByRole("list", { name: "Items not read" })).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      `744000136509359${detail404("744000136509359")}`,
      `744000133640099${detail404("744000133640099")}`,
    ]);
    expect(within(items[0]).getByText("744000136509359")).toBeTruthy();
    expect(within(items[1]).getByText(detail404("744000133640099"))).toBeTruthy();
    // The run without item errors shows its count and no disclosure.
    const rows = screen.getAllByRole("row");
    expect(rows).toHaveLength(3);
    expect(within(rows[2]).getAllByRole("cell").at(-1)?.textContent).toBe("0");
  });

  it("shows the first 20 items and counts the rest; an item without an id is named by its index", async () => {
    const errors = Array.from({ length: 23 }, (_, i) => ({ index: i, id: i === 0 ? "" : `job-${i}`, error: `no title ${i}` }));
    showRuns([{ ...base, errors }]);
    await screen.findByText("23 items not read");
    const items = within(screen.getByRole("list", { name: "Items not read" })).getAllByRole("listitem");
    expect(items).toHaveLength(20);
    expect(items[0].textContent).toBe("no id (item 0)no title 0");
    expect(items[19].textContent).toBe("job-19no title 19");
    expect(screen.queryByText("job-20")).toBeNull();
    expect(screen.getByText("and 3 more")).toBeTruthy();
  });

  it("shows a failed run's error and a succeeded run's warning in full", async () => {
    const long = "the answer ends at byte 17 before the listing is complete (cut short)";
    showRuns([
      { ...base, id: "r2", status: "failed", error: long, fetched: 0, new: 0 },
      { ...base, id: "r1", error: "some items could not be read and have no id: nothing was closed", errors: [{ index: 4, id: "", error: "file: line 4: row has 3 fields, header has 5" }] },
    ]);
    expect(await screen.findByText(long)).toBeTruthy();
    expect(screen.getByText("Warning: some items could not be read and have no id: nothing was closed")).toBeTruthy();
    expect(screen.getByText("1 item not read")).toBeTruthy();
    expect(screen.getByText("no id (item 4)")).toBeTruthy();
    expect(screen.getByText("file: line 4: row has 3 fields, header has 5")).toBeTruthy();
  });
});
