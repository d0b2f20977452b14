import { z } from "zod";

import type { components } from "./schema";

/** Schemas of the API contract (internal/apidocs/openapi.yaml), generated into schema.d.ts by `npm run gen:api`. */
export type ApiSchemas = components["schemas"];

/** An RFC 9457 problem document, as every failed API call answers. */
export type Problem = ApiSchemas["Problem"];
/** One invalid field of a problem. */
export type FieldError = ApiSchemas["FieldError"];

// Go encodes a nil slice as null; the UI always works with arrays.
const stringList = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);

/** Account roles the API knows. */
export const roles = ["user", "admin"] as const;

/** The signed-in account. */
export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(roles),
  created_at: z.string(),
});
/** The signed-in account (types.test.ts checks the zod schema's output equals it). */
export type User = ApiSchemas["User"];

/** Body of register/login answers in cookie mode. */
export const authResponseSchema = z.object({ user: userSchema });

/** Seniority levels in the order a person would rank them; "" means not set. */
export const seniorities = [
  "",
  "intern",
  "junior",
  "mid",
  "senior",
  "staff",
  "principal",
  "lead",
  "manager",
  "director",
  "executive",
] as const;
/** One seniority level, or "" for not set. */
export type Seniority = (typeof seniorities)[number];

/** How the user wants to work. */
export const remotePreferences = ["any", "remote", "hybrid", "onsite"] as const;
/** How the user wants to work. */
export type RemotePreference = (typeof remotePreferences)[number];

/** Pay periods a salary floor can be expressed in. */
export const salaryPeriods = ["hour", "day", "week", "month", "year"] as const;
/** Pay period of a salary floor. */
export type SalaryPeriod = (typeof salaryPeriods)[number];

/** Minimum pay the user will consider. */
export const salaryFloorSchema = z.object({
  amount: z.number(),
  currency: z.string(),
  period: z.enum(salaryPeriods),
});
/** Minimum pay the user will consider. */
export type SalaryFloor = ApiSchemas["SalaryFloor"];

/** The job-search profile, as GET/PUT /api/v1/profile carry it. */
export const profileSchema = z.object({
  full_name: z.string(),
  headline: z.string(),
  location: z.string(),
  years_experience: z.number(),
  desired_titles: stringList,
  skills: stringList,
  seniority: z.enum(seniorities),
  salary_floor: salaryFloorSchema.nullable(),
  remote_preference: z.enum(remotePreferences),
  willing_to_relocate: z.boolean(),
  work_countries: stringList,
  industries: stringList,
  dealbreakers: stringList,
  updated_at: z.string().nullish(),
});
/** The job-search profile. */
export type Profile = ApiSchemas["Profile"];
/** What PUT /api/v1/profile accepts: every profile field but updated_at. */
export type ProfileInput = Omit<Profile, "updated_at">;

/** UI colour themes; "system" follows prefers-color-scheme. */
export const themes = ["system", "light", "dark"] as const;
/** UI colour theme. */
export type Theme = (typeof themes)[number];

/** How often the e-mail digest goes out. */
export const digestFrequencies = ["off", "daily", "weekly"] as const;

/** User preferences, as GET/PUT /api/v1/preferences carry them. */
export const preferencesSchema = z.object({
  email_notifications: z.boolean(),
  job_alerts: z.boolean(),
  theme: z.enum(themes),
  digest_frequency: z.enum(digestFrequencies),
  timezone: z.string(),
  follow_up_days: z.number(),
  updated_at: z.string().nullish(),
});
/** User preferences. */
export type Preferences = ApiSchemas["Preferences"];

/** Body of GET /api/v1/auth/csrf. */
export const csrfSchema = z.object({ csrf_token: z.string() });

/** A job source, as the sources API carries it; sources are shared by the instance. */
export const sourceSchema = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  params: z.record(z.string(), z.string()),
  interval_minutes: z.number(),
  enabled: z.boolean(),
  created_by: z.string().optional(),
  can_edit: z.boolean(),
  last_run_at: z.string().nullable(),
  last_success_at: z.string().nullable(),
  last_error: z.string(),
  consecutive_failures: z.number(),
  next_run_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
