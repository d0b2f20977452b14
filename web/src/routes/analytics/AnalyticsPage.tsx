import { useQuery } from "@tanstack/react-query";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ErrorState, LoadingState } from "../../components/Status";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { ChartCard, DataTable } from "./Chart";
import { getMarket, getPipeline, pct, type HeatCell } from "./api";

const blue = "#1d4ed8";
const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** Where the search stands: the user's funnel and outcomes, and the market from ingested postings. */
export function AnalyticsPage() {
  useDocumentTitle("Analytics");
  const pipeline = useQuery({ queryKey: ["analytics", "pipeline"], queryFn: ({ signal }) => getPipeline(signal) });
  const market = useQuery({ queryKey: ["analytics", "market"], queryFn: ({ signal }) => getMarket(signal) });
  const p = pipeline.data;
  const m = market.data;
  return (
    <section aria-labelledby="page-title" className="max-w-6xl space-y-6">
      <h1 id="page-title" tabIndex={-1} className="text-2xl font-bold">Analytics</h1>
      {pipeline.isPending && <LoadingState label="Loading your pipeline…" />}
      {pipeline.isError && <ErrorState title="Could not load your analytics" error={pipeline.error} onRetry={() => pipeline.refetch()} />}
      {p && (
        <>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            <Stat label="Applications" value={p.total} id="stat-total" />
            <Stat label="Applied" value={p.applied} id="stat-applied" />
            <Stat label="Response rate" value={pct(p.response_rate)} id="stat-response-rate" />
            <Stat label="Median days to first response" value={p.median_days_to_response ?? "—"} id="stat-median" />
          </dl>
          <div className="grid gap-4 lg:grid-cols-2">
            <ChartCard id="funnel" title="Funnel" empty={p.total === 0}
              note="Applications that reached each stage; a later stage counts for the earlier ones."
              chart={<ResponsiveContainer><BarChart data={p.funnel}><CartesianGrid strokeDasharray="3 3" /><XAxis dataKey="stage" /><YAxis allowDecimals={false} /><Tooltip /><Bar dataKey="count" fill={blue} /></BarChart></ResponsiveContainer>}
              table={<DataTable caption="Funnel" head={["Stage", "Reached", "Conversion"]} rows={p.funnel.map((f) => [f.stage, f.count, pct(f.conversion)])} />} />
            <ChartCard id="per-week" title="Applications per week" empty={p.per_week.every((w) => w.count === 0)}
              chart={<ResponsiveContainer><LineChart data={p.per_week}><CartesianGrid strokeDasharray="3 3" /><XAxis dataKey="week" /><YAxis allowDecimals={false} /><Tooltip /><Line dataKey="count" stroke={blue} /></LineChart></ResponsiveContainer>}
              table={<DataTable caption="Applications per week" head={["Week of", "Applied"]} rows={p.per_week.map((w) => [w.week, w.count])} />} />
            <ChartCard id="time-in-stage" title="Time in stage (days)" empty={p.time_in_stage.length === 0}
              note="Finished stays only: from entering a stage to the next move."
              chart={<ResponsiveContainer><BarChart data={p.time_in_stage}><CartesianGrid strokeDasharray="3 3" /><XAxis dataKey="stage" /><YAxis /><Tooltip /><Bar dataKey="median_days" fill={blue} /></BarChart></ResponsiveContainer>}
              table={<DataTable caption="Time in stage" head={["Stage", "Median days", "Mean days", "Stays"]} rows={p.time_in_stage.map((s) => [s.stage, s.median_days, s.mean_days, s.samples])} />} />
            <ChartCard id="by-source" title="Outcomes by source" empty={p.by_source.length === 0}
              chart={<ResponsiveContainer><BarChart data={p.by_source}><CartesianGrid strokeDasharray="3 3" /><XAxis dataKey="key" /><YAxis allowDecimals={false} /><Tooltip /><Bar dataKey="applied" fill="#64748b" /><Bar dataKey="responded" fill={blue} /></BarChart></ResponsiveContainer>}
              table={<DataTable caption="Outcomes by source" head={["Source", "Applied", "Responded", "Interviews", "Offers", "Response rate"]} rows={p.by_source.map((o) => [o.key, o.applied, o.responded, o.interviews, o.offers, pct(o.response_rate)])} />} />
            <ChartCard id="by-score" title="Do better matches get more answers?" empty={p.applied === 0}
              chart={<ResponsiveContainer><BarChart data={p.by_score_band}><CartesianGrid strokeDasharray="3 3" /><XAxis dataKey="key" /><YAxis domain={[0, 1]} /><Tooltip /><Bar dataKey="response_rate" fill={blue} /></BarChart></ResponsiveContainer>}
              table={<DataTable caption="Outcomes by match score" head={["Match score", "Applied", "Responded", "Response rate"]} rows={p.by_score_band.map((o) => [o.key, o.applied, o.responded, pct(o.response_rate)])} />} />
            <ChartCard id="heatmap" title="Activity heatmap" empty={p.heatmap.length === 0}
              note="Tracker events by weekday and hour, in your time zone."
              chart={<Heatmap cells={p.heatmap} />}
              table={<DataTable caption="Activity" head={["Day", "Hour", "Events"]} rows={p.heatmap.map((c) => [days[c.weekday], c.hour, c.count])} />} />
          </div>
        </>
      )}
      <h2 className="pt-4 text-xl font-bold">Market</h2>
      {market.isPending && <LoadingState label="Loading the market view…" />}
      {market.isError && <ErrorState title="Could not load the market view" error={market.error} onRetry={() => market.refetch()} />}
      {m && (
        <div className="grid gap-4 lg:grid-cols-2">
          <ChartCard id="volume" title="Postings per week" empty={m.postings === 0}
            chart={<ResponsiveContainer><LineChart data={m.volume}><CartesianGrid strokeDasharray="3 3" /><XAxis dataKey="week" /><YAxis allowDecimals={false} /><Tooltip /><Line dataKey="count" stroke={blue} /></LineChart></ResponsiveContainer>}
            table={<DataTable caption="Postings per week" head={["Week of", "Postings"]} rows={m.volume.map((w) => [w.week, w.count])} />} />
          <ChartCard id="skills" title="Skills in demand" empty={m.top_skills.length === 0} note="Postings naming each skill; change is this week against last week."
            chart={<ResponsiveContainer><BarChart data={m.top_skills.slice(0, 10)} layout="vertical"><CartesianGrid strokeDasharray="3 3" /><XAxis type="number" allowDecimals={false} /><YAxis type="category" dataKey="skill" width={110} /><Tooltip /><Bar dataKey="count" fill={blue} /></BarChart></ResponsiveContainer>}
            table={<DataTable caption="Skills in demand" head={["Skill", "Postings", "This week", "Last week", "Change"]} rows={m.top_skills.map((s) => [s.skill, s.count, s.this_week, s.last_week, s.change > 0 ? `+${s.change}` : s.change])} />} />
          <ChartCard id="salaries" title="Yearly salary by title family and country" empty={m.salaries.length === 0}
            note="Midpoints of stated ranges, annualized; bands with at least 3 postings."
            chart={<ResponsiveContainer><BarChart data={m.salaries.slice(0, 10).map((s) => ({ ...s, label: `${s.family} ${s.country}` }))}><CartesianGrid strokeDasharray="3 3" /><XAxis dataKey="label" /><YAxis /><Tooltip /><Bar dataKey="p25" fill="#93c5fd" /><Bar dataKey="p50" fill={blue} /><Bar dataKey="p75" fill="#1e3a8a" /></BarChart></ResponsiveContainer>}
            table={<DataTable caption="Salaries" head={["Family", "Country", "Currency", "Postings", "P25", "Median", "P75"]} rows={m.salaries.map((s) => [s.family, s.country, s.currency, s.n, s.p25, s.p50, s.p75])} />} />
          <ChartCard id="companies" title="Top hiring companies" empty={m.top_companies.length === 0}
            note={`Remote share: ${pct(m.work_modes.remote_share)} (${m.work_modes.remote} remote, ${m.work_modes.hybrid} hybrid, ${m.work_modes.onsite} on-site, ${m.work_modes.unknown} not stated).`}
            chart={<ResponsiveContainer><BarChart data={m.top_companies.slice(0, 10)} layout="vertical"><CartesianGrid strokeDasharray="3 3" /><XAxis type="number" allowDecimals={false} /><YAxis type="category" dataKey="company" width={110} /><Tooltip /><Bar dataKey="count" fill={blue} /></BarChart></ResponsiveContainer>}
            table={<DataTable caption="Top companies" head={["Company", "Postings"]} rows={m.top_companies.map((c) => [c.company, c.count])} />} />
        </div>
      )}
    </section>
  );
}

function Stat({ label, value, id }: { label: string; value: string | number; id: string }) {
  return (
    <div className="rounded-lg border border-gray-300 p-3 dark:border-gray-700">
      <dt className="text-sm text-gray-700 dark:text-gray-300">{label}</dt>
      <dd className="text-2xl font-bold" data-testid={id}>{value}</dd>
    </div>
  );
}

function Heatmap({ cells }: { cells: HeatCell[] }) {
  const max = Math.max(1, ...cells.map((c) => c.count));
  const at = new Map(cells.map((c) => [c.weekday * 24 + c.hour, c.count]));
  return (
    <div className="grid h-full grid-cols-[3rem_repeat(24,minmax(0,1fr))] gap-px text-xs">
      {days.map((d, wd) => (
        <div key={d} className="contents">
          <span>{d}</span>
          {Array.from({ length: 24 }, (_, h) => {
            const n = at.get(wd * 24 + h) ?? 0;
            return <span key={h} style={{ background: n ? `rgba(29,78,216,${0.15 + (0.85 * n) / max})` : undefined }} className="rounded-sm bg-gray-100 dark:bg-gray-800" />;
          })}
        </div>
      ))}
    </div>
  );
}
