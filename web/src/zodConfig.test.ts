import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";

describe("zod configuration", () => {
  it("is jitless, so building and parsing schemas never calls Function (a CSP violation)", async () => {
    vi.resetModules();
    const spy = vi.spyOn(globalThis, "Function");
    await import("./zodConfig");
    const { z } = await import("zod");
    expect(z.config().jitless).toBe(true);
    const schema = z.object({ title: z.string(), tags: z.array(z.string()) });
    expect(schema.parse({ title: "Engineer", tags: ["go"] })).toEqual({ title: "Engineer", tags: ["go"] });
    expect(spy).not.toHaveBeenCalled();
  });

  it("is set by the first import of main.tsx, before any module that builds a schema", () => {
    const main = readFileSync("src/main.tsx", "utf8");
    const firstImport = main.split("\n").find((l) => l.startsWith("import "));
    expect(firstImport).toMatch(/^import "\.\/zodConfig";/);
  });
});
