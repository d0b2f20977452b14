import { describe, expect, it } from "vitest";
import { formatDate, formatInstant } from "./format";

describe("formatInstant", () => {
  it("formats an instant in the given zone with the zone's name, not as raw ISO", () => {
    expect(formatInstant("2026-12-10T14:00:00Z", "Europe/Berlin", "en-GB")).toBe("10 Dec 2026, 15:00 CET");
    expect(formatInstant("2026-07-10T14:00:00Z", "Europe/Berlin", "en-GB")).toBe("10 Jul 2026, 16:00 CEST");
    expect(formatInstant("2026-12-10T14:00:00Z", "America/New_York", "en-US")).toBe("Dec 10, 2026, 9:00 AM EST");
  });

  it("uses the browser's zone when none is given and the ISO text for an unknown zone", () => {
    expect(formatInstant("2026-12-10T14:00:00Z", "", "en-GB")).toMatch(/^10 Dec 2026, \d{2}:00 /);
    expect(formatInstant("2026-12-10T14:00:00Z", "Mars/Olympus", "en-GB")).toBe("2026-12-10T14:00:00.000Z");
    expect(formatInstant(null, "Europe/Berlin")).toBe("");
  });

  it("formats the calendar day in the given zone", () => {
    expect(formatDate("2026-12-10T23:30:00Z", "Europe/Berlin")).toBe(new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(new Date("2026-12-11T12:00:00Z")));
  });
});
