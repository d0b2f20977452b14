import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { MarkedDescription, ScoreBadge } from "./parts";

describe("MarkedDescription", () => {
  it("marks skills by the server's UTF-8 byte offsets", () => {
    // "Café – Python and Go": "é" is 2 bytes and "–" 3, so Python starts at byte 10, not index 7.
    const text = "Café – Python and Go";
    render(
      <MarkedDescription
        text={text}
        skills={[{ skill: "Python", kind: "required", start: 10, end: 16, evidence: { skill: "Python", line_index: 0, evidenced: true } }]}
      />,
    );
    const mark = screen.getByTitle("Matched: Python");
    expect(mark.tagName).toBe("MARK");
    expect(mark.textContent).toBe("Python");
  });
});

describe("ScoreBadge", () => {
  it("names the score for screen readers", () => {
    render(<ScoreBadge score={73} />);
    expect(screen.getByLabelText("Match score 73 of 100").textContent).toBe("73");
  });
});
