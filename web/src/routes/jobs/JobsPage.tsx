import { PlaceholderPage } from "../../components/PlaceholderPage";

/** Jobs: search over every ingested posting (not built yet). */
export function JobsPage() {
  return (
    <PlaceholderPage
      title="Jobs"
      summary="Every posting collected from your job sources, cleaned into one record per real job."
      coming={[
        "Full-text search over titles, companies and descriptions",
        "Filters for remote, location, seniority, salary and posting date, with counts",
        "A posting page with the cleaned description and a link to apply",
        "Dismiss a posting so it stays hidden after the next import",
      ]}
    />
  );
}
