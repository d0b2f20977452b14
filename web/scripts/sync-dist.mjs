// Copies the Vite build (web/dist) into internal/webui/dist, where the Go binary
// embeds it. Everything there except the tracked .keep file is replaced.
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const from = join(webDir, "dist");
const to = resolve(webDir, "..", "internal", "webui", "dist");

if (!existsSync(join(from, "index.html"))) {
  console.error(`sync-dist: ${from}/index.html is missing; run "vite build" first`);
  process.exit(1);
}
for (const entry of existsSync(to) ? readdirSync(to) : []) {
  if (entry !== ".keep") rmSync(join(to, entry), { recursive: true, force: true });
}
cpSync(from, to, { recursive: true });
console.log(`sync-dist: copied ${from} -> ${to}`);
