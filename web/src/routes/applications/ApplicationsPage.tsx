import { useState } from "react";
import { useSearchParams } from "react-router";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { usePreferences } from "../../api/queries";
import { ErrorState, LoadingState, EmptyState } from "../../components/Status";
import { linkClass, secondaryButtonClass } from "../../components/styles";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { bulkStage, exportCSVPath, listApplications, moveApplication, type ApplicationFilter } from "./api";
import { applyMove } from "./board";
import { Board } from "./Board";
import { CalendarFeed } from "./CalendarFeed";
import { ImportCSV } from "./ImportCSV";
import { NewApplicationForm } from "./NewApplicationForm";
import { Notifications } from "./Notifications";
import type { Application, Stage } from "./schema";
import { TableView } from "./TableView";

/** Applications: the board and table of everything tracked, with add, import, export and the calendar feed. */
export function ApplicationsPage() {
  useDocumentTitle("Applications");
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const view = params.get("view") === "table" ? "table" : "board";
  const [filter, setFilter] = useState<ApplicationFilter>({ sort: "-updated_at" });
  const [panel, setPanel] = useState<"" | "new" | "import" | "calendar">("");
  const [status, setStatus] = useState("");
  const prefs = usePreferences();
  const zone = prefs.data?.timezone ?? "UTC";
  const key = ["applications", view === "board" ? {} : filter];
  const apps = useQuery({ queryKey: key, queryFn: ({ signal }) => listApplications(view === "board" ? {} : filter, signal) });

  const move = useMutation({
    mutationFn: (m: { id: string; stage: Stage; index?: number; origin: "board" | "table" }) => moveApplication(m.id, m.stage, m.origin, m.index),
    onMutate: async (m) => {
      await qc.cancelQueries({ queryKey: key });
      const before = qc.getQueryData<Application[]>(key);
      if (before && m.index !== undefined) qc.setQueryData(key, applyMove(before, m.id, m.stage, m.index));
      return { before };
    },
    onError: (_e, _m, ctx) => {
      if (ctx?.before) qc.setQueryData(key, ctx.before);
      setStatus("The move was not saved; the board shows the stored order again.");
    },
    onSettled: () => qc.invalidateQueries({ queryKey: ["applications"] }),
  });

  const tab = (p: typeof panel, label: string) => (
    <button type="button" className={secondaryButtonClass} aria-expanded={panel === p} aria-controls="app-panel" onClick={() => setPanel(panel === p ? "" : p)}>
      {label}
    </button>
  );

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1} className="text-2xl font-bold">Applications</h1>
      <p className="mt-1 text-gray-700 dark:text-gray-300">Every application you are tracking, from saved to offer. Every move is kept in its history.</p>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <div role="group" aria-label="View" className="flex gap-1">
          <button type="button" className={secondaryButtonClass} aria-pressed={view === "board"} onClick={() => setParams({})}>Board</button>
          <button type="button" className={secondaryButtonClass} aria-pressed={view === "table"} onClick={() => setParams({ view: "table" })}>Table</button>
        </div>
        {tab("new", "New application")}
        {tab("import", "Import CSV")}
        {tab("calendar", "Calendar feed")}
        <a href={exportCSVPath} download="applications.csv" className={linkClass}>Export CSV</a>
      </div>
      <p role="status" className="mt-2 min-h-6 text-sm">{status}</p>
      <Notifications zone={zone} />
      {panel && (
        <div id="app-panel" className="mb-4 rounded-lg border border-gray-300 p-4 dark:border-gray-700">
          {panel === "new" && (
            <NewApplicationForm onCreated={(a) => { setStatus(`Added ${a.title} at ${a.company}.`); setPanel(""); void qc.invalidateQueries({ queryKey: ["applications"] }); }} />
          )}
          {panel === "import" && <ImportCSV onImported={() => void qc.invalidateQueries({ queryKey: ["applications"] })} />}
          {panel === "calendar" && <CalendarFeed />}
        </div>
      )}
      {apps.isPending ? (
        <LoadingState label="Loading applications…" />
      ) : apps.isError ? (
        <ErrorState error={apps.error} onRetry={() => void apps.refetch()} />
      ) : apps.data.length === 0 && view === "board" ? (
        <EmptyState title="Nothing tracked yet">Add an application by hand, import a CSV, or press Track on a job.</EmptyState>
      ) : view === "board" ? (
        <Board apps={apps.data} onMove={(id, stage, index) => move.mutate({ id, stage, index, origin: "board" })} />
      ) : (
        <TableView apps={apps.data} filter={filter} onFilter={setFilter} zone={zone}
          onMove={(id, stage) => move.mutate({ id, stage, origin: "table" })}
          onBulk={async (ids, stage) => { await bulkStage(ids, stage); setStatus(`Moved ${ids.length} to ${stage}.`); void qc.invalidateQueries({ queryKey: ["applications"] }); }} />
      )}
    </section>
  );
}
