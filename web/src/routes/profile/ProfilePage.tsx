import { useProfile, useSaveProfile } from "../../api/queries";
import { ErrorState, LoadingState } from "../../components/Status";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { ProfileForm } from "./ProfileForm";

/** Settings → Profile: what the matcher knows about the user. */
export function ProfilePage() {
  useDocumentTitle("Profile");
  const profile = useProfile();
  const save = useSaveProfile();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1} className="text-2xl font-bold">
        Profile
      </h1>
      <p className="mt-2 mb-6 max-w-3xl text-gray-700 dark:text-gray-300">
        Matches are ranked against this profile. Every field is optional; the more you fill in, the better the ranking.
      </p>
      {profile.isPending && <LoadingState label="Loading your profile…" />}
      {profile.isError && <ErrorState title="Could not load your profile" error={profile.error} onRetry={() => profile.refetch()} />}
      {profile.data && (
        <ProfileForm
          initial={profile.data}
          onSave={(p) => save.mutateAsync(p)}
        />
      )}
    </section>
  );
}
