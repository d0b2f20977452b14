import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, registerViaUI, uniqueEmail } from "./helpers";

// A real Greenhouse capture (GitLab, three jobs) replayed by a local mirror of the board API.
const fixtures = process.env.COPILOT_SHARED_FIXTURES ?? join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "fixtures");
const capture = readFileSync(join(fixtures, "greenhouse", "brete-gitlab-jobs-content-full.json"));

let server: Server;
let mirror = "";
let answer: Buffer | string = capture;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url?.startsWith("/v1/boards/gitlab/jobs")) {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(answer);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const addr = server.address();
  if (addr && typeof addr === "object") mirror = `http://127.0.0.1:${addr.port}`;
});

test.afterAll(async () => {
  await new Promise((r) => server.close(r));
});

test("add a Greenhouse board from its URL, run it, see its postings; a broken answer loses nothing", async ({ page }, testInfo) => {
  await registerViaUI(page, uniqueEmail("sources"));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();

  await page.getByLabel("Board or career-page URL").fill("https://boards.greenhouse.io/gitlab");
  await page.getByLabel("API base URL override (optional)").fill(mirror);
  await page.getByRole("button", { name: "Add source" }).click();
  const card = page.getByRole("listitem", { name: "gitlab (greenhouse)" });
  await expect(card).toBeVisible();
  await expectNoAxeViolations(page, testInfo, "sources");

  await card.getByRole("button", { name: "Run gitlab (greenhouse) now" }).click();
  const runs = card.getByRole("table");
  const firstRun = runs.getByRole("row").last(); // the oldest run: the first fetch of the board
  await expect(runs.getByRole("row").nth(1)).toContainText("succeeded", { timeout: 20_000 });
  await expect(firstRun.getByRole("cell").nth(2)).toHaveText("3");
  await expect(firstRun.getByRole("cell").nth(3)).toHaveText("3");
  await expect(card.getByText("OK", { exact: true })).toBeVisible();

  // The jobs list shows the three postings; the posting page shows the salary as parsed beside its raw text.
  // Other specs share this server's postings, so the list is narrowed to this board's company.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).click();
  await page.getByLabel("Company").fill("GitLab");
  const postings = page.getByRole("list", { name: "Postings" }).getByRole("listitem");
  await expect(postings).toHaveCount(3);
  await page.getByRole("link", { name: "AI Transformation Owner, CRO" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "AI Transformation Owner, CRO" })).toBeVisible();
  await expect(page.getByText("USD 139,200 – 235,200")).toBeVisible();
  await expect(page.getByText("As written: “$139,200—$235,200 USD”")).toBeVisible();
  await expect(page.getByRole("list", { name: "Locations" })).toContainText("Remote, United States");
  // The description reads as the board wrote it: list items keep their bullets, paragraphs their space.
  const description = page.getByRole("region", { name: "Description" });
  const item = description.getByRole("listitem").first();
  await expect(item).toBeVisible();
  expect(await item.evaluate((el) => getComputedStyle(el).listStyleType)).toBe("disc");
  expect(await description.locator("p").first().evaluate((el) => parseFloat(getComputedStyle(el).marginBottom))).toBeGreaterThan(0);
  await expect(page.getByRole("link", { name: "gitlab (greenhouse)" })).toHaveAttribute("href", "https://job-boards.greenhouse.io/gitlab/jobs/8638232002");
  await expectNoAxeViolations(page, testInfo, "posting");

  // One job of the answer without a title: the run keeps the other two and names the broken one with its reason.
  const broken = JSON.parse(capture.toString("utf8")) as { jobs: { id: number; title: string }[] };
  expect(broken.jobs[0].id).toBe(8503792002);
  broken.jobs[0].title = "";
  answer = JSON.stringify(broken);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await card.getByRole("button", { name: "Run gitlab (greenhouse) now" }).click();
  const partial = card.getByRole("table").getByRole("row").nth(1);
  await expect(partial).toContainText("succeeded", { timeout: 20_000 });
  await expect(partial.getByRole("cell").nth(2)).toHaveText("2");
  const notRead = partial.getByText("1 item not read");
  await expect(notRead).toBeVisible();
  const brokenItems = partial.getByRole("list", { name: "Items not read" });
  await expect(brokenItems).toBeHidden();
  await notRead.click();
  await expect(brokenItems.getByRole("listitem")).toHaveCount(1);
  await expect(brokenItems.getByRole("listitem")).toContainText("8503792002");
  await expect(brokenItems.getByRole("listitem")).toContainText("greenhouse: job has no title");
  await expectNoAxeViolations(page, testInfo, "sources-item-errors");
  // On a phone the reason reads without scrolling the page sideways.
  await page.setViewportSize({ width: 375, height: 740 });
  await expect(brokenItems.getByText("greenhouse: job has no title")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const reasonBox = await brokenItems.getByRole("listitem").boundingBox();
  expect(reasonBox?.width ?? 0).toBeLessThanOrEqual(375);
  // In dark mode too the list keeps a readable contrast.
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await brokenItems.scrollIntoViewIfNeeded();
  await expectNoAxeViolations(page, testInfo, "sources-item-errors-phone-dark");
  const shot = testInfo.outputPath("sources-item-errors-phone-dark.png");
  await page.screenshot({ path: shot });
  await testInfo.attach("sources-item-errors-phone-dark", { path: shot, contentType: "image/png" });
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 720 });
  // The item it could not read is not closed: the jobs list still has three.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).click();
  await page.getByLabel("Company").fill("GitLab");
  await expect(page.getByRole("list", { name: "Postings" }).getByRole("listitem")).toHaveCount(3);

  // A malformed answer fails the run and closes nothing.
  answer = '{"jobs": [{"id": ';
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await card.getByRole("button", { name: "Run gitlab (greenhouse) now" }).click();
  const failed = card.getByRole("table").getByRole("row").nth(1);
  await expect(failed).toContainText("failed", { timeout: 20_000 });
  // The run's own reason reads in full in its Errors cell.
  await expect(failed.getByRole("cell").last().getByText("the answer ends at byte 17 before the listing is complete (cut short)", { exact: true })).toBeVisible();
  await expect(card.getByText("Failing (1)")).toBeVisible({ timeout: 10_000 });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).click();
  await page.getByLabel("Company").fill("GitLab");
  await expect(page.getByRole("list", { name: "Postings" }).getByRole("listitem")).toHaveCount(3);
  answer = capture;
});
