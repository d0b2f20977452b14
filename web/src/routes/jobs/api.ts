import { z } from "zod";
import { request } from "../../api/client";
import { jobSchema, type Job } from "../../api/types";

/** Filters of the jobs list. */
export interface JobFilter {
  status?: "open" | "closed" | "all";
  company?: string;
  saved?: boolean;
  cursor?: string;
}

/** One page of postings. */
export async function listJobs(f: JobFilter, signal?: AbortSignal): Promise<{ jobs: Job[]; next_cursor: string }> {
  const q = new URLSearchParams();
  if (f.status) q.set("status", f.status);
  if (f.company) q.set("company", f.company);
  if (f.saved) q.set("saved", "true");
  if (f.cursor) q.set("cursor", f.cursor);
  return request(`/api/v1/jobs?${q.toString()}`, { signal }, z.object({ jobs: z.array(jobSchema), next_cursor: z.string() }));
}

/** One posting with its source links. */
export async function getJob(id: string, signal?: AbortSignal): Promise<Job> {
  return request(`/api/v1/jobs/${encodeURIComponent(id)}`, { signal }, jobSchema);
}

/** The cached answers a saved or dismissed mark changes: the jobs, the matches, search and the dashboard. */
export const markedQueries: readonly string[][] = [["jobs"], ["matches"], ["search"], ["dashboard"]];

/** Sets or clears the user's saved or dismissed mark. */
export async function markJob(id: string, mark: "save" | "dismiss", on: boolean): Promise<Job> {
  return request(`/api/v1/jobs/${encodeURIComponent(id)}/${mark}`, { method: on ? "PUT" : "DELETE" }, jobSchema);
}
