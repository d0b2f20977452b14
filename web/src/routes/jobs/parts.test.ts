import { describe, expect, it } from "vitest";
import { salaryText } from "./parts";
import { demoteHeadings } from "./JobPage";

describe("posting page helpers", () => {
  it("writes a parsed range with its currency and period", () => {
    expect(salaryText({ min: 139200, max: 235200, currency: "USD" })).toBe("USD 139,200 – 235,200");
    expect(salaryText({ min: 60000, max: 60000, currency: "EUR", period: "year" })).toBe("EUR 60,000 per year");
    expect(salaryText({ raw: "competitive" })).toBe("");
  });
  it("turns every description heading into an h3", () => {
    expect(demoteHeadings("<h1>A</h1><h4 class='x'>B</h4><header>c</header>")).toBe("<h3>A</h3><h3 class='x'>B</h3><header>c</header>");
  });
});
