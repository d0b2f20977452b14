import { NavLink, Outlet } from "react-router";

const tabClass = ({ isActive }: { isActive: boolean }) =>
  "rounded-md px-3 py-2 font-medium " +
  (isActive
    ? "bg-blue-100 text-blue-950 dark:bg-blue-950 dark:text-blue-100"
    : "text-gray-800 hover:bg-gray-100 dark:text-gray-200 dark:hover:bg-gray-800");

/** Settings sub-pages (Profile, Preferences), with their own small navigation. */
export function SettingsLayout() {
  return (
    <div>
      <nav aria-label="Settings" className="mb-6 border-b border-gray-300 pb-3 dark:border-gray-700">
        <p className="mb-2 text-sm font-semibold text-gray-700 uppercase dark:text-gray-300">Settings</p>
        <ul className="flex flex-wrap gap-2">
          <li>
            <NavLink to="/settings/profile" className={tabClass}>
              Profile
            </NavLink>
          </li>
          <li>
            <NavLink to="/settings/preferences" className={tabClass}>
              Preferences
            </NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
