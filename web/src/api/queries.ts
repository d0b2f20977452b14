import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "./errors";
import * as api from "./endpoints";
import type { Preferences, ProfileInput, User } from "./types";

/** React Query keys, in one place so invalidation stays consistent. */
export const queryKeys = {
  me: ["auth", "me"] as const,
  profile: ["profile"] as const,
  preferences: ["preferences"] as const,
};

/** The signed-in user, or null when the session is absent (401). */
export function useSession() {
  return useQuery<User | null, ApiError>({
    queryKey: queryKeys.me,
    queryFn: async ({ signal }) => {
      try {
        return await api.me(signal);
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
    retry: false,
  });
}

/** Loads the profile. */
export function useProfile() {
  return useQuery({ queryKey: queryKeys.profile, queryFn: ({ signal }) => api.getProfile(signal) });
}

/** Saves the whole profile and refreshes the cache with the server's copy. */
export function useSaveProfile() {
  const qc = useQueryClient();
  return useMutation<Awaited<ReturnType<typeof api.putProfile>>, ApiError, ProfileInput>({
    mutationFn: api.putProfile,
    onSuccess: (saved) => qc.setQueryData(queryKeys.profile, saved),
  });
}

/** Loads the preferences. */
export function usePreferences(enabled = true) {
  return useQuery({
    queryKey: queryKeys.preferences,
    queryFn: ({ signal }) => api.getPreferences(signal),
    enabled,
  });
}

/** Saves preferences: a full replace, or a patch of the given fields. */
export function useSavePreferences(mode: "put" | "patch" = "put") {
  const qc = useQueryClient();
  return useMutation<Preferences, ApiError, Partial<Preferences>>({
    mutationFn: (p) => (mode === "put" ? api.putPreferences(p as Preferences) : api.patchPreferences(p)),
    onSuccess: (saved) => qc.setQueryData(queryKeys.preferences, saved),
  });
}
