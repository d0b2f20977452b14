import { useRef, useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Resume } from "../../api/types";
import { ErrorState, LoadingState } from "../../components/Status";
import { buttonClass, hintClass, labelClass, secondaryButtonClass } from "../../components/styles";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { acceptSuggestions, deleteResume, listResumes, makePrimary, uploadResume } from "../matches/api";
import { plural } from "../../components/plural";

/** Resumes: upload (PDF, DOCX, text, Markdown, JSON Resume), review what was read, accept profile suggestions. */
export function ResumesPage() {
  useDocumentTitle("Resumes");
  const qc = useQueryClient();
  const list = useQuery({ queryKey: ["resumes"], queryFn: ({ signal }) => listResumes(signal) });
  const fileRef = useRef<HTMLInputElement>(null);
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ["resumes"] });
    void qc.invalidateQueries({ queryKey: ["matches"] });
    void qc.invalidateQueries({ queryKey: ["skill-gap"] });
  };
  const upload = useMutation({ mutationFn: uploadResume, onSuccess: refresh });
  return (
    <div className="space-y-6">
      <header>
        <h1 id="page-title" tabIndex={-1} className="text-2xl font-bold">Resumes</h1>
        <p className="mt-1 text-gray-700 dark:text-gray-300">Your primary resume is what matching reads. Nothing is shared.</p>
      </header>
      <form
        className="space-y-2 rounded-md border border-gray-300 p-4 dark:border-gray-600"
        onSubmit={(e) => {
          e.preventDefault();
          const f = fileRef.current?.files?.[0];
          if (f) upload.mutate(f);
        }}
      >
        <label htmlFor="resume-file" className={labelClass}>Resume file</label>
        <input id="resume-file" ref={fileRef} type="file" aria-describedby="resume-hint" className="block text-sm" />
        <p id="resume-hint" className={hintClass}>PDF, DOCX, plain text, Markdown or JSON Resume, up to 10 MB.</p>
        <button type="submit" className={buttonClass} disabled={upload.isPending}>
          {upload.isPending ? "Reading…" : "Upload"}
        </button>
        {upload.error && <ErrorState error={upload.error} title="The resume could not be read" />}
        {upload.data && <p role="status">Read {upload.data.filename}: {plural(upload.data.parsed.experience.length, "position")}, {plural(upload.data.parsed.evidence.length, "skill")}.</p>}
      </form>
      {list.isPending && <LoadingState label="Loading resumes…" />}
      {list.error && <ErrorState error={list.error} />}
      {list.data?.resumes.map((r) => <ResumeCard key={r.id} r={r} onChange={refresh} />)}
    </div>
  );
}

function ResumeCard({ r, onChange }: { r: Resume; onChange: () => void }) {
  const [skills, setSkills] = useState<string[]>(r.suggestions.skills);
  const [titles, setTitles] = useState<string[]>(r.suggestions.titles);
  const [years, setYears] = useState(r.suggestions.years_experience !== null);
  const primary = useMutation({ mutationFn: () => makePrimary(r.id), onSuccess: onChange });
  const del = useMutation({ mutationFn: () => deleteResume(r.id), onSuccess: onChange });
  const accept = useMutation({ mutationFn: () => acceptSuggestions(r.id, { skills, titles, years_experience: years }), onSuccess: onChange });
  const toggle = (list: string[], set: (v: string[]) => void, v: string) => set(list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const hasSuggestions = r.suggestions.skills.length + r.suggestions.titles.length > 0 || r.suggestions.years_experience !== null;
  const headingId = `resume-${r.id}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-md border border-gray-300 p-4 dark:border-gray-600">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="text-lg font-semibold">{r.filename}</h2>
        {r.primary && <span className="rounded-full bg-blue-700 px-2 py-0.5 text-sm font-medium text-white">Primary</span>}
        <span className="text-sm text-gray-700 dark:text-gray-300">{r.format}, {new Date(r.created_at).toLocaleDateString()}</span>
        <div className="ml-auto flex gap-2">
          {!r.primary && <button type="button" className={secondaryButtonClass} onClick={() => primary.mutate()}>Make primary</button>}
          <button type="button" className={secondaryButtonClass} onClick={() => del.mutate()}>Delete<span className="sr-only"> {r.filename}</span></button>
        </div>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="font-semibold">Experience ({r.parsed.years_experience} years)</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {r.parsed.experience.map((j, i) => (
              <li key={i}>
                <span className="font-medium">{j.title}</span>{j.company ? `, ${j.company}` : ""} <span className="text-gray-700 dark:text-gray-300">{j.start}–{j.current ? "now" : j.end}</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3 className="font-semibold">Skills read</h3>
          <ul className="mt-1 flex flex-wrap gap-1 text-sm" aria-label="Skills read">
            {r.parsed.evidence.map((e) => (
              <li key={e.skill} className="rounded bg-gray-100 px-2 py-0.5 text-gray-900 dark:bg-gray-800 dark:text-gray-100" title={e.line}>
                {e.skill}{e.evidenced ? " ✓" : ""}
              </li>
            ))}
          </ul>
          <p className={hintClass}>✓ shown in experience or projects, not only listed.</p>
        </div>
      </div>
      {hasSuggestions && (
        <fieldset className="space-y-2">
          <legend className="font-semibold">Suggested profile updates</legend>
          {r.suggestions.titles.map((t) => (
            <label key={t} className="mr-3 inline-flex items-center gap-1 text-sm">
              <input type="checkbox" checked={titles.includes(t)} onChange={() => toggle(titles, setTitles, t)} /> Title: {t}
            </label>
          ))}
          {r.suggestions.years_experience !== null && (
            <label className="mr-3 inline-flex items-center gap-1 text-sm">
              <input type="checkbox" checked={years} onChange={() => setYears(!years)} /> Years of experience: {r.suggestions.years_experience}
            </label>
          )}
          <div className="flex flex-wrap gap-x-3 gap-y-1">
            {r.suggestions.skills.map((s) => (
              <label key={s} className="inline-flex items-center gap-1 text-sm">
                <input type="checkbox" checked={skills.includes(s)} onChange={() => toggle(skills, setSkills, s)} /> {s}
              </label>
            ))}
          </div>
          <button type="button" className={buttonClass} onClick={() => accept.mutate()} disabled={accept.isPending}>Accept selected</button>
          {accept.error && <ErrorState error={accept.error} />}
        </fieldset>
      )}
      {accept.isSuccess && <p role="status">Profile updated.</p>}
    </section>
  );
}
