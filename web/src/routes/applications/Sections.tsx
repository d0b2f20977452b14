import { useState, type FormEvent, type ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import { ApiError } from "../../api/errors";
import { TextField } from "../../components/Field";
import { ErrorState } from "../../components/Status";
import { inputClass, labelClass, secondaryButtonClass } from "../../components/styles";
import { contacts, notes } from "./api";
import { Markdown } from "./markdown";

/** Shared frame of a section on the application page. */
export function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-h`} className="rounded-lg border border-gray-300 p-4 dark:border-gray-700">
      <h2 id={`${id}-h`} className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** The error message of a failed save, with the API's field errors. */
export function saveError(e: unknown): string {
  if (e instanceof ApiError) return [e.title, ...Object.entries(e.fieldErrors).map(([k, v]) => `${k} ${v}`)].join(": ");
  return "Not saved";
}

/** Markdown notes: written as text, rendered safely. */
export function NotesSection({ appID, onChange }: { appID: string; onChange: () => void }) {
  const q = useQuery({ queryKey: ["application", appID, "notes"], queryFn: ({ signal }) => notes.list(appID, signal) });
  const [body, setBody] = useState("");
  const [err, setErr] = useState("");
  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await notes.create(appID, { body });
      setBody("");
      setErr("");
      await q.refetch();
      onChange();
    } catch (x) {
      setErr(saveError(x));
    }
  };
  return (
    <Panel id="notes" title="Notes">
      {q.isError && <ErrorState error={q.error} />}
      <ul className="mt-2 space-y-3">
        {q.data?.map((n) => (
          <li key={n.id} className="rounded border border-gray-200 p-2 dark:border-gray-700">
            <Markdown source={n.body} />
            <button type="button" className="mt-1 text-sm underline" onClick={async () => { await notes.remove(appID, n.id); await q.refetch(); onChange(); }}>
              Delete note
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="mt-3">
        <label htmlFor="note-body" className={labelClass}>New note (Markdown: **bold**, *italic*, `code`, - lists, [links](https://…))</label>
        <textarea id="note-body" rows={3} className={`${inputClass} mt-1`} value={body} onChange={(e) => setBody(e.target.value)} />
        {err && <p role="alert" className="text-sm text-red-700 dark:text-red-300">{err}</p>}
        <button type="submit" className={`${secondaryButtonClass} mt-2`}>Add note</button>
      </form>
    </Panel>
  );
}

/** Contacts at the company, shared by all its applications. */
export function ContactsSection({ appID, company, onChange }: { appID: string; company: string; onChange: () => void }) {
  const q = useQuery({ queryKey: ["application", appID, "contacts"], queryFn: ({ signal }) => contacts.list(appID, signal) });
  const empty = { name: "", role: "", email: "", phone: "", profile_url: "" };
  const [f, setF] = useState(empty);
  const [err, setErr] = useState("");
  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await contacts.create(appID, f);
      setF(empty);
      setErr("");
      await q.refetch();
      onChange();
    } catch (x) {
      setErr(saveError(x));
    }
  };
  return (
    <Panel id="contacts" title={`Contacts at ${company}`}>
      {q.isError && <ErrorState error={q.error} />}
      <ul className="mt-2 space-y-1">
        {q.data?.map((c) => (
          <li key={c.id}>
            <span className="font-medium">{c.name}</span>
            {c.role && ` — ${c.role}`}
            {c.email && <> · <a className="underline" href={`mailto:${c.email}`}>{c.email}</a></>}
            {c.phone && ` · ${c.phone}`}
            {c.profile_url && <> · <a className="underline" href={c.profile_url} rel="noopener noreferrer" target="_blank">profile</a></>}
            <button type="button" className="ml-2 text-sm underline" aria-label={`Remove ${c.name}`}
              onClick={async () => { await contacts.remove(appID, c.id); await q.refetch(); }}>Remove</button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="mt-3 grid gap-2 sm:grid-cols-2" aria-label="New contact">
        <TextField id="c-name" label="Name" value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} />
        <TextField id="c-role" label="Role" value={f.role} onChange={(e) => setF({ ...f, role: e.target.value })} />
        <TextField id="c-email" label="Email" type="email" value={f.email} onChange={(e) => setF({ ...f, email: e.target.value })} />
        <TextField id="c-phone" label="Phone" value={f.phone} onChange={(e) => setF({ ...f, phone: e.target.value })} />
        <TextField id="c-url" label="Profile URL" value={f.profile_url} onChange={(e) => setF({ ...f, profile_url: e.target.value })} className="sm:col-span-2" />
        {err && <p role="alert" className="text-sm text-red-700 dark:text-red-300 sm:col-span-2">{err}</p>}
        <div><button type="submit" className={secondaryButtonClass}>Add contact</button></div>
      </form>
    </Panel>
  );
}
