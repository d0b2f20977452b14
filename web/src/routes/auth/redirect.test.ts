import { describe, expect, it } from "vitest";
import { afterLoginPath } from "./redirect";

describe("afterLoginPath", () => {
  it("returns to the guarded page, and refuses other origins and auth pages", () => {
    expect(afterLoginPath({ from: "/settings/profile?tab=1" })).toBe("/settings/profile?tab=1");
    expect(afterLoginPath(null)).toBe("/dashboard");
    expect(afterLoginPath({ from: "//evil.example/x" })).toBe("/dashboard");
    expect(afterLoginPath({ from: "https://evil.example/" })).toBe("/dashboard");
    expect(afterLoginPath({ from: "/login" })).toBe("/dashboard");
    expect(afterLoginPath({ from: "/register" })).toBe("/dashboard");
    expect(afterLoginPath({ from: 42 })).toBe("/dashboard");
  });
});
