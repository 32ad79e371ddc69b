import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { detentions, provinces, ranged, release, sexGroup, unsafeSources } from "./__fixtures__/population.ts";
import { BreakdownChart } from "./BreakdownChart.tsx";

describe("BreakdownChart", () => {
  it("draws a small whole as a waffle, with one cell per person", () => {
    const { container } = render(<BreakdownChart breakdown={release} />);
    const squares = [...container.querySelectorAll(".waffle path")].map((p) => (p.getAttribute("d") ?? "").match(/M/g)?.length ?? 0);
    expect(squares).toEqual([54, 97, 373]);
    expect(screen.getByText("54 women")).toBeTruthy();
    expect(screen.getByText("373 not itemised by any source (524 − 54 − 97) †")).toBeTruthy();
    expect(screen.getByText("Derived: 524 − 54 − 97; not itemised by any source.")).toBeTruthy();
  });

  it("shows the same numbers in the table as in the chart's labels", async () => {
    const user = userEvent.setup();
    render(<BreakdownChart breakdown={release} />);
    const labels = ["54 women", "97 children"].map((t) => screen.getByText(t).textContent ?? "");
    await user.click(screen.getByRole("button", { name: "Show as table" }));
    const table = screen.getByRole("table");
    for (const label of labels) {
      const number = label.split(" ")[0] ?? "";
      expect(within(table).getByText(number)).toBeTruthy();
    }
    expect(within(table).getByText("373 †")).toBeTruthy();
    expect(within(table).getByText("524")).toBeTruthy();
  });

  it("writes lower bounds, estimates and ranges as such", () => {
    const { container, unmount } = render(<BreakdownChart breakdown={detentions} />);
    expect(screen.getByText("at least 1,200")).toBeTruthy();
    expect(container.querySelector(".bar--at-least .bar__open-end")).not.toBeNull();
    unmount();
    const ranges = render(<BreakdownChart breakdown={ranged} />);
    expect(screen.getByText("1,200 (1,000–1,500)")).toBeTruthy();
    expect(screen.getByText("~800")).toBeTruthy();
    expect(ranges.container.querySelector(".bar__range")).not.toBeNull();
  });

  it("links each bar's own source safely, and never a javascript: address", () => {
    const { container } = render(<BreakdownChart breakdown={detentions} />);
    const svgLinks = container.querySelectorAll("svg a");
    expect(svgLinks.length).toBe(3);
    for (const a of svgLinks) {
      expect(a.getAttribute("rel")).toBe("noopener noreferrer");
      expect(a.getAttribute("target")).toBe("_blank");
    }
    const unsafe = render(<BreakdownChart breakdown={unsafeSources} />);
    expect(unsafe.container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(within(unsafe.container).getAllByText(/Bad link/).length).toBeGreaterThan(0);
  });

  it("draws a large whole as a stacked bar with shares", () => {
    render(<BreakdownChart breakdown={provinces} />);
    expect(screen.getByText("49.4%")).toBeTruthy();
    expect(screen.getByText("736,686")).toBeTruthy();
    expect(screen.getByRole("figure").textContent).toContain("2021 · 1.49 million people in total");
  });

  it("draws a group as rows on one scale, labelled by date", () => {
    const { container } = render(<BreakdownChart breakdown={sexGroup} />);
    const figure = screen.getByRole("figure", { name: "Refugees by sex" });
    for (const year of ["2021", "2022", "2023"]) expect(within(figure).getByText(year)).toBeTruthy();
    expect(figure.getAttribute("data-breakdown-id")).toBe("sex-2021 sex-2022 sex-2023");
    expect(container.querySelectorAll(".stacked-bar__segment")).toHaveLength(6);
  });

  it("reports a selection", async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<BreakdownChart breakdown={release} onSelect={onSelect} />);
    await user.click(screen.getByRole("button", { name: "Show on timeline" }));
    expect(onSelect).toHaveBeenCalledWith("release");
  });
});
