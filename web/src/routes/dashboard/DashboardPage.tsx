import { Link } from "react-router";
import { useProfile, useSession } from "../../api/queries";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { buttonClass, linkClass } from "../../components/styles";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { profileCompleteness } from "./completeness";

/** The landing page after sign-in: profile readiness and where matches will show. */
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
        {session.data && <p className="mt-2 text-gray-700 dark:text-gray-300">Welcome back, {session.data.email}.</p>}
      </div>
      <section aria-labelledby="profile-heading" className="rounded-lg border border-gray-300 p-4 dark:border-gray-700">
        <h2 id="profile-heading" className="text-lg font-semibold">
          Your profile
        </h2>
        {profile.isPending && <LoadingState label="Loading your profile…" />}
        {profile.isError && <ErrorState title="Could not load your profile" error={profile.error} onRetry={() => profile.refetch()} />}
        {profile.data && <Completeness percent={profileCompleteness(profile.data).percent} missing={profileCompleteness(profile.data).missing} />}
      </section>
      <section aria-labelledby="matches-heading" className="space-y-3">
        <h2 id="matches-heading" className="text-lg font-semibold">
          New matches
        </h2>
        <EmptyState title="No matches yet" action={<Link to="/sources" className={linkClass}>Add job sources</Link>}>
          Once job sources are connected, the best postings for your profile appear here with the reasons they rank.
        </EmptyState>
      </section>
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
