import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../../api/errors";
import { usePreferences } from "../../api/queries";
import { ErrorState, LoadingState } from "../../components/Status";
import { inputClass, labelClass, linkClass, secondaryButtonClass } from "../../components/styles";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { deleteApplication, getApplication, listEvents, moveApplication, patchApplication } from "./api";
import { formatDate, formatInstant } from "./format";
import { stageLabels, stages, type Application, type Stage, type TimelineEvent } from "./schema";
import { ContactsSection, NotesSection } from "./Sections";
import { InterviewsSection, RemindersSection } from "./Schedule";
import { DocumentsSection } from "./Documents";

/** One application: stage, details, timeline, notes, contacts, interviews, reminders and documents. */
export function ApplicationPage() {
  const { id = "" } = useParams();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const app = useQuery({ queryKey: ["application", id], queryFn: ({ signal }) => getApplication(id, signal) });
  const prefs = usePreferences();
  const zone = prefs.data?.timezone ?? "UTC";
  useDocumentTitle(app.data ? `${app.data.title} at ${app.data.company}` : "Application");
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ["application", id] });
    void qc.invalidateQueries({ queryKey: ["applications"] });
  };
  if (app.isPending) return <LoadingState label="Loading the application…" />;
  if (app.isError) {
    return (
      <section aria-labelledby="page-title">
        <h1 id="page-title" tabIndex={-1} className="text-2xl font-bold">Application</h1>
        <ErrorState error={app.error} title={app.error instanceof ApiError && app.error.status === 404 ? "No such application" : undefined} />
        <Link to="/applications" className={linkClass}>Back to applications</Link>
      </section>
    );
  }
  const a = app.data;
  const remove = async () => {
    if (!window.confirm(`Delete ${a.title} at ${a.company} and its history?`)) return;
    await deleteApplication(a.id);
    await qc.invalidateQueries({ queryKey: ["applications"] });
    navigate("/applications");
  };
  return (
    <section aria-labelledby="page-title" className="space-y-6">
      <div>
        <Link to="/applications" className={linkClass}>← Applications</Link>
        <h1 id="page-title" tabIndex={-1} className="mt-2 text-2xl font-bold">{a.title}</h1>
        <p className="text-lg">
          {a.company}
          {a.location && ` · ${a.location}`}
          {a.url && (<> · <a href={a.url} className={linkClass} rel="noopener noreferrer" target="_blank">posting</a></>)}
        </p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="stage" className={labelClass}>Stage</label>
          <select id="stage" className={`${inputClass} mt-1`} value={a.stage}
            onChange={async (e) => { await moveApplication(a.id, e.target.value as Stage, "page"); refresh(); }}>
            {stages.map((s) => <option key={s} value={s}>{stageLabels[s]}</option>)}
          </select>
        </div>
        <button type="button" className={secondaryButtonClass} onClick={remove}>Delete application</button>
      </div>
      <Details app={a} zone={zone} onSaved={refresh} />
      <div className="grid gap-6 lg:grid-cols-2">
        <InterviewsSection appID={a.id} zone={zone} onChange={refresh} />
        <RemindersSection appID={a.id} zone={zone} onChange={refresh} />
        <NotesSection appID={a.id} onChange={refresh} />
        <ContactsSection appID={a.id} company={a.company} onChange={refresh} />
        <DocumentsSection appID={a.id} onChange={refresh} />
        <Timeline appID={a.id} zone={zone} />
      </div>
    </section>
  );
}

