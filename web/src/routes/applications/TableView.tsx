import { useState } from "react";
import { Link } from "react-router";
import { inputClass, labelClass, secondaryButtonClass } from "../../components/styles";
import type { ApplicationFilter } from "./api";
import { formatDate } from "./format";
import { stageLabels, stages, type Application, type Stage } from "./schema";

/** Props of TableView. */
export interface TableViewProps {
  apps: Application[];
  filter: ApplicationFilter;
  onFilter: (f: ApplicationFilter) => void;
  onMove: (id: string, stage: Stage) => void;
  onBulk: (ids: string[], stage: Stage) => void;
  zone: string;
}

const sorts = [
  { value: "-updated_at", label: "Recently updated" },
  { value: "-applied_at", label: "Recently applied" },
  { value: "company", label: "Company A–Z" },
  { value: "-priority", label: "Priority" },
  { value: "-excitement", label: "Excitement" },
];

/** The table of applications with filters, sorting, inline stage changes and a bulk move. */
export function TableView({ apps, filter, onFilter, onMove, onBulk, zone }: TableViewProps) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkStage, setBulkStage] = useState<Stage>("rejected");
  const set = (patch: Partial<ApplicationFilter>) => onFilter({ ...filter, ...patch });
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  return (
    <div>
      <form role="search" aria-label="Filter applications" className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6" onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor="f-q" className={labelClass}>Search</label>
          <input id="f-q" className={`${inputClass} mt-1`} value={filter.q ?? ""} onChange={(e) => set({ q: e.target.value })} />
        </div>
        <div>
          <label htmlFor="f-stage" className={labelClass}>Stage</label>
          <select id="f-stage" className={`${inputClass} mt-1`} value={filter.stage?.[0] ?? ""}
            onChange={(e) => set({ stage: e.target.value ? [e.target.value as Stage] : [] })}>
            <option value="">Any</option>
            {stages.map((s) => <option key={s} value={s}>{stageLabels[s]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-company" className={labelClass}>Company</label>
          <input id="f-company" className={`${inputClass} mt-1`} value={filter.company ?? ""} onChange={(e) => set({ company: e.target.value })} />
        </div>
        <div>
          <label htmlFor="f-tag" className={labelClass}>Tag</label>
          <input id="f-tag" className={`${inputClass} mt-1`} value={filter.tag ?? ""} onChange={(e) => set({ tag: e.target.value })} />
        </div>
        <div>
          <label htmlFor="f-after" className={labelClass}>Applied from</label>
          <input id="f-after" type="date" className={`${inputClass} mt-1`} value={filter.applied_after ?? ""} onChange={(e) => set({ applied_after: e.target.value })} />
        </div>
        <div>
          <label htmlFor="f-sort" className={labelClass}>Sort by</label>
          <select id="f-sort" className={`${inputClass} mt-1`} value={filter.sort ?? "-updated_at"} onChange={(e) => set({ sort: e.target.value })}>
            {sorts.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
          </select>
        </div>
      </form>
      <div className="mt-3 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="bulk-stage" className={labelClass}>Move {selected.size} selected to</label>
          <select id="bulk-stage" className={`${inputClass} mt-1`} value={bulkStage} onChange={(e) => setBulkStage(e.target.value as Stage)}>
            {stages.map((s) => <option key={s} value={s}>{stageLabels[s]}</option>)}
          </select>
        </div>
        <button type="button" className={secondaryButtonClass} disabled={selected.size === 0}
          onClick={() => { onBulk([...selected], bulkStage); setSelected(new Set()); }}>
          Move selected
        </button>
      </div>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">Applications ({apps.length})</caption>
          <thead>
            <tr className="border-b border-gray-300 dark:border-gray-700">
              <th scope="col" className="p-2"><span className="sr-only">Select</span></th>
              <th scope="col" className="p-2">Title</th>
              <th scope="col" className="p-2">Company</th>
              <th scope="col" className="p-2">Stage</th>
              <th scope="col" className="p-2">Applied</th>
              <th scope="col" className="p-2">Priority</th>
              <th scope="col" className="p-2">Tags</th>
            </tr>
          </thead>
          <tbody>
            {apps.map((a) => (
              <tr key={a.id} className="border-b border-gray-200 dark:border-gray-800">
                <td className="p-2">
                  <input type="checkbox" aria-label={`Select ${a.company}, ${a.title}`} checked={selected.has(a.id)} onChange={() => toggle(a.id)} />
                </td>
                <td className="p-2"><Link to={`/applications/${a.id}`} className="text-blue-700 underline dark:text-blue-300">{a.title}</Link></td>
                <td className="p-2">{a.company}</td>
                <td className="p-2">
                  <select aria-label={`Stage of ${a.company}, ${a.title}`} className="rounded border border-gray-400 bg-white p-1 dark:bg-gray-900"
                    value={a.stage} onChange={(e) => onMove(a.id, e.target.value as Stage)}>
                    {stages.map((s) => <option key={s} value={s}>{stageLabels[s]}</option>)}
                  </select>
                </td>
                <td className="p-2">{formatDate(a.applied_at, zone)}</td>
                <td className="p-2">{["", "Low", "Medium", "High"][a.priority]}</td>
                <td className="p-2">{a.tags.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
