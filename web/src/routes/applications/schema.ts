import { z } from "zod";

const strings = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);

/** Stages in board order. */
export const stages = ["saved", "applied", "screening", "interviewing", "offer", "accepted", "rejected", "withdrawn", "ghosted"] as const;
/** One stage of an application. */
export type Stage = (typeof stages)[number];

/** Human labels of the stages. */
export const stageLabels: Record<Stage, string> = {
  saved: "Saved",
  applied: "Applied",
  screening: "Screening",
  interviewing: "Interviewing",
  offer: "Offer",
  accepted: "Accepted",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  ghosted: "Ghosted",
};

/** A tracked application, as /api/v1/applications returns it. */
export const applicationSchema = z.object({
  id: z.string(),
  posting_id: z.string(),
  company: z.string(),
  title: z.string(),
  url: z.string(),
  location: z.string(),
  salary: z.string(),
  stage: z.enum(stages),
  position: z.number(),
  priority: z.number(),
  excitement: z.number(),
  tags: strings,
  expected_salary: z.string(),
  offered_salary: z.string(),
  found_via: z.string(),
  referral: z.string(),
  stage_dates: z.record(z.string(), z.string()).nullish().transform((v) => v ?? {}),
  applied_at: z.string().nullable(),
  first_response_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
/** A tracked application. */
export type Application = z.infer<typeof applicationSchema>;

/** What a client may set on an application. */
export type ApplicationInput = Partial<
  Pick<
    Application,
    | "posting_id"
    | "company"
    | "title"
    | "url"
    | "location"
    | "salary"
    | "stage"
    | "priority"
    | "excitement"
    | "tags"
    | "expected_salary"
    | "offered_salary"
    | "found_via"
    | "referral"
  >
> & { origin?: "board" | "table" | "page" | "api" };

/** One timeline entry. */
export const eventSchema = z.object({
  id: z.string(),
  seq: z.number(),
  kind: z.string(),
  from_stage: z.string(),
  to_stage: z.string(),
  origin: z.string(),
  detail: z.string(),
  occurred_at: z.string(),
});
/** One timeline entry. */
export type TimelineEvent = z.infer<typeof eventSchema>;

/** A Markdown note. */
export const noteSchema = z.object({ id: z.string(), body: z.string(), created_at: z.string(), updated_at: z.string() });
/** A Markdown note. */
export type Note = z.infer<typeof noteSchema>;

/** A person at the company (shared by its applications). */
export const contactSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  email: z.string(),
  phone: z.string(),
  profile_url: z.string(),
});
/** A contact. */
export type Contact = z.infer<typeof contactSchema>;

/** Kinds of interview. */
export const interviewKinds = ["phone_screen", "recruiter", "technical", "take_home", "onsite", "behavioral", "panel", "final", "other"] as const;

/** A scheduled interview; times are UTC instants, starts_local is the time in its own zone. */
export const interviewSchema = z.object({
  id: z.string(),
  application_id: z.string(),
  kind: z.string(),
  starts_at: z.string(),
  ends_at: z.string(),
  timezone: z.string(),
  location: z.string(),
  meeting_url: z.string(),
  interviewers: strings,
  outcome: z.string(),
  notes: z.string(),
  starts_local: z.string(),
  ends_local: z.string(),
});
/** A scheduled interview. */
export type Interview = z.infer<typeof interviewSchema>;

/** A reminder or follow-up. */
export const reminderSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  due_at: z.string(),
  done_at: z.string().nullable(),
});
/** A reminder or follow-up. */
export type Reminder = z.infer<typeof reminderSchema>;

/** A resume or cover letter used, uploaded or linked. */
export const documentSchema = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  url: z.string(),
  content_type: z.string(),
  size: z.number(),
  created_at: z.string(),
});
/** A document. */
export type AppDocument = z.infer<typeof documentSchema>;

/** What an import would do (or did). */
export const importPreviewSchema = z.object({
  columns: z.array(z.object({ column: z.string(), field: z.string() })),
  rows: z.number(),
  valid: z.number(),
  errors: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
  imported: z.number(),
});
/** What an import would do (or did). */
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** An in-app notification. */
export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string(),
  created_at: z.string(),
  read_at: z.string().nullable(),
});
/** An in-app notification. */
export type AppNotification = z.infer<typeof notificationSchema>;
