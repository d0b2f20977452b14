import { useState } from "react";
import { Link } from "react-router";
import { useInfiniteQuery } from "@tanstack/react-query";
import { SelectField, TextField } from "../../components/Field";
import { EmptyState, ErrorState, LoadingState } from "../../components/Status";
import { linkClass, secondaryButtonClass } from "../../components/styles";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { listJobs, type JobFilter } from "./api";
import { ClosedBadge, locationText } from "./parts";

const statuses = [
  { value: "open", label: "Open" },
  { value: "closed", label: "Closed" },
  { value: "all", label: "All" },
] as const;

/** The jobs list: every posting collected from the sources, newest first. */
export function JobsPage() {
  useDocumentTitle("Jobs");
  const [status, setStatus] = useState<NonNullable<JobFilter["status"]>>("open");
  const [company, setCompany] = useState("");
  const jobs = useInfiniteQuery({
    queryKey: ["jobs", status, company],
    queryFn: ({ pageParam, signal }) => listJobs({ status, company, cursor: pageParam }, signal),
    initialPageParam: "",
    getNextPageParam: (last) => last.next_cursor || undefined,
  });
  const list = jobs.data?.pages.flatMap((p) => p.jobs) ?? [];
  return (
    <div className="space-y-6">
      <header>
        <h1 id="page-title" tabIndex={-1} className="text-2xl font-bold">Jobs</h1>
        <p className="mt-1 text-gray-700 dark:text-gray-300">Postings from your sources, one per real job.</p>
      </header>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField id="jobs-status" label="Status" options={statuses} value={status} onChange={(e) => setStatus(e.target.value as typeof status)} />
        <TextField id="jobs-company" label="Company" value={company} onChange={(e) => setCompany(e.target.value)} />
      </div>
      {jobs.isPending && <LoadingState label="Loading jobs…" />}
      {jobs.error && <ErrorState error={jobs.error} onRetry={() => void jobs.refetch()} />}
      {jobs.data && list.length === 0 && (status === "open" && company === "" ? (
        <EmptyState title="No postings yet">Add a source and run it to collect postings.</EmptyState>
      ) : (
        <EmptyState title="No postings match">No {status === "all" ? "" : `${status} `}postings{company ? ` at “${company}”` : ""}.</EmptyState>
      ))}
      <ul className="space-y-3" aria-label="Postings">
        {list.map((j) => (
          <li key={j.id} className="rounded-lg border border-gray-300 p-4 dark:border-gray-700">
            <div className="flex flex-wrap items-center gap-2">
              <Link to={`/jobs/${j.id}`} className={linkClass}>
                {j.title}
              </Link>
              {j.closed && <ClosedBadge />}
            </div>
            <p className="text-sm text-gray-700 dark:text-gray-300">
              {[
                j.company,
                j.locations.map(locationText).join("; "),
                j.posted_at ? `posted ${new Date(j.posted_at).toLocaleDateString()}` : "",
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </li>
        ))}
      </ul>
      {jobs.hasNextPage && (
        <button type="button" className={secondaryButtonClass} onClick={() => void jobs.fetchNextPage()} disabled={jobs.isFetchingNextPage}>
          Load more
        </button>
      )}
    </div>
  );
}
