/** Formats an instant as a date and time in the given IANA zone (the browser's when empty), with the zone's short name. */
export function formatInstant(iso: string | null | undefined, zone: string, locale?: string): string {
  if (!iso) return "";
  try {
    // Intl rejects timeZoneName together with dateStyle/timeStyle, so the fields are spelled out.
    return new Intl.DateTimeFormat(locale, {
      year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone: zone || undefined, timeZoneName: "short",
    }).format(new Date(iso));
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
