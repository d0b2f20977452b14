import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter } from "react-router";
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
});
