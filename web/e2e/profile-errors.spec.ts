import { expect, test } from "@playwright/test";
import { describedText, expectNoAxeViolations, registerViaUI, uniqueEmail } from "./helpers";

test("a bad profile value shows the API's field error inline and saves nothing", async ({ page }, testInfo) => {
  await registerViaUI(page, uniqueEmail("bad-profile"));
  await page.goto("/settings/profile");
  await page.getByLabel("Headline").fill("Should not be saved");
  await page.getByLabel("Years of experience").fill("200");
  await page.getByLabel("Amount").fill("1000");
  await page.getByLabel("Currency").fill("E1");
  await page.getByRole("button", { name: "Save profile" }).click();

  await expect(page.getByRole("alert")).toContainText("Validation failed");
  const years = page.getByLabel("Years of experience");
  await expect(years).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#years_experience-error")).toBeVisible();
  const yearsMessage = await describedText(page, "#years_experience");
  expect(yearsMessage.length).toBeGreaterThan(0);
  expect(yearsMessage).toContain("70");
  await expect(page.getByLabel("Currency")).toHaveAttribute("aria-invalid", "true");
  expect(await describedText(page, "#salary_currency")).toMatch(/3-letter code, e\.g\. USD, EUR\. \| .+/);
  // Fields the API did not complain about stay unmarked.
  await expect(page.getByLabel("Headline")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("status").filter({ hasText: "Profile saved" })).toHaveCount(0);
  await expectNoAxeViolations(page, testInfo, "profile-with-errors");

  const shot = testInfo.outputPath("profile-errors.png");
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach("profile-errors", { path: shot, contentType: "image/png" });

  // Nothing partial was saved.
  await page.reload();
  await expect(page.getByLabel("Headline")).toHaveValue("");
  await expect(page.getByLabel("Years of experience")).toHaveValue("0");
  await expect(page.getByLabel("Amount")).toHaveValue("");
});
