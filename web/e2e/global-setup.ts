import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { accessSync, constants, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FullConfig } from "@playwright/test";
import { chromiumPath } from "../playwright.config";
import { adminPassword } from "./helpers";
import { startSMTP } from "./smtp";

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(webDir, "..");
const binary = join(repoRoot, "bin", "copilot");

function run(cmd: string, args: string[], cwd: string): void {
  console.log(`[e2e] ${cmd} ${args.join(" ")}  (in ${cwd})`);
  const res = spawnSync(cmd, args, { cwd, stdio: "inherit", env: process.env });
  if (res.status !== 0) {
    throw new Error(`e2e setup: "${cmd} ${args.join(" ")}" failed with ${res.error ?? `exit code ${res.status}`}`);
  }
}

function tail(file: string, lines = 40): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no server log)";
  }
}

async function waitReady(url: string, child: ChildProcess, log: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`e2e setup: copilot serve exited (${child.exitCode ?? child.signalCode}) before ready.\n${tail(log)}`);
    }
    try {
      const res = await fetch(url);
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = String(err);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`e2e setup: ${url} not ready after ${timeoutMs} ms (last: ${last}).\n${tail(log)}`);
}

/**
 * Builds the UI and the real binary, starts `copilot serve` on a fresh data dir
 * and a free port, waits for /health/ready, and returns the teardown.
 */
export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  try {
    accessSync(chromiumPath, constants.X_OK);
  } catch {
    throw new Error(
      `e2e setup: Chromium not found at ${chromiumPath}. Install Debian's package (apt-get install -y chromium) ` +
        `or set CHROMIUM_PATH. Never run "npx playwright install".`,
    );
  }
  if (process.env.COPILOT_E2E_SKIP_BUILD !== "1") {
    run("npm", ["run", "build"], webDir);
    mkdirSync(join(repoRoot, "bin"), { recursive: true });
    run("go", ["build", "-o", "bin/copilot", "./cmd/copilot"], repoRoot);
  }
  accessSync(binary, constants.X_OK);

  const port = process.env.COPILOT_E2E_PORT;
  if (!port) throw new Error("e2e setup: COPILOT_E2E_PORT is not set (playwright.config.ts sets it)");
  const dataDir = mkdtempSync(join(tmpdir(), "copilot-e2e-"));
  const log = join(dataDir, "server.log");
  const out = openSync(log, "a");
  // A local SMTP receiver for the alert emails; tests read what it got from COPILOT_E2E_MAIL_FILE.
  const mailFile = join(dataDir, "mail.jsonl");
  const smtp = await startSMTP(mailFile);
  process.env.COPILOT_E2E_MAIL_FILE = mailFile;
  // The admin account is made the way an operator makes one, so no spec depends on signing up first.
  const adminEmail = "e2e-admin@example.com";
  const res = spawnSync(binary, ["user", "create", "--email", adminEmail, "--admin"], {
    cwd: dataDir,
    env: { ...process.env, COPILOT_DATA_DIR: dataDir, COPILOT_PASSWORD: adminPassword },
    encoding: "utf8",
  });
  if (res.status !== 0) throw new Error(`e2e setup: copilot user create failed: ${res.stderr || res.error}`);
  process.env.COPILOT_E2E_ADMIN_EMAIL = adminEmail;
  const child = spawn(binary, ["serve"], {
    cwd: dataDir,
    env: {
      ...process.env,
      COPILOT_DATA_DIR: dataDir,
      COPILOT_ADDR: `127.0.0.1:${port}`,
      COPILOT_REGISTRATION: "open",
      // The sources e2e serves a board mirror on 127.0.0.1, which the SSRF guard refuses otherwise.
      COPILOT_ALLOW_PRIVATE_FETCH: "true",
      // Every test signs up its own account from the same loopback address within a
      // minute or two; the default auth limit (20/1m per IP) is not what is under test.
      COPILOT_RATE_AUTH: process.env.COPILOT_RATE_AUTH ?? "600/1m",
      // Alerts run when a spec presses "Check for new jobs now", never in between two of its imports.
      COPILOT_ALERT_INTERVAL: "1h",
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtp.port),
      SMTP_TLS: "none",
    },
    stdio: ["ignore", out, out],
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    const outDir = config.projects[0]?.outputDir ?? join(webDir, "test-results");
    try {
      mkdirSync(outDir, { recursive: true });
      copyFileSync(log, join(outDir, "copilot-server.log"));
    } catch {
      // Keeping the log is a convenience; the data dir goes either way.
    }
    smtp.server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitReady(`${base}/health/ready`, child, log, 60_000);
  } catch (err) {
    await stop();
    throw err;
  }
  console.log(`[e2e] copilot serve ready at ${base} (data ${dataDir})`);
  return stop;
}
