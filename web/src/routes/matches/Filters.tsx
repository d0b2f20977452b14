import { inputClass, labelClass } from "../../components/styles";
import type { MatchFilter } from "./api";

/** The filters shared by the matches and search pages. */
export function Filters({ value, onChange, withQuery }: { value: MatchFilter; onChange: (f: MatchFilter) => void; withQuery?: boolean }) {
  const set = (k: keyof MatchFilter) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => onChange({ ...value, [k]: e.target.value, cursor: undefined });
  return (
    <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {withQuery && (
        <div className="sm:col-span-3 lg:col-span-2">
          <label htmlFor="f-q" className={labelClass}>Search</label>
          <input id="f-q" type="search" className={inputClass} value={value.q ?? ""} onChange={set("q")} placeholder='python "machine learning" -crypto' />
        </div>
      )}
      <div>
        <label htmlFor="f-mode" className={labelClass}>Work mode</label>
        <select id="f-mode" className={inputClass} value={value.work_mode ?? ""} onChange={set("work_mode")}>
          <option value="">Any</option>
          <option value="remote">Remote</option>
          <option value="hybrid">Hybrid</option>
          <option value="onsite">On site</option>
        </select>
      </div>
      <div>
        <label htmlFor="f-country" className={labelClass}>Country code</label>
        <input id="f-country" className={inputClass} value={value.country ?? ""} onChange={set("country")} maxLength={2} placeholder="DE" />
      </div>
      <div>
        <label htmlFor="f-salary" className={labelClass}>Minimum salary</label>
        <input id="f-salary" inputMode="numeric" className={inputClass} value={value.min_salary ?? ""} onChange={set("min_salary")} />
      </div>
      <div>
        <label htmlFor="f-posted" className={labelClass}>Posted within</label>
        <select id="f-posted" className={inputClass} value={value.posted_within ?? ""} onChange={set("posted_within")}>
          <option value="">Any time</option>
          <option value="1">1 day</option>
          <option value="7">7 days</option>
          <option value="30">30 days</option>
        </select>
      </div>
      <div>
        <label htmlFor="f-state" className={labelClass}>Show</label>
        <select id="f-state" className={inputClass} value={value.state ?? ""} onChange={set("state")}>
          <option value="">Default (hide dismissed)</option>
          <option value="saved">Saved</option>
          <option value="dismissed">Dismissed</option>
        </select>
      </div>
    </div>
  );
}
