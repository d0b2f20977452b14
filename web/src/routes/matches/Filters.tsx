import { describedBy, FieldError } from "../../components/Field";
import { inputClass, labelClass } from "../../components/styles";
import type { MatchFilter } from "./api";

/** The id of each filter's control, by the query parameter it sets. */
export const filterInputIds: Partial<Record<keyof MatchFilter, string>> = {
  q: "f-q", work_mode: "f-mode", country: "f-country", min_salary: "f-salary", posted_within: "f-posted", state: "f-state",
};

/** The filters shared by the matches and search pages; errors are the API's field messages by parameter. */
export function Filters({ value, onChange, withQuery, errors = {} }: {
  value: MatchFilter;
  onChange: (f: MatchFilter) => void;
  withQuery?: boolean;
  errors?: Record<string, string>;
}) {
  const set = (k: keyof MatchFilter) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => onChange({ ...value, [k]: e.target.value, cursor: undefined });
  const a11y = (k: keyof MatchFilter) => {
    const id = filterInputIds[k] ?? "";
    return { id, "aria-invalid": errors[k] ? true : undefined, "aria-describedby": describedBy(id, false, errors[k]) };
  };
  const err = (k: keyof MatchFilter) => <FieldError id={filterInputIds[k] ?? ""} error={errors[k]} />;
  return (
    <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {withQuery && (
        <div className="sm:col-span-3 lg:col-span-2">
          <label htmlFor="f-q" className={labelClass}>Search</label>
          <input {...a11y("q")} type="search" className={inputClass} value={value.q ?? ""} onChange={set("q")} placeholder='python "machine learning" -crypto' />
          {err("q")}
        </div>
      )}
      <div>
        <label htmlFor="f-mode" className={labelClass}>Work mode</label>
        <select {...a11y("work_mode")} className={inputClass} value={value.work_mode ?? ""} onChange={set("work_mode")}>
          <option value="">Any</option>
          <option value="remote">Remote</option>
          <option value="hybrid">Hybrid</option>
          <option value="onsite">On site</option>
        </select>
        {err("work_mode")}
      </div>
      <div>
        <label htmlFor="f-country" className={labelClass}>Country code</label>
        <input {...a11y("country")} className={inputClass} value={value.country ?? ""} onChange={set("country")} maxLength={2} placeholder="DE" />
        {err("country")}
      </div>
      <div>
        <label htmlFor="f-salary" className={labelClass}>Minimum salary</label>
        <input {...a11y("min_salary")} inputMode="numeric" className={inputClass} value={value.min_salary ?? ""} onChange={set("min_salary")} />
        {err("min_salary")}
      </div>
      <div>
        <label htmlFor="f-posted" className={labelClass}>Posted within</label>
        <select {...a11y("posted_within")} className={inputClass} value={value.posted_within ?? ""} onChange={set("posted_within")}>
          <option value="">Any time</option>
          <option value="1">1 day</option>
          <option value="7">7 days</option>
          <option value="30">30 days</option>
        </select>
        {err("posted_within")}
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="f-state" className={labelClass}>Show</label>
        <select {...a11y("state")} className={inputClass} value={value.state ?? ""} onChange={set("state")}>
          <option value="">Default (hide dismissed)</option>
          <option value="saved">Saved</option>
          <option value="dismissed">Dismissed</option>
          <option value="any">All, dismissed too</option>
        </select>
        {err("state")}
      </div>
    </div>
  );
}
