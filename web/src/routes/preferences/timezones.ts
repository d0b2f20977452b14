/** IANA time zones the browser knows, with UTC first and the current value kept. */
export function timezoneOptions(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf("timeZone");
  } catch {
    zones = [];
  }
  const rest = zones.filter((z) => z !== "UTC" && z !== current);
  const head = current && current !== "UTC" ? ["UTC", current] : ["UTC"];
  return [...head, ...rest.sort()];
}
