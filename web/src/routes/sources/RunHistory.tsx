import { useQuery } from "@tanstack/react-query";
import type { Run } from "../../api/types";
import { plural } from "../../components/plural";
import { ErrorState, LoadingState } from "../../components/Status";
import { listRuns } from "./api";
import { runNote } from "./notes";

/** How many of a run's item errors its list shows; the rest are counted in one line. */
const itemErrorsShown = 20;

/** A source's runs with their counts and errors; refreshed while a run is waiting or running. */
export function RunHistory({ id, sourceId }: { id: string; sourceId: string }) {
  const runs = useQuery({
    queryKey: ["runs", sourceId],
    queryFn: ({ signal }) => listRuns(sourceId, signal),
    refetchInterval: (q) => (q.state.data?.some((r) => r.status === "queued" || r.status === "running") ? 1000 : false),
  });
  if (runs.isPending) return <LoadingState label="Loading runs…" />;
  if (runs.error) return <ErrorState error={runs.error} />;
  if (runs.data.length === 0) return <p id={id} className="mt-3 text-sm">No runs yet.</p>;
  return (
    <div id={id} className="mt-3 overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Runs</caption>
        <thead>
          <tr>
            {["Started", "Status", "Fetched", "New", "Linked", "Updated", "Unchanged", "Closed", "Errors"].map((h) => (
              <th key={h} scope="col" className="px-2 py-1 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {runs.data.map((r) => {
            const note = runNote(r);
            return (
              <tr key={r.id} className="border-t border-gray-200 align-top dark:border-gray-700">
                <td className="px-2 py-1">{new Date(r.started_at ?? r.queued_at).toLocaleString()}</td>
                <td className="px-2 py-1">{r.status}</td>
                <td className="px-2 py-1">{r.fetched}</td>
                <td className="px-2 py-1">{r.new}</td>
                <td className="px-2 py-1">{r.linked}</td>
                <td className="px-2 py-1">{r.updated}</td>
                <td className="px-2 py-1">{r.unchanged}</td>
                <td className="px-2 py-1">{r.closed}</td>
                <td className="px-2 py-1">
                  <RunProblems run={r} note={note} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A run's Errors cell: the run's own text in full, and its items that could not be read behind a disclosure
 * naming each one's id and reason. Its width is capped so it wraps, and fits a phone once the table is scrolled.
 */
function RunProblems({ run, note }: { run: Pick<Run, "errors">; note: ReturnType<typeof runNote> }) {
  const shown = run.errors.slice(0, itemErrorsShown);
  const more = run.errors.length - shown.length;
  return (
    <div className="w-max max-w-[min(20rem,70vw)] wrap-anywhere">
      {run.errors.length === 0 && <span>0</span>}
      {note && <p className={note.className}>{note.text}</p>}
      {run.errors.length > 0 && (
        <details>
          <summary className="cursor-pointer font-medium">{plural(run.errors.length, "item")} not read</summary>
          <ul aria-label="Items not read" className="mt-1 space-y-1">
            {shown.map((e, i) => (
              <li key={i}>
                <span className="font-mono">{e.id || `no id (item ${e.index})`}</span>
                <span className="block text-gray-700 dark:text-gray-300">{e.error}</span>
              </li>
            ))}
          </ul>
          {more > 0 && <p className="mt-1 text-gray-700 dark:text-gray-300">and {more} more</p>}
        </details>
      )}
    </div>
  );
}
