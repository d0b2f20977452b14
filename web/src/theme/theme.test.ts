import { afterEach, describe, expect, it, vi } from "vitest";
import { applyTheme, resolveTheme, storedTheme, THEME_STORAGE_KEY } from "./theme";

type Listener = () => void;

/** A controllable prefers-color-scheme media query. */
function stubSystem(dark: boolean) {
  const listeners = new Set<Listener>();
  const mql = {
    matches: dark,
    media: "(prefers-color-scheme: dark)",
    addEventListener: (_: string, l: Listener) => listeners.add(l),
    removeEventListener: (_: string, l: Listener) => listeners.delete(l),
  };
  vi.stubGlobal("matchMedia", vi.fn(() => mql));
  return {
    set(next: boolean) {
      mql.matches = next;
      listeners.forEach((l) => l());
    },
    listenerCount: () => listeners.size,
  };
}

const isDark = () => document.documentElement.classList.contains("dark");

afterEach(() => {
  applyTheme("light"); // drop any system listener
  vi.unstubAllGlobals();
});

describe("applyTheme", () => {
  it("puts class dark on <html> for dark, removes it for light, and stores the choice", () => {
    stubSystem(false);
    applyTheme("dark");
    expect(isDark()).toBe(true);
    expect(document.documentElement.style.colorScheme).toBe("dark");
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");
    applyTheme("light");
    expect(isDark()).toBe(false);
    expect(document.documentElement.style.colorScheme).toBe("light");
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe("light");
  });

  it("follows prefers-color-scheme for system, including later changes", () => {
    const system = stubSystem(true);
    applyTheme("system");
    expect(isDark()).toBe(true);
    system.set(false);
    expect(isDark()).toBe(false);
    system.set(true);
    expect(isDark()).toBe(true);
  });

  it("stops following the system once an explicit theme is chosen", () => {
    const system = stubSystem(false);
    applyTheme("system");
    expect(system.listenerCount()).toBe(1);
    applyTheme("light");
    expect(system.listenerCount()).toBe(0);
    system.set(true);
    expect(isDark()).toBe(false);
  });

  it("treats a missing matchMedia as a light system", () => {
    vi.stubGlobal("matchMedia", undefined);
    expect(resolveTheme("system")).toBe("light");
    applyTheme("system");
    expect(isDark()).toBe(false);
  });
});

describe("storedTheme", () => {
  it("reads a valid stored value and defaults to system otherwise", () => {
    expect(storedTheme()).toBe("system");
    window.localStorage.setItem(THEME_STORAGE_KEY, "dark");
    expect(storedTheme()).toBe("dark");
    window.localStorage.setItem(THEME_STORAGE_KEY, "purple");
    expect(storedTheme()).toBe("system");
  });
});
