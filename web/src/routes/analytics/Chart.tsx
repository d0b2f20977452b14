import { useState, type ReactNode } from "react";
import { secondaryButtonClass } from "../../components/styles";

/** A chart card with a table view of the very same numbers and an empty state. */
export function ChartCard({ id, title, empty, chart, table, note }: {
  id: string;
  title: string;
  empty: boolean;
  chart: ReactNode;
  table: ReactNode;
  note?: ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  return (
    <section aria-labelledby={`${id}-title`} className="min-w-0 rounded-lg border border-gray-300 p-4 dark:border-gray-700" data-testid={id}>
      <div className="mb-2 flex items-center gap-2">
        <h2 id={`${id}-title`} className="text-lg font-semibold">{title}</h2>
        {!empty && (
          <button type="button" className={`${secondaryButtonClass} ml-auto`} aria-pressed={asTable} onClick={() => setAsTable((t) => !t)}>
            {asTable ? "Show chart" : "Show table"}
          </button>
        )}
      </div>
      {note && <p className="mb-2 text-sm text-gray-700 dark:text-gray-300">{note}</p>}
      {empty ? (
        <p className="text-sm text-gray-700 dark:text-gray-300" data-testid={`${id}-empty`}>No data yet.</p>
      ) : asTable ? (
        <div className="overflow-x-auto">{table}</div>
      ) : (
        <figure aria-label={`${title} chart; the table view lists the same numbers`} className="h-64 w-full">{chart}</figure>
      )}
    </section>
  );
}

/** A plain data table. */
export function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="min-w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>{head.map((h) => <th key={h} scope="col" className="p-1 font-semibold">{h}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i} className="border-t border-gray-200 dark:border-gray-700">
            {r.map((c, j) => <td key={j} className="p-1">{c}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
