import { Link } from "react-router";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ApiError } from "../../api/errors";
import { ErrorState, LoadingState } from "../../components/Status";
import { linkClass, secondaryButtonClass } from "../../components/styles";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { listMatches } from "./api";
import { useAddressFilter } from "../search/useAddressFilter";
import { Filters } from "./Filters";
import { GapPanel } from "./GapPanel";
import { MatchList } from "./MatchList";
import { ProfilePrompt } from "./ProfilePrompt";
import { plural } from "../../components/plural";

/** Matches: every posting ranked against the profile and primary resume, each explaining its score. */
export function MatchesPage() {
  useDocumentTitle("Matches");
  const { filter, setFilter, query: f, cursors, setCursors } = useAddressFilter();
  const key = ["matches", f];
  const page = useQuery({ queryKey: key, queryFn: ({ signal }) => listMatches(f, signal), placeholderData: keepPreviousData });
  const invalid = page.error instanceof ApiError && page.error.status === 422 ? page.error.fieldErrors : undefined;
  return (
    <div className="space-y-6">
      <header>
        <h1 id="page-title" tabIndex={-1} className="text-2xl font-bold">Matches</h1>
        <p className="mt-1 text-gray-700 dark:text-gray-300">
          Postings ranked against your profile and primary resume. Upload or change your resume on the{" "}
          <Link to="/resumes" className={linkClass}>resumes page</Link>; search everything on the <Link to="/search" className={linkClass}>search page</Link>.
        </p>
      </header>
      <ProfilePrompt />
      <Filters value={filter} onChange={setFilter} errors={invalid} />
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <section aria-labelledby="ranked-title">
          <h2 id="ranked-title" className="sr-only">Ranked matches</h2>
          {page.isPending && <LoadingState label="Ranking postings…" />}
          {page.error && !invalid && <ErrorState error={page.error} onRetry={() => void page.refetch()} />}
          {page.data && (
            <>
              <p className="mb-3 text-sm" aria-live="polite">{plural(page.data.total, "posting")} ranked</p>
              {page.data.matches.length === 0 ? (
                <p>No postings yet. Add a source or import postings, then come back.</p>
              ) : (
                <MatchList items={page.data.matches} label="Ranked matches" />
              )}
              <div className="mt-4 flex gap-2">
                {cursors.length > 0 && (
                  <button type="button" className={secondaryButtonClass} onClick={() => setCursors(cursors.slice(0, -1))}>Previous page</button>
                )}
                {page.data.next_cursor && (
                  <button type="button" className={secondaryButtonClass} onClick={() => setCursors([...cursors, page.data.next_cursor])}>Next page</button>
                )}
              </div>
            </>
          )}
        </section>
        <aside>
          <GapPanel />
        </aside>
      </div>
    </div>
  );
}
