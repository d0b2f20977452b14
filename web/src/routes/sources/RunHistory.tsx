import { useQuery } from "@tanstack/react-query";
import { ErrorState, LoadingState } from "../../components/Status";
import { listRuns } from "./api";
import { runNote } from "./notes";

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
                  {r.errors.length}
                  {note && <p className={`${note.className} break-words`}>{note.text}</p>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
