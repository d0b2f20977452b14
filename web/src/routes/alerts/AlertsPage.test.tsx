import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AlertsPage } from "./AlertsPage";
import { alertSummary } from "./summary";

function reply(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

const base = { query: "golang", min_score: 60, frequency: "daily" as const, channels: ["inapp", "email"], filters: {}, quiet_hours_start: "", quiet_hours_end: "" };

describe("alertSummary", () => {
  it("names the work modes an alert keeps to, remote only included", () => {
    expect(alertSummary({ ...base, filters: { work_modes: ["remote"] } })).toBe("“golang” · score ≥ 60 · remote only · daily · In the app, Email");
    expect(alertSummary({ ...base, filters: { work_modes: ["hybrid", "onsite"] } })).toBe("“golang” · score ≥ 60 · hybrid or on site only · daily · In the app, Email");
    expect(alertSummary({ ...base, query: "", quiet_hours_start: "22:00", quiet_hours_end: "07:00" })).toBe("“any” · score ≥ 60 · daily · In the app, Email · quiet 22:00–07:00");
  });
});

describe("AlertsPage", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("confirms a created alert in a status message and lists it as remote only", async () => {
    const saved: unknown[] = [];
    vi.stubGlobal("fetch", vi.fn(async (url: string, init?: RequestInit) => {
      if (url.startsWith("/api/v1/auth/csrf")) return reply({ csrf_token: "t" });
      if (url.startsWith("/api/v1/alerts") && init?.method === "POST") {
        const body = JSON.parse(String(init.body));
        const a = { ...body, id: "a1", digest_hour: 8, enabled: true, last_digest_at: null, created_at: "2026-01-01T00:00:00Z" };
        saved.push(a);
        return reply(a, 201);
      }
      if (url.startsWith("/api/v1/alerts")) return reply({ alerts: saved });
      if (url.includes("channels")) return reply({ channels: [] });
      return reply({ deliveries: [] });
    }));
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <AlertsPage />
      </QueryClientProvider>,
    );
    await screen.findByText("No alerts yet");
    fireEvent.change(document.getElementById("alert-name") as HTMLInputElement, { target: { value: "Remote Go" } });
    fireEvent.click(screen.getByLabelText("Remote only"));
    expect(screen.queryByText("Alert created.")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Create alert" }));
    await waitFor(() => expect(screen.getAllByRole("status").map((s) => s.textContent)).toContain("Alert created."));
    expect(await screen.findByText(/remote only/)).toBeTruthy();
  });
});
