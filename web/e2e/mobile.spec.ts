import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, registerViaUI, uniqueEmail } from "./helpers";

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

test("on a 375px phone the navigation folds into a working menu", async ({ page }, testInfo) => {
  await registerViaUI(page, uniqueEmail("phone"));
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = page.getByRole("button", { name: "Menu" });

  await expect(nav).toBeHidden();
  await expect(menu).toBeVisible();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expectNoAxeViolations(page, testInfo, "phone-dashboard");

  // No sideways scrolling at phone width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await menu.click();
  const close = page.getByRole("button", { name: "Close menu" });
  await expect(close).toHaveAttribute("aria-expanded", "true");
  await expect(nav).toBeVisible();
  const links = (await nav.getByRole("link").allTextContents()).filter((t) => t !== "Admin");
  expect(links).toEqual(["Dashboard", "Matches", "Search", "Jobs", "Applications", "Resumes", "Analytics", "Alerts", "Sources", "Settings"]);
  for (const link of await nav.getByRole("link").all()) await expect(link).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page, testInfo, "phone-menu-open");
  const shot = testInfo.outputPath("phone-menu.png");
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach("phone-menu", { path: shot, contentType: "image/png" });

  // Choosing a page navigates and folds the menu again.
  await nav.getByRole("link", { name: "Jobs" }).click();
  await expect(page).toHaveURL(/\/jobs$/);
  await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();
  await expect(nav).toBeHidden();

  // Escape closes an open menu and returns focus to its button.
  await menu.click();
  await expect(nav).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();

  // Keyboard: the first Tab reaches the skip link, which jumps to main.
  await page.goto("/settings/preferences");
  await expect(page.getByRole("heading", { level: 1, name: "Preferences" })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();
});
