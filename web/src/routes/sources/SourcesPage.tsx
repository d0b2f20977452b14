import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../../api/errors";
import type { Source } from "../../api/types";
import { TextField } from "../../components/Field";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { buttonClass, secondaryButtonClass } from "../../components/styles";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { createSource, deleteSource, listSources, runSource } from "./api";
import { RunHistory } from "./RunHistory";
import { kindNote, urlFieldError } from "./notes";

/** The status badge of a source: a file import, disabled, never run, failing or OK. */
export function sourceStatus(s: Source): { label: string; className: string } {
  // A file import is never fetched on a schedule: it is filled by `copilot import`, so it is not "disabled".
  if (s.kind === "file" && s.consecutive_failures === 0)
    return { label: "File import", className: "bg-blue-100 text-blue-900 dark:bg-blue-900 dark:text-blue-100" };
  if (!s.enabled && s.kind !== "file") return { label: "Disabled", className: "bg-gray-200 text-gray-900 dark:bg-gray-700 dark:text-gray-100" };
  if (s.consecutive_failures > 0) return { label: `Failing (${s.consecutive_failures})`, className: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100" };
  if (!s.last_run_at) return { label: "Not run yet", className: "bg-yellow-100 text-yellow-900 dark:bg-yellow-900 dark:text-yellow-100" };
  return { label: "OK", className: "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100" };
}

/** Where a source fetches from when its params name it: a feed or page URL, or a board's overridden API base. */
export function sourceAddress(s: Source): string {
  return s.params?.url || s.params?.base_url || "";
}

function when(t: string | null): string {
  return t ? new Date(t).toLocaleString() : "—";
}

/** Sources: the shared job boards Career Copilot collects postings from. */
export function SourcesPage() {
  useDocumentTitle("Sources");
  const qc = useQueryClient();
  const sources = useQuery({ queryKey: ["sources"], queryFn: ({ signal }) => listSources(signal), refetchInterval: 5000 });
  const [url, setUrl] = useState("");
  const [baseURL, setBaseURL] = useState("");
  const [interval, setInterval] = useState("60");
  const [openRuns, setOpenRuns] = useState<string | null>(null);

  const add = useMutation({
    mutationFn: () =>
      createSource({ url, interval_minutes: Number(interval) || 60, params: baseURL ? { base_url: baseURL } : undefined }),
    onSuccess: () => {
      setUrl("");
      setBaseURL("");
      void qc.invalidateQueries({ queryKey: ["sources"] });
    },
  });
  const run = useMutation({
    mutationFn: (id: string) => runSource(id),
    onSuccess: (r) => {
      setOpenRuns(r.source_id);
      void qc.invalidateQueries({ queryKey: ["sources"] });
      void qc.invalidateQueries({ queryKey: ["runs", r.source_id] });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => deleteSource(id),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["sources"] }),
  });
  const fe = add.error instanceof ApiError ? add.error.fieldErrors : {};

  function submit(e: FormEvent) {
    e.preventDefault();
    add.mutate();
  }

  return (
    <div className="space-y-8">
      <header>
        <h1 id="page-title" tabIndex={-1} className="text-2xl font-bold">Sources</h1>
        <p className="mt-1 text-gray-700 dark:text-gray-300">
          The job boards Career Copilot collects postings from. Sources are shared by everyone on this server.
        </p>
      </header>

      <section aria-labelledby="add-source" className="rounded-lg border border-gray-300 p-4 dark:border-gray-700">
        <h2 id="add-source" className="text-lg font-semibold">
          Add a source
        </h2>
        <form onSubmit={submit} className="mt-3 grid gap-4 sm:grid-cols-2" noValidate>
          <TextField
            id="source-url"
            label="Board or career-page URL"
            className="sm:col-span-2"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://boards.greenhouse.io/acme"
            hint="Greenhouse, Lever, Ashby, Workable, SmartRecruiters, Recruitee, Personio, Teamtailor, Breezy, Workday, SuccessFactors, Comeet, the big remote job boards, RSS/Atom feeds, Hacker News hiring threads and pages with JobPosting data are detected."
            error={urlFieldError(fe)}
            required
          />
          <TextField
            id="source-base-url"
            label="API base URL override (optional)"
            value={baseURL}
            onChange={(e) => setBaseURL(e.target.value)}
            hint="For a self-hosted mirror of the board's API."
            error={fe["params.base_url"]}
          />
          <TextField
            id="source-interval"
            label="Check every (minutes)"
            type="number"
            min={5}
            value={interval}
            onChange={(e) => setInterval(e.target.value)}
            error={fe.interval_minutes}
          />
          <div className="sm:col-span-2">
            <button type="submit" className={buttonClass} disabled={add.isPending}>
              {add.isPending ? "Adding…" : "Add source"}
            </button>
          </div>
          {add.error && !(add.error instanceof ApiError && add.error.hasFieldErrors()) && (
            <div className="sm:col-span-2">
              <ErrorState error={add.error} title="The source was not added" />
            </div>
          )}
        </form>
      </section>

      <section aria-labelledby="source-list">
        <h2 id="source-list" className="text-lg font-semibold">
          Your sources
        </h2>
        {sources.isPending && <LoadingState label="Loading sources…" />}
        {sources.error && <ErrorState error={sources.error} onRetry={() => void sources.refetch()} />}
        {sources.data && sources.data.length === 0 && (
          <EmptyState title="No sources yet">Paste a company's job-board URL above to start collecting postings.</EmptyState>
        )}
        <ul className="mt-3 space-y-4">
          {sources.data?.map((s) => {
            const st = sourceStatus(s);
            return (
              <li key={s.id} className="rounded-lg border border-gray-300 p-4 dark:border-gray-700" aria-label={s.name}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-semibold break-all">
                    {s.name} {kindNote(s) && <span className="text-sm font-normal text-gray-700 dark:text-gray-300">{kindNote(s)}</span>}
                  </h3>
                  <span className={`rounded-full px-2 py-0.5 text-sm font-medium ${st.className}`}>{st.label}</span>
                </div>
                {sourceAddress(s) && <p className="mt-1 text-sm break-all text-gray-700 dark:text-gray-300">Fetches {sourceAddress(s)}</p>}
                <dl className="mt-2 grid grid-cols-1 gap-x-4 text-sm sm:grid-cols-3">
                  <div>
                    <dt className="inline font-medium">Last run: </dt>
                    <dd className="inline">{when(s.last_run_at)}</dd>
                  </div>
                  <div>
                    <dt className="inline font-medium">Last success: </dt>
                    <dd className="inline">{when(s.last_success_at)}</dd>
                  </div>
                  <div>
                    <dt className="inline font-medium">Next run: </dt>
                    <dd className="inline">{when(s.next_run_at)}</dd>
                  </div>
                </dl>
                {s.last_error && <p className="mt-2 text-sm text-red-800 dark:text-red-200 break-words">Last error: {s.last_error}</p>}
                <div className="mt-3 flex flex-wrap gap-2">
                  {s.kind !== "file" && (
                    <button type="button" className={secondaryButtonClass} onClick={() => run.mutate(s.id)} aria-label={`Run ${s.name} now`}>
                      Run now
                    </button>
                  )}
                  <button
                    type="button"
                    className={secondaryButtonClass}
                    aria-expanded={openRuns === s.id}
                    aria-controls={`runs-${s.id}`}
                    onClick={() => setOpenRuns(openRuns === s.id ? null : s.id)}
                  >
                    {openRuns === s.id ? "Hide runs" : "Show runs"}
                  </button>
                  {s.can_edit && (
                    <button type="button" className={secondaryButtonClass} onClick={() => remove.mutate(s.id)} aria-label={`Delete ${s.name}`}>
                      Delete
                    </button>
                  )}
                </div>
                {openRuns === s.id && <RunHistory id={`runs-${s.id}`} sourceId={s.id} />}
              </li>
            );
          })}
        </ul>
        {run.error && <ErrorState error={run.error} title="The run was not queued" />}
      </section>
    </div>
  );
}
