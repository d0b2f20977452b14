import type { Profile } from "../../api/types";

/** The profile facts the matcher relies on most, with the label shown when missing. */
const checks: { label: string; done: (p: Profile) => boolean }[] = [
  { label: "desired job titles", done: (p) => p.desired_titles.length > 0 },
  { label: "skills", done: (p) => p.skills.length > 0 },
  { label: "seniority", done: (p) => p.seniority !== "" },
  { label: "years of experience", done: (p) => p.years_experience > 0 },
  { label: "salary floor", done: (p) => p.salary_floor !== null },
  { label: "countries you can work in", done: (p) => p.work_countries.length > 0 },
  { label: "location", done: (p) => p.location.trim() !== "" },
];

/** Share of key profile facts filled in (0..100) and the labels still missing. */
export function profileCompleteness(p: Profile): { percent: number; missing: string[] } {
  const missing = checks.filter((c) => !c.done(p)).map((c) => c.label);
  return { percent: Math.round(((checks.length - missing.length) / checks.length) * 100), missing };
}
