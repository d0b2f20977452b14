/** Where to go after signing in: back to the page that sent us to /login, else the dashboard. */
export function afterLoginPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  const safe = typeof from === "string" && from.startsWith("/") && !from.startsWith("//");
  return safe && !/^\/(login|register)\b/.test(from) ? from : "/dashboard";
}
