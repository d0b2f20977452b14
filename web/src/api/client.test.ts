import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { request, resetCsrf } from "./client";
import { ApiError, fieldError } from "./errors";

type Call = { url: string; init: RequestInit };

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const contentType = status >= 400 ? "application/problem+json" : "application/json";
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": contentType, ...headers } });
}

function stubFetch(...responses: Response[]): Call[] {
  const calls: Call[] = [];
  const queue = [...responses];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      const next = queue.shift();
      if (!next) throw new Error(`unexpected fetch ${url}`);
      return next;
    }),
  );
  return calls;
}

function header(call: Call | undefined, name: string): string | undefined {
  return (call?.init.headers as Record<string, string> | undefined)?.[name];
}

beforeEach(() => resetCsrf());
afterEach(() => vi.unstubAllGlobals());

describe("request CSRF handling", () => {
  it("sends the copilot_csrf cookie value as X-CSRF-Token on POST with credentials and JSON", async () => {
    document.cookie = "other=1";
    document.cookie = "copilot_csrf=tok%2Babc";
    const calls = stubFetch(json(200, { user: { id: "u1" } }));
    await request("/api/v1/auth/login?mode=cookie", { method: "POST", body: { email: "a@b.c", password: "x" } });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe("/api/v1/auth/login?mode=cookie");
    expect(calls[0]?.init.method).toBe("POST");
    expect(calls[0]?.init.credentials).toBe("include");
    expect(header(calls[0], "X-CSRF-Token")).toBe("tok+abc");
    expect(header(calls[0], "Content-Type")).toBe("application/json");
    expect(calls[0]?.init.body).toBe('{"email":"a@b.c","password":"x"}');
  });

  it("sends no CSRF header and no body on GET", async () => {
    document.cookie = "copilot_csrf=tok1";
    const calls = stubFetch(json(200, { ok: true }));
    const data = await request<{ ok: boolean }>("/api/v1/profile");
    expect(data).toEqual({ ok: true });
    expect(header(calls[0], "X-CSRF-Token")).toBeUndefined();
    expect(calls[0]?.init.body).toBeUndefined();
    expect(calls[0]?.init.credentials).toBe("include");
  });

  it("fetches /api/v1/auth/csrf first when the cookie is absent and uses its token", async () => {
    const calls = stubFetch(json(200, { csrf_token: "fresh-1" }), new Response(null, { status: 204 }));
    const out = await request("/api/v1/auth/logout", { method: "POST" });
    expect(out).toBeUndefined();
    expect(calls.map((c) => c.url)).toEqual(["/api/v1/auth/csrf", "/api/v1/auth/logout"]);
    expect(calls[0]?.init.method).toBe("GET");
    expect(calls[0]?.init.credentials).toBe("include");
    expect(header(calls[1], "X-CSRF-Token")).toBe("fresh-1");
  });

  it("asks for a token once when several writes start together", async () => {
    const calls = stubFetch(json(200, { csrf_token: "shared" }), json(200, {}), json(200, {}));
    await Promise.all([
      request("/api/v1/profile", { method: "PUT", body: {} }),
      request("/api/v1/preferences", { method: "PATCH", body: {} }),
    ]);
    expect(calls.filter((c) => c.url === "/api/v1/auth/csrf")).toHaveLength(1);
    expect(calls.slice(1).map((c) => header(c, "X-CSRF-Token"))).toEqual(["shared", "shared"]);
  });

  it("retries once with a new token after a CSRF 403", async () => {
    document.cookie = "copilot_csrf=stale";
    const calls = stubFetch(
      json(403, { type: "about:blank", title: "CSRF token missing or invalid", status: 403 }),
      json(200, { csrf_token: "renewed" }),
      json(200, { saved: true }),
    );
    // The stub cannot rotate the cookie, so the body token must win over the stale cookie.
    const out = await request("/api/v1/profile", { method: "PUT", body: {} });
    expect(out).toEqual({ saved: true });
    expect(calls.map((c) => c.url)).toEqual(["/api/v1/profile", "/api/v1/auth/csrf", "/api/v1/profile"]);
    expect(header(calls[0], "X-CSRF-Token")).toBe("stale");
    expect(header(calls[2], "X-CSRF-Token")).toBe("renewed");
  });

  it("does not retry a 403 that is not about CSRF", async () => {
    document.cookie = "copilot_csrf=t";
    const calls = stubFetch(json(403, { title: "Registration is closed", status: 403 }));
    const err = await request("/api/v1/auth/register", { method: "POST", body: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).title).toBe("Registration is closed");
    expect(calls).toHaveLength(1);
  });
});

