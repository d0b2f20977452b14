import { filterQuery, type MatchFilter } from "../matches/api";

/** The search settings the page keeps in its address, so a link or a reload opens the same search. */
export const searchKeys = ["q", "work_mode", "country", "min_salary", "salary_currency", "salary_period", "posted_within", "seniority", "employment_type", "company", "source", "state", "sort"] as const;

/** The filter an address's query string describes (unknown parameters are left out). */
export function filterFromParams(params: URLSearchParams): MatchFilter {
  const f: MatchFilter = {};
  for (const k of searchKeys) {
    const v = params.get(k);
    if (v) f[k] = v;
  }
  return f;
}

/** The query string of a filter for the address: the settings only, never the page cursor. */
export function paramsOfFilter(f: MatchFilter): string {
  const kept: MatchFilter = {};
  for (const k of searchKeys) if (f[k]) kept[k] = f[k];
  return filterQuery(kept);
}
