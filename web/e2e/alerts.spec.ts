import { createServer, type Server } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, registerViaUI, uniqueEmail } from "./helpers";
import type { ReceivedMail } from "./smtp";

// Real Greenhouse captures no other spec ingests (Honeycomb, Databricks Japan), served by a local board mirror.
const fixtures = process.env.COPILOT_SHARED_FIXTURES ?? join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "fixtures");
const honeycomb = JSON.parse(readFileSync(join(fixtures, "greenhouse", "jobagent-honeycomb-jobs-content-trimmed.json"), "utf8")) as { jobs: { title: string }[] };
const databricks = readFileSync(join(fixtures, "greenhouse", "aer-jobs-databricks-redacted.json"));
const [oldJob, newJob] = honeycomb.jobs.map((j) => j.title); // "Field Marketing Specialist", "Mid Market Account Executive"
const databricksTitles = (JSON.parse(databricks.toString("utf8")) as { jobs: { title: string }[] }).jobs.map((j) => j.title);

let server: Server;
let mirror = "";
let honeycombAnswer = JSON.stringify({ ...honeycomb, jobs: honeycomb.jobs.slice(0, 1), meta: { total: 1 } });

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const body = req.url?.startsWith("/v1/boards/honeycomb/jobs") ? honeycombAnswer : req.url?.startsWith("/v1/boards/databricks/jobs") ? databricks : null;
    if (body === null) return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const addr = server.address();
  if (addr && typeof addr === "object") mirror = `http://127.0.0.1:${addr.port}`;
});

test.afterAll(async () => {
  await new Promise((r) => server.close(r));
});

async function runBoard(page: Page, token: string, add: boolean) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  if (add) {
    await page.getByLabel("Board or career-page URL").fill(`https://boards.greenhouse.io/${token}`);
    await page.getByLabel("API base URL override (optional)").fill(mirror);
    await page.getByRole("button", { name: "Add source" }).click();
  }
  const card = page.getByRole("listitem", { name: `${token} (greenhouse)` });
  await expect(card).toBeVisible();
  const before = await card.getByRole("table").getByRole("row").count();
  await card.getByRole("button", { name: `Run ${token} (greenhouse) now` }).click();
  // Adding a source also queues a first run, so count "more rows than before", not "one more".
  await expect.poll(() => card.getByRole("table").getByRole("row").count(), { timeout: 20_000 }).toBeGreaterThan(Math.max(before, 1));
  await expect(card.getByRole("table").getByRole("row").nth(1)).toContainText("succeeded", { timeout: 20_000 });
}

/** The decoded plain-text part of a received message. */
function textPart(m: ReceivedMail): string {
  const body = m.data.slice(m.data.indexOf("\r\n\r\n") + 4);
  const part = body.split(/--[^\r\n]+\r\n/).find((p) => /Content-Type: text\/plain/i.test(p)) ?? "";
  const content = part.slice(part.indexOf("\r\n\r\n") + 4);
  if (!/quoted-printable/i.test(part)) return content;
  const bytes = content.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8").replace(/\r\n/g, "\n");
}

function mailsTo(email: string): ReceivedMail[] {
  const f = process.env.COPILOT_E2E_MAIL_FILE ?? "";
  if (!f || !existsSync(f)) return [];
  return readFileSync(f, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as ReceivedMail).filter((m) => m.to.includes(email));
}

