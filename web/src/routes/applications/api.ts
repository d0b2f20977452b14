import { z } from "zod";
import { request } from "../../api/client";
import { ApiError, problemFromResponse } from "../../api/errors";
import { readCookie, CSRF_COOKIE, CSRF_HEADER } from "../../api/client";
import {
  applicationSchema,
  contactSchema,
  documentSchema,
  eventSchema,
  importPreviewSchema,
  interviewSchema,
  noteSchema,
  notificationSchema,
  reminderSchema,
  type Application,
  type ApplicationInput,
  type ImportPreview,
  type Stage,
} from "./schema";

const base = "/api/v1/applications";
const enc = encodeURIComponent;

/** Filters and sort of the list. */
export interface ApplicationFilter {
  stage?: Stage[];
  tag?: string;
  company?: string;
  q?: string;
  applied_after?: string;
  applied_before?: string;
  sort?: string;
}

/** Lists the user's applications. */
export async function listApplications(f: ApplicationFilter = {}, signal?: AbortSignal): Promise<Application[]> {
  const q = new URLSearchParams();
  if (f.stage?.length) q.set("stage", f.stage.join(","));
  for (const k of ["tag", "company", "q", "applied_after", "applied_before", "sort"] as const) {
    const v = f[k];
    if (v) q.set(k, v);
  }
  const res = await request(`${base}?${q.toString()}`, { signal }, z.object({ applications: z.array(applicationSchema) }));
  return res.applications;
}

/** Loads one application. */
export const getApplication = (id: string, signal?: AbortSignal) => request(`${base}/${enc(id)}`, { signal }, applicationSchema);

/** Creates an application: a manual entry, or {posting_id} to track a posting. */
export const createApplication = (input: ApplicationInput) => request(base, { method: "POST", body: input }, applicationSchema);

/** Changes the given fields. */
export const patchApplication = (id: string, input: ApplicationInput) =>
  request(`${base}/${enc(id)}`, { method: "PATCH", body: input }, applicationSchema);

/** Deletes an application and everything attached. */
export const deleteApplication = (id: string) => request(`${base}/${enc(id)}`, { method: "DELETE" });

/** Moves an application to a stage and, optionally, to a place in the stage's column. */
export const moveApplication = (id: string, stage: Stage, origin: "board" | "table" | "page", position?: number) =>
  request(`${base}/${enc(id)}/stage`, { method: "POST", body: { stage, origin, position } }, applicationSchema);

/** Moves several applications to one stage. */
export const bulkStage = (ids: string[], stage: Stage) =>
  request(`${base}/bulk/stage`, { method: "POST", body: { ids, stage } }, z.object({ applications: z.array(applicationSchema) }));

/** The application's timeline. */
export const listEvents = async (id: string, signal?: AbortSignal) =>
  (await request(`${base}/${enc(id)}/events`, { signal }, z.object({ events: z.array(eventSchema) }))).events;

function nested<T extends z.ZodTypeAny>(key: string, schema: T) {
  return {
    list: async (id: string, signal?: AbortSignal): Promise<z.infer<T>[]> => {
      const res = await request(`${base}/${enc(id)}/${key}`, { signal }, z.object({ [key]: z.array(schema) }));
      return res[key] as z.infer<T>[];
    },
    create: (id: string, body: unknown): Promise<z.infer<T>> =>
      request(`${base}/${enc(id)}/${key}`, { method: "POST", body }, schema as z.ZodType<z.infer<T>>),
    patch: (id: string, sub: string, body: unknown): Promise<z.infer<T>> =>
      request(`${base}/${enc(id)}/${key}/${enc(sub)}`, { method: "PATCH", body }, schema as z.ZodType<z.infer<T>>),
    remove: (id: string, sub: string) => request(`${base}/${enc(id)}/${key}/${enc(sub)}`, { method: "DELETE" }),
  };
}

/** Notes of an application. */
export const notes = nested("notes", noteSchema);
/** Contacts at the application's company. */
export const contacts = nested("contacts", contactSchema);
/** Interviews of an application. */
export const interviews = nested("interviews", interviewSchema);
/** Reminders of an application. */
export const reminders = nested("reminders", reminderSchema);
/** Documents of an application. */
export const documents = nested("documents", documentSchema);

/** Where one interview's .ics file downloads from. */
export const interviewICSPath = (appID: string, id: string) => `${base}/${enc(appID)}/interviews/${enc(id)}/ics`;
/** Where a document's file downloads from. */
export const documentPath = (appID: string, id: string) => `${base}/${enc(appID)}/documents/${enc(id)}/content`;
/** Where the CSV export downloads from. */
export const exportCSVPath = `${base}/export.csv`;

async function upload(path: string, form: FormData): Promise<Response> {
  let token = readCookie(CSRF_COOKIE);
  if (!token) {
    const r = await fetch("/api/v1/auth/csrf", { credentials: "include" });
    token = ((await r.json()) as { csrf_token?: string }).csrf_token ?? "";
  }
  return fetch(path, { method: "POST", body: form, credentials: "include", headers: { [CSRF_HEADER]: token, Accept: "application/json" } });
}

/** Uploads a file as a document of the application. */
export async function uploadDocument(appID: string, kind: string, file: File) {
  const form = new FormData();
  form.set("kind", kind);
  form.set("file", file);
  const res = await upload(`${base}/${enc(appID)}/documents`, form);
  if (!res.ok) throw await problemFromResponse(res);
  return documentSchema.parse(await res.json());
}

/** The answer of an import: the preview, and for a rejected file the API's error too. */
export interface ImportResult {
  preview: ImportPreview;
  error?: ApiError;
}

/** Previews (dryRun) or imports a CSV file; a rejected file imports nothing and comes back with its row errors. */
export async function importCSV(file: File, dryRun: boolean): Promise<ImportResult> {
  const form = new FormData();
  form.set("file", file);
  const res = await upload(`${base}/import${dryRun ? "?dry_run=true" : ""}`, form);
  const body: unknown = await res.clone().json().catch(() => undefined);
  if (res.ok) return { preview: importPreviewSchema.parse(body) };
  const err = await problemFromResponse(res);
  const parsed = z.object({ preview: importPreviewSchema }).safeParse(body);
  if (parsed.success) return { preview: parsed.data.preview, error: err };
  throw err;
}

/** The calendar feed's state. */
export const calendarStatus = (signal?: AbortSignal) =>
  request("/api/v1/calendar", { signal }, z.object({ enabled: z.boolean(), created_at: z.string().optional() }));
/** Makes a new secret feed URL (revoking the old one). */
export const newCalendarToken = () => request("/api/v1/calendar/token", { method: "POST" }, z.object({ url: z.string(), path: z.string() }));
/** Turns the feed off. */
export const revokeCalendarToken = () => request("/api/v1/calendar/token", { method: "DELETE" });

/** In-app notifications. */
export const listNotifications = async (signal?: AbortSignal) =>
  (await request("/api/v1/notifications", { signal }, z.object({ notifications: z.array(notificationSchema) }))).notifications;
/** Marks a notification read. */
export const readNotification = (id: string) => request(`/api/v1/notifications/${enc(id)}/read`, { method: "POST" });
