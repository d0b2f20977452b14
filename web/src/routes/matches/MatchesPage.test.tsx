import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createMemoryRouter, MemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MatchesPage } from "./MatchesPage";

function reply(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json" } });
}

describe("MatchesPage", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("names a bad filter beside its input instead of failing the page", async () => {
    vi.stubGlobal("fetch", vi.fn(async (url: string) => {
      if (url.includes("min_salary=abc")) {
        return reply({ title: "Validation failed", status: 422, errors: [{ field: "min_salary", message: "must be a number, 0 or more" }] }, 422);
      }
      if (url.startsWith("/api/v1/jobs/matches")) return reply({ matches: [], total: 0, next_cursor: "" });
      return reply({ skills: [], top: 50 });
    }));
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter>
          <MatchesPage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await screen.findByText("0 postings ranked");
    const salary = screen.getByRole("textbox", { name: "Minimum salary" });
    fireEvent.change(salary, { target: { value: "abc" } });
    await waitFor(() => expect(salary.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(salary.getAttribute("aria-describedby") ?? "")?.textContent).toBe("must be a number, 0 or more");
    expect(screen.queryByText("Something went wrong")).toBeNull();
  });

  it("opens with the filters in the address, replaces the entry as they change, and follows back and forward", async () => {
    const fetchMock = vi.fn(async (url: string) => url.startsWith("/api/v1/jobs/matches") ? reply({ matches: [], total: 0, next_cursor: "" }) : reply({ skills: [], top: 50 }));
    vi.stubGlobal("fetch", fetchMock);
    const router = createMemoryRouter([{ path: "/matches", element: <MatchesPage /> }, { path: "/jobs", element: <p>Jobs</p> }], { initialEntries: ["/jobs", "/matches?work_mode=remote&country=DE"], initialIndex: 1 });
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
    await screen.findByText("0 postings ranked");
    expect((screen.getByRole("combobox", { name: "Work mode" }) as HTMLSelectElement).value).toBe("remote");
    expect((screen.getByRole("textbox", { name: "Country code" }) as HTMLInputElement).value).toBe("DE");
    const sent = fetchMock.mock.calls.map((c) => String(c[0])).filter((u) => u.startsWith("/api/v1/jobs/matches?")).map((u) => new URLSearchParams(u.split("?")[1]));
    expect(sent[0]?.get("work_mode")).toBe("remote");
    expect(sent[0]?.get("country")).toBe("DE");
    fireEvent.change(screen.getByRole("combobox", { name: "Work mode" }), { target: { value: "hybrid" } });
    await waitFor(() => expect(router.state.location.search).toBe("?work_mode=hybrid&country=DE"));
    expect(router.state.historyAction).toBe("REPLACE");
    await act(() => router.navigate(-1));
    expect(router.state.location.pathname).toBe("/jobs");
    await act(() => router.navigate(1));
    expect((await screen.findByRole("combobox", { name: "Work mode" }) as HTMLSelectElement).value).toBe("hybrid");
    await act(() => router.navigate("/matches?work_mode=onsite"));
    expect((screen.getByRole("combobox", { name: "Work mode" }) as HTMLSelectElement).value).toBe("onsite");
    expect((screen.getByRole("textbox", { name: "Country code" }) as HTMLInputElement).value).toBe("");
  });
});
