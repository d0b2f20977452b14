import { CSRF_COOKIE, CSRF_HEADER, readCookie, request } from "../../api/client";
import { problemFromResponse } from "../../api/errors";
import type { GapSkill, MatchExplanation, MatchPage, Job, Profile, Resume } from "../../api/types";

/** Filters shared by matches, search and the skill gap. */
export interface MatchFilter {
  q?: string;
  work_mode?: string;
  country?: string;
  min_salary?: string;
  salary_currency?: string;
  salary_period?: string;
  posted_within?: string;
  seniority?: string;
  employment_type?: string;
  company?: string;
  source?: string;
  state?: string;
  sort?: string;
  cursor?: string;
  facets?: boolean;
}

/** The query string of a filter, empty values left out. */
export function filterQuery(f: MatchFilter): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === "" || v === false) continue;
    q.set(k, String(v));
  }
  return q.toString();
}

/** A filter with the page's default mark filter: the API reads a missing state as "any", the pages hide dismissed postings. */
export function withDefaultState(f: MatchFilter): MatchFilter {
  return f.state ? f : { ...f, state: "not_dismissed" };
}

/** The user's ranked matches. */
export function listMatches(f: MatchFilter, signal?: AbortSignal): Promise<MatchPage> {
  return request(`/api/v1/jobs/matches?${filterQuery(withDefaultState(f))}`, { signal });
}

/** Full-text search with filters and facets. */
export function searchJobs(f: MatchFilter, signal?: AbortSignal): Promise<MatchPage> {
  return request(`/api/v1/search?${filterQuery({ ...withDefaultState(f), facets: true })}`, { signal });
}

/** One posting's explanation with its plain text. */
export function explainJob(id: string, signal?: AbortSignal): Promise<{ job: Job; description_text: string; explanation: MatchExplanation }> {
  return request(`/api/v1/jobs/${encodeURIComponent(id)}/match`, { signal });
}

/** The skills most often missing across the top matches. */
export function skillGap(signal?: AbortSignal): Promise<{ skills: GapSkill[]; top: number }> {
  return request(`/api/v1/skills/gap`, { signal });
}


/** Uploads a resume file as the request body; the server tells its type by content. */
export async function uploadResume(file: File): Promise<Resume> {
  let token = readCookie(CSRF_COOKIE);
  if (!token) {
    const r = await request<{ csrf_token: string }>("/api/v1/auth/csrf");
    token = r.csrf_token;
  }
  const res = await fetch(`/api/v1/resumes?filename=${encodeURIComponent(file.name)}`, {
    method: "POST",
    credentials: "include",
    headers: { [CSRF_HEADER]: token, "Content-Type": file.type || "application/octet-stream", Accept: "application/json, application/problem+json" },
    body: file,
  });
  if (!res.ok) throw await problemFromResponse(res);
  return (await res.json()) as Resume;
}

/** The user's resumes, newest first. */
export function listResumes(signal?: AbortSignal): Promise<{ resumes: Resume[] }> {
  return request(`/api/v1/resumes`, { signal });
}

/** Makes a resume the one matching reads. */
export function makePrimary(id: string): Promise<Resume> {
  return request(`/api/v1/resumes/${encodeURIComponent(id)}/primary`, { method: "PUT" });
}

/** Deletes a resume. */
export function deleteResume(id: string): Promise<void> {
  return request(`/api/v1/resumes/${encodeURIComponent(id)}`, { method: "DELETE" });
}

/** Applies the chosen suggestions to the profile. */
export function acceptSuggestions(id: string, body: { skills: string[]; titles: string[]; years_experience: boolean }): Promise<Profile> {
  return request(`/api/v1/resumes/${encodeURIComponent(id)}/accept`, { method: "POST", body });
}
