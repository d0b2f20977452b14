import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Preferences } from "../../api/types";
import { applyTheme } from "../../theme/theme";
import { PreferencesForm } from "./PreferencesForm";

const prefs: Preferences = {
  email_notifications: true,
  job_alerts: true,
  theme: "light",
  digest_frequency: "weekly",
  timezone: "UTC",
  follow_up_days: 7,
};

afterEach(() => applyTheme("light"));

describe("PreferencesForm theme", () => {
  it("applies the picked theme before the save answers, then saves it alone", async () => {
    const user = userEvent.setup();
    let release: (p: Preferences) => void = () => {};
    const onThemeChange = vi.fn(() => new Promise<Preferences>((r) => (release = r)));
    render(<PreferencesForm initial={prefs} onThemeChange={onThemeChange} onSave={vi.fn()} />);
    expect(document.documentElement.classList.contains("dark")).toBe(false);

    await user.click(screen.getByLabelText("Dark"));
    expect(document.documentElement.classList.contains("dark")).toBe(true);
    expect(window.localStorage.getItem("copilot_theme")).toBe("dark");
    expect(onThemeChange).toHaveBeenCalledWith("dark");
    expect(screen.getByRole("status").textContent).toBe("");

    release({ ...prefs, theme: "dark" });
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Theme saved: Dark."));
  });

  it("saves the other fields with the chosen theme and shows a follow_up_days error inline", async () => {
    const user = userEvent.setup();
    const { ApiError } = await import("../../api/errors");
    const onSave = vi.fn(async (): Promise<Preferences> => {
      throw new ApiError({ status: 422, title: "Validation failed", fieldErrors: { follow_up_days: "must be between 1 and 90" } });
    });
    render(<PreferencesForm initial={prefs} onThemeChange={vi.fn()} onSave={onSave} />);
    await user.click(screen.getByLabelText("Job alerts"));
    await user.selectOptions(screen.getByLabelText("Digest email"), "daily");
    await user.selectOptions(screen.getByLabelText("Time zone"), "Europe/Berlin");
    await user.clear(screen.getByLabelText("Follow up after (days)"));
    await user.type(screen.getByLabelText("Follow up after (days)"), "120");
    await user.click(screen.getByRole("button", { name: "Save preferences" }));
    expect(onSave).toHaveBeenCalledWith({
      email_notifications: true,
      job_alerts: false,
      theme: "light",
      digest_frequency: "daily",
      timezone: "Europe/Berlin",
      follow_up_days: 120,
    });
    const days = screen.getByLabelText("Follow up after (days)");
    await waitFor(() => expect(days.getAttribute("aria-invalid")).toBe("true"));
    expect(document.getElementById("follow_up_days-error")?.textContent).toBe("must be between 1 and 90");
    expect((await screen.findByRole("alert")).textContent).toContain("Validation failed");
  });
});
