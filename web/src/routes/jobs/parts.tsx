import type { Job } from "../../api/types";

/** The badge of a posting no source lists any more. */
export function ClosedBadge() {
  return <span className="rounded-full bg-gray-200 px-2 py-0.5 text-sm font-medium text-gray-900 dark:bg-gray-700 dark:text-gray-100">Closed</span>;
}

/** A location as written by the board. */
export function locationText(l: Job["locations"][number]): string {
  // As the board wrote it, without the empty and repeated parts boards leave ("Warsaw, , Poland").
  const parts = l.raw
    .split(",")
    .map((p) => p.trim())
    .filter((p, i, all) => p !== "" && p !== all[i - 1]);
  return parts.length > 0 ? parts.join(", ") : [l.city, l.region, l.country].filter(Boolean).join(", ");
}

/** A parsed salary range ("USD 139,200 – 235,200 per year"), or "". */
export function salaryText(s: Job["salary"]): string {
  if (!s.min && !s.max) return "";
  const f = (n?: number) => (n ? n.toLocaleString("en-US") : "");
  const range = s.min && s.max && s.min !== s.max ? `${f(s.min)} – ${f(s.max)}` : f(s.min || s.max);
  return [s.currency, range, s.period ? `per ${s.period}` : ""].filter(Boolean).join(" ");
}

type JobLink = NonNullable<Job["sources"]>[number];

/** A source link's name, with the board's id when another link of the posting has the same source. */
export function linkLabel(s: JobLink, all: readonly JobLink[]): string {
  const shared = all.some((o) => o !== s && o.source_id === s.source_id);
  const boardID = s.external_id && !s.external_id.startsWith("url:") && !s.external_id.startsWith("key:");
  return shared && boardID ? `${s.source_name} #${s.external_id}` : s.source_name;
}
