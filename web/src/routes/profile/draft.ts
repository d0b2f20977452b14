import type { Profile, ProfileInput, RemotePreference, SalaryPeriod, Seniority } from "../../api/types";

/** The profile as the form edits it: numbers kept as typed text until saving. */
export interface ProfileDraft {
  full_name: string;
  headline: string;
  location: string;
  years_experience: string;
  desired_titles: string[];
  skills: string[];
  seniority: Seniority;
  salary_amount: string;
  salary_currency: string;
  salary_period: SalaryPeriod;
  remote_preference: RemotePreference;
  willing_to_relocate: boolean;
  work_countries: string[];
  industries: string[];
  dealbreakers: string[];
}

/** Salary defaults shown when no floor is set. */
export const defaultCurrency = "USD";
/** Salary period shown when no floor is set. */
export const defaultPeriod: SalaryPeriod = "year";

/** Turns the API's profile into form state. */
export function toDraft(p: Profile): ProfileDraft {
  return {
    full_name: p.full_name,
    headline: p.headline,
    location: p.location,
    years_experience: String(p.years_experience),
    desired_titles: p.desired_titles,
    skills: p.skills,
    seniority: p.seniority,
    salary_amount: p.salary_floor ? String(p.salary_floor.amount) : "",
    salary_currency: p.salary_floor?.currency ?? defaultCurrency,
    salary_period: p.salary_floor?.period ?? defaultPeriod,
    remote_preference: p.remote_preference,
    willing_to_relocate: p.willing_to_relocate,
    work_countries: p.work_countries,
    industries: p.industries,
    dealbreakers: p.dealbreakers,
  };
}

function toNumber(s: string): number {
  const n = Number(s.trim());
  return s.trim() === "" || !Number.isFinite(n) ? 0 : n;
}

/**
 * Turns form state into the PUT body. An empty salary amount means "no floor"
 * (null); anything typed is sent as is so the API's own validation answers.
 */
export function fromDraft(d: ProfileDraft): ProfileInput {
  const amount = d.salary_amount.trim();
  return {
    full_name: d.full_name.trim(),
    headline: d.headline.trim(),
    location: d.location.trim(),
    years_experience: toNumber(d.years_experience),
    desired_titles: d.desired_titles,
    skills: d.skills,
    seniority: d.seniority,
    salary_floor:
      amount === ""
        ? null
        : { amount: toNumber(amount), currency: d.salary_currency.trim().toUpperCase(), period: d.salary_period },
    remote_preference: d.remote_preference,
    willing_to_relocate: d.willing_to_relocate,
    work_countries: d.work_countries,
    industries: d.industries,
    dealbreakers: d.dealbreakers,
  };
}

/** Maps an API error field path to the id of the control that shows it. */
export function controlIdFor(field: string): string {
  const root = field.split(/[.[]/)[0] ?? field;
  if (root === "salary_floor") {
    if (field.startsWith("salary_floor.currency")) return "salary_currency";
    if (field.startsWith("salary_floor.period")) return "salary_period";
    return "salary_amount";
  }
  return root;
}
