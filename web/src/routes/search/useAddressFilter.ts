import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import type { MatchFilter } from "../matches/api";
import { filterFromParams, paramsOfFilter } from "./searchParams";

/** A page's filters kept in its address (changes replace the entry), with the settled filter and page cursors to query by. */
export function useAddressFilter(delayMs = 250) {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const qs = paramsOfFilter(filter);
  const setFilter = (f: MatchFilter) => setParams(paramsOfFilter(f), { replace: true });
  const [debounced, setDebounced] = useState(qs);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(qs), delayMs);
    return () => clearTimeout(t);
  }, [qs, delayMs]);
  // Page cursors belong to one search: another search (typed, or reached by back and forward) starts at its first page.
  const [paging, setPaging] = useState<{ qs: string; cursors: string[] }>({ qs, cursors: [] });
  const cursors = paging.qs === debounced ? paging.cursors : [];
  const setCursors = (c: string[]) => setPaging({ qs: debounced, cursors: c });
  const query: MatchFilter = { ...filterFromParams(new URLSearchParams(debounced)), cursor: cursors[cursors.length - 1] };
  return { filter, setFilter, query, cursors, setCursors };
}
