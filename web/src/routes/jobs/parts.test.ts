import { describe, expect, it } from "vitest";
import { linkLabel, locationText, salaryText } from "./parts";
import { demoteHeadings } from "./JobPage";

describe("posting page helpers", () => {
  it("writes a parsed range with its currency and period", () => {
    expect(salaryText({ min: 139200, max: 235200, currency: "USD" })).toBe("USD 139,200 – 235,200");
    expect(salaryText({ min: 60000, max: 60000, currency: "EUR", period: "year" })).toBe("EUR 60,000 per year");
    expect(salaryText({ raw: "competitive" })).toBe("");
  });
  it("writes a place as the board wrote it, without empty or repeated parts", () => {
    expect(locationText({ raw: "Warsaw, , Poland", city: "Warsaw", country: "PL" })).toBe("Warsaw, Poland");
    expect(locationText({ raw: "HKI, Uusimaa,FI, FI", city: "HKI", country: "FI" })).toBe("HKI, Uusimaa, FI");
    expect(locationText({ raw: "Remote, United States", country: "US", remote: true })).toBe("Remote, United States");
    expect(locationText({ raw: " , ", city: "Berlin", region: "DE-BE", country: "DE" })).toBe("Berlin, DE-BE, DE");
    expect(locationText({ raw: "", city: "Berlin", country: "DE" })).toBe("Berlin, DE");
  });
  it("tells apart the links of one source by the board's id", () => {
    const link = (source_id: string, source_name: string, external_id: string) => ({
      source_id, source_name, source_kind: "greenhouse", external_id, url: "", apply_url: "",
      first_seen_at: "2026-12-04T00:00:00Z", last_seen_at: "2026-12-04T00:00:00Z", closed_at: null,
    });
    const a = link("s1", "File import (greenhouse)", "1390710");
    const b = link("s1", "File import (greenhouse)", "1390793");
    const c = link("s2", "GH mirror", "1390710");
    const d = link("s2", "GH mirror", "url:https://example.test/jobs/1");
    expect([a, b, c, d].map((s) => linkLabel(s, [a, b, c, d]))).toEqual([
      "File import (greenhouse) #1390710", "File import (greenhouse) #1390793", "GH mirror #1390710", "GH mirror",
    ]);
    expect(linkLabel(c, [a, c])).toBe("GH mirror");
  });
  it("turns every description heading into an h3", () => {
    expect(demoteHeadings("<h1>A</h1><h4 class='x'>B</h4><header>c</header>")).toBe("<h3>A</h3><h3 class='x'>B</h3><header>c</header>");
  });
});
