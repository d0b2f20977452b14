import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

/** A password the contract's policy accepts (≥ 10 chars, mixed classes). */
export const goodPassword = "Correct-Horse-42";

/** The password of the admin account global-setup creates with `copilot user create --admin`. */
export const adminPassword = "Admin-Horse-4242";

/** Signs in through the UI and waits for the dashboard. */
export async function signInViaUI(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}

/** A fresh address per call so runs never collide on the same data dir. */
export function uniqueEmail(tag: string): string {
  return `e2e-${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** Registers through the UI and waits for the dashboard. */
export async function registerViaUI(page: Page, email: string, password = goodPassword, fullName = ""): Promise<void> {
  await page.goto("/register");
  await expect(page.getByRole("heading", { level: 1, name: "Create your account" })).toBeVisible();
  if (fullName) await page.getByLabel("Full name (optional)").fill(fullName);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}

/** Runs axe-core on the current page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(" ")} — ${n.failureSummary}`).join("\n"),
  );
  if (summary.length > 0) {
    await testInfo.attach(`axe-${name}.json`, { body: JSON.stringify(results.violations, null, 2), contentType: "application/json" });
  }
  expect(summary, `axe violations on ${name}`).toEqual([]);
}

/** The text of the elements an input's aria-describedby points at. */
export async function describedText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" | "),
  );
}

/** Adds tags to a TagInput by typing each and pressing Enter. */
export async function addTags(page: Page, label: string, tags: string[]): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  for (const t of tags) {
    await box.fill(t);
    await box.press("Enter");
  }
}

/** The tags shown for a TagInput, in order. */
export async function tagsOf(page: Page, label: string): Promise<string[]> {
  const items = page.getByRole("list", { name: new RegExp(`^${label}: \\d+ added$`) }).getByRole("listitem");
  return (await items.locator("span").allTextContents()).filter((t) => t !== "×");
}
