import { PlaceholderPage } from "../../components/PlaceholderPage";

/** Applications: the tracker board (not built yet). */
export function ApplicationsPage() {
  return (
    <PlaceholderPage
      title="Applications"
      summary="Every application you are tracking, from saved to offer."
      coming={[
        "A board of stages you can move applications through",
        "Notes, contacts and interview dates on each application",
        "Follow-up reminders after the number of days set in your preferences",
      ]}
    />
  );
}