describe("problem parsing", () => {
  it("turns a 422 problem into an ApiError with status, title, detail and a field map", async () => {
    document.cookie = "copilot_csrf=t";
    stubFetch(
      json(422, {
        type: "https://career-copilot.dev/problems/validation",
        title: "Validation failed",
        status: 422,
        detail: "2 fields are invalid",
        errors: [
          { field: "salary_floor.currency", message: "must be a 3-letter ISO 4217 code" },
          { field: "years_experience", message: "must be between 0 and 70" },
          { field: "years_experience", message: "must be a number" },
        ],
      }),
    );
    const err = (await request("/api/v1/profile", { method: "PUT", body: {} }).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(422);
    expect(err.title).toBe("Validation failed");
    expect(err.detail).toBe("2 fields are invalid");
    expect(err.type).toBe("https://career-copilot.dev/problems/validation");
    expect(err.fieldErrors).toEqual({
      "salary_floor.currency": "must be a 3-letter ISO 4217 code",
      years_experience: "must be between 0 and 70; must be a number",
    });
    expect(err.hasFieldErrors()).toBe(true);
  });

  it("keeps the 401 title of a wrong login", async () => {
    document.cookie = "copilot_csrf=t";
    stubFetch(json(401, { type: "about:blank", title: "Invalid email or password", status: 401 }));
    const err = (await request("/api/v1/auth/login", { method: "POST", body: {} }).catch((e: unknown) => e)) as ApiError;
    expect([err.status, err.title, err.hasFieldErrors()]).toEqual([401, "Invalid email or password", false]);
  });

  it("falls back to a status title for a non-JSON error page", async () => {
    stubFetch(new Response("<html>bad gateway</html>", { status: 502, headers: { "Content-Type": "text/html" } }));
    const err = (await request("/api/v1/profile").catch((e: unknown) => e)) as ApiError;
    expect([err.status, err.title]).toEqual([502, "Bad gateway"]);
  });

  it("reads Retry-After seconds from a 429", async () => {
    stubFetch(json(429, { title: "Too many requests", status: 429 }, { "Retry-After": "17" }));
    const err = (await request("/api/v1/auth/me").catch((e: unknown) => e)) as ApiError;
    expect([err.status, err.retryAfter]).toEqual([429, 17]);
  });

  it("reports a network failure as status 0", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    const err = (await request("/api/v1/auth/me").catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(0);
  });

  it("rejects a 200 body that does not match the schema", async () => {
    stubFetch(json(200, { id: 7 }));
    const err = (await request("/api/v1/auth/me", {}, z.object({ id: z.string() })).catch((e: unknown) => e)) as ApiError;
    expect(err.title).toBe("The server sent an unexpected response");
    expect(err.detail).toContain("id:");
  });
});

describe("fieldError", () => {
  const errors = {
    years_experience: "must be between 0 and 70",
    "salary_floor.amount": "must be greater than 0",
    "skills[3]": "must be at most 100 characters",
    "skills.4": "must not be empty",
  };
  it("finds exact and nested paths but not look-alike prefixes", () => {
    expect(fieldError(errors, "years_experience")).toBe("must be between 0 and 70");
    expect(fieldError(errors, "salary_floor")).toBe("must be greater than 0");
    expect(fieldError(errors, "skills")).toBe("must be at most 100 characters; must not be empty");
    expect(fieldError(errors, "years")).toBeUndefined();
    expect(fieldError(undefined, "skills")).toBeUndefined();
  });
});
