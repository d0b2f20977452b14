import { Navigate, createBrowserRouter, type RouteObject } from "react-router";
import { PublicOnly, RequireAuth } from "./routes/auth/guards";
import { LoginPage } from "./routes/auth/LoginPage";
import { RegisterPage } from "./routes/auth/RegisterPage";
import { DashboardPage } from "./routes/dashboard/DashboardPage";
import { JobsPage } from "./routes/jobs/JobsPage";
import { JobPage } from "./routes/jobs/JobPage";
import { MatchesPage } from "./routes/matches/MatchesPage";
import { ResumesPage } from "./routes/resumes/ResumesPage";
import { SearchPage } from "./routes/search/SearchPage";
import { ApplicationsPage } from "./routes/applications/ApplicationsPage";
import { ApplicationPage } from "./routes/applications/ApplicationPage";
import { AnalyticsPage } from "./routes/analytics/AnalyticsPage";
import { AlertsPage } from "./routes/alerts/AlertsPage";
import { SourcesPage } from "./routes/sources/SourcesPage";
import { SettingsLayout } from "./routes/settings/SettingsLayout";
import { ProfilePage } from "./routes/profile/ProfilePage";
import { PreferencesPage } from "./routes/preferences/PreferencesPage";
import { NotFoundPage } from "./routes/NotFoundPage";
import { AdminFlagsPage } from "./routes/admin/AdminFlagsPage";

/** Every UI route; the Go binary answers each with index.html. */
export const routes: RouteObject[] = [
  { path: "/login", element: <PublicOnly><LoginPage /></PublicOnly> },
  { path: "/register", element: <PublicOnly><RegisterPage /></PublicOnly> },
  {
    path: "/",
    element: <RequireAuth />,
    children: [
      { index: true, element: <Navigate to="/dashboard" replace /> },
      { path: "dashboard", element: <DashboardPage /> },
      { path: "jobs", element: <JobsPage /> },
      { path: "jobs/:id", element: <JobPage /> },
      { path: "matches", element: <MatchesPage /> },
      { path: "resumes", element: <ResumesPage /> },
      { path: "search", element: <SearchPage /> },
      { path: "applications", element: <ApplicationsPage /> },
      { path: "applications/:id", element: <ApplicationPage /> },
      { path: "analytics", element: <AnalyticsPage /> },
      { path: "alerts", element: <AlertsPage /> },
      { path: "sources", element: <SourcesPage /> },
      {
        path: "settings",
        element: <SettingsLayout />,
        children: [
          { index: true, element: <Navigate to="/settings/profile" replace /> },
          { path: "profile", element: <ProfilePage /> },
          { path: "preferences", element: <PreferencesPage /> },
        ],
      },
      { path: "admin", element: <Navigate to="/admin/flags" replace /> },
      { path: "admin/flags", element: <AdminFlagsPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

/** Builds the browser router for the app. */
export function createRouter() {
  return createBrowserRouter(routes);
}
