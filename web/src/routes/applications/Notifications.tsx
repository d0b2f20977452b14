import { Link } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { listNotifications, readNotification } from "./api";
import { formatInstant } from "./format";

/** Unread in-app notifications (due reminders and follow-ups), each with a link and "mark read". */
export function Notifications({ zone }: { zone: string }) {
  const q = useQuery({ queryKey: ["applications", "notifications"], queryFn: ({ signal }) => listNotifications(signal), refetchInterval: 60_000 });
  const unread = (q.data ?? []).filter((n) => !n.read_at);
  if (unread.length === 0) return null;
  return (
    <section aria-labelledby="notif-h" className="mb-4 rounded-lg border border-amber-600 bg-amber-50 p-3 dark:bg-amber-950">
      <h2 id="notif-h" className="font-semibold">Due now ({unread.length})</h2>
      <ul className="mt-1 space-y-1">
        {unread.map((n) => (
          <li key={n.id}>
            <Link to={n.link} className="font-medium underline">{n.title}</Link> — {n.body}{" "}
            <span className="text-sm">({formatInstant(n.created_at, zone)})</span>{" "}
            <button type="button" className="text-sm underline" onClick={async () => { await readNotification(n.id); await q.refetch(); }}>
              Mark read<span className="sr-only">: {n.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
