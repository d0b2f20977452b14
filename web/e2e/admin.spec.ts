import { expect, test } from "@playwright/test";
import { adminPassword, expectNoAxeViolations, registerViaUI, signInViaUI, uniqueEmail } from "./helpers";

// global-setup creates the admin with `copilot user create --admin`, as an operator would.
test("an admin switches feature flags; a plain user sees no admin page", async ({ page, browser }, testInfo) => {
  const adminEmail = process.env.COPILOT_E2E_ADMIN_EMAIL;
  expect(adminEmail, "global-setup exports COPILOT_E2E_ADMIN_EMAIL").toBeTruthy();
  await signInViaUI(page, adminEmail ?? "", adminPassword);
  const me = await (await page.request.get("/api/v1/auth/me")).json();
  expect(me.role).toBe("admin");

  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Admin" }).click();
  await expect(page).toHaveURL(/\/admin\/flags$/);
  await expect(page.getByRole("heading", { level: 1, name: "Feature flags" })).toBeVisible();
  await expect(page.getByText("These flags live in the database.")).toBeVisible();
  await expectNoAxeViolations(page, testInfo, "admin-flags");

  // The built-in defaults.
  await expect(page.getByRole("checkbox", { name: "Enabled advanced_matching" })).toBeChecked();
  await expect(page.getByRole("spinbutton", { name: "Rollout percentage of advanced_matching" })).toHaveValue("100");
  await expect(page.getByRole("checkbox", { name: "Enabled advanced_analytics" })).not.toBeChecked();
  expect(await (await page.request.get("/api/v1/flags")).json()).toEqual({ advanced_matching: true, advanced_analytics: false });

  // An out-of-range percentage is refused inline, nothing saved.
  const analyticsPct = page.getByRole("spinbutton", { name: "Rollout percentage of advanced_analytics" });
  await page.getByRole("checkbox", { name: "Enabled advanced_analytics" }).check();
  await analyticsPct.fill("150");
  await page.getByRole("button", { name: "Save flags" }).click();
  await expect(analyticsPct).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#flag-advanced_analytics-rollout-error")).toHaveText("must be from 0 to 100");
  expect((await (await page.request.get("/api/v1/flags")).json()).advanced_analytics).toBe(false);
  await expectNoAxeViolations(page, testInfo, "admin-flags-error");

  // Turn analytics on for everyone, add a new flag with the keyboard, save.
  await analyticsPct.fill("100");
  const newName = page.getByLabel("New flag name");
  await newName.fill("beta_inbox");
  await newName.press("Enter");
  await expect(page.getByRole("group", { name: "beta_inbox" })).toBeVisible();
  await page.getByRole("checkbox", { name: "Enabled beta_inbox" }).check();
  await page.getByRole("spinbutton", { name: "Rollout percentage of beta_inbox" }).fill("100");
  await page.getByRole("button", { name: "Save flags" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect(await (await page.request.get("/api/v1/flags")).json()).toEqual({
    advanced_matching: true,
    advanced_analytics: true,
    beta_inbox: true,
  });

  // After a reload the server's copy is shown.
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Enabled beta_inbox" })).toBeChecked();
  await expect(page.getByRole("spinbutton", { name: "Rollout percentage of advanced_analytics" })).toHaveValue("100");

  // At phone width the page fits and stays accessible.
  await page.setViewportSize({ width: 375, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, testInfo, "admin-flags-375");

  // Remove the new flag again so other specs see only the built-ins.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: "Remove beta_inbox" }).click();
  await page.getByRole("checkbox", { name: "Enabled advanced_analytics" }).uncheck();
  await page.getByRole("button", { name: "Save flags" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  expect(await (await page.request.get("/api/v1/flags")).json()).toEqual({ advanced_matching: true, advanced_analytics: false });

  // A plain user: no Admin entry, the page says so, the API answers 403.
  const ctx = await browser.newContext();
  const other = await ctx.newPage();
  await registerViaUI(other, uniqueEmail("plain"));
  await expect(other.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toBeVisible();
  await expect(other.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
  await other.goto("/admin/flags");
  await expect(other.getByText("Only administrators can change feature flags.")).toBeVisible();
  expect((await other.request.get("/api/v1/admin/flags")).status()).toBe(403);
  expect(await (await other.request.get("/api/v1/flags")).json()).toEqual({ advanced_matching: true, advanced_analytics: false });
  await ctx.close();
});
