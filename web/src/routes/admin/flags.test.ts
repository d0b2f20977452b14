import { describe, expect, it } from "vitest";
import { fromDraft, toDraft } from "./flags";

describe("flag editor rows", () => {
  it("round-trips the server's flags sorted by name", () => {
    const rows = toDraft({
      advanced_matching: { enabled: true, rollout_percentage: 100 },
      advanced_analytics: { enabled: false, rollout_percentage: 25 },
    });
    expect(rows).toEqual([
      { name: "advanced_analytics", enabled: false, rollout: "25" },
      { name: "advanced_matching", enabled: true, rollout: "100" },
    ]);
    expect(fromDraft(rows)).toEqual({
      flags: {
        advanced_analytics: { enabled: false, rollout_percentage: 25 },
        advanced_matching: { enabled: true, rollout_percentage: 100 },
      },
      errors: {},
    });
  });

  it("reports bad percentages and names under the server's field paths", () => {
    const { flags, errors } = fromDraft([
      { name: "a", enabled: true, rollout: "101" },
      { name: "b", enabled: true, rollout: "" },
      { name: "c", enabled: true, rollout: "12.5" },
      { name: "Bad Name", enabled: true, rollout: "5" },
      { name: "d", enabled: false, rollout: "0" },
      { name: "d", enabled: true, rollout: "9" },
    ]);
    expect(errors).toEqual({
      "flags.a.rollout_percentage": "must be from 0 to 100",
      "flags.b.rollout_percentage": "must be from 0 to 100",
      "flags.c.rollout_percentage": "must be from 0 to 100",
      "flags.Bad Name": "must be lower-case letters, digits and _, starting with a letter, at most 64 characters",
      "flags.d": "is listed twice",
    });
    expect(flags).toEqual({ d: { enabled: false, rollout_percentage: 0 } });
  });
});
