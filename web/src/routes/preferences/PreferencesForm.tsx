import { useRef, useState, type FormEvent } from "react";
import { ApiError, fieldError } from "../../api/errors";
import { digestFrequencies, themes, type Preferences, type Theme } from "../../api/types";
import { CheckboxField, SelectField, TextField, humanize } from "../../components/Field";
import { buttonClass, hintClass } from "../../components/styles";
import { applyTheme } from "../../theme/theme";
import { timezoneOptions } from "./timezones";

/** Props of PreferencesForm. */
export interface PreferencesFormProps {
  initial: Preferences;
  /** Saves the theme alone, right when it is picked. */
  onThemeChange: (theme: Theme) => Promise<Preferences>;
  /** Saves every preference. */
  onSave: (p: Preferences) => Promise<Preferences>;
}

const fieldsetClass = "space-y-4 rounded-lg border border-gray-300 p-4 dark:border-gray-700";
const legendClass = "px-1 text-lg font-semibold";
const themeLabels: Record<Theme, string> = { system: "Match my system", light: "Light", dark: "Dark" };

/** Edits the preferences; the theme applies and saves the moment it is picked. */
export function PreferencesForm({ initial, onThemeChange, onSave }: PreferencesFormProps) {
  const [draft, setDraft] = useState({ ...initial, follow_up_days: String(initial.follow_up_days) });
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState("");
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const fail = (caught: unknown) => {
    setError(caught instanceof ApiError ? caught : new ApiError({ status: 0, title: String(caught) }));
    requestAnimationFrame(() => summary.current?.focus());
  };

  const pickTheme = async (theme: Theme) => {
    setDraft((d) => ({ ...d, theme }));
    applyTheme(theme);
    setStatus("");
    try {
      await onThemeChange(theme);
      setStatus(`Theme saved: ${themeLabels[theme]}.`);
    } catch (caught) {
      fail(caught);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    setStatus("");
    const days = Number(draft.follow_up_days);
    try {
      const saved = await onSave({ ...draft, follow_up_days: draft.follow_up_days.trim() === "" || !Number.isFinite(days) ? 0 : days });
      setDraft({ ...saved, follow_up_days: String(saved.follow_up_days) });
      setStatus("Preferences saved.");
    } catch (caught) {
      fail(caught);
    } finally {
      setSaving(false);
    }
  };

  const err = (f: string) => fieldError(error?.fieldErrors, f);
  const set = <K extends keyof typeof draft>(k: K, v: (typeof draft)[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setStatus("");
  };

  return (
    <form noValidate onSubmit={submit} className="max-w-3xl space-y-6" aria-label="Preferences">
      {error && (
        <div ref={summary} tabIndex={-1} role="alert" className="rounded-md border border-red-700 bg-red-50 p-4 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100">
          <p className="font-semibold">{error.title}</p>
          {error.detail && <p className="mt-1">{error.detail}</p>}
        </div>
      )}
      <fieldset className={fieldsetClass} aria-describedby={err("theme") ? "theme-error" : "theme-hint"}>
        <legend className={legendClass}>Theme</legend>
        <p id="theme-hint" className={hintClass}>
          Applies at once and is saved to your account.
        </p>
        <div className="flex flex-wrap gap-4">
          {themes.map((t) => (
            <div key={t} className="flex items-center gap-2">
              <input
                type="radio"
                id={`theme-${t}`}
                name="theme"
                value={t}
                checked={draft.theme === t}
                onChange={() => pickTheme(t)}
                className="h-4 w-4 accent-blue-700"
              />
              <label htmlFor={`theme-${t}`}>{themeLabels[t]}</label>
            </div>
          ))}
        </div>
        {err("theme") && (
          <p id="theme-error" className="text-sm font-medium text-red-700 dark:text-red-300">
            {err("theme")}
          </p>
        )}
      </fieldset>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Notifications</legend>
        <CheckboxField id="email_notifications" label="Email notifications" hint="Reminders and account messages by email." checked={draft.email_notifications} onChange={(e) => set("email_notifications", e.target.checked)} error={err("email_notifications")} />
        <CheckboxField id="job_alerts" label="Job alerts" hint="Tell me when a new posting matches my profile well." checked={draft.job_alerts} onChange={(e) => set("job_alerts", e.target.checked)} error={err("job_alerts")} />
        <SelectField id="digest_frequency" label="Digest email" options={digestFrequencies.map((d) => ({ value: d, label: humanize(d) }))} value={draft.digest_frequency} onChange={(e) => set("digest_frequency", e.target.value as Preferences["digest_frequency"])} error={err("digest_frequency")} />
      </fieldset>
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>Time and follow-ups</legend>
        <SelectField id="timezone" label="Time zone" options={timezoneOptions(draft.timezone).map((z) => ({ value: z, label: z }))} value={draft.timezone} onChange={(e) => set("timezone", e.target.value)} error={err("timezone")} />
        <TextField id="follow_up_days" label="Follow up after (days)" hint="Remind me to follow up on an application after this many days (1 to 90)." type="number" inputMode="numeric" min={1} max={90} value={draft.follow_up_days} onChange={(e) => set("follow_up_days", e.target.value)} error={err("follow_up_days")} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass} disabled={saving}>
          {saving ? "Saving…" : "Save preferences"}
        </button>
        <p role="status" className="text-sm font-medium text-green-800 dark:text-green-300">
          {status}
        </p>
      </div>
    </form>
  );
}
