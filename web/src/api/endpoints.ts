import { request } from "./client";
import {
  authResponseSchema,
  preferencesSchema,
  profileSchema,
  userSchema,
  type Preferences,
  type Profile,
  type ProfileInput,
  type User,
} from "./types";

/** Credentials for register and login. */
export interface Credentials {
  email: string;
  password: string;
  full_name?: string;
}

/** Creates an account and starts a cookie session. */
export async function register(c: Credentials): Promise<User> {
  const res = await request("/api/v1/auth/register?mode=cookie", { method: "POST", body: c }, authResponseSchema);
  return res.user;
}

/** Starts a cookie session. */
export async function login(c: Pick<Credentials, "email" | "password">): Promise<User> {
  const res = await request("/api/v1/auth/login?mode=cookie", { method: "POST", body: c }, authResponseSchema);
  return res.user;
}

/** Ends the cookie session. */
export async function logout(): Promise<void> {
  await request("/api/v1/auth/logout", { method: "POST" });
}

/** Returns the signed-in user (throws ApiError 401 when signed out). */
export async function me(signal?: AbortSignal): Promise<User> {
  return request("/api/v1/auth/me", { signal }, userSchema);
}

/** Loads the profile (defaults when never saved). */
export async function getProfile(signal?: AbortSignal): Promise<Profile> {
  return request("/api/v1/profile", { signal }, profileSchema);
}

/** Replaces the whole profile. */
export async function putProfile(p: ProfileInput): Promise<Profile> {
  return request("/api/v1/profile", { method: "PUT", body: p }, profileSchema);
}

/** Loads the preferences. */
export async function getPreferences(signal?: AbortSignal): Promise<Preferences> {
  return request("/api/v1/preferences", { signal }, preferencesSchema);
}

/** Replaces all preferences. */
export async function putPreferences(p: Preferences): Promise<Preferences> {
  return request("/api/v1/preferences", { method: "PUT", body: p }, preferencesSchema);
}

/** Changes only the given preferences. */
export async function patchPreferences(p: Partial<Preferences>): Promise<Preferences> {
  return request("/api/v1/preferences", { method: "PATCH", body: p }, preferencesSchema);
}
