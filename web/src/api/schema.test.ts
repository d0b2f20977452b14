import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const web = join(import.meta.dirname, "..", "..");
const tmp = mkdtempSync(join(tmpdir(), "copilot-schema-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("src/api/schema.d.ts", () => {
  it("is what `npm run gen:api` makes from internal/apidocs/openapi.yaml (run it after editing the spec)", () => {
    const out = join(tmp, "schema.d.ts");
    execFileSync(join(web, "node_modules/.bin/openapi-typescript"), ["../internal/apidocs/openapi.yaml", "-o", out], { cwd: web, stdio: "pipe" });
    const fresh = readFileSync(out, "utf8");
    expect(fresh).toContain('"/profile": {');
    expect(readFileSync(join(web, "src/api/schema.d.ts"), "utf8")).toBe(fresh);
  }, 60_000);
});