function Details({ app, zone, onSaved }: { app: Application; zone: string; onSaved: () => void }) {
  const [f, setF] = useState(app);
  const [msg, setMsg] = useState("");
  const field = (k: keyof Application, label: string) => (
    <div>
      <label htmlFor={`d-${k}`} className={labelClass}>{label}</label>
      <input id={`d-${k}`} className={`${inputClass} mt-1`} value={String(f[k] ?? "")} onChange={(e) => setF({ ...f, [k]: e.target.value })} />
    </div>
  );
  const save = async () => {
    try {
      await patchApplication(app.id, {
        company: f.company, title: f.title, url: f.url, location: f.location, salary: f.salary, expected_salary: f.expected_salary,
        offered_salary: f.offered_salary, found_via: f.found_via, referral: f.referral, priority: Number(f.priority), excitement: Number(f.excitement),
        tags: typeof f.tags === "string" ? String(f.tags).split(",").map((t) => t.trim()).filter(Boolean) : f.tags,
      });
      setMsg("Details saved.");
      onSaved();
    } catch (e) {
      setMsg(e instanceof ApiError ? `Not saved: ${e.title} ${Object.values(e.fieldErrors).join("; ")}` : "Not saved.");
    }
  };
  return (
    <details className="rounded-lg border border-gray-300 p-4 dark:border-gray-700">
      <summary className="cursor-pointer font-semibold">Details</summary>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 text-sm sm:grid-cols-4">
        {stages.filter((s) => app.stage_dates[s]).map((s) => (
          <div key={s}><dt className="font-medium">{stageLabels[s]}</dt><dd>{formatDate(app.stage_dates[s], zone)}</dd></div>
        ))}
        <div><dt className="font-medium">First response</dt><dd>{formatDate(app.first_response_at, zone) || "—"}</dd></div>
      </dl>
      <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {field("company", "Company")}
        {field("title", "Job title")}
        {field("url", "Posting URL")}
        {field("location", "Location")}
        {field("salary", "Advertised salary")}
        {field("expected_salary", "Expected salary")}
        {field("offered_salary", "Offered salary")}
        {field("found_via", "Found via")}
        {field("referral", "Referral")}
        <div>
          <label htmlFor="d-tags" className={labelClass}>Tags (comma separated)</label>
          <input id="d-tags" className={`${inputClass} mt-1`} value={Array.isArray(f.tags) ? f.tags.join(", ") : String(f.tags)}
            onChange={(e) => setF({ ...f, tags: e.target.value as unknown as string[] })} />
        </div>
        <div>
          <label htmlFor="d-priority" className={labelClass}>Priority</label>
          <select id="d-priority" className={`${inputClass} mt-1`} value={f.priority} onChange={(e) => setF({ ...f, priority: Number(e.target.value) })}>
            {["None", "Low", "Medium", "High"].map((l, i) => <option key={l} value={i}>{l}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="d-excitement" className={labelClass}>Excitement (0–5)</label>
          <input id="d-excitement" type="number" min={0} max={5} className={`${inputClass} mt-1`} value={f.excitement}
            onChange={(e) => setF({ ...f, excitement: Number(e.target.value) })} />
        </div>
      </div>
      <button type="button" className={`${secondaryButtonClass} mt-3`} onClick={save}>Save details</button>
      <p role="status" className="mt-2 text-sm">{msg}</p>
    </details>
  );
}

const originLabel: Record<string, string> = { board: "board", table: "table", page: "application page", api: "API", bulk: "bulk change", import: "import", system: "automatic" };

function describe(e: TimelineEvent): string {
  if (e.kind === "stage_changed") {
    const to = stageLabels[e.to_stage as Stage] ?? e.to_stage;
    return e.from_stage ? `Moved from ${stageLabels[e.from_stage as Stage] ?? e.from_stage} to ${to}` : `Added as ${to}`;
  }
  const label = e.kind.replace(/_/g, " ");
  return label.charAt(0).toUpperCase() + label.slice(1) + (e.detail ? `: ${e.detail}` : "");
}

function Timeline({ appID, zone }: { appID: string; zone: string }) {
  const ev = useQuery({ queryKey: ["application", appID, "events"], queryFn: ({ signal }) => listEvents(appID, signal) });
  return (
    <section aria-labelledby="timeline-h" className="lg:col-span-2">
      <h2 id="timeline-h" className="text-lg font-semibold">Timeline</h2>
      {ev.isError && <ErrorState error={ev.error} />}
      <ol className="mt-2 space-y-1 border-l-2 border-gray-300 pl-4 dark:border-gray-700" aria-label="Timeline">
        {[...(ev.data ?? [])].reverse().map((e) => (
          <li key={e.id}>
            <span className="font-medium">{describe(e)}</span>{" "}
            <span className="text-sm text-gray-700 dark:text-gray-300">
              — {formatInstant(e.occurred_at, zone)} via {originLabel[e.origin] ?? e.origin}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
