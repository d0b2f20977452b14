import { useEffect } from "react";

/** Sets document.title to "<page> · Career Copilot" while the page is shown. */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = `${page} · Career Copilot`;
  }, [page]);
}
