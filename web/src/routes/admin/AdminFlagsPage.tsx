import { useEffect, useState, type FormEvent } from "react";
import { useSession } from "../../api/queries";
import { ApiError } from "../../api/errors";
import { ErrorState, LoadingState } from "../../components/Status";
import { FieldError, describedBy } from "../../components/Field";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { buttonClass, hintClass, inputClass, labelClass, secondaryButtonClass } from "../../components/styles";
import { fromDraft, toDraft, useAdminFlags, useSaveFlags, type DraftFlag, type Flag, type FlagsStatus } from "./flags";

const namePattern = /^[a-z][a-z0-9_]{0,63}$/;

function describeDefault(f: Flag | undefined): string {
  if (!f) return "Not a built-in flag.";
  if (!f.enabled) return "Default: off.";
  return `Default: on for ${f.rollout_percentage}% of users.`;
}

/** Admin → Feature flags: switch flags and set their rollout percentage. */
export function AdminFlagsPage() {
  useDocumentTitle("Feature flags");
  const session = useSession();
  const isAdmin = session.data?.role === "admin";
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1} className="mb-6 text-2xl font-bold">
        Feature flags
      </h1>
      {isAdmin ? <FlagsLoader /> : <p>Only administrators can change feature flags.</p>}
    </section>
  );
}

function FlagsLoader() {
  const flags = useAdminFlags();
  if (flags.isPending) return <LoadingState label="Loading the flags…" />;
  if (flags.isError) return <ErrorState title="Could not load the flags" error={flags.error} onRetry={() => flags.refetch()} />;
  return <FlagsEditor status={flags.data} />;
}

function FlagsEditor({ status }: { status: FlagsStatus }) {
  const save = useSaveFlags();
  const [rows, setRows] = useState<DraftFlag[]>(() => toDraft(status.flags));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [newName, setNewName] = useState("");
  const [newNameError, setNewNameError] = useState("");
  const [saved, setSaved] = useState(false);

  // A reload from the server (after a save, or another admin's change) replaces the draft.
  useEffect(() => setRows(toDraft(status.flags)), [status]);

  const update = (name: string, patch: Partial<DraftFlag>) => {
    setSaved(false);
    setRows((rs) => rs.map((r) => (r.name === name ? { ...r, ...patch } : r)));
  };

  const onAdd = () => {
    const name = newName.trim();
    if (!namePattern.test(name)) {
      setNewNameError("Use lower-case letters, digits and _, starting with a letter (at most 64).");
      return;
    }
    if (rows.some((r) => r.name === name)) {
      setNewNameError("That flag is already listed.");
      return;
    }
    setNewNameError("");
    setNewName("");
    setSaved(false);
    setRows((rs) => [...rs, { name, enabled: false, rollout: "0" }]);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const { flags, errors: found } = fromDraft(rows);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await save.mutateAsync(flags);
      setSaved(true);
    } catch (err) {
      if (err instanceof ApiError) setErrors(err.fieldErrors);
    }
  };

  return (
    <div className="max-w-2xl space-y-6">
      <p className={hintClass}>
        {status.source === "file"
          ? "These flags live in the flags file (COPILOT_FLAGS_FILE). Saving rewrites the file; edits to the file show here without a restart."
          : "These flags live in the database. Every server replica picks up a change within a few seconds."}{" "}
        A flag is on for a user when it is enabled and the user falls in its rollout percentage; raising the percentage keeps
        everyone who already had it.
      </p>
      {status.last_error && (
        <div role="alert" className="rounded-md border border-amber-700 bg-amber-50 p-4 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
          <p className="font-semibold">The current flags file was refused; the last good flags stay in force.</p>
          <p className="mt-1 break-words">{status.last_error}</p>
        </div>
      )}
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {rows.map((r) => {
          const id = `flag-${r.name}`;
          const pctError = errors[`flags.${r.name}.rollout_percentage`];
          const nameError = errors[`flags.${r.name}`];
          const builtIn = r.name in status.defaults;
          return (
            <fieldset key={r.name} className="rounded-lg border border-gray-300 p-4 dark:border-gray-700" aria-describedby={`${id}-default`}>
              <legend className="px-1 font-mono font-semibold break-all">{r.name}</legend>
              <p id={`${id}-default`} className={hintClass}>
                {describeDefault(status.defaults[r.name])}
              </p>
              <FieldError id={id} error={nameError} />
              <div className="mt-3 flex flex-col gap-4 sm:flex-row sm:items-end">
                <div className="flex items-center gap-2">
                  <input
                    id={`${id}-enabled`}
                    type="checkbox"
                    className="h-5 w-5"
                    checked={r.enabled}
                    onChange={(e) => update(r.name, { enabled: e.target.checked })}
                  />
                  <label htmlFor={`${id}-enabled`} className={labelClass}>
                    Enabled<span className="sr-only"> {r.name}</span>
                  </label>
                </div>
                <div className="sm:w-48">
                  <label htmlFor={`${id}-rollout`} className={labelClass}>
                    Rollout percentage<span className="sr-only"> of {r.name}</span>
                  </label>
                  <input
                    id={`${id}-rollout`}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={100}
                    step={1}
                    className={`${inputClass} mt-1`}
                    value={r.rollout}
                    aria-invalid={pctError ? true : undefined}
                    aria-describedby={describedBy(`${id}-rollout`, false, pctError)}
                    onChange={(e) => update(r.name, { rollout: e.target.value })}
                  />
                  <FieldError id={`${id}-rollout`} error={pctError} />
                </div>
                {!builtIn && (
                  <button
                    type="button"
                    className={secondaryButtonClass}
                    onClick={() => {
                      setSaved(false);
                      setRows((rs) => rs.filter((x) => x.name !== r.name));
                    }}
                  >
                    Remove<span className="sr-only"> {r.name}</span>
                  </button>
                )}
              </div>
            </fieldset>
          );
        })}

        <div className="rounded-lg border border-dashed border-gray-400 p-4 dark:border-gray-600">
          <label htmlFor="new-flag-name" className={labelClass}>
            New flag name
          </label>
          <div className="mt-1 flex flex-col gap-2 sm:flex-row">
            <input
              id="new-flag-name"
              className={inputClass}
              value={newName}
              autoComplete="off"
              aria-invalid={newNameError ? true : undefined}
              aria-describedby={describedBy("new-flag-name", false, newNameError)}
              onChange={(e) => setNewName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  onAdd();
                }
              }}
            />
            <button type="button" className={secondaryButtonClass} onClick={onAdd}>
              Add flag
            </button>
          </div>
          <FieldError id="new-flag-name" error={newNameError} />
        </div>

        {save.isError && !save.error.hasFieldErrors() && <ErrorState title="Could not save the flags" error={save.error} />}
        {save.isError && save.error.hasFieldErrors() && (
          <p role="alert" className="font-medium text-red-700 dark:text-red-300">
            {save.error.title}: fix the fields marked below their names.
          </p>
        )}
        <div className="flex items-center gap-3">
          <button type="submit" className={buttonClass} disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save flags"}
          </button>
          <p role="status" className="text-sm text-gray-700 dark:text-gray-300">
            {saved ? "Saved. The new flags are in force." : ""}
          </p>
        </div>
        {status.loaded_at && <p className={hintClass}>Last loaded {new Date(status.loaded_at).toLocaleString()}.</p>}
      </form>
    </div>
  );
}
