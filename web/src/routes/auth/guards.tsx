import { Navigate, useLocation } from "react-router";
import { useSession } from "../../api/queries";
import { AppLayout } from "../../components/AppLayout";
import { ErrorState, LoadingState } from "../../components/Status";
import { PublicLayout } from "../../components/PublicLayout";
import { ThemeSync } from "../preferences/ThemeSync";
import { afterLoginPath } from "./redirect";
import type { ReactNode } from "react";

/** Renders the signed-in app, or sends signed-out visitors to /login (remembering where they were). */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return (
      <PublicLayout>
        <LoadingState label="Checking your session…" />
      </PublicLayout>
    );
  }
  if (session.isError) {
    return (
      <PublicLayout>
        <h1 className="sr-only">Career Copilot</h1>
        <ErrorState title="Could not check your session" error={session.error} onRetry={() => session.refetch()} />
      </PublicLayout>
    );
  }
  if (!session.data) {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return (
    <>
      <ThemeSync />
      <AppLayout user={session.data} />
    </>
  );
}

/** Shows a signed-out page (login, register) only to visitors without a session. */
export function PublicOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) {
    return (
      <PublicLayout>
        <LoadingState label="Checking your session…" />
      </PublicLayout>
    );
  }
  // Signing in fills the session cache, which lands here too: go where the login page would.
  if (session.data) return <Navigate to={afterLoginPath(location.state)} replace />;
  return <>{children}</>;
}
