import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { listNotifications, readAllNotifications, readNotification, type AppNotification } from "./api";
import { secondaryButtonClass } from "../../components/styles";

/** The unread count and the latest notifications, kept live by the server-sent-event stream. */
export function NotificationBell() {
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [unread, setUnread] = useState<number | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useQuery({ queryKey: ["notifications"], queryFn: ({ signal }) => listNotifications(signal) });

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const es = new EventSource("/api/v1/notifications/stream", { withCredentials: true });
    es.addEventListener("unread", (e) => {
      const n = JSON.parse((e as MessageEvent<string>).data) as { count: number };
      setUnread(n.count);
    });
    es.addEventListener("notification", () => {
      void qc.invalidateQueries({ queryKey: ["notifications"] });
    });
    return () => es.close();
  }, [qc]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  const items: AppNotification[] = list.data?.notifications ?? [];
  const count = unread ?? items.filter((n) => !n.read_at).length;
  const markAll = async () => {
    await readAllNotifications();
    setUnread(0);
    await qc.invalidateQueries({ queryKey: ["notifications"] });
  };
  const markOne = async (id: string) => {
    await readNotification(id);
    await qc.invalidateQueries({ queryKey: ["notifications"] });
  };

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        className={secondaryButtonClass}
        aria-expanded={open}
        aria-controls="notification-panel"
        onClick={() => setOpen((o) => !o)}
        data-testid="notification-bell"
      >
        {/* An inline icon: emoji fonts are not on every machine, so a glyph could render as a box. */}
        <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" className="mr-1 inline-block align-[-2px]">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        <span className="sr-only">Notifications, </span>
        <span data-testid="unread-count">{count}</span>
        <span className="sr-only"> unread</span>
      </button>
      {open && (
        <div
          id="notification-panel"
          role="region"
          aria-label="Notifications"
          className="absolute right-0 z-20 mt-2 w-80 max-w-[calc(100vw-2rem)] rounded-md border border-gray-300 bg-white p-3 shadow-lg dark:border-gray-700 dark:bg-gray-900"
        >
          <div className="mb-2 flex items-center justify-between gap-2">
            <h2 className="font-semibold">Notifications</h2>
            <button type="button" className="text-sm text-blue-800 underline dark:text-blue-300" onClick={markAll} disabled={count === 0}>
              Mark all read
            </button>
          </div>
          {items.length === 0 ? (
            <p className="text-sm text-gray-700 dark:text-gray-300">Nothing yet. Alerts and reminders show up here.</p>
          ) : (
            <ul className="max-h-96 space-y-2 overflow-y-auto" data-testid="notification-list">
              {items.slice(0, 20).map((n) => (
                <li key={n.id} className={`rounded p-2 text-sm ${n.read_at ? "" : "bg-blue-50 dark:bg-blue-950"}`}>
                  <p className="font-medium">{n.link ? <Link to={n.link} onClick={() => void markOne(n.id)}>{n.title}</Link> : n.title}</p>
                  {n.body && <p className="whitespace-pre-line text-gray-700 dark:text-gray-300">{n.body}</p>}
                  {!n.read_at && (
                    <button type="button" className="mt-1 text-xs text-blue-800 underline dark:text-blue-300" onClick={() => void markOne(n.id)}>
                      Mark read
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <Link to="/alerts" className="mt-2 block text-sm text-blue-800 underline dark:text-blue-300" onClick={() => setOpen(false)}>
            Manage alerts
          </Link>
        </div>
      )}
    </div>
  );
}
