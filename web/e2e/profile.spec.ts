import { expect, test } from "@playwright/test";
import { addTags, describedText, expectNoAxeViolations, goodPassword, registerViaUI, tagsOf, uniqueEmail } from "./helpers";

// Every page of the main navigation: each must render its heading, take focus and pass axe.
const navPages = [
  { link: "Matches", path: "/matches" },
  { link: "Search", path: "/search" },
  { link: "Jobs", path: "/jobs" },
  { link: "Applications", path: "/applications" },
  { link: "Resumes", path: "/resumes" },
  { link: "Analytics", path: "/analytics" },
  { link: "Sources", path: "/sources" },
];

test("register, fill every profile field, go dark, and find it all after a reload", async ({ page }, testInfo) => {
  const email = uniqueEmail("profile");

  // Signed out: the guard sends us to the login page.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, "login");

  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/register$/);
  await expectNoAxeViolations(page, testInfo, "register");

  // A weak password: the API's title and its field error show inline.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert")).toContainText("Validation failed");
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  expect(await describedText(page, "#password")).toMatch(/10 characters/);
  await expectNoAxeViolations(page, testInfo, "register-with-errors");

  await registerViaUI(page, email, goodPassword, "Grace Hopper");
  await expect(page.getByTestId("user-email")).toHaveText(email);
  await expectNoAxeViolations(page, testInfo, "dashboard");

  // Settings opens on the profile.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, "profile-empty");

  await page.getByLabel("Full name").fill("Grace Hopper");
  await page.getByLabel("Headline").fill("Compiler engineer");
  await page.getByLabel("Location").fill("Arlington, VA");
  await page.getByLabel("Years of experience").fill("17");
  await page.getByLabel("Seniority").selectOption("principal");
  await addTags(page, "Desired job titles", ["Staff Engineer", "Compiler Engineer"]);
  await addTags(page, "Skills", ["Go", "COBOL", "PostgreSQL"]);
  await addTags(page, "Industries", ["Defense", "Fintech"]);
  await addTags(page, "Dealbreakers", ["unpaid overtime"]);
  await page.getByLabel("Amount").fill("185000");
  await page.getByLabel("Currency").fill("EUR");
  await page.getByLabel("Period").selectOption("year");
  await page.getByLabel("Remote preference").selectOption("hybrid");
  await addTags(page, "Countries you can work in", ["us", "DE"]);
  await page.getByLabel("Willing to relocate").check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profile saved" })).toBeVisible();

  // Preferences: the theme applies at once and is saved.
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Preferences" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Preferences" })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, "preferences");
  await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  await page.getByLabel("Dark").check();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(page.getByRole("status").filter({ hasText: "Theme saved: Dark." })).toBeVisible();
  await page.getByLabel("Job alerts").uncheck();
  await page.getByLabel("Digest email").selectOption("daily");
  await page.getByLabel("Time zone").selectOption("Europe/Berlin");
  await page.getByLabel("Follow up after (days)").fill("14");
  await page.getByRole("button", { name: "Save preferences" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Preferences saved." })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, "preferences-dark");

  // A full reload: everything comes back from the server.
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(page.getByLabel("Dark")).toBeChecked();
  await expect(page.getByLabel("Email notifications")).toBeChecked();
  await expect(page.getByLabel("Job alerts")).not.toBeChecked();
  await expect(page.getByLabel("Digest email")).toHaveValue("daily");
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
  await expect(page.getByLabel("Follow up after (days)")).toHaveValue("14");

  const shot = testInfo.outputPath("preferences-dark.png");
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach("preferences-dark", { path: shot, contentType: "image/png" });

  // A fresh page load of the profile (no client cache) shows every saved field.
  await page.goto("/settings/profile");
  await expect(page.getByLabel("Full name")).toHaveValue("Grace Hopper");
  await expect(page.getByLabel("Headline")).toHaveValue("Compiler engineer");
  await expect(page.getByLabel("Location")).toHaveValue("Arlington, VA");
  await expect(page.getByLabel("Years of experience")).toHaveValue("17");
  await expect(page.getByLabel("Seniority")).toHaveValue("principal");
  expect(await tagsOf(page, "Desired job titles")).toEqual(["Staff Engineer", "Compiler Engineer"]);
  expect(await tagsOf(page, "Skills")).toEqual(["Go", "COBOL", "PostgreSQL"]);
  expect(await tagsOf(page, "Industries")).toEqual(["Defense", "Fintech"]);
  expect(await tagsOf(page, "Dealbreakers")).toEqual(["unpaid overtime"]);
  expect(await tagsOf(page, "Countries you can work in")).toEqual(["US", "DE"]);
  await expect(page.getByLabel("Amount")).toHaveValue("185000");
  await expect(page.getByLabel("Currency")).toHaveValue("EUR");
  await expect(page.getByLabel("Period")).toHaveValue("year");
  await expect(page.getByLabel("Remote preference")).toHaveValue("hybrid");
  await expect(page.getByLabel("Willing to relocate")).toBeChecked();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expectNoAxeViolations(page, testInfo, "profile-filled-dark");

  const profileShot = testInfo.outputPath("profile-dark.png");
  await page.screenshot({ path: profileShot, fullPage: true });
  await testInfo.attach("profile-dark", { path: profileShot, contentType: "image/png" });

  // The dashboard now counts the profile as complete.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByText("100% complete")).toBeVisible();
  await expectNoAxeViolations(page, testInfo, "dashboard-dark");

  for (const p of navPages) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: p.link }).click();
    await expect(page).toHaveURL(new RegExp(`${p.path}$`));
    const h1 = page.getByRole("heading", { level: 1, name: p.link });
    await expect(h1).toBeVisible();
    await expect(h1).toBeFocused();
    await expectNoAxeViolations(page, testInfo, `page-${p.link.toLowerCase()}`);
  }
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, "not-found");

  // Log out, fail a login, then sign in and land on the dashboard.
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/settings/profile");
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("Wrong-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("Invalid email or password");
  await expectNoAxeViolations(page, testInfo, "login-with-error");
  await page.getByLabel("Password").fill(goodPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Sent to /login from the profile page, so the guard returns us there.
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await expect(page.getByLabel("Full name")).toHaveValue("Grace Hopper");
});

test("signing in from the login page lands on the dashboard", async ({ page }) => {
  const email = uniqueEmail("login");
  await registerViaUI(page, email);
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(goodPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("user-email")).toHaveText(email);
});
