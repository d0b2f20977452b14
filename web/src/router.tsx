import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from "react";
import { Navigate, createBrowserRouter, type RouteObject } from "react-router";
import { PublicOnly, RequireAuth } from "./routes/auth/guards";
import { LoginPage } from "./routes/auth/LoginPage";
import { RegisterPage } from "./routes/auth/RegisterPage";
import { SettingsLayout } from "./routes/settings/SettingsLayout";
import { NotFoundPage } from "./routes/NotFoundPage";

/** Loads a page's code the first time it is shown, so the first screen downloads less. */
function page(load: () => Promise<ComponentType>): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((c) => ({ default: c })));
}

const DashboardPage = page(() => import("./routes/dashboard/DashboardPage").then((m) => m.DashboardPage));
const JobsPage = page(() => import("./routes/jobs/JobsPage").then((m) => m.JobsPage));
const JobPage = page(() => import("./routes/jobs/JobPage").then((m) => m.JobPage));
const MatchesPage = page(() => import("./routes/matches/MatchesPage").then((m) => m.MatchesPage));
const ResumesPage = page(() => import("./routes/resumes/ResumesPage").then((m) => m.ResumesPage));
const SearchPage = page(() => import("./routes/search/SearchPage").then((m) => m.SearchPage));
const ApplicationsPage = page(() => import("./routes/applications/ApplicationsPage").then((m) => m.ApplicationsPage));
const ApplicationPage = page(() => import("./routes/applications/ApplicationPage").then((m) => m.ApplicationPage));
const AnalyticsPage = page(() => import("./routes/analytics/AnalyticsPage").then((m) => m.AnalyticsPage));
const AlertsPage = page(() => import("./routes/alerts/AlertsPage").then((m) => m.AlertsPage));
const SourcesPage = page(() => import("./routes/sources/SourcesPage").then((m) => m.SourcesPage));
const ProfilePage = page(() => import("./routes/profile/ProfilePage").then((m) => m.ProfilePage));
const PreferencesPage = page(() => import("./routes/preferences/PreferencesPage").then((m) => m.PreferencesPage));
const AdminFlagsPage = page(() => import("./routes/admin/AdminFlagsPage").then((m) => m.AdminFlagsPage));

/** Shows a page once its code has loaded. */
function Lazy({ of: Page }: { of: LazyExoticComponent<ComponentType> }) {
  return (
    <Suspense fallback={<p className="p-6 text-sm opacity-70" role="status">Loading…</p>}>
      <Page />
    </Suspense>
  );
}

/** Every UI route; the Go binary answers each with index.html. */
export const routes: RouteObject[] = [
  { path: "/login", element: <PublicOnly><LoginPage /></PublicOnly> },
  { path: "/register", element: <PublicOnly><RegisterPage /></PublicOnly> },
  {
    path: "/",
    element: <RequireAuth />,
    children: [
      { index: true, element: <Navigate to="/dashboard" replace /> },
      { path: "dashboard", element: <Lazy of={DashboardPage} /> },
      { path: "jobs", element: <Lazy of={JobsPage} /> },
      { path: "jobs/:id", element: <Lazy of={JobPage} /> },
      { path: "matches", element: <Lazy of={MatchesPage} /> },
      { path: "resumes", element: <Lazy of={ResumesPage} /> },
      { path: "search", element: <Lazy of={SearchPage} /> },
      { path: "applications", element: <Lazy of={ApplicationsPage} /> },
      { path: "applications/:id", element: <Lazy of={ApplicationPage} /> },
      { path: "analytics", element: <Lazy of={AnalyticsPage} /> },
      { path: "alerts", element: <Lazy of={AlertsPage} /> },
      { path: "sources", element: <Lazy of={SourcesPage} /> },
      {
        path: "settings",
        element: <SettingsLayout />,
        children: [
          { index: true, element: <Navigate to="/settings/profile" replace /> },
          { path: "profile", element: <Lazy of={ProfilePage} /> },
          { path: "preferences", element: <Lazy of={PreferencesPage} /> },
        ],
      },
      { path: "admin", element: <Navigate to="/admin/flags" replace /> },
      { path: "admin/flags", element: <Lazy of={AdminFlagsPage} /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

/** Builds the browser router for the app. */
export function createRouter() {
  return createBrowserRouter(routes);
}
