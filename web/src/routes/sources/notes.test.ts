import { describe, expect, it } from "vitest";
import { kindNote, runNote, urlFieldError } from "./notes";

describe("urlFieldError", () => {
  it("shows the URL's error first, then a detected param's", () => {
    expect(urlFieldError({ url: "is not a job board, career page or feed URL", "params.board": "x" })).toBe("is not a job board, career page or feed URL");
    expect(urlFieldError({ "params.board": "may hold only letters, digits and - _ ., starting with a letter or digit" })).toBe(
      "board may hold only letters, digits and - _ ., starting with a letter or digit",
    );
    expect(urlFieldError({ "params.base_url": "must be an http or https URL" })).toBeUndefined();
    expect(urlFieldError({})).toBeUndefined();
  });
});

describe("runNote", () => {
  it("tells a failure from a warning", () => {
    expect(runNote({ status: "succeeded", error: "" })).toBeUndefined();
    expect(runNote({ status: "failed", error: "connection refused" })?.text).toBe("connection refused");
    const w = runNote({ status: "succeeded", error: "67 of 70 postings missing from this answer; they are closed only if the next run confirms it" });
    expect(w?.text).toBe("Warning: 67 of 70 postings missing from this answer; they are closed only if the next run confirms it");
    expect(w?.className).toContain("amber");
  });
});

describe("kindNote", () => {
  it("adds the kind once, not when the name already ends with it", () => {
    expect(kindNote({ name: "github (greenhouse)", kind: "greenhouse" })).toBe("");
    expect(kindNote({ name: "GitHub (Greenhouse) ", kind: "greenhouse" })).toBe("");
    expect(kindNote({ name: "github", kind: "greenhouse" })).toBe("(greenhouse)");
    expect(kindNote({ name: "greenhouse mirror", kind: "greenhouse" })).toBe("(greenhouse)");
  });
});
