import { describe, expect, it } from "vitest";
import { plural } from "./plural";

describe("plural", () => {
  it("uses the singular for exactly one only", () => {
    expect(plural(1, "position")).toBe("1 position");
    expect(plural(0, "position")).toBe("0 positions");
    expect(plural(2, "application")).toBe("2 applications");
    expect(plural(1, "entry", "entries")).toBe("1 entry");
    expect(plural(3, "entry", "entries")).toBe("3 entries");
  });
});
