import { PlaceholderPage } from "../../components/PlaceholderPage";

/** Analytics: where the search stands (not built yet). */
export function AnalyticsPage() {
  return (
    <PlaceholderPage
      title="Analytics"
      summary="Where your search stands, from the applications and matches you already have."
      coming={[
        "A funnel from applied to offer, with conversion between stages",
        "Response times by company and by source",
        "Which skills appear most in your best matches",
      ]}
    />
  );
}
