import type { ReactNode } from "react";
import { SkipLink } from "./SkipLink";

/** The frame of signed-out pages (login, register): brand header and a centred main. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-screen bg-gray-50 dark:bg-gray-950">
      <SkipLink />
      <header className="px-4 py-4">
        <p className="mx-auto max-w-md text-lg font-bold">Career Copilot</p>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-md px-4 pb-12 outline-none">
        {children}
      </main>
    </div>
  );
}
