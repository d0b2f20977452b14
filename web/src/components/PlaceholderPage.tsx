import type { ReactNode } from "react";
import { useDocumentTitle } from "./useDocumentTitle";

/** Props of PlaceholderPage. */
export interface PlaceholderPageProps {
  title: string;
  summary: string;
  /** What the finished page will offer, one line each. */
  coming: string[];
  children?: ReactNode;
}

/** A page for a feature not built yet: a real heading and what will come. */
export function PlaceholderPage({ title, summary, coming, children }: PlaceholderPageProps) {
  useDocumentTitle(title);
  return (
    <section aria-labelledby="page-title" className="max-w-3xl">
      <h1 id="page-title" tabIndex={-1} className="text-2xl font-bold">
        {title}
      </h1>
      <p className="mt-2 text-gray-700 dark:text-gray-300">{summary}</p>
      <div className="mt-6 rounded-lg border border-dashed border-gray-400 p-6 dark:border-gray-600">
        <h2 className="font-semibold">Coming soon</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-gray-700 dark:text-gray-300">
          {coming.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </div>
      {children}
    </section>
  );
}
