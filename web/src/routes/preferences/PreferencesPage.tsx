import { usePreferences, useSavePreferences } from "../../api/queries";
import { ErrorState, LoadingState } from "../../components/Status";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { PreferencesForm } from "./PreferencesForm";

/** Settings → Preferences: theme, notifications, time zone, follow-up rhythm. */
export function PreferencesPage() {
  useDocumentTitle("Preferences");
  const prefs = usePreferences();
  const put = useSavePreferences("put");
  const patch = useSavePreferences("patch");
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1} className="mb-6 text-2xl font-bold">
        Preferences
      </h1>
      {prefs.isPending && <LoadingState label="Loading your preferences…" />}
      {prefs.isError && <ErrorState title="Could not load your preferences" error={prefs.error} onRetry={() => prefs.refetch()} />}
      {prefs.data && (
        <PreferencesForm
          initial={prefs.data}
          onThemeChange={(theme) => patch.mutateAsync({ theme })}
          onSave={(p) => put.mutateAsync(p)}
        />
      )}
    </section>
  );
}
