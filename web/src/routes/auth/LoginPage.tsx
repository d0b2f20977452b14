import { Link, useLocation, useNavigate } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { login } from "../../api/endpoints";
import { queryKeys } from "../../api/queries";
import { PublicLayout } from "../../components/PublicLayout";
import { linkClass } from "../../components/styles";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { AuthForm } from "./AuthForm";
import { afterLoginPath } from "./redirect";

/** The sign-in page. */
export function LoginPage() {
  useDocumentTitle("Sign in");
  const navigate = useNavigate();
  const location = useLocation();
  const qc = useQueryClient();
  return (
    <PublicLayout>
      <AuthForm
        title="Sign in"
        submitLabel="Sign in"
        busyLabel="Signing in…"
        fields={[
          { name: "email", label: "Email", type: "email", autoComplete: "username", required: true },
          { name: "password", label: "Password", type: "password", autoComplete: "current-password", required: true },
        ]}
        onSubmit={async (v) => {
          const user = await login({ email: v.email ?? "", password: v.password ?? "" });
          qc.setQueryData(queryKeys.me, user);
          navigate(afterLoginPath(location.state), { replace: true });
        }}
        footer={
          <p>
            New here?{" "}
            <Link to="/register" className={linkClass}>
              Create an account
            </Link>
          </p>
        }
      />
    </PublicLayout>
  );
}
