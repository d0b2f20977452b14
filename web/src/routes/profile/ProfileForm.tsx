import { useRef, useState, type FormEvent } from "react";
import { ApiError, fieldError } from "../../api/errors";
import { remotePreferences, salaryPeriods, seniorities, type Profile, type ProfileInput } from "../../api/types";
import { CheckboxField, FieldError, SelectField, TextField, describedBy, humanize } from "../../components/Field";
import { TagInput } from "../../components/TagInput";
import { buttonClass, hintClass, inputClass, labelClass, secondaryButtonClass } from "../../components/styles";
import { controlIdFor, defaultCurrency, defaultPeriod, fromDraft, toDraft, type ProfileDraft } from "./draft";

/** Props of ProfileForm. */
export interface ProfileFormProps {
  initial: Profile;
  onSave: (p: ProfileInput) => Promise<Profile>;
}

const fieldsetClass = "space-y-4 rounded-lg border border-gray-300 p-4 dark:border-gray-700";
const legendClass = "px-1 text-lg font-semibold";

const seniorityOptions = seniorities.map((s) => ({ value: s, label: s === "" ? "Not set" : humanize(s) }));
const remoteOptions = remotePreferences.map((r) => ({
  value: r,
  label: r === "any" ? "Any" : r === "onsite" ? "On-site" : humanize(r),
}));
const periodOptions = salaryPeriods.map((p) => ({ value: p, label: `per ${p}` }));

