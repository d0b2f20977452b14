import type { MatchFilter } from "../matches/api";

/** The facets the search page lists, by the filter parameter each one sets, with their headings. */
export const facetNames = { work_mode: "Work mode", country: "Country", seniority: "Seniority", company: "Company", source: "Source", employment_type: "Employment type" } as const;

/** A facet's filter parameter. */
export type FacetKey = keyof typeof facetNames;

const enumFacets = new Set<FacetKey>(["work_mode", "seniority", "employment_type"]);
const spelled: Record<string, string> = { onsite: "On site" };

/** The values a comma-separated filter parameter holds. */
function valuesOf(v: string | undefined): string[] {
  return (v ?? "").split(",").filter(Boolean);
}

/** Whether the filter already selects a facet value. */
export function facetSelected(f: MatchFilter, key: FacetKey, value: string): boolean {
  return valuesOf(f[key]).includes(value);
}

/** The filter with a facet value added to its parameter, or taken out if it was there; paging starts over. */
export function toggleFacet(f: MatchFilter, key: FacetKey, value: string): MatchFilter {
  const vs = valuesOf(f[key]);
  const next = vs.includes(value) ? vs.filter((v) => v !== value) : [...vs, value];
  return { ...f, [key]: next.join(","), cursor: undefined };
}

/**
 * How a facet value reads: the server's label when it sends one (a company key's company name), sources by name,
 * enum codes as words ("full_time" is "Full-time"), anything else as sent.
 */
export function facetLabel(key: FacetKey, value: string, sourceNames: ReadonlyMap<string, string>, label?: string): string {
  if (label) return label;
  if (key === "source") return sourceNames.get(value) ?? value;
  if (!enumFacets.has(key)) return value;
  const words = spelled[value] ?? value.replace(/_/g, "-");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
