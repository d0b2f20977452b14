import { describe, expect, it } from "vitest";
import { useState } from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TagInput } from "./TagInput";

function Harness({ initial = [], normalize }: { initial?: string[]; normalize?: (s: string) => string }) {
  const [tags, setTags] = useState<string[]>(initial);
  return (
    <>
      <TagInput id="skills" label="Skills" value={tags} onChange={setTags} normalize={normalize} />
      <output data-testid="value">{JSON.stringify(tags)}</output>
      <button type="button">elsewhere</button>
    </>
  );
}

const value = () => JSON.parse(screen.getByTestId("value").textContent ?? "null") as string[];

describe("TagInput", () => {
  it("adds a tag on Enter and on comma, trimming and ignoring case duplicates", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByLabelText("Skills");
    await user.type(box, "  Go {Enter}");
    await user.type(box, "PostgreSQL,");
    await user.type(box, "go{Enter}");
    expect(value()).toEqual(["Go", "PostgreSQL"]);
    expect((box as HTMLInputElement).value).toBe("");
    const list = screen.getByRole("list", { name: "Skills: 2 added" });
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Go×", "PostgreSQL×"]);
  });

  it("removes the last tag with Backspace on an empty box, and a chosen tag with its button", async () => {
    const user = userEvent.setup();
    render(<Harness initial={["Go", "Rust", "SQL"]} />);
    await user.click(screen.getByLabelText("Skills"));
    await user.keyboard("{Backspace}");
    expect(value()).toEqual(["Go", "Rust"]);
    await user.click(screen.getByRole("button", { name: "Remove Go" }));
    expect(value()).toEqual(["Rust"]);
  });

  it("splits a pasted comma list and keeps a typed entry when focus leaves", async () => {
    const user = userEvent.setup();
    render(<Harness normalize={(s) => s.toUpperCase()} />);
    const box = screen.getByLabelText("Skills");
    await user.click(box);
    await user.paste("us, de ,,fr");
    expect(value()).toEqual(["US", "DE", "FR"]);
    await user.type(box, "nl");
    await user.click(screen.getByRole("button", { name: "elsewhere" }));
    expect(value()).toEqual(["US", "DE", "FR", "NL"]);
  });

  it("marks the box invalid and points it at the error text", () => {
    render(<TagInput id="skills" label="Skills" value={[]} onChange={() => {}} error="at most 200 skills" />);
    const box = screen.getByLabelText("Skills");
    expect(box.getAttribute("aria-invalid")).toBe("true");
    const ids = (box.getAttribute("aria-describedby") ?? "").split(" ");
    expect(ids).toEqual(["skills-hint", "skills-error"]);
    expect(document.getElementById("skills-error")?.textContent).toBe("at most 200 skills");
  });
});