/** Edits every profile field and shows the API's per-field errors next to each. */
export function ProfileForm({ initial, onSave }: ProfileFormProps) {
  const [draft, setDraft] = useState<ProfileDraft>(() => toDraft(initial));
  const [error, setError] = useState<ApiError | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSavedAt(null);
  };
  const err = (field: string) => fieldError(error?.fieldErrors, field);
  const amountError = error?.fieldErrors["salary_floor"] ?? err("salary_floor.amount");

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    setSavedAt(null);
    try {
      const saved = await onSave(fromDraft(draft));
      setDraft(toDraft(saved));
      setSavedAt(new Date().toLocaleTimeString());
    } catch (caught) {
      const apiErr = caught instanceof ApiError ? caught : new ApiError({ status: 0, title: String(caught) });
      setError(apiErr);
      requestAnimationFrame(() => summary.current?.focus());
    } finally {
      setSaving(false);
    }
  };

  // Errors the form has no control for (e.g. an unknown field) are listed in the summary.
  const known = new Set(Object.keys(draft).concat(["salary_amount", "salary_currency", "salary_period"]));
  const unplaced = Object.entries(error?.fieldErrors ?? {}).filter(([f]) => !known.has(controlIdFor(f)));

  return (
    <form noValidate onSubmit={submit} className="max-w-3xl space-y-6" aria-label="Profile">
      {error && (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          className="rounded-md border border-red-700 bg-red-50 p-4 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
        >
          <p className="font-semibold">{error.title}</p>
          {error.detail && <p className="mt-1">{error.detail}</p>}
          {error.hasFieldErrors() && <p className="mt-1">Fix the fields marked below, then save again.</p>}
          {unplaced.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {unplaced.map(([f, m]) => (
                <li key={f}>
                  <code>{f}</code>: {m}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>About you</legend>
        <TextField id="full_name" label="Full name" autoComplete="name" value={draft.full_name} onChange={(e) => set("full_name", e.target.value)} error={err("full_name")} />
        <TextField id="headline" label="Headline" hint="One line, e.g. “Backend engineer who likes data pipelines”." value={draft.headline} onChange={(e) => set("headline", e.target.value)} error={err("headline")} />
        <TextField id="location" label="Location" hint="Where you live now, e.g. “Berlin, Germany”." autoComplete="address-level2" value={draft.location} onChange={(e) => set("location", e.target.value)} error={err("location")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id="years_experience" label="Years of experience" type="number" inputMode="decimal" min={0} max={70} step="any" value={draft.years_experience} onChange={(e) => set("years_experience", e.target.value)} error={err("years_experience")} />
          <SelectField id="seniority" label="Seniority" options={seniorityOptions} value={draft.seniority} onChange={(e) => set("seniority", e.target.value as ProfileDraft["seniority"])} error={err("seniority")} />
        </div>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>What you are looking for</legend>
        <TagInput id="desired_titles" label="Desired job titles" hint="Up to 20." placeholder="e.g. Platform Engineer" value={draft.desired_titles} onChange={(v) => set("desired_titles", v)} error={err("desired_titles")} />
        <TagInput id="skills" label="Skills" placeholder="e.g. Go" value={draft.skills} onChange={(v) => set("skills", v)} error={err("skills")} />
        <TagInput id="industries" label="Industries" placeholder="e.g. Fintech" value={draft.industries} onChange={(v) => set("industries", v)} error={err("industries")} />
        <TagInput id="dealbreakers" label="Dealbreakers" hint="Postings mentioning these rank last." placeholder="e.g. on-call every week" value={draft.dealbreakers} onChange={(v) => set("dealbreakers", v)} error={err("dealbreakers")} />
      </fieldset>

      <fieldset className={fieldsetClass} aria-describedby="salary-hint">
        <legend className={legendClass}>Salary floor</legend>
        <p id="salary-hint" className={hintClass}>
          The least you would accept. Leave the amount empty for no floor.
        </p>
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField id="salary_amount" label="Amount" type="number" inputMode="decimal" min={0} step="any" value={draft.salary_amount} onChange={(e) => set("salary_amount", e.target.value)} error={amountError} />
          <div>
            <label htmlFor="salary_currency" className={labelClass}>
              Currency
            </label>
            <input
              id="salary_currency"
              name="salary_currency"
              className={`${inputClass} mt-1 uppercase`}
              maxLength={3}
              autoComplete="off"
              value={draft.salary_currency}
              onChange={(e) => set("salary_currency", e.target.value.toUpperCase())}
              aria-invalid={err("salary_floor.currency") ? true : undefined}
              aria-describedby={describedBy("salary_currency", true, err("salary_floor.currency"))}
            />
            <p id="salary_currency-hint" className={hintClass}>
              3-letter code, e.g. USD, EUR.
            </p>
            <FieldError id="salary_currency" error={err("salary_floor.currency")} />
          </div>
          <SelectField id="salary_period" label="Period" options={periodOptions} value={draft.salary_period} onChange={(e) => set("salary_period", e.target.value as ProfileDraft["salary_period"])} error={err("salary_floor.period")} />
        </div>
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={draft.salary_amount === "" && draft.salary_currency === defaultCurrency && draft.salary_period === defaultPeriod}
          onClick={() => {
            setDraft((d) => ({ ...d, salary_amount: "", salary_currency: defaultCurrency, salary_period: defaultPeriod }));
            setSavedAt(null);
          }}
        >
          Clear salary floor
        </button>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Where you want to work</legend>
        <SelectField id="remote_preference" label="Remote preference" options={remoteOptions} value={draft.remote_preference} onChange={(e) => set("remote_preference", e.target.value as ProfileDraft["remote_preference"])} error={err("remote_preference")} />
        <TagInput id="work_countries" label="Countries you can work in" hint="2-letter codes, e.g. US, DE." placeholder="e.g. DE" normalize={(s) => s.toUpperCase()} value={draft.work_countries} onChange={(v) => set("work_countries", v)} error={err("work_countries")} />
        <CheckboxField id="willing_to_relocate" label="Willing to relocate" checked={draft.willing_to_relocate} onChange={(e) => set("willing_to_relocate", e.target.checked)} error={err("willing_to_relocate")} />
      </fieldset>

      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass} disabled={saving}>
          {saving ? "Saving…" : "Save profile"}
        </button>
        <p role="status" className="text-sm font-medium text-green-800 dark:text-green-300">
          {savedAt ? `Profile saved at ${savedAt}.` : ""}
        </p>
      </div>
    </form>
  );
}
