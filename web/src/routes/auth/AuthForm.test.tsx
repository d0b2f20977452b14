import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../../api/errors";
import { AuthForm } from "./AuthForm";

describe("AuthForm", () => {
  it("shows the API title, marks the named field, and lists errors for fields it lacks", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => {
      throw new ApiError({
        status: 403,
        title: "Invite required",
        fieldErrors: { password: "must be at least 10 characters", invite_code: "is missing, used or expired" },
      });
    });
    render(
      <AuthForm
        title="Create your account"
        submitLabel="Create account"
        busyLabel="Creating…"
        fields={[
          { name: "email", label: "Email", type: "email", autoComplete: "email" },
          { name: "password", label: "Password", type: "password", autoComplete: "new-password" },
        ]}
        onSubmit={onSubmit}
        footer={null}
      />,
    );
    await user.type(screen.getByLabelText("Email"), "a@b.co");
    await user.type(screen.getByLabelText("Password"), "short");
    await user.click(screen.getByRole("button", { name: "Create account" }));

    expect(onSubmit).toHaveBeenCalledWith({ email: "a@b.co", password: "short" });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Invite required");
    expect(alert.textContent).toContain("invite code is missing, used or expired");
    const password = screen.getByLabelText("Password");
    expect(password.getAttribute("aria-invalid")).toBe("true");
    expect(password.getAttribute("aria-describedby")).toBe("password-error");
    expect(document.getElementById("password-error")?.textContent).toBe("must be at least 10 characters");
    expect(screen.getByLabelText("Email").getAttribute("aria-invalid")).toBeNull();
  });
});
