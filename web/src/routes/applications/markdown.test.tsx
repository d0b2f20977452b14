import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

describe("Markdown", () => {
  it("renders the supported marks", () => {
    const { container } = render(<Markdown source={"**Great** team, *really*.\nUse `go test`.\n\n- one\n- [docs](https://go.dev/doc)"} />);
    expect(container.querySelector("strong")?.textContent).toBe("Great");
    expect(container.querySelector("em")?.textContent).toBe("really");
    expect(container.querySelector("code")?.textContent).toBe("go test");
    expect(container.querySelectorAll("li")).toHaveLength(2);
    expect(container.querySelector("a")?.getAttribute("href")).toBe("https://go.dev/doc");
    expect(container.querySelector("br")).not.toBeNull();
  });

  it("never passes HTML or script URLs through", () => {
    const { container } = render(<Markdown source={'<img src=x onerror="alert(1)"> [x](javascript:alert(1)) <script>alert(2)</script>'} />);
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("script")).toBeNull();
    expect(container.querySelector("a")).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(container.textContent).toContain("[x](javascript:alert(1))");
  });
});
