import { useState } from "react";
import { Link } from "react-router";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../../api/errors";
import { buttonClass } from "../../components/styles";
import { createApplication, listApplications } from "./api";
import type { ApplicationInput } from "./schema";

/** Props of TrackButton: a posting id, plus its details when the server cannot look the posting up. */
export interface TrackButtonProps {
  postingId: string;
  company?: string;
  title?: string;
  url?: string;
  location?: string;
  /** Accessible name of the posting, e.g. "Backend Engineer at Acme". */
  label?: string;
}

/** One click creates an application (stage "saved") for a posting and links to it. Drop it on posting and match pages. */
export function TrackButton({ postingId, company, title, url, location, label }: TrackButtonProps) {
  const qc = useQueryClient();
  const [state, setState] = useState<{ id?: string; error?: string; busy?: boolean }>({});
  // Every button on a page shares this one list, so a posting tracked earlier shows as tracked.
  const apps = useQuery({ queryKey: ["applications", "all"], queryFn: ({ signal }) => listApplications({}, signal), staleTime: 30_000 });
  const trackedId = state.id ?? apps.data?.find((a) => a.posting_id === postingId)?.id;
  if (trackedId) {
    return (
      <Link to={`/applications/${trackedId}`} className="font-medium text-green-800 underline dark:text-green-300">
        Tracked — open application
      </Link>
    );
  }
  const track = async () => {
    setState({ busy: true });
    const input: ApplicationInput = { posting_id: postingId, origin: "page" };
    if (company) Object.assign(input, { company, title: title ?? "", url: url ?? "", location: location ?? "" });
    try {
      const app = await createApplication(input);
      setState({ id: app.id });
      void qc.invalidateQueries({ queryKey: ["applications"] });
    } catch (err) {
      setState({ error: err instanceof ApiError ? err.title : "Could not track" });
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className={buttonClass} onClick={track} disabled={state.busy} aria-label={label ? `Track ${label}` : undefined}>
        {state.busy ? "Tracking…" : "Track"}
      </button>
      {state.error && <span role="alert" className="text-sm text-red-700 dark:text-red-300">{state.error}</span>}
    </span>
  );
}
