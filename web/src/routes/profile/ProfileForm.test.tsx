import { describe, expect, it, vi } from "vitest";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../../api/errors";
import type { Profile, ProfileInput } from "../../api/types";
import { ProfileForm } from "./ProfileForm";

const empty: Profile = {
  full_name: "",
  headline: "",
  location: "",
  years_experience: 0,
  desired_titles: [],
  skills: [],
  seniority: "",
  salary_floor: null,
  remote_preference: "any",
  willing_to_relocate: false,
  work_countries: [],
  industries: [],
  dealbreakers: [],
  updated_at: null,
};

function describedText(el: HTMLElement): string {
  return (el.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? `<missing #${id}>`)
    .join(" | ");
}

describe("ProfileForm", () => {
  it("shows each API field error inline, linked by aria-describedby, with the problem title", async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async (): Promise<Profile> => {
      throw new ApiError({
        status: 422,
        title: "Validation failed",
        fieldErrors: {
          years_experience: "must be between 0 and 70",
          "salary_floor.currency": "must be a 3-letter ISO 4217 code",
          "work_countries[1]": "must be an ISO 3166 alpha-2 code",
          nickname: "unknown field",
        },
      });
    });
    render(<ProfileForm initial={empty} onSave={onSave} />);
    await user.click(screen.getByRole("button", { name: "Save profile" }));

    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Validation failed");
    expect(alert.textContent).toContain("nickname: unknown field");

    const years = screen.getByLabelText("Years of experience");
    expect(years.getAttribute("aria-invalid")).toBe("true");
    expect(describedText(years)).toBe("must be between 0 and 70");

    const currency = screen.getByLabelText("Currency");
    expect(currency.getAttribute("aria-invalid")).toBe("true");
    expect(describedText(currency)).toBe("3-letter code, e.g. USD, EUR. | must be a 3-letter ISO 4217 code");

    const countries = screen.getByLabelText("Countries you can work in");
    expect(countries.getAttribute("aria-invalid")).toBe("true");
    expect(describedText(countries)).toContain("must be an ISO 3166 alpha-2 code");

    const name = screen.getByLabelText("Full name");
    expect(name.getAttribute("aria-invalid")).toBeNull();
    expect(name.getAttribute("aria-describedby")).toBeNull();
    expect(screen.queryByText(/Profile saved/)).toBeNull();
  });

  it("sends every field as typed and confirms the save", async () => {
    const user = userEvent.setup();
    let sent: ProfileInput | undefined;
    const onSave = vi.fn(async (p: ProfileInput): Promise<Profile> => {
      sent = p;
      return { ...p, updated_at: "2026-01-02T03:04:05Z" };
    });
    render(<ProfileForm initial={empty} onSave={onSave} />);
    await user.type(screen.getByLabelText("Full name"), "Ada Lovelace");
    await user.type(screen.getByLabelText("Headline"), "Analyst");
    await user.type(screen.getByLabelText("Location"), "London");
    await user.clear(screen.getByLabelText("Years of experience"));
    await user.type(screen.getByLabelText("Years of experience"), "12");
    await user.selectOptions(screen.getByLabelText("Seniority"), "principal");
    await user.type(screen.getByLabelText("Desired job titles"), "Staff Engineer{Enter}");
    await user.type(screen.getByLabelText("Skills"), "Go,SQL,");
    await user.type(screen.getByLabelText("Industries"), "Fintech{Enter}");
    await user.type(screen.getByLabelText("Dealbreakers"), "crypto{Enter}");
    await user.type(screen.getByLabelText("Amount"), "95000");
    await user.clear(screen.getByLabelText("Currency"));
    await user.type(screen.getByLabelText("Currency"), "eur");
    await user.selectOptions(screen.getByLabelText("Period"), "month");
    await user.selectOptions(screen.getByLabelText("Remote preference"), "hybrid");
    await user.type(screen.getByLabelText("Countries you can work in"), "de{Enter}gb{Enter}");
    await user.click(screen.getByLabelText("Willing to relocate"));
    await user.click(screen.getByRole("button", { name: "Save profile" }));

    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^Profile saved at /));
    expect(sent).toEqual({
      full_name: "Ada Lovelace",
      headline: "Analyst",
      location: "London",
      years_experience: 12,
      desired_titles: ["Staff Engineer"],
      skills: ["Go", "SQL"],
      seniority: "principal",
      salary_floor: { amount: 95000, currency: "EUR", period: "month" },
      remote_preference: "hybrid",
      willing_to_relocate: true,
      work_countries: ["DE", "GB"],
      industries: ["Fintech"],
      dealbreakers: ["crypto"],
    });
  });

  it("sends a null salary floor after Clear salary floor", async () => {
    const user = userEvent.setup();
    let sent: ProfileInput | undefined;
    const initial: Profile = { ...empty, salary_floor: { amount: 40, currency: "GBP", period: "hour" } };
    render(
      <ProfileForm
        initial={initial}
        onSave={async (p) => {
          sent = p;
          return { ...p, updated_at: null };
        }}
      />,
    );
    expect((screen.getByLabelText("Amount") as HTMLInputElement).value).toBe("40");
    await user.click(screen.getByRole("button", { name: "Clear salary floor" }));
    expect((screen.getByLabelText("Currency") as HTMLInputElement).value).toBe("USD");
    await user.click(screen.getByRole("button", { name: "Save profile" }));
    await waitFor(() => expect(sent?.salary_floor).toBeNull());
  });
});
