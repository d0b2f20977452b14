import { useState } from "react";
import { buttonClass, labelClass, secondaryButtonClass } from "../../components/styles";
import { importCSV, type ImportResult } from "./api";
import { plural } from "../../components/plural";

/** Import a CSV: pick a file, see how its columns map and every row error, then import (all rows or none). */
export function ImportCSV({ onImported }: { onImported: (n: number) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [res, setRes] = useState<ImportResult | null>(null);
  const [msg, setMsg] = useState("");
  const preview = async (f: File) => {
    setFile(f);
    setMsg("");
    try {
      setRes(await importCSV(f, true));
    } catch (e) {
      setRes(null);
      setMsg(e instanceof Error ? e.message : "The file could not be read");
    }
  };
  const run = async () => {
    if (!file) return;
    const r = await importCSV(file, false).catch((e: Error) => ({ preview: undefined, error: e }));
    if (r.preview && !r.error) {
      setMsg(`Imported ${plural(r.preview.imported, "application")}.`);
      setRes(null);
      setFile(null);
      onImported(r.preview.imported);
    } else {
      setMsg(`Nothing was imported: ${r.error?.message ?? "the file was refused"}`);
      if (r.preview) setRes({ preview: r.preview, error: r.error as never });
    }
  };
  const p = res?.preview;
  return (
    <div>
      <label htmlFor="import-file" className={labelClass}>CSV file to import</label>
      <input id="import-file" type="file" accept=".csv,text/csv" className="mt-1 block text-sm"
        onChange={(e) => e.target.files?.[0] && preview(e.target.files[0])} />
      <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">
        Our export, or a spreadsheet with columns such as company, title or position, status, date applied, URL, notes, salary and location.
      </p>
      {msg && <p role="status" className="mt-2 font-medium">{msg}</p>}
      {p && (
        <div className="mt-3 space-y-2">
          <p>{plural(p.rows, "row")}, {p.valid} ready, {plural(p.errors.length, "error")}.</p>
          <table className="text-sm">
            <caption className="text-left font-medium">Column mapping</caption>
            <thead><tr><th scope="col" className="pr-4 text-left">Column</th><th scope="col" className="text-left">Becomes</th></tr></thead>
            <tbody>
              {p.columns.map((c) => (
                <tr key={c.column}><td className="pr-4">{c.column}</td><td>{c.field || "ignored"}</td></tr>
              ))}
            </tbody>
          </table>
          {p.errors.length > 0 && (
            <ul aria-label="Row errors" className="list-disc pl-5 text-red-700 dark:text-red-300">
              {p.errors.map((e, i) => (
                <li key={i}>Line {e.row}{e.column ? `, ${e.column}` : ""}: {e.message}</li>
              ))}
            </ul>
          )}
          <div className="flex gap-2">
            <button type="button" className={buttonClass} onClick={run} disabled={p.errors.length > 0 || p.valid === 0}>
              Import {plural(p.valid, "application")}
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => { setRes(null); setFile(null); }}>Cancel</button>
          </div>
        </div>
      )}
    </div>
  );
}
