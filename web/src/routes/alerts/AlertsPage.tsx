import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../../api/errors";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "../../components/styles";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import {
  checkAlerts,
  createAlert,
  createChannel,
  deleteAlert,
  deleteChannel,
  listAlerts,
  listChannels,
  listDeliveries,
  testChannel,
  type AlertInput,
} from "./api";
import { alertSummary, channelLabels } from "./summary";

const channelNames = ["inapp", "email", "webhook", "slack"] as const;

function fieldErrors(err: unknown): Record<string, string> {
  return err instanceof ApiError ? err.fieldErrors : {};
}

/** Saved searches that notify of new matches, the endpoints they use and the delivery log. */
export function AlertsPage() {
  useDocumentTitle("Alerts");
  const qc = useQueryClient();
  const alerts = useQuery({ queryKey: ["alerts"], queryFn: ({ signal }) => listAlerts(signal) });
  const channels = useQuery({ queryKey: ["notification-channels"], queryFn: ({ signal }) => listChannels(signal) });
  const deliveries = useQuery({ queryKey: ["deliveries"], queryFn: ({ signal }) => listDeliveries(signal), refetchInterval: 10000 });
  const [form, setForm] = useState({ name: "", query: "", min_score: 0, frequency: "default", remote: false, channels: ["inapp", "email"],
    quiet_hours_start: "", quiet_hours_end: "", max_per_company: 3 });
  const create = useMutation({
    mutationFn: (a: Partial<AlertInput>) => createAlert(a),
    onSuccess: () => {
      setForm((f) => ({ ...f, name: "", query: "" }));
      void qc.invalidateQueries({ queryKey: ["alerts"] });
    },
  });
  const remove = useMutation({ mutationFn: deleteAlert, onSuccess: () => void qc.invalidateQueries({ queryKey: ["alerts"] }) });
  const check = useMutation({ mutationFn: checkAlerts });
  const [hook, setHook] = useState({ kind: "webhook", name: "", url: "" });
  const addHook = useMutation({
    mutationFn: createChannel,
    onSuccess: () => {
      setHook({ kind: "webhook", name: "", url: "" });
      void qc.invalidateQueries({ queryKey: ["notification-channels"] });
    },
  });
  const removeHook = useMutation({ mutationFn: deleteChannel, onSuccess: () => void qc.invalidateQueries({ queryKey: ["notification-channels"] }) });
  const errs = fieldErrors(create.error);
  const hookErrs = fieldErrors(addHook.error);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({
      name: form.name, query: form.query, min_score: Number(form.min_score), frequency: form.frequency as AlertInput["frequency"],
      channels: form.channels, max_per_company: Number(form.max_per_company), quiet_hours_start: form.quiet_hours_start,
      quiet_hours_end: form.quiet_hours_end, filters: form.remote ? { work_modes: ["remote"] } : {},
    });
  };

  return (
    <section aria-labelledby="page-title" className="max-w-4xl space-y-8">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="page-title" tabIndex={-1} className="text-2xl font-bold">Alerts</h1>
        <button type="button" className={`${secondaryButtonClass} ml-auto`} onClick={() => check.mutate()} disabled={check.isPending}>
          Check for new jobs now
        </button>
        <p role="status" className="w-full text-sm text-gray-700 dark:text-gray-300">{check.isSuccess ? "Checking: new matches arrive in a few seconds." : ""}</p>
      </div>

      <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-gray-300 p-4 dark:border-gray-700" aria-labelledby="new-alert">
        <h2 id="new-alert" className="text-lg font-semibold">New alert</h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="alert-name" className={labelClass}>Name</label>
            <input id="alert-name" className={inputClass} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })}
              aria-invalid={!!errs.name} aria-describedby={errs.name ? "alert-name-error" : undefined} />
            {errs.name && <p id="alert-name-error" className="text-sm text-red-700 dark:text-red-400">Name {errs.name}</p>}
          </div>
          <div>
            <label htmlFor="alert-query" className={labelClass}>Search words</label>
            <input id="alert-query" className={inputClass} value={form.query} onChange={(e) => setForm({ ...form, query: e.target.value })}
              placeholder="golang -intern" />
          </div>
          <div>
            <label htmlFor="alert-score" className={labelClass}>Minimum match score (0–100)</label>
            <input id="alert-score" type="number" min={0} max={100} className={inputClass} value={form.min_score}
              onChange={(e) => setForm({ ...form, min_score: Number(e.target.value) })} aria-invalid={!!errs.min_score} />
            {errs.min_score && <p className="text-sm text-red-700 dark:text-red-400">Score {errs.min_score}</p>}
          </div>
          <div>
            <label htmlFor="alert-frequency" className={labelClass}>When</label>
            <select id="alert-frequency" className={inputClass} value={form.frequency} onChange={(e) => setForm({ ...form, frequency: e.target.value })}>
              <option value="default">As in my preferences</option>
              <option value="instant">Instantly</option>
              <option value="daily">Daily digest</option>
              <option value="weekly">Weekly digest (Mondays)</option>
            </select>
          </div>
          <div>
            <label htmlFor="alert-cap" className={labelClass}>At most per company in a message</label>
            <input id="alert-cap" type="number" min={1} max={50} className={inputClass} value={form.max_per_company}
              onChange={(e) => setForm({ ...form, max_per_company: Number(e.target.value) })} />
          </div>
          <fieldset className="flex gap-2">
            <legend className={labelClass}>Quiet hours (your time zone)</legend>
            <label className="sr-only" htmlFor="quiet-start">Quiet from</label>
            <input id="quiet-start" type="time" className={inputClass} value={form.quiet_hours_start}
              onChange={(e) => setForm({ ...form, quiet_hours_start: e.target.value })} />
            <label className="sr-only" htmlFor="quiet-end">Quiet until</label>
            <input id="quiet-end" type="time" className={inputClass} value={form.quiet_hours_end}
              onChange={(e) => setForm({ ...form, quiet_hours_end: e.target.value })} aria-invalid={!!errs.quiet_hours_end} />
          </fieldset>
        </div>
        {errs.quiet_hours_end && <p className="text-sm text-red-700 dark:text-red-400">Quiet hours: {errs.quiet_hours_end}</p>}
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={form.remote} onChange={(e) => setForm({ ...form, remote: e.target.checked })} />
          Remote only
        </label>
        <fieldset>
          <legend className={labelClass}>Send to</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {channelNames.map((c) => (
              <label key={c} className="flex items-center gap-2">
                <input type="checkbox" checked={form.channels.includes(c)}
                  onChange={(e) => setForm({ ...form, channels: e.target.checked ? [...form.channels, c] : form.channels.filter((x) => x !== c) })} />
                {channelLabels[c]}
              </label>
            ))}
          </div>
          {errs.channels && <p className="text-sm text-red-700 dark:text-red-400">Channels {errs.channels}</p>}
        </fieldset>
        <button type="submit" className={buttonClass} disabled={create.isPending}>{create.isPending ? "Saving…" : "Create alert"}</button>
        <p role="status" className="text-sm text-gray-700 dark:text-gray-300">{create.isSuccess ? "Alert created." : ""}</p>
        {create.isError && !Object.keys(errs).length && <ErrorState title="Could not save the alert" error={create.error} />}
      </form>

      <section aria-labelledby="alerts-heading" className="space-y-3">
        <h2 id="alerts-heading" className="text-lg font-semibold">Your alerts</h2>
        {alerts.isPending && <LoadingState label="Loading alerts…" />}
        {alerts.isError && <ErrorState title="Could not load alerts" error={alerts.error} onRetry={() => alerts.refetch()} />}
        {alerts.data && alerts.data.alerts.length === 0 && <EmptyState title="No alerts yet">Create one above to hear about new matching jobs.</EmptyState>}
        {alerts.data && alerts.data.alerts.length > 0 && (
          <ul className="space-y-2" data-testid="alert-list">
            {alerts.data.alerts.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-3 rounded-md border border-gray-300 p-3 dark:border-gray-700">
                <div className="min-w-0 flex-1">
                  <p className="font-medium">{a.name}</p>
                  <p className="text-sm text-gray-700 dark:text-gray-300">
                    {alertSummary(a)}
                  </p>
                </div>
                <button type="button" className={secondaryButtonClass} onClick={() => remove.mutate(a.id)} aria-label={`Delete alert ${a.name}`}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="hooks-heading" className="space-y-3">
        <h2 id="hooks-heading" className="text-lg font-semibold">Webhooks and Slack</h2>
        <p className="text-sm text-gray-700 dark:text-gray-300">
          Webhooks get a JSON POST signed with <code>X-Copilot-Signature: sha256=HMAC(secret, timestamp.body)</code>; failed calls are retried with backoff.
        </p>
        <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => { e.preventDefault(); addHook.mutate(hook); }} noValidate>
          <div>
            <label htmlFor="hook-kind" className={labelClass}>Kind</label>
            <select id="hook-kind" className={inputClass} value={hook.kind} onChange={(e) => setHook({ ...hook, kind: e.target.value })}>
              <option value="webhook">Webhook</option>
              <option value="slack">Slack incoming webhook</option>
            </select>
          </div>
          <div>
            <label htmlFor="hook-name" className={labelClass}>Name</label>
            <input id="hook-name" className={inputClass} value={hook.name} onChange={(e) => setHook({ ...hook, name: e.target.value })} />
          </div>
          <div className="min-w-0 flex-1">
            <label htmlFor="hook-url" className={labelClass}>URL</label>
            <input id="hook-url" type="url" className={inputClass} value={hook.url} onChange={(e) => setHook({ ...hook, url: e.target.value })}
              aria-invalid={!!hookErrs.url} />
          </div>
          <button type="submit" className={buttonClass}>Add</button>
        </form>
        {hookErrs.url && <p className="text-sm text-red-700 dark:text-red-400">URL {hookErrs.url}</p>}
        {channels.data && channels.data.channels.length === 0 && <p className="text-sm">No endpoints yet.</p>}
        <ul className="space-y-2">
          {channels.data?.channels.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2 rounded-md border border-gray-300 p-2 text-sm dark:border-gray-700">
              <span className="font-medium">{c.name}</span>
              <span className="min-w-0 flex-1 truncate">{c.url}</span>
              {c.secret && <code className="truncate" title="Signing secret">{c.secret}</code>}
              <button type="button" className={secondaryButtonClass} onClick={() => void testChannel(c.id)}>Send test</button>
              <button type="button" className={secondaryButtonClass} onClick={() => removeHook.mutate(c.id)} aria-label={`Remove ${c.name}`}>Remove</button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="log-heading" className="space-y-3">
        <h2 id="log-heading" className="text-lg font-semibold">Delivery log</h2>
        {deliveries.data && deliveries.data.deliveries.length === 0 && <p className="text-sm">Nothing sent yet.</p>}
        {deliveries.data && deliveries.data.deliveries.length > 0 && (
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <thead><tr><th scope="col" className="p-1">When</th><th scope="col" className="p-1">Channel</th><th scope="col" className="p-1">Kind</th><th scope="col" className="p-1">Status</th><th scope="col" className="p-1">Attempts</th><th scope="col" className="p-1">Last error</th></tr></thead>
              <tbody>
                {deliveries.data.deliveries.map((d) => (
                  <tr key={d.id} className="border-t border-gray-200 dark:border-gray-700">
                    <td className="p-1">{new Date(d.created_at).toLocaleString()}</td>
                    <td className="p-1">{d.channel}</td>
                    <td className="p-1">{d.kind}</td>
                    <td className="p-1">{d.status}</td>
                    <td className="p-1">{d.attempts}</td>
                    <td className="p-1">{d.last_error}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
