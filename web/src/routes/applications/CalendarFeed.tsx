import { useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { secondaryButtonClass } from "../../components/styles";
import { calendarStatus, newCalendarToken, revokeCalendarToken } from "./api";

/** The secret calendar feed URL: make (or replace) it, copy it into a calendar app, or turn it off. */
export function CalendarFeed() {
  const qc = useQueryClient();
  const status = useQuery({ queryKey: ["calendar"], queryFn: ({ signal }) => calendarStatus(signal) });
  const [url, setUrl] = useState("");
  const make = async () => {
    const t = await newCalendarToken();
    setUrl(window.location.origin + t.path);
    await qc.invalidateQueries({ queryKey: ["calendar"] });
  };
  const revoke = async () => {
    await revokeCalendarToken();
    setUrl("");
    await qc.invalidateQueries({ queryKey: ["calendar"] });
  };
  return (
    <div className="space-y-2">
      <p className="text-sm text-gray-700 dark:text-gray-300">
        Interviews and reminders as a calendar subscription (Google, Apple, Outlook). Anyone with the URL can read it: make a new one to revoke the old.
      </p>
      {url && (
        <p>
          <label htmlFor="feed-url" className="block text-sm font-medium">Feed URL (shown once)</label>
          <input id="feed-url" readOnly value={url} className="mt-1 w-full rounded border border-gray-400 p-2 font-mono text-xs dark:bg-gray-900" onFocus={(e) => e.target.select()} />
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className={secondaryButtonClass} onClick={make}>
          {status.data?.enabled ? "Make a new feed URL" : "Turn on the calendar feed"}
        </button>
        {status.data?.enabled && (
          <button type="button" className={secondaryButtonClass} onClick={revoke}>Turn the feed off</button>
        )}
      </div>
    </div>
  );
}
