import { useQuery } from "@tanstack/react-query";
import { ErrorState, LoadingState } from "../../components/Status";
import { skillGap } from "./api";

/** The skills most often missing across the top matches, and how many more matches each would unlock. */
export function GapPanel() {
  const gap = useQuery({ queryKey: ["skill-gap"], queryFn: ({ signal }) => skillGap(signal) });
  return (
    <section aria-labelledby="gap-title" className="rounded-md border border-gray-300 p-4 dark:border-gray-600">
      <h2 id="gap-title" className="text-lg font-semibold">Skill gap</h2>
      {gap.isPending && <LoadingState label="Reading your top matches…" />}
      {gap.error && <ErrorState error={gap.error} />}
      {gap.data && gap.data.skills.length === 0 && <p className="mt-2 text-sm">Nothing missing across your top matches.</p>}
      {gap.data && gap.data.skills.length > 0 && (
        <>
          <p className="mt-1 text-sm text-gray-700 dark:text-gray-300">Across your top {gap.data.top} matches.</p>
          <ul className="mt-2 space-y-1 text-sm" aria-label="Missing skills">
            {gap.data.skills.slice(0, 10).map((g) => (
              <li key={g.skill}>
                <span className="font-medium">{g.skill}</span>: missing in {g.missing}
                {g.unlocks > 0 ? `, would unlock ${g.unlocks} more` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
