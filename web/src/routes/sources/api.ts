import { z } from "zod";
import { request } from "../../api/client";
import { runSchema, sourceSchema, type Run, type Source } from "../../api/types";

/** What the add-source form sends. */
export interface NewSourceInput {
  url: string;
  params?: Record<string, string>;
  interval_minutes?: number;
}

/** Lists every source of the instance. */
export async function listSources(signal?: AbortSignal): Promise<Source[]> {
  const res = await request("/api/v1/sources", { signal }, z.object({ sources: z.array(sourceSchema) }));
  return res.sources;
}

/** Adds a source from a pasted URL (its kind is detected by the server). */
export async function createSource(input: NewSourceInput): Promise<Source> {
  return request("/api/v1/sources", { method: "POST", body: input }, sourceSchema);
}

/** Queues a run of a source now and returns it. */
export async function runSource(id: string): Promise<Run> {
  return request(`/api/v1/sources/${encodeURIComponent(id)}/run`, { method: "POST" }, runSchema);
}

/** Deletes a source the user created. */
export async function deleteSource(id: string): Promise<void> {
  await request(`/api/v1/sources/${encodeURIComponent(id)}`, { method: "DELETE" });
}

/** A source's runs, newest first. */
export async function listRuns(id: string, signal?: AbortSignal): Promise<Run[]> {
  const res = await request(`/api/v1/sources/${encodeURIComponent(id)}/runs`, { signal }, z.object({ runs: z.array(runSchema) }));
  return res.runs;
}

