import type { Announcements, UniqueIdentifier } from "@dnd-kit/core";
import { stageLabels, stages, type Application, type Stage } from "./schema";

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

/** The stage a drop target stands for: a column ("col:applied") or the column of a card ("card:<id>"). */
export function droppableStage(cols: Record<Stage, Application[]>, over: string): Stage | undefined {
  if (over.startsWith("col:")) return stages.find((s) => s === over.slice(4));
  if (over.startsWith("card:")) return stages.find((s) => cols[s].some((a) => a.id === over.slice(5)));
  return undefined;
}

/** What a screen reader hears while a card is dragged: the card's title and stage names, never ids. */
export function boardAnnouncements(apps: Application[]): Announcements {
  const cols = columns(apps);
  const card = (id: UniqueIdentifier) => apps.find((a) => a.id === String(id));
  const title = (id: UniqueIdentifier) => card(id)?.title || "the card";
  const from = (id: UniqueIdentifier) => {
    const a = card(id);
    return a ? stageLabels[a.stage] : "its stage";
  };
  const target = (over: { id: UniqueIdentifier } | null) => (over ? droppableStage(cols, String(over.id)) : undefined);
  return {
    onDragStart: ({ active }) => `Picked up ${title(active.id)} in ${from(active.id)}.`,
    onDragOver: ({ active, over }) => {
      const s = target(over);
      return s ? `${title(active.id)} is over ${stageLabels[s]}.` : `${title(active.id)} is not over a stage.`;
    },
    onDragEnd: ({ active, over }) => {
      const s = target(over);
      if (!s || over?.id === `card:${active.id}`) return `${title(active.id)} stays in ${from(active.id)}.`;
      return `Moved ${title(active.id)} to ${stageLabels[s]}.`;
    },
    onDragCancel: ({ active }) => `Moving ${title(active.id)} was cancelled; it stays in ${from(active.id)}.`,
  };
}
