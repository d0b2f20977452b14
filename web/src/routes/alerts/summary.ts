import type { Alert } from "./api";

/** How each channel reads on the page. */
export const channelLabels: Record<string, string> = { inapp: "In the app", email: "Email", webhook: "Webhooks", slack: "Slack" };

const modeWords: Record<string, string> = { remote: "remote", hybrid: "hybrid", onsite: "on site" };

/** The one-line summary of an alert under its name: words, score, work modes, timing, channels and quiet hours. */
export function alertSummary(a: Pick<Alert, "query" | "min_score" | "frequency" | "channels" | "filters" | "quiet_hours_start" | "quiet_hours_end">): string {
  const parts = [`“${a.query || "any"}”`, `score ≥ ${a.min_score}`];
  const modes = Array.isArray(a.filters?.work_modes) ? (a.filters.work_modes as string[]) : [];
  if (modes.length > 0) parts.push(`${modes.map((m) => modeWords[m] ?? m).join(" or ")} only`);
  parts.push(a.frequency, a.channels.map((c) => channelLabels[c] ?? c).join(", "));
  if (a.quiet_hours_start) parts.push(`quiet ${a.quiet_hours_start}–${a.quiet_hours_end}`);
  return parts.join(" · ");
}
