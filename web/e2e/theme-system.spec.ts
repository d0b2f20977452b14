import { expect, test } from "@playwright/test";
import { registerViaUI, uniqueEmail } from "./helpers";

test("the default system theme follows prefers-color-scheme, live", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await registerViaUI(page, uniqueEmail("system-theme"));
  await page.goto("/settings/preferences");
  await expect(page.getByLabel("Match my system")).toBeChecked();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);

  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);

  // An explicit Light stays light even when the system turns dark, also after a reload.
  await page.getByLabel("Light").check();
  await expect(page.getByRole("status").filter({ hasText: "Theme saved: Light." })).toBeVisible();
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(page.getByLabel("Light")).toBeChecked();
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
});

test("registering a taken email shows the API's conflict on the email field", async ({ page }) => {
  const email = uniqueEmail("dup");
  await registerViaUI(page, email);
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/register");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("Another-pass-77");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert")).toContainText("Email already registered");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#email-error")).toHaveText("is already registered");
  await expect(page).toHaveURL(/\/register$/);
});
