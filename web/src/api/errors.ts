import { z } from "zod";

/** Error raised for every failed API call, built from an RFC 9457 problem document. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string;
  /** Field path (e.g. "salary_floor.currency") to its message(s), joined with "; ". */
  readonly fieldErrors: Record<string, string>;
  /** Seconds from the Retry-After header of a 429, when given. */
  readonly retryAfter: number | undefined;

  constructor(init: {
    status: number;
    title: string;
    detail?: string;
    type?: string;
    fieldErrors?: Record<string, string>;
    retryAfter?: number;
  }) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = "ApiError";
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type ?? "about:blank";
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryAfter = init.retryAfter;
  }

  /** Reports whether the API named at least one field as wrong. */
  hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }
}

const problemSchema = z.object({
  type: z.string().optional(),
  title: z.string().optional(),
  status: z.number().optional(),
  detail: z.string().optional(),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .nullish(),
});

/** Fallback titles for responses that carry no problem document. */
const statusTitles: Record<number, string> = {
  400: "Bad request",
  401: "Not signed in",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  422: "Validation failed",
  429: "Too many requests",
  500: "Server error",
  502: "Bad gateway",
  503: "Service unavailable",
};

/** Builds an ApiError from a failed response, reading its problem+json body when present. */
export async function problemFromResponse(res: Response): Promise<ApiError> {
  const retryHeader = res.headers.get("Retry-After");
  const retryAfter = retryHeader !== null && /^\d+$/.test(retryHeader) ? Number(retryHeader) : undefined;
  const fallbackTitle = statusTitles[res.status] ?? `Request failed (${res.status})`;
  const contentType = res.headers.get("Content-Type") ?? "";
  if (!/json/i.test(contentType)) {
    return new ApiError({ status: res.status, title: fallbackTitle, retryAfter });
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return new ApiError({ status: res.status, title: fallbackTitle, retryAfter });
  }
  const parsed = problemSchema.safeParse(body);
  if (!parsed.success) {
    return new ApiError({ status: res.status, title: fallbackTitle, retryAfter });
  }
  const p = parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const e of p.errors ?? []) {
    fieldErrors[e.field] = fieldErrors[e.field] ? `${fieldErrors[e.field]}; ${e.message}` : e.message;
  }
  return new ApiError({
    status: res.status,
    title: p.title || fallbackTitle,
    detail: p.detail || undefined,
    type: p.type,
    fieldErrors,
    retryAfter,
  });
}

/**
 * Returns the message for a form field: an exact match on the path, or errors on
 * its children ("salary_floor.amount", "skills[3]", "skills.3") when asked for the parent.
 */
export function fieldError(errors: Record<string, string> | undefined, field: string): string | undefined {
  if (!errors) return undefined;
  if (errors[field]) return errors[field];
  const nested = Object.entries(errors)
    .filter(([k]) => k.startsWith(`${field}.`) || k.startsWith(`${field}[`))
    .map(([, v]) => v);
  return nested.length > 0 ? nested.join("; ") : undefined;
}
