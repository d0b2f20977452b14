import { useEffect, useRef, useState } from "react";
import { NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { logout } from "../api/endpoints";
import { resetCsrf } from "../api/client";
import type { User } from "../api/types";
import { secondaryButtonClass } from "./styles";
import { SkipLink } from "./SkipLink";
import { NotificationBell } from "../routes/alerts/NotificationBell";

/** Main navigation entries, in menu order. */
export const navItems = [
  { to: "/dashboard", label: "Dashboard" },
  { to: "/matches", label: "Matches" },
  { to: "/search", label: "Search" },
  { to: "/jobs", label: "Jobs" },
  { to: "/applications", label: "Applications" },
  { to: "/resumes", label: "Resumes" },
  { to: "/analytics", label: "Analytics" },
  { to: "/alerts", label: "Alerts" },
  { to: "/sources", label: "Sources" },
  { to: "/settings", label: "Settings" },
] as const;

/** The entry only admins see, after the others. */
export const adminNavItem = { to: "/admin", label: "Admin" } as const;

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  "block rounded-md px-3 py-2 font-medium " +
  (isActive
    ? "bg-blue-100 text-blue-950 dark:bg-blue-950 dark:text-blue-100"
    : "text-gray-800 hover:bg-gray-100 dark:text-gray-200 dark:hover:bg-gray-800");

/** The signed-in frame: skip link, header with the user and logout, navigation, main. */
export function AppLayout({ user }: { user: User }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const [loggingOut, setLoggingOut] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const menuButton = useRef<HTMLButtonElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page's heading so screen
  // readers announce it; the first load keeps the browser's default focus.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>("#main h1")?.focus();
  }, [location.pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setMenuOpen(false);
        menuButton.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [menuOpen]);

  const onLogout = async () => {
    setLoggingOut(true);
    try {
      await logout();
    } catch {
      // Even if the server call fails, forget the session locally.
    }
    resetCsrf();
    qc.clear();
    qc.setQueryData(["auth", "me"], null);
    navigate("/login", { replace: true });
  };

  return (
    <div className="min-h-screen">
      <SkipLink />
      <header className="border-b border-gray-300 bg-white dark:border-gray-700 dark:bg-gray-900">
        <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-3">
          <button
            ref={menuButton}
            type="button"
            className={`${secondaryButtonClass} md:hidden`}
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {menuOpen ? "Close menu" : "Menu"}
          </button>
          <NavLink to="/dashboard" className="text-lg font-bold text-gray-900 dark:text-gray-100">
            Career Copilot
          </NavLink>
          <div className="ml-auto flex min-w-0 items-center gap-3">
            <NotificationBell />
            <span className="hidden truncate text-sm text-gray-700 sm:inline dark:text-gray-300" data-testid="user-email">
              {user.email}
            </span>
            <button type="button" onClick={onLogout} disabled={loggingOut} className={secondaryButtonClass}>
              {loggingOut ? "Signing out…" : "Log out"}
            </button>
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col md:flex-row">
        <nav
          id="main-nav"
          aria-label="Main"
          className={`${menuOpen ? "block" : "hidden"} border-b border-gray-300 px-4 py-3 md:block md:w-56 md:shrink-0 md:border-r md:border-b-0 dark:border-gray-700`}
        >
          <p className="mb-2 truncate text-sm text-gray-700 sm:hidden dark:text-gray-300">Signed in as {user.email}</p>
          <ul className="space-y-1">
            {(user.role === "admin" ? [...navItems, adminNavItem] : navItems).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} className={navLinkClass}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 outline-none md:px-8">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
