import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SearchPage } from "./SearchPage";

const emptyPage = { matches: [], total: 0, next_cursor: "", facets: {} };

function reply(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json" } });
}

function renderAt(path: string) {
  const router = createMemoryRouter([{ path: "/search", element: <SearchPage /> }, { path: "/jobs", element: <p>Jobs</p> }], { initialEntries: ["/jobs", path], initialIndex: 1 });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

/** The query strings the page sent to GET /api/v1/search, parsed. */
function searched(fetchMock: ReturnType<typeof vi.fn>): URLSearchParams[] {
  return fetchMock.mock.calls.map((c) => String(c[0])).filter((u) => u.startsWith("/api/v1/search?")).map((u) => new URLSearchParams(u.split("?")[1]));
}

describe("SearchPage", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("opens with the search in the address and searches it at once", async () => {
    const fetchMock = vi.fn(async () => reply(emptyPage));
    vi.stubGlobal("fetch", fetchMock);
    renderAt("/search?q=engineer&work_mode=remote&sort=date");
    await screen.findByText("0 results");
    expect((screen.getByRole("searchbox", { name: "Search" }) as HTMLInputElement).value).toBe("engineer");
    expect((screen.getByRole("combobox", { name: "Work mode" }) as HTMLSelectElement).value).toBe("remote");
    expect((screen.getByRole("combobox", { name: "Sort by" }) as HTMLSelectElement).value).toBe("date");
    const sent = searched(fetchMock)[0];
    expect(sent?.get("q")).toBe("engineer");
    expect(sent?.get("work_mode")).toBe("remote");
    expect(sent?.get("sort")).toBe("date");
    expect(sent?.get("facets")).toBe("true");
  });

  it("hides dismissed postings by default and sends the chosen mark filter otherwise", async () => {
    const fetchMock = vi.fn(async () => reply(emptyPage));
    vi.stubGlobal("fetch", fetchMock);
    renderAt("/search?q=engineer");
    await screen.findByText("0 results");
    expect((screen.getByRole("combobox", { name: "Show" }) as HTMLSelectElement).value).toBe("");
    expect(searched(fetchMock)[0]?.get("state")).toBe("not_dismissed");
    fireEvent.change(screen.getByRole("combobox", { name: "Show" }), { target: { value: "any" } });
    await waitFor(() => expect(searched(fetchMock).at(-1)?.get("state")).toBe("any"));
  });

  it("writes changed filters into the address by replacing the entry, and follows back and forward", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => reply(emptyPage)));
    const router = renderAt("/search?q=engineer");
    await screen.findByText("0 results");
    fireEvent.change(screen.getByRole("combobox", { name: "Work mode" }), { target: { value: "hybrid" } });
    await waitFor(() => expect(router.state.location.search).toBe("?q=engineer&work_mode=hybrid"));
    expect(router.state.historyAction).toBe("REPLACE");
    await act(() => router.navigate(-1));
    expect(router.state.location.pathname).toBe("/jobs");
    await act(() => router.navigate(1));
    expect(router.state.location.search).toBe("?q=engineer&work_mode=hybrid");
    expect((await screen.findByRole("combobox", { name: "Work mode" }) as HTMLSelectElement).value).toBe("hybrid");
    await act(() => router.navigate("/search?q=designer"));
    expect((screen.getByRole("searchbox", { name: "Search" }) as HTMLInputElement).value).toBe("designer");
  });

  it("shows a 422's field messages next to the inputs, not as a failure", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => reply({
      type: "about:blank", title: "Validation failed", status: 422, detail: "One or more query parameters are invalid.",
      errors: [{ field: "min_salary", message: "must be a number, 0 or more" }, { field: "salary_currency", message: "must be an ISO 4217 code the server knows, such as USD, EUR, GBP" }],
    }, 422)));
    renderAt("/search?q=engineer&min_salary=-5&salary_currency=XYZ");
    const salary = screen.getByRole("textbox", { name: "Minimum salary" });
    await waitFor(() => expect(salary.getAttribute("aria-invalid")).toBe("true"));
    const describedBy = salary.getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(describedBy)?.textContent).toBe("must be a number, 0 or more");
    expect(screen.getByRole("alert").textContent).toContain("salary currency must be an ISO 4217 code the server knows, such as USD, EUR, GBP");
    expect(screen.queryByText(/Something went wrong/)).toBeNull();
    expect(screen.queryByText(/nothing was saved/)).toBeNull();
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
  });

  it("lists facet values as toggles with readable labels that set and clear the filter", async () => {
    const source = { id: "src-1", kind: "greenhouse", name: "GitHub careers", params: {}, interval_minutes: 60, enabled: true, can_edit: false, last_run_at: null,
      last_success_at: null, last_error: "", consecutive_failures: 0, next_run_at: null, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" };
    const facets = { source: [{ value: "src-1", count: 3 }], employment_type: [{ value: "full_time", count: 2 }], company: [{ value: "acme", count: 1 }] };
    const fetchMock = vi.fn(async (url: string) => url.startsWith("/api/v1/sources") ? reply({ sources: [source] }) : reply({ ...emptyPage, facets }));
    vi.stubGlobal("fetch", fetchMock);
    const router = renderAt("/search?q=engineer");
    const github = await screen.findByRole("button", { name: "GitHub careers (3)" });
    expect(screen.getByRole("button", { name: "acme (1)" })).toBeTruthy();
    const fullTime = screen.getByRole("button", { name: "Full-time (2)" });
    expect(fullTime.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(fullTime);
    await waitFor(() => expect(router.state.location.search).toBe("?q=engineer&employment_type=full_time"));
    fireEvent.click(github);
    await waitFor(() => expect(router.state.location.search).toBe("?q=engineer&employment_type=full_time&source=src-1"));
    await waitFor(() => expect(searched(fetchMock).at(-1)?.get("source")).toBe("src-1"));
    expect(searched(fetchMock).at(-1)?.get("employment_type")).toBe("full_time");
    expect(screen.getByRole("button", { name: "Full-time (2)" }).getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(screen.getByRole("button", { name: "Full-time (2)" }));
    await waitFor(() => expect(router.state.location.search).toBe("?q=engineer&source=src-1"));
  });

  it("lists companies by the name the server labels each key with, and filters by the key", async () => {
    const facets = { company: [{ value: "github", count: 53, label: "GitHub" }, { value: "parent", count: 9, label: "Parent Ltd." }, { value: "amdocs", count: 1 }] };
    const fetchMock = vi.fn(async (url: string) => url.startsWith("/api/v1/sources") ? reply({ sources: [] }) : reply({ ...emptyPage, facets }));
    vi.stubGlobal("fetch", fetchMock);
    const router = renderAt("/search?q=engineer");
    const list = await screen.findByRole("list", { name: "Company" });
    expect(Array.from(list.querySelectorAll("button"), (b) => b.textContent)).toEqual(["GitHub (53)", "Parent Ltd. (9)", "amdocs (1)"]);
    fireEvent.click(screen.getByRole("button", { name: "Parent Ltd. (9)" }));
    await waitFor(() => expect(router.state.location.search).toBe("?q=engineer&company=parent"));
    await waitFor(() => expect(searched(fetchMock).at(-1)?.get("company")).toBe("parent"));
    expect(screen.getByRole("button", { name: "Parent Ltd. (9)" }).getAttribute("aria-pressed")).toBe("true");
  });
});

