import { useState, type FormEvent } from "react";
import { useQuery } from "@tanstack/react-query";
import { TextField } from "../../components/Field";
import { ErrorState } from "../../components/Status";
import { inputClass, labelClass, secondaryButtonClass } from "../../components/styles";
import { documentPath, documents, uploadDocument } from "./api";
import { Panel, saveError } from "./Sections";

const kinds = [
  { value: "resume", label: "Resume" },
  { value: "cover_letter", label: "Cover letter" },
  { value: "other", label: "Other" },
];

/** The resume version and cover letter used: uploaded (up to 10 MB) or linked. */
export function DocumentsSection({ appID, onChange }: { appID: string; onChange: () => void }) {
  const q = useQuery({ queryKey: ["application", appID, "documents"], queryFn: ({ signal }) => documents.list(appID, signal) });
  const [kind, setKind] = useState("resume");
  const [link, setLink] = useState({ name: "", url: "" });
  const [err, setErr] = useState("");
  const done = async () => {
    setErr("");
    await q.refetch();
    onChange();
  };
  const addLink = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await documents.create(appID, { kind, ...link });
      setLink({ name: "", url: "" });
      await done();
    } catch (x) {
      setErr(saveError(x));
    }
  };
  const upload = async (file: File) => {
    if (file.size > 10 * 1024 * 1024) {
      setErr("A document is at most 10 MB.");
      return;
    }
    try {
      await uploadDocument(appID, kind, file);
      await done();
    } catch (x) {
      setErr(saveError(x));
    }
  };
  return (
    <Panel id="documents" title="Documents">
      {q.isError && <ErrorState error={q.error} />}
      <ul className="mt-2 space-y-1">
        {q.data?.map((d) => (
          <li key={d.id}>
            {kinds.find((k) => k.value === d.kind)?.label ?? d.kind}:{" "}
            <a className="underline" href={d.url || documentPath(appID, d.id)} rel="noopener noreferrer" target={d.url ? "_blank" : undefined}>{d.name}</a>
            {d.size > 0 && ` (${Math.ceil(d.size / 1024)} KB)`}
            <button type="button" className="ml-2 text-sm underline" onClick={async () => { await documents.remove(appID, d.id); await done(); }}>
              Remove<span className="sr-only"> {d.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="mt-3">
        <label htmlFor="doc-kind" className={labelClass}>Used as</label>
        <select id="doc-kind" className={`${inputClass} mt-1`} value={kind} onChange={(e) => setKind(e.target.value)}>
          {kinds.map((k) => <option key={k.value} value={k.value}>{k.label}</option>)}
        </select>
      </div>
      <div className="mt-2">
        <label htmlFor="doc-file" className={labelClass}>Upload a file (10 MB at most)</label>
        <input id="doc-file" type="file" className="mt-1 block text-sm" onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
      </div>
      <form onSubmit={addLink} className="mt-2 grid gap-2 sm:grid-cols-2" aria-label="Link a document">
        <TextField id="doc-name" label="Link name" value={link.name} onChange={(e) => setLink({ ...link, name: e.target.value })} />
        <TextField id="doc-url" label="Link URL" value={link.url} onChange={(e) => setLink({ ...link, url: e.target.value })} />
        <div><button type="submit" className={secondaryButtonClass}>Add link</button></div>
      </form>
      {err && <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">{err}</p>}
    </Panel>
  );
}
