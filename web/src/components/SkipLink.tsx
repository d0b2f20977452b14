/** The first focusable element of every page: jumps past the header to #main. */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="sr-only rounded-md bg-blue-700 px-4 py-2 font-medium text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
    >
      Skip to main content
    </a>
  );
}
