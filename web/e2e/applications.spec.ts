import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations, registerViaUI, uniqueEmail } from "./helpers";

/** Drags a board card onto a column with real pointer moves (what @dnd-kit listens to). */
async function dragTo(page: Page, card: Locator, target: Locator): Promise<void> {
  const from = await card.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error("card or column not visible");
  await page.mouse.move(from.x + 20, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + from.height / 2 + 10, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 20 });
  await page.mouse.up();
}

test("track an application, drag it to interviewing, add an interview, download its ICS and the CSV", async ({ page }, testInfo) => {
  await registerViaUI(page, uniqueEmail("tracker"));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Applications" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Applications" })).toBeVisible();
  await expect(page.getByText("Nothing tracked yet")).toBeVisible();

  // No posting UI to track from yet: a manual entry, the same kind of record.
  await page.getByRole("button", { name: "New application" }).click();
  await page.getByLabel("Company").fill("Acme Robotics");
  await page.getByLabel("Job title").fill("Platform Engineer");
  await page.getByLabel("Posting URL").fill("https://jobs.example.com/acme/42");
  await page.getByRole("button", { name: "Add application" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added Platform Engineer at Acme Robotics." })).toBeVisible();

  const saved = page.getByTestId("column-saved");
  const interviewing = page.getByTestId("column-interviewing");
  const card = saved.getByRole("listitem").filter({ hasText: "Platform Engineer" });
  await expect(card).toBeVisible();
  await expectNoAxeViolations(page, testInfo, "board");

  await dragTo(page, card, interviewing);
  await expect(interviewing.getByRole("listitem").filter({ hasText: "Platform Engineer" })).toBeVisible();
  await expect(saved.getByRole("listitem")).toHaveCount(0);

  // Keyboard moves: left to screening, right back to interviewing.
  const handle = page.getByRole("button", { name: /^Move Acme Robotics, Platform Engineer/ });
  await handle.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("column-screening").getByRole("listitem").filter({ hasText: "Platform Engineer" })).toBeVisible();
  await expect(handle).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(interviewing.getByRole("listitem").filter({ hasText: "Platform Engineer" })).toBeVisible();

  // The board is what the server stored.
  await page.reload();
  await expect(page.getByTestId("column-interviewing").getByRole("listitem").filter({ hasText: "Platform Engineer" })).toBeVisible();

  await page.getByRole("link", { name: "Platform Engineer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Platform Engineer" })).toBeVisible();
  await expect(page.getByLabel("Stage")).toHaveValue("interviewing");

  // An interview arranged in Berlin on the day its clocks go forward: 09:00 CEST is 07:00 UTC.
  const form = page.getByRole("form", { name: "New interview" });
  await form.getByLabel("Kind").selectOption("technical");
  await form.getByLabel("Time zone").selectOption("Europe/Berlin");
  await form.getByLabel("Starts").fill("2026-03-29T09:00");
  await form.getByLabel("Ends").fill("2026-03-29T10:00");
  await form.getByLabel("Interviewers (comma separated)").fill("Priya Raman, Lee");
  await form.getByRole("button", { name: "Add interview" }).click();
  const list = page.getByRole("list", { name: "Interviews" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText("Technical");

  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline).toContainText("Moved from Saved to Interviewing");
  await expect(timeline).toContainText("Moved from Interviewing to Screening");
  await expect(timeline).toContainText("via board");
  await expect(timeline).toContainText("Interview scheduled: technical at 2026-03-29T09:00:00+02:00");
  await expectNoAxeViolations(page, testInfo, "application");

  const icsDownload = page.waitForEvent("download");
  await list.getByRole("link", { name: /Download \.ics/ }).click();
  const ics = readFileSync((await (await icsDownload).path()) ?? "", "utf8");
  expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  expect(ics).toContain("DTSTART:20260329T070000Z\r\n");
  expect(ics).toContain("DTEND:20260329T080000Z\r\n");
  expect(ics).toContain("SUMMARY:Technical interview: Acme Robotics\r\n");
  expect(ics).toMatch(/\r\nUID:interview-[0-9a-f-]+@career-copilot\r\n/);
  expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);

  await page.getByRole("link", { name: "← Applications" }).click();
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = readFileSync((await (await csvDownload).path()) ?? "", "utf8").split("\n");
  expect(csv[0]).toBe(
    "id,company,title,stage,url,location,salary,posting_id,priority,excitement,tags,expected_salary,offered_salary,found_via,referral," +
      "date_applied,first_response_at,stage_saved,stage_applied,stage_screening,stage_interviewing,stage_offer,stage_accepted," +
      "stage_rejected,stage_withdrawn,stage_ghosted,notes,created_at,updated_at",
  );
  const row = csv[1].split(",");
  expect(row.slice(1, 5)).toEqual(["Acme Robotics", "Platform Engineer", "interviewing", "https://jobs.example.com/acme/42"]);
  expect(row[17]).toMatch(/^\d{4}-\d\d-\d\dT/); // stage_saved
  expect(row[19]).toMatch(/^\d{4}-\d\d-\d\dT/); // stage_screening
  expect(row[20]).toMatch(/^\d{4}-\d\d-\d\dT/); // stage_interviewing

  // The table view lists it with its filters.
  await page.getByRole("button", { name: "Table" }).click();
  await page.getByLabel("Stage", { exact: true }).selectOption("interviewing");
  await expect(page.getByRole("table").getByRole("link", { name: "Platform Engineer" })).toBeVisible();
  await page.getByLabel("Stage", { exact: true }).selectOption("offer");
  await expect(page.getByRole("table").getByRole("link")).toHaveCount(0);
  await expectNoAxeViolations(page, testInfo, "table");
});

