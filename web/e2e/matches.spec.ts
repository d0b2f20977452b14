import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, registerViaUI, uniqueEmail } from "./helpers";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixtures = process.env.COPILOT_SHARED_FIXTURES ?? resolve(repoRoot, "..", "shared", "fixtures");

/** The data dir of the server under test: global-setup's temp dir whose log names our port. */
function serverDataDir(): string {
  const port = process.env.COPILOT_E2E_PORT ?? "";
  const dirs = readdirSync(tmpdir())
    .filter((d) => d.startsWith("copilot-e2e-"))
    .map((d) => join(tmpdir(), d))
    .filter((d) => {
      try {
        return readFileSync(join(d, "server.log"), "utf8").includes(`127.0.0.1:${port}`);
      } catch {
        return false;
      }
    })
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (dirs.length === 0) throw new Error(`no copilot-e2e data dir logs port ${port}`);
  return dirs[0];
}

/** Imports real board captures with `copilot import` into the running server's database, as a second process would. */
function importPostings(files: string[]): void {
  execFileSync(join(repoRoot, "bin", "copilot"), ["import", ...files], {
    env: { ...process.env, COPILOT_DATA_DIR: serverDataDir() },
    stdio: "inherit",
  });
}

test("upload a real resume, import real postings, and see ranked matches that explain themselves", async ({ page }, testInfo) => {
  // The CSP allows no eval: nothing on these pages may try it (zod runs jitless).
  const cspErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|unsafe-eval|script-src|default-src/i.test(m.text())) cspErrors.push(m.text());
  });
  await registerViaUI(page, uniqueEmail("matches"));

  // Upload Bruce Wayne's PDF resume and review what was read.
  await page.goto("/resumes");
  await expect(page.getByRole("heading", { level: 1, name: "Resumes" })).toBeVisible();
  await page.getByLabel("Resume file").setInputFiles(join(fixtures, "resumes", "resumematcher-bruce_wayne_fullstack.pdf"));
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Read resumematcher-bruce_wayne_fullstack.pdf" })).toBeVisible();
  const card = page.getByRole("region", { name: "resumematcher-bruce_wayne_fullstack.pdf" });
  await expect(card.getByText("Primary")).toBeVisible();
  await expect(card.getByText("MERN Stack Developer", { exact: true })).toBeVisible();
  await expect(card.getByRole("list", { name: "Skills read" })).toContainText("MongoDB");
  await expect(card.getByText("Suggested profile updates")).toBeVisible();
  await card.getByRole("button", { name: "Accept selected" }).click();
  await expect(card.getByRole("status").filter({ hasText: "Profile updated." })).toBeVisible();
  await expectNoAxeViolations(page, testInfo, "resumes");

  // An unreadable file is refused with a clear reason.
  await page.getByLabel("Resume file").setInputFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.from("   \n") });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("alert")).toContainText("Unreadable resume");

  // Real postings: GitHub's Greenhouse board and two Lever boards, written by another process.
  importPostings([
    join(fixtures, "greenhouse", "github-2018-jobs-content.json"),
    join(fixtures, "lever", "candidatezero-outreach-postings.json"),
    join(fixtures, "lever", "jobagent-jumpcloud-postings-trimmed.json"),
  ]);

  // The index polls the database every few seconds; the matches page fills once it has.
  await page.goto("/matches");
  await expect(page.getByRole("heading", { level: 1, name: "Matches" })).toBeVisible();
  // At desktop width the Show select is wide enough for its longest option, "Default (hide dismissed)".
  const room = await page.getByLabel("Show", { exact: true }).evaluate((el: HTMLSelectElement) => {
    const cs = getComputedStyle(el);
    const ctx = document.createElement("canvas").getContext("2d");
    if (!ctx) return -1;
    ctx.font = cs.font;
    const widest = Math.max(...Array.from(el.options, (o) => ctx.measureText(o.text).width));
    return el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - widest;
  });
  expect(room).toBeGreaterThan(20); // the dropdown arrow's room
  const list = page.getByRole("list", { name: "Ranked matches" });
  // Other specs share this server, so wait until the imported boards are ranked, not merely any posting.
  await expect(async () => {
    await page.reload();
    await expect(list.getByRole("link", { name: /engineer/i }).first()).toBeVisible({ timeout: 2_000 });
    expect(await list.getByRole("listitem").count()).toBeGreaterThan(5);
  }).toPass({ timeout: 45_000 });

  // Best first: scores never rise down the list.
  const badges = list.getByLabel(/^Match score \d+ of 100$/);
  const scores = (await badges.allTextContents()).map(Number);
  expect(scores.length).toBeGreaterThan(5);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);

  // The top match explains itself: one line per component and skills with the resume line that shows them.
  const top = list.locator(":scope > li").first();
  await top.getByText("Why this score").click();
  const components = top.getByRole("list", { name: "Score components" }).getByRole("listitem");
  await expect(components).toHaveCount(7);
  await expect(components.first()).toContainText("skills");
  const matched = top.getByRole("list", { name: "Matched skills" }).getByRole("listitem");
  await expect(matched.first()).toBeVisible();
  await expect(matched.locator("q").first()).not.toBeEmpty();
  await expectNoAxeViolations(page, testInfo, "matches");

  // Dismiss the top posting: it leaves the list.
  const title = (await top.getByRole("link").first().textContent()) ?? "";
  await top.getByRole("button", { name: `Dismiss ${title}` }).click();
  await expect(list.getByRole("link", { name: title, exact: true })).toHaveCount(0);

  // The posting page explains the match and marks the skills in its text.
  await list.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Your match" })).toBeVisible();
  await page.getByText("Description with your skills marked").click();
  await expect(page.locator("mark").first()).toBeVisible();

  // Search with a phrase and facets.
  await page.goto("/search");
  await page.getByRole("searchbox", { name: "Search" }).fill('"software engineer" -manager');
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.getByRole("listitem").first()).toBeVisible();
  await expect(results.getByRole("link").first()).toContainText(/engineer/i);
  await expect(page.getByRole("complementary", { name: "Facets" })).toContainText(/Country\s*US \(\d+\)/);
  await expectNoAxeViolations(page, testInfo, "search");

  // The search lives in the address: a reload keeps it, and a bad value is named beside its input.
  await page.getByRole("combobox", { name: "Work mode" }).selectOption("remote");
  await expect(page).toHaveURL(/\/search\?q=%22software\+engineer%22\+-manager&work_mode=remote$/);
  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue('"software engineer" -manager');
  await page.goto("/search?q=engineer&min_salary=-5");
  await expect(page.getByRole("textbox", { name: "Minimum salary" })).toHaveAccessibleDescription("must be a number, 0 or more");
  await expect(page.getByText("Something went wrong")).toHaveCount(0);
  expect(cspErrors).toEqual([]);
});
