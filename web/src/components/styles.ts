/** Shared Tailwind class lists so every form control looks and focuses alike. */
export const inputClass =
  "block w-full rounded-md border border-gray-400 bg-white px-3 py-2 text-gray-900 shadow-sm " +
  "aria-[invalid=true]:border-red-700 dark:border-gray-500 dark:bg-gray-900 dark:text-gray-100 " +
  "dark:aria-[invalid=true]:border-red-400";

/** Primary action button. */
export const buttonClass =
  "inline-flex items-center justify-center rounded-md bg-blue-700 px-4 py-2 font-medium text-white " +
  "hover:bg-blue-800 disabled:cursor-not-allowed disabled:opacity-70";

/** Secondary (outlined) button. */
export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded-md border border-gray-400 px-3 py-2 text-sm font-medium " +
  "text-gray-900 hover:bg-gray-100 dark:border-gray-500 dark:text-gray-100 dark:hover:bg-gray-800";

/** Field label. */
export const labelClass = "block text-sm font-medium text-gray-900 dark:text-gray-100";

/** Helper text under a field. */
export const hintClass = "mt-1 text-sm text-gray-700 dark:text-gray-300";

/** Inline error text under a field. */
export const errorTextClass = "mt-1 text-sm font-medium text-red-700 dark:text-red-300";

/** Text link. */
export const linkClass = "font-medium text-blue-700 underline hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-200";
