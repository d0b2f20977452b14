import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createMemoryRouter, MemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MatchesPage } from "./MatchesPage";

function reply(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json" } });
}

/** A profile as the API answers before the user saves one: Go's nil lists come as null. */
const blankProfile = {
  full_name: "", headline: "", location: "", years_experience: 0, desired_titles: null, skills: null, seniority: "",
  salary_floor: null, remote_preference: "any", willing_to_relocate: false, work_countries: null, industries: null, dealbreakers: null,
};

/** Answers the profile, the resumes and the skill gap the page reads besides its matches. */
function sideReply(url: string, profile: object = blankProfile, resumes: object[] = []): Response {
  if (url.startsWith("/api/v1/profile")) return reply(profile);
  if (url.startsWith("/api/v1/resumes")) return reply({ resumes });
  return reply({ skills: [], top: 50 });
}

function renderPage(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <MatchesPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return client;
}

describe("MatchesPage", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("names a bad filter beside its input instead of failing the page", async () => {
    vi.stubGlobal("fetch", vi.fn(async (url: string) => {
      if (url.includes("min_salary=abc")) {
        return reply({ title: "Validation failed", status: 422, errors: [{ field: "min_salary", message: "must be a number, 0 or more" }] }, 422);
      }
      if (url.startsWith("/api/v1/jobs/matches")) return reply({ matches: [], total: 0, next_cursor: "" });
      return sideReply(url);
    }));
    renderPage();
    await screen.findByText("0 postings ranked");
    const salary = screen.getByRole("textbox", { name: "Minimum salary" });
    fireEvent.change(salary, { target: { value: "abc" } });
    await waitFor(() => expect(salary.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById(salary.getAttribute("aria-describedby") ?? "")?.textContent).toBe("must be a number, 0 or more");
    expect(screen.queryByText("Something went wrong")).toBeNull();
  });

  it("opens with the filters in the address, replaces the entry as they change, and follows back and forward", async () => {
    const fetchMock = vi.fn(async (url: string) => url.startsWith("/api/v1/jobs/matches") ? reply({ matches: [], total: 0, next_cursor: "" }) : sideReply(url));
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

  describe("asks for skills, titles or a resume", () => {
    const title = "Tell us what you are looking for";
    /** Serves the given profile and resumes; change them and refetch to see the page follow. */
    function serve(state: { profile: object; resumes: object[] }) {
      vi.stubGlobal("fetch", vi.fn(async (url: string) =>
        url.startsWith("/api/v1/jobs/matches") ? reply({ matches: [], total: 0, next_cursor: "" }) : sideReply(url, state.profile, state.resumes)));
    }

    it("when the profile has neither and there is no resume, with links to the profile and the upload", async () => {
      serve({ profile: blankProfile, resumes: [] });
      renderPage();
      const region = await screen.findByRole("region", { name: title });
      expect(region.textContent).toContain("Add your skills and desired titles on the profile page, or upload a resume, to get ranked matches.");
      expect(within(region).getByRole("link", { name: "profile page" }).getAttribute("href")).toBe("/settings/profile");
      expect(within(region).getByRole("link", { name: "upload a resume" }).getAttribute("href")).toBe("/resumes");
    });

    it.each([
      ["skills", { profile: { ...blankProfile, skills: ["Go"] }, resumes: [] }],
      ["desired titles", { profile: { ...blankProfile, desired_titles: ["Backend Engineer"] }, resumes: [] }],
      ["a resume", { profile: blankProfile, resumes: [{ id: "r1", filename: "cv.pdf", primary: true }] }],
    ])("and hides the prompt once the user has %s", async (_, filled) => {
      const state = { profile: blankProfile as object, resumes: [] as object[] };
      serve(state);
      const client = renderPage();
      await screen.findByRole("region", { name: title });
      Object.assign(state, filled);
      await act(() => client.invalidateQueries());
      await waitFor(() => expect(screen.queryByRole("region", { name: title })).toBeNull());
      expect(screen.getByText("0 postings ranked")).toBeTruthy();
    });
  });
});
