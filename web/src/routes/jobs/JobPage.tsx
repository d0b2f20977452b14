import { Link, useParams } from "react-router";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../../api/errors";
import { ErrorState, LoadingState } from "../../components/Status";
import { linkClass, secondaryButtonClass } from "../../components/styles";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { getJob, markJob, markedQueries } from "./api";
import { ClosedBadge, linkLabel, locationText, salaryText } from "./parts";
import { MatchPanel } from "../matches/MatchPanel";
import { TrackButton } from "../applications/TrackButton";

/** Boards use any heading level in descriptions; under this page's h2 they all become h3 so the outline stays in order. */
export function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h[1-6](?=[\s>])/gi, "<$1h3");
}

function day(t: string | null | undefined): string {
  return t ? new Date(t).toLocaleDateString() : "—";
}

/** One posting: clean description, all locations, salary as parsed beside its raw text, every source link. */
export function JobPage() {
  const { id = "" } = useParams();
  const qc = useQueryClient();
  const job = useQuery({ queryKey: ["job", id], queryFn: ({ signal }) => getJob(id, signal) });
  const missing = job.error instanceof ApiError && job.error.status === 404;
  useDocumentTitle(job.data?.title ?? (missing ? "No such posting" : "Job"));
  const mark = useMutation({
    mutationFn: (m: { mark: "save" | "dismiss"; on: boolean }) => markJob(id, m.mark, m.on),
    onSuccess: (j) => {
      qc.setQueryData(["job", id], j);
      markedQueries.forEach((queryKey) => void qc.invalidateQueries({ queryKey }));
    },
  });
  if (job.isPending) return <LoadingState label="Loading the posting…" />;
  if (job.error) {
    return (
      <section aria-labelledby="page-title" className="space-y-3">
        <h1 id="page-title" tabIndex={-1} className="text-2xl font-bold">{missing ? "No such posting" : "Job"}</h1>
        {missing ? (
          <p>There is no posting at this address: the link may be mistyped, or the posting was removed.</p>
        ) : (
          <ErrorState error={job.error} onRetry={() => void job.refetch()} />
        )}
        <Link to="/jobs" className={linkClass}>Back to jobs</Link>
      </section>
    );
  }
  const j = job.data;
  const salary = salaryText(j.salary);
  return (
    <article className="space-y-6">
      <header>
        <div className="flex flex-wrap items-center gap-2">
          <h1 id="page-title" tabIndex={-1} className="text-2xl font-bold">{j.title}</h1>
          {j.closed && <ClosedBadge />}
        </div>
        <p className="mt-1 text-gray-700 dark:text-gray-300">{j.company}</p>
        <div className="mt-3 flex flex-wrap gap-2">
          <TrackButton postingId={j.id} label={`${j.title} at ${j.company}`} />
          <button type="button" className={secondaryButtonClass} aria-pressed={!!j.saved_at} onClick={() => mark.mutate({ mark: "save", on: !j.saved_at })}>
            {j.saved_at ? "Saved" : "Save"}
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            aria-pressed={!!j.dismissed_at}
            onClick={() => mark.mutate({ mark: "dismiss", on: !j.dismissed_at })}
          >
            {j.dismissed_at ? "Dismissed" : "Dismiss"}
          </button>
          {(j.apply_url || j.url) && (
            <a href={j.apply_url || j.url} className={linkClass} rel="noopener noreferrer" target="_blank">
              Apply
            </a>
          )}
        </div>
      </header>
      <MatchPanel id={j.id} />
      <dl className="grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="font-medium">Locations</dt>
          <dd>
            {j.locations.length === 0 ? (
              "Not stated"
            ) : (
              <ul aria-label="Locations">
                {j.locations.map((l, i) => (
                  <li key={i}>{locationText(l)}</li>
                ))}
              </ul>
            )}
            {j.work_mode && <p className="text-sm">Work mode: {j.work_mode}</p>}
          </dd>
        </div>
        <div>
          <dt className="font-medium">Salary</dt>
          <dd>
            {salary || "Not stated"}
            {j.salary.raw && <p className="text-sm text-gray-700 dark:text-gray-300">As written: “{j.salary.raw}”</p>}
          </dd>
        </div>
        <div>
          <dt className="font-medium">Posted</dt>
          <dd>
            {day(j.posted_at)}
            {j.posted_raw && <span className="text-sm text-gray-700 dark:text-gray-300"> (as written: {j.posted_raw})</span>}
          </dd>
        </div>
        <div>
          <dt className="font-medium">First seen / last seen</dt>
          <dd>
            {day(j.first_seen_at)} / {day(j.last_seen_at)}
          </dd>
        </div>
      </dl>
      <section aria-labelledby="job-sources">
        <h2 id="job-sources" className="text-lg font-semibold">
          Sources
        </h2>
        <ul className="mt-2 space-y-1">
          {j.sources?.map((s) => (
            <li key={`${s.source_id}/${s.external_id}`}>
              {s.url ? (
                <a href={s.url} className={linkClass} rel="noopener noreferrer" target="_blank">
                  {linkLabel(s, j.sources ?? [])}
                </a>
              ) : (
                linkLabel(s, j.sources ?? [])
              )}{" "}
              <span className="text-sm text-gray-700 dark:text-gray-300">
                seen {day(s.first_seen_at)} – {day(s.last_seen_at)}
                {s.closed_at && `, closed ${day(s.closed_at)}`}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="job-description">
        <h2 id="job-description" className="text-lg font-semibold">
          Description
        </h2>
        {/* description_html is sanitized on the server (normalize.HTML) before it is stored. */}
        {j.description_html ? (
          <div className="description mt-2 break-words" dangerouslySetInnerHTML={{ __html: demoteHeadings(j.description_html) }} />
        ) : (
          <p className="mt-2 text-gray-600 dark:text-gray-400">No description was read for this job.</p>
        )}
      </section>
    </article>
  );
}
