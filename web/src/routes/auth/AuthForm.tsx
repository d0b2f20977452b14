import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { ApiError, fieldError } from "../../api/errors";
import { TextField } from "../../components/Field";
import { buttonClass } from "../../components/styles";

/** One input of an auth form. */
export interface AuthField {
  name: string;
  label: string;
  type: string;
  autoComplete: string;
  hint?: string;
  required?: boolean;
}

/** Props of AuthForm. */
export interface AuthFormProps {
  title: string;
  fields: AuthField[];
  submitLabel: string;
  busyLabel: string;
  onSubmit: (values: Record<string, string>) => Promise<void>;
  footer: ReactNode;
}

/** A small form that shows the API's title and per-field errors inline. */
export function AuthForm({ title, fields, submitLabel, busyLabel, onSubmit, footer }: AuthFormProps) {
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.name, ""])));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (err) {
      const apiErr = err instanceof ApiError ? err : new ApiError({ status: 0, title: String(err) });
      setError(apiErr);
      requestAnimationFrame(() => summary.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  // Errors for fields this form lacks (e.g. invite_code) still reach the user.
  const names = new Set(fields.map((f) => f.name));
  const unplaced = Object.entries(error?.fieldErrors ?? {}).filter(([f]) => !names.has(f.split(/[.[]/)[0] ?? f));

  return (
    <div className="mt-8 rounded-lg border border-gray-300 bg-white p-6 shadow-sm dark:border-gray-700 dark:bg-gray-900">
      <h1 className="text-2xl font-bold">{title}</h1>
      <form noValidate onSubmit={submit} className="mt-6 space-y-4" aria-describedby={error ? "form-error" : undefined}>
        {error && (
          <div
            id="form-error"
            ref={summary}
            tabIndex={-1}
            role="alert"
            className="rounded-md border border-red-700 bg-red-50 p-3 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
          >
            <p className="font-semibold">{error.title}</p>
            {error.detail && <p className="mt-1 text-sm">{error.detail}</p>}
            {error.retryAfter !== undefined && <p className="mt-1 text-sm">Try again in {error.retryAfter} seconds.</p>}
            {unplaced.length > 0 && (
              <ul className="mt-1 list-disc pl-5 text-sm">
                {unplaced.map(([f, m]) => (
                  <li key={f}>
                    {f.replace(/_/g, " ")} {m}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {fields.map((f) => (
          <TextField
            key={f.name}
            id={f.name}
            label={f.label}
            type={f.type}
            autoComplete={f.autoComplete}
            hint={f.hint}
            required={f.required}
            value={values[f.name] ?? ""}
            onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
            error={fieldError(error?.fieldErrors, f.name)}
          />
        ))}
        <button type="submit" disabled={busy} className={`${buttonClass} w-full`}>
          {busy ? busyLabel : submitLabel}
        </button>
      </form>
      <div className="mt-6 text-sm">{footer}</div>
    </div>
  );
}
