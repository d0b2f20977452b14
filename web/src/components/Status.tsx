import type { ReactNode } from "react";
import { ApiError } from "../api/errors";
import { secondaryButtonClass } from "./styles";

/** Shown while data loads; announced politely to screen readers. */
export function LoadingState({ label = "Loading…" }: { label?: string }) {
  return (
    <div role="status" className="flex items-center gap-3 py-8 text-gray-700 dark:text-gray-300">
      <span
        aria-hidden="true"
        className="h-5 w-5 animate-spin rounded-full border-2 border-gray-400 border-t-blue-700 dark:border-t-blue-300"
      />
      <span>{label}</span>
    </div>
  );
}

/** Shown when loading failed, with the API's title and an optional retry. */
export function ErrorState({ error, onRetry, title = "Something went wrong" }: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const message =
    error instanceof ApiError ? error.title + (error.detail ? `: ${error.detail}` : "") : error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="rounded-md border border-red-700 bg-red-50 p-4 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100">
      <p className="font-semibold">{title}</p>
      <p className="mt-1">{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry} className={`${secondaryButtonClass} mt-3`}>
          Try again
        </button>
      )}
    </div>
  );
}

/** Shown when there is nothing to list yet, saying what will appear and how. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-gray-400 p-6 text-center dark:border-gray-600">
      <p className="font-semibold">{title}</p>
      {children && <div className="mt-2 text-gray-700 dark:text-gray-300">{children}</div>}
      {action && <div className="mt-4">{action}</div>}
    </div>
  );
}