/** A job source. */
export type Source = z.infer<typeof sourceSchema>;

/** One ingestion run of a source, with its counts. */
export const runSchema = z.object({
  id: z.string(),
  source_id: z.string(),
  reason: z.string(),
  status: z.string(),
  queued_at: z.string(),
  started_at: z.string().nullable(),
  finished_at: z.string().nullable(),
  fetched: z.number(),
  new: z.number(),
  linked: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  closed: z.number(),
  complete: z.boolean(),
  error: z.string(),
  errors: z.array(z.object({ index: z.number(), id: z.string(), error: z.string() })),
});
/** One ingestion run. */
export type Run = z.infer<typeof runSchema>;

/** A place a posting names, with the raw text it was read from. */
export const locationSchema = z.object({
  city: z.string().optional(),
  region: z.string().optional(),
  country: z.string().optional(),
  remote: z.boolean().optional(),
  raw: z.string(),
});

/** A canonical job posting; sources and description_html come only on the posting page. */
export const jobSchema = z.object({
  id: z.string(),
  title: z.string(),
  company: z.string(),
  description_html: z.string().optional(),
  locations: z.array(locationSchema),
  work_mode: z.string(),
  employment_type: z.string(),
  seniority: z.string(),
  department: z.string(),
  salary: z.object({
    min: z.number().optional(),
    max: z.number().optional(),
    currency: z.string().optional(),
    period: z.string().optional(),
    source: z.string().optional(),
    raw: z.string().optional(),
  }),
  posted_at: z.string().nullable(),
  posted_raw: z.string(),
  url: z.string(),
  apply_url: z.string(),
  first_seen_at: z.string(),
  last_seen_at: z.string(),
  closed: z.boolean(),
  closed_at: z.string().nullable(),
  saved_at: z.string().nullable(),
  dismissed_at: z.string().nullable(),
  sources: z
    .array(
      z.object({
        source_id: z.string(),
        source_name: z.string(),
        source_kind: z.string(),
        external_id: z.string(),
        url: z.string(),
        first_seen_at: z.string(),
        last_seen_at: z.string(),
        closed_at: z.string().nullable(),
      }),
    )
    .optional(),
});
/** A canonical job posting. */
export type Job = z.infer<typeof jobSchema>;

/** One component line of a match explanation. */
export type MatchComponent = ApiSchemas["MatchComponent"];

/** Where a skill shows on the resume. */
export type SkillEvidence = ApiSchemas["SkillEvidence"];

/** A posting skill the candidate has, with byte offsets into the posting's plain text. */
export type MatchedSkill = ApiSchemas["MatchedSkill"];

/** Why a posting scores what it does. */
export type MatchExplanation = ApiSchemas["MatchExplanation"];

/** One ranked posting. */
export interface MatchItem {
  job: Job;
  score: number;
  relevance?: number;
  explanation: MatchExplanation;
}

/** A facet value and its count. */
export type FacetCount = ApiSchemas["FacetCount"];

/** A page of matches or search hits. */
export interface MatchPage {
  matches: MatchItem[];
  total: number;
  next_cursor: string;
  facets?: Record<string, FacetCount[]>;
}

/** A skill missing across the top matches. */
export type GapSkill = ApiSchemas["GapSkill"];

/** A stored resume with its parsed preview and profile suggestions. */
export interface Resume {
  id: string;
  filename: string;
  format: string;
  size_bytes: number;
  primary: boolean;
  created_at: string;
  parsed: {
    contact: { name: string; email: string; phone: string; location: string; links: string[] | null };
    summary: string;
    experience: { title: string; company: string; location: string; start: string; end: string; current: boolean; bullets: string[] }[];
    education: { institution: string; degree: string; field: string; start: string; end: string }[];
    skills: string[];
    evidence: SkillEvidence[];
    years_experience: number;
    lines: number;
  };
  suggestions: { skills: string[]; titles: string[]; years_experience: number | null };
}
