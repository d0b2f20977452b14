import { stages, type Application, type Stage } from "./schema";

/** The board's columns: every stage, its cards in stored order. */
export function columns(apps: Application[]): Record<Stage, Application[]> {
  const out = Object.fromEntries(stages.map((s) => [s, [] as Application[]])) as Record<Stage, Application[]>;
  for (const a of apps) out[a.stage].push(a);
  for (const s of stages) out[s].sort((x, y) => x.position - y.position || y.created_at.localeCompare(x.created_at));
  return out;
}

/** Moves card id to index of stage (clamped), renumbering both columns the way the server does. */
export function applyMove(apps: Application[], id: string, stage: Stage, index: number): Application[] {
  const card = apps.find((a) => a.id === id);
  if (!card) return apps;
  const cols = columns(apps.filter((a) => a.id !== id));
  const target = cols[stage];
  const at = Math.max(0, Math.min(index, target.length));
  target.splice(at, 0, { ...card, stage });
  const out: Application[] = [];
  for (const s of stages) cols[s].forEach((a, i) => out.push(s === stage ? { ...a, position: i } : a));
  return out;
}

/** Where a keyboard move takes a card: one column left or right (to the end), or one place up or down. */
export function keyboardTarget(
  cols: Record<Stage, Application[]>,
  id: string,
  key: "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown",
): { stage: Stage; index: number } | undefined {
  const stage = stages.find((s) => cols[s].some((a) => a.id === id));
  if (!stage) return undefined;
  const i = cols[stage].findIndex((a) => a.id === id);
  const si = stages.indexOf(stage);
  switch (key) {
    case "ArrowLeft":
      return si > 0 ? { stage: stages[si - 1], index: cols[stages[si - 1]].length } : undefined;
    case "ArrowRight":
      return si < stages.length - 1 ? { stage: stages[si + 1], index: cols[stages[si + 1]].length } : undefined;
    case "ArrowUp":
      return i > 0 ? { stage, index: i - 1 } : undefined;
    case "ArrowDown":
      return i < cols[stage].length - 1 ? { stage, index: i + 1 } : undefined;
  }
}
