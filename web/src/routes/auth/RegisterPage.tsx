import { Link, useNavigate } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { register } from "../../api/endpoints";
import { queryKeys } from "../../api/queries";
import { PublicLayout } from "../../components/PublicLayout";
import { linkClass } from "../../components/styles";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { AuthForm } from "./AuthForm";

/** The sign-up page. */
export function RegisterPage() {
  useDocumentTitle("Create account");
  const navigate = useNavigate();
  const qc = useQueryClient();
  return (
    <PublicLayout>
      <AuthForm
        title="Create your account"
        submitLabel="Create account"
        busyLabel="Creating account…"
        fields={[
          { name: "full_name", label: "Full name (optional)", type: "text", autoComplete: "name" },
          { name: "email", label: "Email", type: "email", autoComplete: "email", required: true },
          {
            name: "password",
            label: "Password",
            type: "password",
            autoComplete: "new-password",
            required: true,
            hint: "At least 10 characters, mixing letters with digits or symbols.",
          },
        ]}
        onSubmit={async (v) => {
          const fullName = (v.full_name ?? "").trim();
          const user = await register({
            email: v.email ?? "",
            password: v.password ?? "",
            ...(fullName ? { full_name: fullName } : {}),
          });
          qc.setQueryData(queryKeys.me, user);
          navigate("/dashboard", { replace: true });
        }}
        footer={
          <p>
            Already have an account?{" "}
            <Link to="/login" className={linkClass}>
              Sign in
            </Link>
          </p>
        }
      />
    </PublicLayout>
  );
}
