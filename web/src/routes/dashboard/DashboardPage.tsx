import { Link } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { useProfile, useSession } from "../../api/queries";
import { getDashboard, pct, type DashItem } from "../analytics/api";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { buttonClass, linkClass } from "../../components/styles";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { profileCompleteness } from "./completeness";

/** The landing page after sign-in: profile readiness, new matches today, what is due and the pipeline. */
export function DashboardPage() {
  useDocumentTitle("Dashboard");
  const session = useSession();
  const profile = useProfile();
  return (
    <section aria-labelledby="page-title" className="max-w-4xl space-y-6">
      <div>
        <h1 id="page-title" tabIndex={-1} className="text-2xl font-bold">
          Dashboard
        </h1>
        {session.data && (
          <p className="mt-2 text-gray-700 dark:text-gray-300">Welcome back, {profile.data?.full_name?.trim() || session.data.email}.</p>
        )}
      </div>
      <section aria-labelledby="profile-heading" className="rounded-lg border border-gray-300 p-4 dark:border-gray-700">
        <h2 id="profile-heading" className="text-lg font-semibold">
          Your profile
        </h2>
        {profile.isPending && <LoadingState label="Loading your profile…" />}
        {profile.isError && <ErrorState title="Could not load your profile" error={profile.error} onRetry={() => profile.refetch()} />}
        {profile.data && <Completeness percent={profileCompleteness(profile.data).percent} missing={profileCompleteness(profile.data).missing} />}
      </section>
      <DashboardData />
    </section>
  );
}

function Completeness({ percent, missing }: { percent: number; missing: string[] }) {
  return (
    <div className="mt-3 space-y-3">
      <div className="flex items-center gap-3">
        <div
          role="progressbar"
          aria-label="Profile completeness"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="h-3 w-full max-w-sm overflow-hidden rounded-full bg-gray-200 dark:bg-gray-700"
        >
          <div className="h-full bg-blue-700 dark:bg-blue-400" style={{ width: `${percent}%` }} />
        </div>
        <span className="font-medium">{percent}% complete</span>
      </div>
      {missing.length > 0 ? (
        <p className="text-gray-700 dark:text-gray-300">Still missing: {missing.join(", ")}.</p>
      ) : (
        <p className="text-gray-700 dark:text-gray-300">Everything the matcher uses is filled in.</p>
      )}
      <Link to="/settings/profile" className={buttonClass}>
        {missing.length > 0 ? "Complete your profile" : "Edit your profile"}
      </Link>
    </div>
  );
}

function DashboardData() {
  const dash = useQuery({ queryKey: ["dashboard"], queryFn: ({ signal }) => getDashboard(signal), refetchInterval: 30000 });
  if (dash.isPending) return <LoadingState label="Loading your dashboard…" />;
  if (dash.isError) return <ErrorState title="Could not load your dashboard" error={dash.error} onRetry={() => dash.refetch()} />;
  const d = dash.data;
  const stages = Object.entries(d.pipeline);
  return (
    <>
      <section aria-labelledby="matches-heading" className="space-y-3">
        <h2 id="matches-heading" className="text-lg font-semibold">
          Today's new matches
        </h2>
        <p className="text-sm text-gray-700 dark:text-gray-300" data-testid="new-postings-today">
          {d.new_postings_today} new postings today.
        </p>
        {d.new_matches.length === 0 ? (
          <EmptyState title="No new matches today" action={<Link to="/sources" className={linkClass}>Add job sources</Link>}>
            New postings from your sources are scored against your profile and the best show here.
          </EmptyState>
        ) : (
          <Items items={d.new_matches} testid="new-matches" link={(i) => `/jobs/${i.id}`} extra={(i) => `match ${i.score ?? "—"}`} />
        )}
      </section>
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="reminders-heading" className="space-y-2">
          <h2 id="reminders-heading" className="text-lg font-semibold">Reminders due</h2>
          {d.reminders_due.length === 0 ? <p className="text-sm">Nothing due today.</p> : (
            <Items items={d.reminders_due} testid="reminders-due" link={(i) => `/applications/${i.application_id}`} extra={(i) => new Date(i.at).toLocaleString()} />
          )}
        </section>
        <section aria-labelledby="interviews-heading" className="space-y-2">
          <h2 id="interviews-heading" className="text-lg font-semibold">Upcoming interviews</h2>
          {d.upcoming_interviews.length === 0 ? <p className="text-sm">No interviews in the next two weeks.</p> : (
            <Items items={d.upcoming_interviews} testid="upcoming-interviews" link={(i) => `/applications/${i.application_id}`} extra={(i) => new Date(i.at).toLocaleString()} />
          )}
        </section>
      </div>
      <section aria-labelledby="pipeline-heading" className="space-y-2">
        <h2 id="pipeline-heading" className="text-lg font-semibold">Pipeline</h2>
        {stages.length === 0 ? <p className="text-sm">No applications yet.</p> : (
          <ul className="flex flex-wrap gap-2" data-testid="pipeline-counts">
            {stages.map(([stage, n]) => (
              <li key={stage} className="rounded-md border border-gray-300 px-3 py-1 text-sm dark:border-gray-700">{stage}: <strong>{n}</strong></li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="dash-funnel-heading" className="space-y-2">
        <h2 id="dash-funnel-heading" className="text-lg font-semibold">Funnel</h2>
        <table className="text-left text-sm" data-testid="dashboard-funnel">
          <thead><tr><th scope="col" className="pr-4">Stage</th><th scope="col" className="pr-4">Reached</th><th scope="col">Conversion</th></tr></thead>
          <tbody>
            {d.funnel.map((f) => (
              <tr key={f.stage}><td className="pr-4">{f.stage}</td><td className="pr-4">{f.count}</td><td>{pct(f.conversion)}</td></tr>
            ))}
          </tbody>
        </table>
        <Link to="/analytics" className={linkClass}>More in Analytics</Link>
      </section>
    </>
  );
}

function Items({ items, testid, link, extra }: { items: DashItem[]; testid: string; link: (i: DashItem) => string; extra: (i: DashItem) => string }) {
  return (
    <ul className="space-y-1" data-testid={testid}>
      {items.map((i) => (
        <li key={i.id} className="text-sm">
          <Link to={link(i)} className={linkClass}>{i.title}</Link> — {i.company} · {extra(i)}
        </li>
      ))}
    </ul>
  );
}
