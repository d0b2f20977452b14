import { useState, type FormEvent } from "react";
import { ApiError } from "../../api/errors";
import { TextField } from "../../components/Field";
import { buttonClass } from "../../components/styles";
import { createApplication } from "./api";
import { stageLabels, stages, type Application, type Stage } from "./schema";

/** A manual entry: company, title and the rest of what a spreadsheet row would hold. */
export function NewApplicationForm({ onCreated }: { onCreated: (a: Application) => void }) {
  const [f, setF] = useState({ company: "", title: "", url: "", location: "", salary: "", stage: "saved" as Stage });
  const [err, setErr] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErr(null);
    try {
      const a = await createApplication({ ...f, origin: "page" });
      setF({ company: "", title: "", url: "", location: "", salary: "", stage: "saved" });
      onCreated(a);
    } catch (x) {
      setErr(x instanceof ApiError ? x : new ApiError({ status: 0, title: "Could not save" }));
    } finally {
      setBusy(false);
    }
  };
  const fe = err?.fieldErrors ?? {};
  return (
    <form onSubmit={submit} aria-label="New application" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" noValidate>
      {err && !err.hasFieldErrors() && <p role="alert" className="text-red-700 sm:col-span-3">{err.title}</p>}
      <TextField id="new-company" label="Company" required value={f.company} error={fe.company} onChange={(e) => setF({ ...f, company: e.target.value })} />
      <TextField id="new-title" label="Job title" required value={f.title} error={fe.title} onChange={(e) => setF({ ...f, title: e.target.value })} />
      <TextField id="new-url" label="Posting URL" type="url" value={f.url} error={fe.url} onChange={(e) => setF({ ...f, url: e.target.value })} />
      <TextField id="new-location" label="Location" value={f.location} onChange={(e) => setF({ ...f, location: e.target.value })} />
      <TextField id="new-salary" label="Salary" value={f.salary} onChange={(e) => setF({ ...f, salary: e.target.value })} />
      <div>
        <label htmlFor="new-stage" className="block text-sm font-medium">Stage</label>
        <select id="new-stage" className="mt-1 block w-full rounded-md border border-gray-400 bg-white px-3 py-2 dark:bg-gray-900" value={f.stage}
          onChange={(e) => setF({ ...f, stage: e.target.value as Stage })}>
          {stages.map((s) => <option key={s} value={s}>{stageLabels[s]}</option>)}
        </select>
      </div>
      <div className="sm:col-span-3">
        <button type="submit" className={buttonClass} disabled={busy}>{busy ? "Saving…" : "Add application"}</button>
      </div>
    </form>
  );
}
