import { useState, type FormEvent } from "react";
import { useQuery } from "@tanstack/react-query";
import { TextField } from "../../components/Field";
import { ErrorState } from "../../components/Status";
import { inputClass, labelClass, linkClass, secondaryButtonClass } from "../../components/styles";
import { timezoneOptions } from "../preferences/timezones";
import { interviewICSPath, interviews, reminders } from "./api";
import { formatInstant } from "./format";
import { interviewKinds } from "./schema";
import { Panel, saveError } from "./Sections";

const kindLabel = (k: string) => k.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());

/** Interviews: entered as wall-clock times in a chosen zone, shown in the user's zone, each downloadable as .ics. */
export function InterviewsSection({ appID, zone, onChange }: { appID: string; zone: string; onChange: () => void }) {
  const q = useQuery({ queryKey: ["application", appID, "interviews"], queryFn: ({ signal }) => interviews.list(appID, signal) });
  const [f, setF] = useState({ kind: "technical", starts_at: "", ends_at: "", timezone: "", location: "", meeting_url: "", interviewers: "" });
  const [err, setErr] = useState("");
  const tz = f.timezone || zone;
  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await interviews.create(appID, { ...f, timezone: tz, interviewers: f.interviewers.split(",").map((s) => s.trim()).filter(Boolean) });
      setF({ ...f, starts_at: "", ends_at: "", location: "", meeting_url: "", interviewers: "" });
      setErr("");
      await q.refetch();
      onChange();
    } catch (x) {
      setErr(saveError(x));
    }
  };
  return (
    <Panel id="interviews" title="Interviews">
      {q.isError && <ErrorState error={q.error} />}
      <ul className="mt-2 space-y-2" aria-label="Interviews">
        {q.data?.map((i) => (
          <li key={i.id}>
            <p className="font-medium">{kindLabel(i.kind)} — {formatInstant(i.starts_at, zone)}</p>
            {i.timezone && i.timezone !== zone && (
              <p className="text-sm">Arranged as {formatInstant(i.starts_at, i.timezone)}</p>
            )}
            <p className="text-sm">
              {[i.location, i.interviewers.join(", ")].filter(Boolean).join(" · ")}
              {i.meeting_url && <> · <a className="underline" href={i.meeting_url} rel="noopener noreferrer" target="_blank">join</a></>}
            </p>
            <a className={`${linkClass} text-sm`} href={interviewICSPath(appID, i.id)} download="interview.ics">
              Download .ics<span className="sr-only"> for the {kindLabel(i.kind)} interview</span>
            </a>
            <button type="button" className="ml-3 text-sm underline" onClick={async () => { await interviews.remove(appID, i.id); await q.refetch(); }}>
              Delete<span className="sr-only"> the {kindLabel(i.kind)} interview</span>
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="mt-3 grid gap-2 sm:grid-cols-2" aria-label="New interview">
        <div>
          <label htmlFor="i-kind" className={labelClass}>Kind</label>
          <select id="i-kind" className={`${inputClass} mt-1`} value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value })}>
            {interviewKinds.map((k) => <option key={k} value={k}>{kindLabel(k)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="i-tz" className={labelClass}>Time zone</label>
          <select id="i-tz" className={`${inputClass} mt-1`} value={tz} onChange={(e) => setF({ ...f, timezone: e.target.value })}>
            {timezoneOptions(tz).map((z) => <option key={z} value={z}>{z}</option>)}
          </select>
        </div>
        <TextField id="i-start" label="Starts" type="datetime-local" value={f.starts_at} onChange={(e) => setF({ ...f, starts_at: e.target.value })} />
        <TextField id="i-end" label="Ends" type="datetime-local" value={f.ends_at} onChange={(e) => setF({ ...f, ends_at: e.target.value })} hint="Empty: one hour." />
        <TextField id="i-location" label="Place" value={f.location} onChange={(e) => setF({ ...f, location: e.target.value })} />
        <TextField id="i-link" label="Meeting link" value={f.meeting_url} onChange={(e) => setF({ ...f, meeting_url: e.target.value })} />
        <TextField id="i-who" label="Interviewers (comma separated)" value={f.interviewers} onChange={(e) => setF({ ...f, interviewers: e.target.value })} className="sm:col-span-2" />
        {err && <p role="alert" className="text-sm text-red-700 dark:text-red-300 sm:col-span-2">{err}</p>}
        <div><button type="submit" className={secondaryButtonClass}>Add interview</button></div>
      </form>
    </Panel>
  );
}

/** Reminders and follow-ups (suggested ones appear on their own) with their due time in the user's zone. */
export function RemindersSection({ appID, zone, onChange }: { appID: string; zone: string; onChange: () => void }) {
  const q = useQuery({ queryKey: ["application", appID, "reminders"], queryFn: ({ signal }) => reminders.list(appID, signal) });
  const [f, setF] = useState({ title: "", due_at: "" });
  const [err, setErr] = useState("");
  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await reminders.create(appID, f);
      setF({ title: "", due_at: "" });
      setErr("");
      await q.refetch();
      onChange();
    } catch (x) {
      setErr(saveError(x));
    }
  };
  return (
    <Panel id="reminders" title="Reminders">
      {q.isError && <ErrorState error={q.error} />}
      <ul className="mt-2 space-y-1">
        {q.data?.map((r) => (
          <li key={r.id} className="flex items-center gap-2">
            <input type="checkbox" id={`r-${r.id}`} checked={r.done_at !== null}
              onChange={async (e) => { await reminders.patch(appID, r.id, { done: e.target.checked }); await q.refetch(); onChange(); }} />
            <label htmlFor={`r-${r.id}`} className={r.done_at ? "line-through" : ""}>
              {r.title} — due {formatInstant(r.due_at, zone)}{r.kind === "follow_up" ? " (suggested follow-up)" : ""}
            </label>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="mt-3 grid gap-2 sm:grid-cols-2" aria-label="New reminder">
        <TextField id="r-title" label="Reminder" value={f.title} onChange={(e) => setF({ ...f, title: e.target.value })} />
        <TextField id="r-due" label={`Due (${zone})`} type="datetime-local" value={f.due_at} onChange={(e) => setF({ ...f, due_at: e.target.value })} />
        {err && <p role="alert" className="text-sm text-red-700 dark:text-red-300 sm:col-span-2">{err}</p>}
        <div><button type="submit" className={secondaryButtonClass}>Add reminder</button></div>
      </form>
    </Panel>
  );
}
