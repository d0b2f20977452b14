import { PlaceholderPage } from "../../components/PlaceholderPage";

/** Matches: postings ranked against the profile (not built yet). */
export function MatchesPage() {
  return (
    <PlaceholderPage
      title="Matches"
      summary="Postings ranked against your profile and resume, each with a score that explains itself."
      coming={[
        "A ranked list of new and earlier matches",
        "The reasons behind each score: matching skills, title, seniority, salary and location",
        "Dealbreakers that pushed a posting down",
        "One click to start tracking an application",
      ]}
    />
  );
}
