import { useQuery } from "@tanstack/react-query";
import { ErrorState, LoadingState } from "../../components/Status";
import { explainJob } from "./api";
import { ExplanationView, MarkedDescription, ScoreBadge } from "./parts";

/** The posting page's match section: score, explanation, and the description with matched skills marked. */
export function MatchPanel({ id }: { id: string }) {
  const ex = useQuery({ queryKey: ["match", id], queryFn: ({ signal }) => explainJob(id, signal) });
  if (ex.isPending) return <LoadingState label="Explaining the match…" />;
  if (ex.error) return <ErrorState error={ex.error} />;
  return (
    <section aria-labelledby="match-title" className="space-y-4 rounded-md border border-gray-300 p-4 dark:border-gray-600">
      <div className="flex items-center gap-2">
        <h2 id="match-title" className="text-lg font-semibold">Your match</h2>
        <ScoreBadge score={ex.data.explanation.score} />
      </div>
      <ExplanationView explanation={ex.data.explanation} />
      <details>
        <summary className="cursor-pointer text-sm font-medium">Description with your skills marked</summary>
        <div className="mt-2">
          <MarkedDescription text={ex.data.description_text} skills={ex.data.explanation.matched_skills} />
        </div>
      </details>
    </section>
  );
}
