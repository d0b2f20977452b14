import { PlaceholderPage } from "../../components/PlaceholderPage";

/** Sources: the job boards to pull postings from (not built yet). */
export function SourcesPage() {
  return (
    <PlaceholderPage
      title="Sources"
      summary="The public job boards Career Copilot collects postings from."
      coming={[
        "Add a company's board on Greenhouse, Lever, Ashby, Workable and others",
        "Remote job feeds such as RemoteOK and Remotive",
        "The last fetch time, postings found and any error for each source",
      ]}
    />
  );
}
