import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ChartFrame } from "./ChartFrame.tsx";

const table = { columns: [{ label: "Part" }, { label: "People", numeric: true }], rows: [["Women", "54"]] };

function frame(extra: Partial<Parameters<typeof ChartFrame>[0]> = {}) {
  return (
    <ChartFrame
      id="fig"
      title="Who was released"
      subtitle="7 Jan 2023"
      unit="people"
      notes={["A note from the data."]}
      footnotes={[{ marker: "†", text: "Derived: 524 − 54 − 97." }]}
      sources={[
        { name: "DW", url: "https://www.dw.com/x" },
        { name: "AP", url: "https://apnews.com/y", for: "Women" },
        { name: "Evil", url: "javascript:alert(1)", for: "Children" },
      ]}
      table={table}
      data-breakdown-id="release"
      {...extra}
    >
      <svg role="img" aria-label="the chart" />
    </ChartFrame>
  );
}

describe("ChartFrame", () => {
  it("frames the chart with title, date and unit, notes, footnotes and sources", () => {
    render(frame());
    const figure = screen.getByRole("figure", { name: "Who was released" });
    expect(within(figure).getByRole("heading", { level: 3 }).textContent).toBe("Who was released");
    expect(figure.textContent).toContain("7 Jan 2023 · people");
    expect(figure.textContent).toContain("A note from the data.");
    expect(figure.textContent).toContain("† Derived: 524 − 54 − 97.");
    expect(figure.getAttribute("id")).toBe("fig");
    expect(figure.getAttribute("data-breakdown-id")).toBe("release");
  });

  it("links only http(s) sources, safely", () => {
    render(frame());
    const dw = screen.getByRole("link", { name: "DW" });
    expect(dw.getAttribute("rel")).toBe("noopener noreferrer");
    expect(dw.getAttribute("target")).toBe("_blank");
    expect(screen.getByRole("link", { name: "AP" }).getAttribute("href")).toBe("https://apnews.com/y");
    expect(screen.queryByRole("link", { name: "Evil" })).toBeNull();
    expect(screen.getByText("Evil").tagName).toBe("SPAN");
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it("swaps the chart for its table and back", async () => {
    const user = userEvent.setup();
    render(frame());
    const toggle = screen.getByRole("button", { name: "Show as table" });
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    await user.click(toggle);
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    expect(screen.queryByRole("img", { name: "the chart" })).toBeNull();
    expect(screen.getByRole("table", { name: "Who was released" })).toBeTruthy();
    await user.click(toggle);
    expect(screen.getByRole("img", { name: "the chart" })).toBeTruthy();
  });

  it("shows when it is highlighted", () => {
    render(frame({ highlighted: true }));
    expect(screen.getByRole("figure").getAttribute("data-highlighted")).toBe("true");
  });
});