// A real Lever capture (Outreach, four postings) replayed by a local mirror of the postings API.
const leverFixtures = process.env.COPILOT_SHARED_FIXTURES ?? join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "fixtures");
const outreach = readFileSync(join(leverFixtures, "lever", "candidatezero-outreach-postings.json"));

test("the Track button on a posting creates its application in one click", async ({ page }, testInfo) => {
  const mirror = createServer((req, res) => {
    if (req.url?.startsWith("/v0/postings/outreach")) {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(req.url.includes("skip=0") || !req.url.includes("skip=") ? outreach : "[]");
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => mirror.listen(0, "127.0.0.1", r));
  const addr = mirror.address();
  const base = addr && typeof addr === "object" ? `http://127.0.0.1:${addr.port}` : "";
  try {
    await registerViaUI(page, uniqueEmail("track"));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
    await page.getByLabel("Board or career-page URL").fill("https://jobs.lever.co/outreach");
    await page.getByLabel("API base URL override (optional)").fill(base);
    await page.getByRole("button", { name: "Add source" }).click();
    const card = page.getByRole("listitem", { name: "outreach (lever)" });
    await card.getByRole("button", { name: "Run outreach (lever) now" }).click();
    await expect(card.getByRole("table").getByRole("row").nth(1)).toContainText("succeeded", { timeout: 30_000 });

    // The board names no employer; the posting URL's board slug does.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Jobs" }).click();
    await page.getByLabel("Company").fill("Outreach");
    await page.getByRole("link", { name: "Applied Scientist, Sync" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Applied Scientist, Sync" })).toBeVisible();
    await page.getByRole("button", { name: "Track Applied Scientist, Sync at Outreach" }).click();
    await page.getByRole("link", { name: "Tracked — open application" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Applied Scientist, Sync" })).toBeVisible();
    await expect(page.getByLabel("Stage")).toHaveValue("saved");
    await expect(page.getByText(/^Outreach · Seattle, WA/)).toBeVisible();
    await expectNoAxeViolations(page, testInfo, "tracked-application");

    // On the board, in the saved column.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Applications" }).click();
    await expect(page.getByTestId("column-saved").getByRole("listitem").filter({ hasText: "Applied Scientist, Sync" })).toBeVisible();
  } finally {
    await new Promise((r) => mirror.close(r));
  }
});
