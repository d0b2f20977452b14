import { Link } from "react-router";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { MatchItem } from "../../api/types";
import { linkClass, secondaryButtonClass } from "../../components/styles";
import { markJob, markedQueries } from "../jobs/api";
import { ExplanationView, ScoreBadge } from "./parts";
import { TrackButton } from "../applications/TrackButton";

/** A ranked list of postings, each with its score, an expandable explanation and track / save / dismiss / apply. */
export function MatchList({ items, label }: { items: MatchItem[]; label: string }) {
  const qc = useQueryClient();
  const mark = useMutation({
    mutationFn: (m: { id: string; mark: "save" | "dismiss"; on: boolean }) => markJob(m.id, m.mark, m.on),
    onSuccess: () => markedQueries.forEach((queryKey) => void qc.invalidateQueries({ queryKey })),
  });
  return (
    <ol aria-label={label} className="space-y-3">
      {items.map((m, i) => (
        <li key={m.job.id} className="rounded-md border border-gray-300 p-4 dark:border-gray-600" aria-label={`${i + 1}. ${m.job.title}`}>
          <div className="flex flex-wrap items-start gap-3">
            <ScoreBadge score={m.score} />
            <div className="min-w-0 flex-1">
              <Link to={`/jobs/${m.job.id}`} className={linkClass}>
                {m.job.title}
              </Link>
              <p className="text-sm text-gray-700 dark:text-gray-300">
                {m.job.company}
                {m.job.work_mode ? ` · ${m.job.work_mode}` : ""}
                {m.job.locations[0]?.raw ? ` · ${m.job.locations[0].raw}` : ""}
              </p>
            </div>
            <div className="flex flex-wrap gap-2">
              <TrackButton postingId={m.job.id} label={`${m.job.title} at ${m.job.company}`} />
              <button type="button" className={secondaryButtonClass} aria-pressed={!!m.job.saved_at} onClick={() => mark.mutate({ id: m.job.id, mark: "save", on: !m.job.saved_at })}>
                {m.job.saved_at ? "Saved" : "Save"}
                <span className="sr-only"> {m.job.title}</span>
              </button>
              <button
                type="button"
                className={secondaryButtonClass}
                aria-pressed={!!m.job.dismissed_at}
                onClick={() => mark.mutate({ id: m.job.id, mark: "dismiss", on: !m.job.dismissed_at })}
              >
                {m.job.dismissed_at ? "Dismissed" : "Dismiss"}
                <span className="sr-only"> {m.job.title}</span>
              </button>
              {(m.job.apply_url || m.job.url) && (
                <a href={m.job.apply_url || m.job.url} className={secondaryButtonClass} rel="noopener noreferrer" target="_blank">
                  Apply<span className="sr-only"> to {m.job.title} (opens in a new tab)</span>
                </a>
              )}
            </div>
          </div>
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-medium">Why this score</summary>
            <div className="mt-2">
              <ExplanationView explanation={m.explanation} />
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
