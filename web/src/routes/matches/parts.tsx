import type { MatchExplanation, MatchedSkill } from "../../api/types";

/** A 0–100 score as a coloured badge; the colour is never the only signal (the number is there). */
export function ScoreBadge({ score }: { score: number }) {
  const tone =
    score >= 70
      ? "bg-green-800 text-white"
      : score >= 50
        ? "bg-amber-200 text-gray-900"
        : "bg-gray-200 text-gray-900 dark:bg-gray-700 dark:text-gray-100";
  return (
    <span className={`inline-flex min-w-12 justify-center rounded-full px-2 py-0.5 text-sm font-bold ${tone}`} aria-label={`Match score ${score} of 100`}>
      {score}
    </span>
  );
}

/** One line per component, then the matched skills with their resume evidence, then the missing ones. */
export function ExplanationView({ explanation }: { explanation: MatchExplanation }) {
  const e = explanation;
  return (
    <div className="space-y-3 text-sm">
      {e.excluded && <p className="font-medium text-red-800 dark:text-red-300">Excluded by your dealbreaker “{e.excluded}”.</p>}
      <ul aria-label="Score components" className="space-y-1">
        {e.components.map((c) => (
          <li key={c.name} className="flex gap-2">
            <span className="w-24 shrink-0 font-medium capitalize">{c.name}</span>
            <span className="w-16 shrink-0 tabular-nums">
              {c.points}/{c.max}
            </span>
            <span>{c.line}</span>
          </li>
        ))}
      </ul>
      {e.matched_skills.length > 0 && (
        <div>
          <h3 className="font-semibold">Matched skills</h3>
          <ul aria-label="Matched skills" className="mt-1 space-y-1">
            {e.matched_skills.map((m) => (
              <li key={m.skill}>
                <span className="font-medium">{m.skill}</span> <span className="text-gray-700 dark:text-gray-300">({m.kind}{m.related ? `, via ${m.evidence.skill}` : ""})</span>
                {m.evidence.line ? (
                  <q className="ml-1 italic text-gray-800 dark:text-gray-200">{m.evidence.line}</q>
                ) : (
                  <span className="ml-1 text-gray-700 dark:text-gray-300">from your profile</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {e.missing_skills.length > 0 && (
        <p>
          <span className="font-semibold">Missing: </span>
          {e.missing_skills.map((m) => m.skill).join(", ")}
        </p>
      )}
    </div>
  );
}

/** A byte range of the text, converted to string indexes (the server counts UTF-8 bytes). */
function byteRangeToIndex(text: string, skills: MatchedSkill[]): { start: number; end: number; skill: string }[] {
  const enc = new TextEncoder();
  const bytes = enc.encode(text);
  const dec = new TextDecoder();
  const out: { start: number; end: number; skill: string }[] = [];
  for (const m of skills) {
    if (m.end <= m.start || m.end > bytes.length) continue;
    const start = dec.decode(bytes.slice(0, m.start)).length;
    const end = start + dec.decode(bytes.slice(m.start, m.end)).length;
    out.push({ start, end, skill: m.skill });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The posting's plain text with every matched skill marked. */
export function MarkedDescription({ text, skills }: { text: string; skills: MatchedSkill[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const r of byteRangeToIndex(text, skills)) {
    if (r.start < at) continue;
    parts.push(text.slice(at, r.start));
    parts.push(
      <mark key={r.start} title={`Matched: ${r.skill}`} className="rounded bg-yellow-200 px-0.5 text-gray-900">
        {text.slice(r.start, r.end)}
      </mark>,
    );
    at = r.end;
  }
  parts.push(text.slice(at));
  return <div className="whitespace-pre-wrap leading-relaxed">{parts}</div>;
}
