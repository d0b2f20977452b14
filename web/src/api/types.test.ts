import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";

import { preferencesSchema, profileSchema, salaryFloorSchema, userSchema, type Preferences, type Profile, type SalaryFloor, type User } from "./types";

// The zod schemas validate what the server sends; their output must be exactly the contract's type,
// so a change to internal/apidocs/openapi.yaml that the validation does not follow fails `npm run typecheck`.
describe("types derived from the OpenAPI schema", () => {
  it("zod outputs equal the generated types", () => {
    expectTypeOf<z.infer<typeof userSchema>>().toEqualTypeOf<User>();
    expectTypeOf<z.infer<typeof profileSchema>>().toEqualTypeOf<Profile>();
    expectTypeOf<z.infer<typeof salaryFloorSchema>>().toEqualTypeOf<SalaryFloor>();
    expectTypeOf<z.infer<typeof preferencesSchema>>().toEqualTypeOf<Preferences>();
  });

  it("parses a profile as GET /api/v1/profile answers it, turning Go's null lists into arrays", () => {
    const p = profileSchema.parse({
      full_name: "Ada Lovelace",
      headline: "",
      location: "London",
      years_experience: 12.5,
      desired_titles: ["Staff Engineer"],
      skills: null,
      seniority: "staff",
      salary_floor: { amount: 120000, currency: "GBP", period: "year" },
      remote_preference: "hybrid",
      willing_to_relocate: false,
      work_countries: ["GB"],
      industries: [],
      dealbreakers: [],
      updated_at: "2026-12-03T17:00:00Z",
    });
    expect(p.skills).toEqual([]);
    expect(p.salary_floor?.currency).toBe("GBP");
    const prefs = preferencesSchema.parse({ email_notifications: true, job_alerts: false, theme: "dark", digest_frequency: "weekly", timezone: "Europe/Berlin", follow_up_days: 7, updated_at: null });
    expect(prefs.updated_at).toBeNull();
  });
});