test("an instant alert brings exactly the new postings to the bell and the inbox; moving an application changes the funnel", async ({ page }, testInfo) => {
  const email = uniqueEmail("alerts");
  await registerViaUI(page, email);
  // The old posting is there before the alert exists.
  await runBoard(page, "honeycomb", true);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Alerts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();
  await page.locator("#alert-name").fill("Anything new");
  await page.getByLabel("When").selectOption("instant");
  await page.getByRole("button", { name: "Create alert" }).click();
  await expect(page.getByTestId("alert-list")).toContainText("Anything new");
  await expectNoAxeViolations(page, testInfo, "alerts");

  // New postings: Honeycomb's second job and Databricks' two.
  honeycombAnswer = JSON.stringify(honeycomb);
  await runBoard(page, "honeycomb", false);
  await runBoard(page, "databricks", true);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Alerts" }).click();
  await page.getByRole("button", { name: "Check for new jobs now" }).click();

  const bell = page.getByTestId("notification-bell");
  await expect(page.getByTestId("unread-count")).toHaveText("1", { timeout: 45_000 });
  await bell.click();
  const list = page.getByTestId("notification-list");
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText("3 new jobs for “Anything new”");
  for (const t of [newJob, ...databricksTitles]) await expect(list).toContainText(t);
  await expect(list).not.toContainText(oldJob);
  await expectNoAxeViolations(page, testInfo, "notifications");

  // The same three, once, in the mail the local SMTP server received, with a working unsubscribe link.
  await expect.poll(() => mailsTo(email).length, { timeout: 30_000 }).toBe(1);
  const mail = mailsTo(email)[0];
  expect(mail.data).toMatch(/Content-Type: multipart\/alternative/i);
  expect(mail.data).toMatch(/Content-Type: text\/html/i);
  const text = textPart(mail);
  for (const t of [newJob, ...databricksTitles]) expect(text).toContain(t);
  expect(text).not.toContain(oldJob);
  const unsub = /Unsubscribe: (\S+)/.exec(text)?.[1] ?? "";
  expect(unsub).toContain("/api/v1/unsubscribe?token=");

  // Nothing more arrives on the next pass: there is nothing new.
  await page.getByRole("button", { name: "Mark all read" }).click();
  await page.getByRole("button", { name: "Check for new jobs now" }).click();
  await page.waitForTimeout(3000);
  await expect(page.getByTestId("unread-count")).toHaveText("0");
  expect(mailsTo(email)).toHaveLength(1);

  // Unsubscribing works without a session (a fresh context has no cookies).
  const anon = await page.context().browser()!.newContext();
  const anonPage = await anon.newPage();
  await anonPage.goto(new URL(unsub).pathname + new URL(unsub).search + "&confirm=1");
  await expect(anonPage.getByRole("heading", { name: "Unsubscribed" })).toBeVisible();
  await anon.close();
  await page.reload();
  await expect(page.getByTestId("alert-list")).not.toContainText("Email");

  // The funnel follows the tracker.
  const csrf = (await page.context().cookies()).find((c) => c.name === "copilot_csrf")?.value ?? "";
  const created = await page.request.post("/api/v1/applications", { data: { company: "Honeycomb", title: newJob, stage: "applied" }, headers: { "X-CSRF-Token": csrf } });
  expect(created.status()).toBe(201);
  const app = (await created.json()) as { id: string };
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Analytics" }).click();
  const funnel = page.getByTestId("funnel");
  await funnel.getByRole("button", { name: "Show table" }).click();
  const row = (stage: string) => funnel.getByRole("row").filter({ has: page.getByRole("cell", { name: stage, exact: true }) });
  await expect(row("applied").getByRole("cell").nth(1)).toHaveText("1");
  await expect(row("interviewing").getByRole("cell").nth(1)).toHaveText("0");
  await expectNoAxeViolations(page, testInfo, "analytics");

  const moved = await page.request.post(`/api/v1/applications/${app.id}/stage`, { data: { stage: "interviewing" }, headers: { "X-CSRF-Token": csrf } });
  expect(moved.status()).toBe(200);
  await page.reload();
  await page.getByTestId("funnel").getByRole("button", { name: "Show table" }).click();
  await expect(row("interviewing").getByRole("cell").nth(1)).toHaveText("1");
  await expect(row("screening").getByRole("cell").nth(1)).toHaveText("1");
  await expect(page.getByTestId("stat-response-rate")).toHaveText("100%");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByTestId("pipeline-counts")).toContainText("interviewing: 1");
  await expectNoAxeViolations(page, testInfo, "dashboard");
});
