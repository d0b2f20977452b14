import type { z } from "zod";
import { ApiError, problemFromResponse } from "./errors";

/** Name of the double-submit CSRF cookie the server sets (readable by scripts). */
export const CSRF_COOKIE = "copilot_csrf";
/** Header that must echo the CSRF cookie on every unsafe request. */
export const CSRF_HEADER = "X-CSRF-Token";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Reads a cookie by name from document.cookie. */
export function readCookie(name: string): string | undefined {
  if (typeof document === "undefined") return undefined;
  for (const part of document.cookie.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

// The token from the last /auth/csrf response, used when the cookie cannot be read.
let lastFetchedToken: string | undefined;
let pendingToken: Promise<string> | undefined;

/** Forgets the cached CSRF token (for tests and after logout). */
export function resetCsrf(): void {
  lastFetchedToken = undefined;
  pendingToken = undefined;
}

async function fetchCsrfToken(): Promise<string> {
  pendingToken ??= (async () => {
    try {
      const res = await rawFetch("/api/v1/auth/csrf", { method: "GET" });
      if (!res.ok) throw await problemFromResponse(res);
      const body = (await res.json()) as { csrf_token?: unknown };
      // The body is what the server just issued (and set as the cookie); the cookie
      // is the fallback for a server that only sets the cookie.
      const token = (typeof body.csrf_token === "string" && body.csrf_token) || readCookie(CSRF_COOKIE) || "";
      if (!token) throw new ApiError({ status: res.status, title: "The server sent no CSRF token" });
      lastFetchedToken = token;
      return token;
    } finally {
      pendingToken = undefined;
    }
  })();
  return pendingToken;
}

async function csrfToken(): Promise<string> {
  return readCookie(CSRF_COOKIE) ?? lastFetchedToken ?? fetchCsrfToken();
}

async function rawFetch(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, {
      ...init,
      credentials: "include",
      headers: { Accept: "application/json, application/problem+json", ...init.headers },
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new ApiError({ status: 0, title: "Network error: the server could not be reached" });
  }
}

/** Options for one API call. */
export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

function isCsrfFailure(err: ApiError): boolean {
  return err.status === 403 && /csrf/i.test(err.title);
}

/**
 * Calls the API and returns the parsed JSON body (validated by schema when given),
 * or undefined for 204. Throws ApiError for any non-2xx answer.
 */
export async function request<T = unknown>(path: string, opts: RequestOptions = {}, schema?: z.ZodType<T>): Promise<T> {
  const method = opts.method ?? "GET";
  const send = async (token?: string): Promise<Response> => {
    const headers: Record<string, string> = {};
    if (opts.body !== undefined) headers["Content-Type"] = "application/json";
    if (unsafeMethods.has(method)) headers[CSRF_HEADER] = token ?? (await csrfToken());
    return rawFetch(path, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  };

  let res = await send();
  if (!res.ok) {
    let err = await problemFromResponse(res);
    // A stale token (cookie rotated or expired): get a fresh one and try once more.
    if (unsafeMethods.has(method) && isCsrfFailure(err)) {
      lastFetchedToken = undefined;
      res = await send(await fetchCsrfToken());
      if (res.ok) return parseBody(res, schema);
      err = await problemFromResponse(res);
    }
    throw err;
  }
  return parseBody(res, schema);
}

async function parseBody<T>(res: Response, schema?: z.ZodType<T>): Promise<T> {
  if (res.status === 204 || res.headers.get("Content-Length") === "0") return undefined as T;
  const text = await res.text();
  if (text === "") return undefined as T;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError({ status: res.status, title: "The server sent a response that is not JSON" });
  }
  if (!schema) return data as T;
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError({
      status: res.status,
      title: "The server sent an unexpected response",
      detail: parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; "),
    });
  }
  return parsed.data;
}
