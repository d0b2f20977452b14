import type { Theme } from "../api/types";

/** localStorage key read by public/theme-init.js before first paint. */
export const THEME_STORAGE_KEY = "copilot_theme";

const darkQuery = "(prefers-color-scheme: dark)";

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(darkQuery).matches;
}

/** Returns the theme stored for first paint, "system" when none is stored. */
export function storedTheme(): Theme {
  try {
    const v = window.localStorage.getItem(THEME_STORAGE_KEY);
    if (v === "light" || v === "dark" || v === "system") return v;
  } catch {
    // Storage may be disabled; fall through to the default.
  }
  return "system";
}

/** Resolves a theme to the colour scheme actually shown. */
export function resolveTheme(theme: Theme): "light" | "dark" {
  if (theme === "system") return systemPrefersDark() ? "dark" : "light";
  return theme;
}

let unwatch: (() => void) | undefined;

function paint(theme: Theme): void {
  const dark = resolveTheme(theme) === "dark";
  const root = document.documentElement;
  root.classList.toggle("dark", dark);
  root.style.colorScheme = dark ? "dark" : "light";
}

/**
 * Shows the theme at once (class `dark` on <html>), remembers it for the next
 * first paint, and for "system" keeps following the OS setting as it changes.
 */
export function applyTheme(theme: Theme): void {
  unwatch?.();
  unwatch = undefined;
  paint(theme);
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Not fatal: the server copy still applies after sign-in.
  }
  if (theme === "system" && typeof window.matchMedia === "function") {
    const mql = window.matchMedia(darkQuery);
    const onChange = () => paint("system");
    mql.addEventListener("change", onChange);
    unwatch = () => mql.removeEventListener("change", onChange);
  }
}
