import { z } from "zod";

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
/** The signed-in account. */
export type User = z.infer<typeof userSchema>;

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
export type SalaryFloor = z.infer<typeof salaryFloorSchema>;

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
export type Profile = z.infer<typeof profileSchema>;
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
});
/** User preferences. */
export type Preferences = z.infer<typeof preferencesSchema>;

/** Body of GET /api/v1/auth/csrf. */
export const csrfSchema = z.object({ csrf_token: z.string() });
