import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetCsrf } from "../../api/client";
import { TrackButton } from "./TrackButton";

const app = {
  id: "a-1", posting_id: "p-9", company: "Acme", title: "Dev", url: "", location: "", salary: "", stage: "saved", position: 0, priority: 0,
  excitement: 0, tags: [], expected_salary: "", offered_salary: "", found_via: "", referral: "", stage_dates: {}, applied_at: null,
  first_response_at: null, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z",
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json" } });
}

describe("TrackButton", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    resetCsrf();
  });

  it("creates an application from the posting id and links to it", async () => {
    const calls: { url: string; body?: string }[] = [];
    vi.stubGlobal("fetch", vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, body: init?.body as string | undefined });
      return url.endsWith("/auth/csrf") ? json({ csrf_token: "t" }) : json(app, 201);
    }));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <TrackButton postingId="p-9" label="Dev at Acme" />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Track Dev at Acme" }));
    const link = await screen.findByRole("link", { name: "Tracked — open application" });
    expect(link.getAttribute("href")).toBe("/applications/a-1");
    const post = calls.find((c) => c.url === "/api/v1/applications");
    expect(JSON.parse(post?.body ?? "{}")).toEqual({ posting_id: "p-9", origin: "page" });
  });

  it("shows a posting tracked earlier as tracked, after a reload", async () => {
    vi.stubGlobal("fetch", vi.fn(async (url: string) => (url.startsWith("/api/v1/applications?") ? json({ applications: [app] }) : json({}, 404))));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <TrackButton postingId="p-9" label="Dev at Acme" />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const link = await screen.findByRole("link", { name: "Tracked — open application" });
    expect(link.getAttribute("href")).toBe("/applications/a-1");
  });

  it("shows the API's title when tracking fails", async () => {
    vi.stubGlobal("fetch", vi.fn(async (url: string) =>
      url.endsWith("/auth/csrf") ? json({ csrf_token: "t" }) : json({ title: "Validation failed", status: 422, errors: [{ field: "posting_id", message: "no such posting" }] }, 422)));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <TrackButton postingId="nope" />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Track" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Validation failed");
  });
});
