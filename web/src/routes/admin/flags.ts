import { z } from "zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { request } from "../../api/client";
import type { ApiError } from "../../api/errors";

/** One feature flag as the server stores it. */
export const flagSchema = z.object({
  enabled: z.boolean(),
  rollout_percentage: z.number().int(),
});
/** One feature flag as the server stores it. */
export type Flag = z.infer<typeof flagSchema>;

/** GET/PUT /api/v1/admin/flags answer: the flags in force and where they come from. */
export const flagsStatusSchema = z.object({
  flags: z.record(z.string(), flagSchema),
  defaults: z.record(z.string(), flagSchema),
  source: z.enum(["file", "database"]),
  loaded_at: z.string().optional(),
  last_error: z.string().optional(),
});
/** GET/PUT /api/v1/admin/flags answer. */
export type FlagsStatus = z.infer<typeof flagsStatusSchema>;

/** Loads the flags (admins only). */
export async function getFlags(signal?: AbortSignal): Promise<FlagsStatus> {
  return request("/api/v1/admin/flags", { signal }, flagsStatusSchema);
}

/** Replaces every flag; a flag left out returns to its default. */
export async function putFlags(flags: Record<string, Flag>): Promise<FlagsStatus> {
  return request("/api/v1/admin/flags", { method: "PUT", body: { flags } }, flagsStatusSchema);
}

const key = ["admin", "flags"] as const;

/** The admin's view of the flags. */
export function useAdminFlags() {
  return useQuery({ queryKey: key, queryFn: ({ signal }) => getFlags(signal), retry: false });
}

/** Saves the flags and refreshes the cache (and the user's evaluated flags). */
export function useSaveFlags() {
  const qc = useQueryClient();
  return useMutation<FlagsStatus, ApiError, Record<string, Flag>>({
    mutationFn: putFlags,
    onSuccess: (saved) => {
      qc.setQueryData(key, saved);
      void qc.invalidateQueries({ queryKey: ["flags"] });
    },
  });
}

/** One row of the editor: the percentage stays text while typed. */
export interface DraftFlag {
  name: string;
  enabled: boolean;
  rollout: string;
}

/** Turns the server's flags into editor rows, sorted by name. */
export function toDraft(flags: Record<string, Flag>): DraftFlag[] {
  return Object.keys(flags)
    .sort()
    .map((name) => ({ name, enabled: flags[name].enabled, rollout: String(flags[name].rollout_percentage) }));
}

const namePattern = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * Checks the rows the way the server does and builds the PUT body; errors are keyed by the
 * server's field paths ("flags.<name>.rollout_percentage") so both show in the same place.
 */
export function fromDraft(rows: DraftFlag[]): { flags: Record<string, Flag>; errors: Record<string, string> } {
  const flags: Record<string, Flag> = {};
  const errors: Record<string, string> = {};
  for (const r of rows) {
    const name = r.name.trim();
    if (!namePattern.test(name)) {
      errors[`flags.${name}`] = "must be lower-case letters, digits and _, starting with a letter, at most 64 characters";
      continue;
    }
    if (name in flags) {
      errors[`flags.${name}`] = "is listed twice";
      continue;
    }
    const pct = r.rollout.trim() === "" ? NaN : Number(r.rollout);
    if (!Number.isInteger(pct) || pct < 0 || pct > 100) {
      errors[`flags.${name}.rollout_percentage`] = "must be from 0 to 100";
      continue;
    }
    flags[name] = { enabled: r.enabled, rollout_percentage: pct };
  }
  return { flags, errors };
}
