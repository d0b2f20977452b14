import { describe, expect, it } from "vitest";
import { applyMove, boardAnnouncements, columns, droppableStage, keyboardTarget } from "./board";
import type { Application, Stage } from "./schema";

const app = (id: string, stage: Stage, position: number): Application => ({
  id, stage, position, posting_id: "", company: id, title: "T", url: "", location: "", salary: "", priority: 0, excitement: 0, tags: [],
  expected_salary: "", offered_salary: "", found_via: "", referral: "", stage_dates: {}, applied_at: null, first_response_at: null,
  created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z",
});

describe("board", () => {
  const apps = [app("a", "saved", 0), app("b", "saved", 1), app("c", "applied", 0), app("d", "applied", 1)];

  it("groups by stage in stored order", () => {
    const cols = columns([app("x", "saved", 5), app("y", "saved", -1)]);
    expect(cols.saved.map((a) => a.id)).toEqual(["y", "x"]);
    expect(cols.offer).toEqual([]);
  });

  it("moves a card into another column at an index and renumbers it", () => {
    const cols = columns(applyMove(apps, "a", "applied", 1));
    expect(cols.saved.map((a) => a.id)).toEqual(["b"]);
    expect(cols.applied.map((a) => `${a.id}${a.position}`)).toEqual(["c0", "a1", "d2"]);
  });

  it("clamps the index and reorders within a column", () => {
    expect(columns(applyMove(apps, "c", "applied", 9)).applied.map((a) => a.id)).toEqual(["d", "c"]);
  });

  it("computes keyboard targets", () => {
    const cols = columns(apps);
    expect(keyboardTarget(cols, "a", "ArrowRight")).toEqual({ stage: "applied", index: 2 });
    expect(keyboardTarget(cols, "a", "ArrowLeft")).toBeUndefined();
    expect(keyboardTarget(cols, "b", "ArrowUp")).toEqual({ stage: "saved", index: 0 });
    expect(keyboardTarget(cols, "b", "ArrowDown")).toBeUndefined();
  });

  it("resolves drop targets to stages", () => {
    const cols = columns(apps);
    expect(droppableStage(cols, "col:screening")).toBe("screening");
    expect(droppableStage(cols, "card:c")).toBe("applied");
    expect(droppableStage(cols, "col:nowhere")).toBeUndefined();
    expect(droppableStage(cols, "card:zz")).toBeUndefined();
  });

  it("announces drags by card title and stage name, never by id", () => {
    const data = [{ ...app("id-1", "applied", 0), title: "Senior Data Engineer" }, app("c", "screening", 0)];
    const say = boardAnnouncements(data);
    const active = { id: "id-1" } as never;
    const over = (id: string) => ({ id }) as never;
    expect(say.onDragStart({ active })).toBe("Picked up Senior Data Engineer in Applied.");
    expect(say.onDragOver({ active, over: over("col:offer") })).toBe("Senior Data Engineer is over Offer.");
    expect(say.onDragOver({ active, over: null })).toBe("Senior Data Engineer is not over a stage.");
    expect(say.onDragEnd({ active, over: over("col:screening") })).toBe("Moved Senior Data Engineer to Screening.");
    expect(say.onDragEnd({ active, over: over("card:c") })).toBe("Moved Senior Data Engineer to Screening.");
    expect(say.onDragEnd({ active, over: over("card:id-1") })).toBe("Senior Data Engineer stays in Applied.");
    expect(say.onDragEnd({ active, over: null })).toBe("Senior Data Engineer stays in Applied.");
    expect(say.onDragCancel({ active, over: null })).toBe("Moving Senior Data Engineer was cancelled; it stays in Applied.");
  });
});
