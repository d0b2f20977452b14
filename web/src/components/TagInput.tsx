import { useState, type KeyboardEvent } from "react";
import { describedBy, FieldError } from "./Field";
import { hintClass, inputClass, labelClass } from "./styles";

/** Props of TagInput. */
export interface TagInputProps {
  id: string;
  label: string;
  value: string[];
  onChange: (next: string[]) => void;
  hint?: string;
  error?: string;
  placeholder?: string;
  /** Rewrites each entry before it is added, e.g. upper-casing country codes. */
  normalize?: (raw: string) => string;
}

/**
 * A text box that turns entries into removable tags: Enter or comma adds,
 * Backspace on an empty box removes the last tag, leaving the box adds what was typed.
 */
export function TagInput({ id, label, value, onChange, hint, error, placeholder, normalize }: TagInputProps) {
  const [draft, setDraft] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const keyHint = "Press Enter or comma to add.";
  const fullHint = hint ? `${hint} ${keyHint}` : keyHint;

  const add = (raw: string) => {
    const entries = raw
      .split(",")
      .map((s) => (normalize ? normalize(s.trim()) : s.trim()))
      .filter((s) => s !== "");
    const next = [...value];
    for (const e of entries) {
      if (!next.some((t) => t.toLowerCase() === e.toLowerCase())) next.push(e);
    }
    if (next.length !== value.length) {
      onChange(next);
      setAnnouncement(`Added ${next.slice(value.length).join(", ")}`);
    }
    setDraft("");
  };

  const remove = (index: number) => {
    const removed = value[index];
    onChange(value.filter((_, i) => i !== index));
    setAnnouncement(`Removed ${removed}`);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter" || e.key === ",") {
      e.preventDefault();
      add(draft);
    } else if (e.key === "Backspace" && draft === "" && value.length > 0) {
      remove(value.length - 1);
    }
  };

  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {value.length > 0 && (
        <ul aria-label={`${label}: ${value.length} added`} className="mt-1 flex flex-wrap gap-2">
          {value.map((tag, i) => (
            <li
              key={tag}
              className="inline-flex items-center gap-1 rounded-full bg-blue-100 py-1 pr-1 pl-3 text-sm text-blue-950 dark:bg-blue-950 dark:text-blue-100"
            >
              <span>{tag}</span>
              <button
                type="button"
                onClick={() => remove(i)}
                aria-label={`Remove ${tag}`}
                className="rounded-full px-1.5 leading-5 hover:bg-blue-200 dark:hover:bg-blue-800"
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        name={id}
        type="text"
        value={draft}
        placeholder={placeholder}
        onChange={(e) => {
          const v = e.target.value;
          // A pasted "a, b, c" becomes three tags at once.
          if (v.includes(",")) add(v);
          else setDraft(v);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => draft.trim() !== "" && add(draft)}
        className={`${inputClass} mt-1`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, fullHint, error)}
      />
      <p id={`${id}-hint`} className={hintClass}>
        {fullHint}
      </p>
      <FieldError id={id} error={error} />
      <span className="sr-only" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
