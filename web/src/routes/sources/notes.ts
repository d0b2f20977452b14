import type { Run } from "../../api/types";

/**
 * The error the URL field shows: the URL's or the kind's own, else that of a param detected from the URL
 * (params.board of a pasted Greenhouse link), which has no field of its own on the form.
 */
export function urlFieldError(fe: Record<string, string>): string | undefined {
  if (fe.url ?? fe.kind) return fe.url ?? fe.kind;
  const p = Object.keys(fe)
    .filter((k) => k.startsWith("params.") && k !== "params.base_url")
    .sort()[0];
  return p ? `${p.slice("params.".length)} ${fe[p]}` : undefined;
}

/** How a run's text reads: the reason of a failed run, or a warning on one that succeeded (a held sharp drop). */
export function runNote(r: Pick<Run, "status" | "error">): { text: string; className: string } | undefined {
  if (!r.error) return undefined;
  if (r.status === "failed") return { text: r.error, className: "text-red-800 dark:text-red-200" };
  return { text: `Warning: ${r.error}`, className: "text-amber-800 dark:text-amber-200" };
}

/** The "(kind)" a source's heading adds after its name, empty when the name already ends with it ("gitlab (greenhouse)"). */
export function kindNote(s: { name: string; kind: string }): string {
  return s.name.trimEnd().toLowerCase().endsWith(`(${s.kind.toLowerCase()})`) ? "" : `(${s.kind})`;
}
