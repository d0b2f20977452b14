import { Link } from "react-router";
import { linkClass } from "../components/styles";
import { useDocumentTitle } from "../components/useDocumentTitle";

/** Shown for an unknown address inside the app. */
export function NotFoundPage() {
  useDocumentTitle("Page not found");
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1} className="text-2xl font-bold">
        Page not found
      </h1>
      <p className="mt-2">
        There is nothing at this address.{" "}
        <Link to="/dashboard" className={linkClass}>
          Go to the dashboard
        </Link>
        .
      </p>
    </section>
  );
}
