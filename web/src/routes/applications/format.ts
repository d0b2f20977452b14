/** Formats an instant as a date and time in the given IANA zone, with the zone's short name. */
export function formatInstant(iso: string | null | undefined, zone: string): string {
  if (!iso) return "";
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short", timeZone: zone, timeZoneName: "short" }).format(new Date(iso));
  } catch {
    return new Date(iso).toISOString();
  }
}

/** Formats an instant as a date in the given zone. */
export function formatDate(iso: string | null | undefined, zone: string): string {
  if (!iso) return "";
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: zone }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
}
