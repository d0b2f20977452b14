import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ApiError } from "../../api/errors";
import { describedBy, FieldError } from "../../components/Field";
import { ErrorState, LoadingState } from "../../components/Status";
import { errorTextClass, inputClass, labelClass, linkClass, secondaryButtonClass } from "../../components/styles";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { searchJobs } from "../matches/api";
import { filterInputIds, Filters } from "../matches/Filters";
import { MatchList } from "../matches/MatchList";
import { useAddressFilter } from "./useAddressFilter";
import { facetLabel, facetNames, facetSelected, toggleFacet, type FacetKey } from "./facets";
import { listSources } from "../sources/api";
import { plural } from "../../components/plural";

/** Search: full text over every posting with filters, facets and sorting; the settings live in the address. */
export function SearchPage() {
  useDocumentTitle("Search");
  const { filter, setFilter, query: f, cursors, setCursors } = useAddressFilter();
  const res = useQuery({ queryKey: ["search", f], queryFn: ({ signal }) => searchJobs(f, signal), placeholderData: keepPreviousData });
  const sources = useQuery({ queryKey: ["sources"], queryFn: ({ signal }) => listSources(signal) });
  const sourceNames = new Map((sources.data ?? []).map((src) => [src.id, src.name]));
  const invalid = res.error instanceof ApiError && res.error.status === 422 ? res.error.fieldErrors : undefined;
  const shown = new Set<string>([...Object.keys(filterInputIds), "sort"]);
  const elsewhere = Object.entries(invalid ?? {}).filter(([k]) => !shown.has(k));
  return (
    <div className="space-y-6">
      <header>
        <h1 id="page-title" tabIndex={-1} className="text-2xl font-bold">Search</h1>
        <p className="mt-1 text-gray-700 dark:text-gray-300">Words, "exact phrases" and -exclusions over titles, skills, companies and descriptions.</p>
      </header>
      <Filters value={filter} onChange={setFilter} withQuery errors={invalid} />
      <div className="max-w-xs">
        <label htmlFor="f-sort" className={labelClass}>Sort by</label>
        <select id="f-sort" className={inputClass} value={filter.sort ?? ""} onChange={(e) => setFilter({ ...filter, sort: e.target.value })}
          aria-invalid={invalid?.sort ? true : undefined} aria-describedby={describedBy("f-sort", false, invalid?.sort)}>
          <option value="">Relevance (newest without words)</option>
          <option value="score">Match score</option>
          <option value="date">Date</option>
        </select>
        <FieldError id="f-sort" error={invalid?.sort} />
      </div>
      {elsewhere.length > 0 && (
        <div role="alert" className={errorTextClass}>
          <p>These settings in the address are not valid:</p>
          <ul className="list-disc pl-5">
            {elsewhere.map(([k, m]) => <li key={k}>{k.replace(/_/g, " ")} {m}</li>)}
          </ul>
        </div>
      )}
      {res.isPending && <LoadingState label="Searching…" />}
      {res.error && !invalid && <ErrorState error={res.error} onRetry={() => void res.refetch()} />}
      {res.data && (
        <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
          <aside aria-label="Facets" className="space-y-4 text-sm">
            {(Object.keys(facetNames) as FacetKey[]).map((k) =>
              res.data.facets?.[k]?.length ? (
                <div key={k}>
                  <h2 id={`facet-${k}`} className="font-semibold">{facetNames[k]}</h2>
                  <ul aria-labelledby={`facet-${k}`}>
                    {res.data.facets[k].slice(0, 8).map((v) => (
                      <li key={v.value}>
                        {v.value ? (
                          <button type="button" className={`${linkClass} text-left aria-pressed:font-bold`} aria-pressed={facetSelected(filter, k, v.value)} onClick={() => setFilter(toggleFacet(filter, k, v.value))}>
                            {facetLabel(k, v.value, sourceNames, v.label)} ({v.count})
                          </button>
                        ) : <>Not stated ({v.count})</>}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null,
            )}
          </aside>
          <section aria-labelledby="results-title">
            <h2 id="results-title" className="mb-3 text-sm font-normal" aria-live="polite">{plural(res.data.total, "result")}</h2>
            <MatchList items={res.data.matches} label="Search results" />
            <div className="mt-4 flex gap-2">
              {cursors.length > 0 && <button type="button" className={secondaryButtonClass} onClick={() => setCursors(cursors.slice(0, -1))}>Previous page</button>}
              {res.data.next_cursor && <button type="button" className={secondaryButtonClass} onClick={() => setCursors([...cursors, res.data.next_cursor])}>Next page</button>}
            </div>
          </section>
        </div>
      )}
    </div>
  );
}
