import { Link } from "react-router";
import { useQuery } from "@tanstack/react-query";
import { useProfile } from "../../api/queries";
import { linkClass } from "../../components/styles";
import { listResumes } from "./api";

/**
 * Asks for skills, desired titles or a resume when the matcher has none of them, since the
 * ranking then reads only the postings' text and recency; shown only once both have loaded.
 */
export function ProfilePrompt() {
  const profile = useProfile();
  const resumes = useQuery({ queryKey: ["resumes"], queryFn: ({ signal }) => listResumes(signal) });
  if (!profile.data || !resumes.data) return null;
  const p = profile.data;
  if (p.skills.length > 0 || p.desired_titles.length > 0 || resumes.data.resumes.length > 0) return null;
  return (
    <section aria-labelledby="profile-prompt-title" className="rounded-md border border-blue-700 bg-blue-50 p-4 text-blue-950 dark:border-blue-300 dark:bg-blue-950 dark:text-blue-50">
      <h2 id="profile-prompt-title" className="font-semibold">Tell us what you are looking for</h2>
      <p className="mt-1">
        Add your skills and desired titles on the <Link to="/settings/profile" className={linkClass}>profile page</Link>, or{" "}
        <Link to="/resumes" className={linkClass}>upload a resume</Link>, to get ranked matches. Until then the order below means little.
      </p>
    </section>
  );
}
