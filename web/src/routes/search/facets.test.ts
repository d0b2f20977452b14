import { describe, expect, it } from "vitest";
import { facetLabel, facetSelected, toggleFacet } from "./facets";

describe("facets", () => {
  it("adds a value to a comma-separated parameter and takes it out again", () => {
    const once = toggleFacet({ q: "go", seniority: "senior", cursor: "c1" }, "seniority", "staff");
    expect(once).toEqual({ q: "go", seniority: "senior,staff", cursor: undefined });
    expect(facetSelected(once, "seniority", "staff")).toBe(true);
    expect(toggleFacet(once, "seniority", "senior").seniority).toBe("staff");
    expect(toggleFacet({}, "company", "acme").company).toBe("acme");
    expect(toggleFacet({ company: "acme" }, "company", "acme").company).toBe("");
  });

  it("labels sources by name, enum codes as words, and other values as sent", () => {
    const names = new Map([["src-1", "GitHub careers"]]);
    expect(facetLabel("source", "src-1", names)).toBe("GitHub careers");
    expect(facetLabel("source", "src-9", names)).toBe("src-9");
    expect(facetLabel("employment_type", "full_time", names)).toBe("Full-time");
    expect(facetLabel("work_mode", "onsite", names)).toBe("On site");
    expect(facetLabel("seniority", "senior", names)).toBe("Senior");
    expect(facetLabel("company", "acme_corp", names)).toBe("acme_corp");
    expect(facetLabel("company", "wealthcom", names, "Wealth.com")).toBe("Wealth.com");
    expect(facetLabel("company", "wealthcom", names, "")).toBe("wealthcom");
    expect(facetLabel("country", "DE", names)).toBe("DE");
  });
});
