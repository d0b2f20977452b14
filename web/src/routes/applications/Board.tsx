import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { Link } from "react-router";
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  TouchSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
} from "@dnd-kit/core";
import { boardAnnouncements, columns, droppableStage, keyboardTarget } from "./board";
import { stageLabels, stages, type Application, type Stage } from "./schema";
import { plural } from "../../components/plural";

/** Props of Board. */
export interface BoardProps {
  apps: Application[];
  /** Called for every move, by pointer or keyboard. */
  onMove: (id: string, stage: Stage, index: number) => void;
}

const collisions: CollisionDetection = (args) => {
  const hit = pointerWithin(args);
  return hit.length > 0 ? hit : rectIntersection(args);
};

/** The kanban board: drag cards between stages, or focus a card's handle and use the arrow keys. */
export function Board({ apps, onMove }: BoardProps) {
  const cols = columns(apps);
  const [dragging, setDragging] = useState<Application | null>(null);
  const [announce, setAnnounce] = useState("");
  // The card moved by keyboard re-mounts in its new column; its handle gets the focus back after each render.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    const el = refocus.current ? document.getElementById(`handle-${refocus.current}`) : null;
    if (el && document.activeElement !== el) el.focus();
  });
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
  );

  const move = (id: string, stage: Stage, index: number) => {
    const a = apps.find((x) => x.id === id);
    onMove(id, stage, index);
    if (a) setAnnounce(`${a.company}, ${a.title}: moved to ${stageLabels[stage]}, position ${index + 1}.`);
  };

  const onDragEnd = (e: DragEndEvent) => {
    setDragging(null);
    const over = e.over?.id ? String(e.over.id) : "";
    const id = String(e.active.id);
    const stage = droppableStage(cols, over);
    if (!stage) return;
    if (over.startsWith("col:")) {
      move(id, stage, cols[stage].filter((a) => a.id !== id).length);
    } else if (over.slice(5) !== id) {
      move(id, stage, cols[stage].findIndex((a) => a.id === over.slice(5)));
    }
  };

  const onKey = (e: KeyboardEvent, id: string) => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight" && e.key !== "ArrowUp" && e.key !== "ArrowDown") return;
    e.preventDefault();
    const t = keyboardTarget(cols, id, e.key);
    if (t) {
      refocus.current = id;
      move(id, t.stage, t.index);
    }
  };

  return (
    <>
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
      <p id="board-help" className="mb-2 text-sm text-gray-700 dark:text-gray-300">
        Drag a card to another stage, or focus its ⠿ handle and use the arrow keys: left and right change the stage, up and down the order.
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={collisions}
        accessibility={{ announcements: boardAnnouncements(apps) }}
        onDragStart={(e) => {
          refocus.current = null;
          setDragging(apps.find((a) => a.id === String(e.active.id)) ?? null);
        }}
        onDragCancel={() => setDragging(null)}
        onDragEnd={onDragEnd}
      >
        <div className="flex gap-3 overflow-x-auto pb-4">
          {stages.map((s) => (
            <Column key={s} stage={s} apps={cols[s]} onKey={onKey} onLeave={() => (refocus.current = null)} />
          ))}
        </div>
        <DragOverlay>{dragging ? <CardBody app={dragging} /> : null}</DragOverlay>
      </DndContext>
    </>
  );
}

function Column({ stage, apps, onKey, onLeave }: {
  stage: Stage;
  apps: Application[];
  onKey: (e: KeyboardEvent, id: string) => void;
  onLeave: () => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: `col:${stage}` });
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={`col-${stage}`}
      data-testid={`column-${stage}`}
      className={
        "flex min-h-48 w-64 shrink-0 flex-col rounded-lg border p-2 " +
        (isOver ? "border-blue-700 bg-blue-50 dark:bg-blue-950" : "border-gray-300 bg-gray-50 dark:border-gray-700 dark:bg-gray-900")
      }
    >
      <h2 id={`col-${stage}`} className="mb-2 flex justify-between px-1 font-semibold">
        <span>{stageLabels[stage]}</span>
        <span className="text-gray-700 dark:text-gray-300" aria-label={plural(apps.length, "application")}>
          {apps.length}
        </span>
      </h2>
      <ul className="flex flex-1 flex-col gap-2" aria-label={`${stageLabels[stage]} applications`}>
        {apps.map((a) => (
          <Card key={a.id} app={a} onKey={onKey} onLeave={onLeave} />
        ))}
      </ul>
    </section>
  );
}

function Card({ app, onKey, onLeave }: { app: Application; onKey: (e: KeyboardEvent, id: string) => void; onLeave: () => void }) {
  const drag = useDraggable({ id: app.id });
  const drop = useDroppable({ id: `card:${app.id}` });
  return (
    <li
      ref={(el) => {
        drag.setNodeRef(el);
        drop.setNodeRef(el);
      }}
      data-testid={`card-${app.id}`}
      className={
        "flex items-start gap-2 rounded-md border bg-white p-2 shadow-sm dark:bg-gray-800 " +
        (drag.isDragging ? "opacity-40 " : "") +
        (drop.isOver ? "border-blue-700" : "border-gray-300 dark:border-gray-600")
      }
      {...drag.listeners}
    >
      <button
        {...drag.attributes}
        type="button"
        id={`handle-${app.id}`}
        aria-label={`Move ${app.company}, ${app.title} (${stageLabels[app.stage]})`}
        aria-describedby="board-help"
        onKeyDown={(e) => onKey(e, app.id)}
        onBlur={(e) => {
          if (e.relatedTarget) onLeave();
        }}
        aria-roledescription="movable card"
        className="cursor-grab touch-none rounded px-1 text-gray-700 dark:text-gray-300"
      >
        ⠿
      </button>
      <CardBody app={app} link />
    </li>
  );
}

function CardBody({ app, link = false }: { app: Application; link?: boolean }) {
  return (
    <div className="min-w-0 flex-1">
      {link ? (
        <Link to={`/applications/${app.id}`} className="block font-medium text-blue-700 underline dark:text-blue-300">
          {app.title}
        </Link>
      ) : (
        <p className="font-medium">{app.title}</p>
      )}
      <p className="truncate text-sm text-gray-800 dark:text-gray-200">{app.company}</p>
      {app.tags.length > 0 && <p className="truncate text-xs text-gray-700 dark:text-gray-300">{app.tags.join(" · ")}</p>}
    </div>
  );
}
