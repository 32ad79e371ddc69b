import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { flow, stockA, stockB } from "../breakdown/__fixtures__/population.ts";
import { SeriesChart } from "./SeriesChart.tsx";

describe("SeriesChart", () => {
  it("draws stocks as lines named at their ends, with breaks and estimates", () => {
    const { container } = render(<SeriesChart series={[stockA, stockB]} />);
    const figure = screen.getByRole("figure", { name: "Refugees in Country A and B" });
    expect(container.querySelectorAll(".series-line__path")).toHaveLength(2);
    const ends = [...container.querySelectorAll(".series-end-label text")].map((t) =>
      [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" "),
    );
    expect(ends).toEqual(["Refugees in Country A 1.5M", "Refugees in Country B 2M"]);
    expect(container.querySelectorAll(".series-break__rule").length).toBe(2);
    expect(container.querySelectorAll(".series-line__estimate")).toHaveLength(2);
    expect(figure.textContent).toContain("Estimate");
  });

  it("draws a flow as columns with missing years marked, not zeroed", () => {
    const { container } = render(<SeriesChart series={[flow]} />);
    expect(container.querySelectorAll(".series-column")).toHaveLength(3);
    expect(container.querySelectorAll(".series-no-record")).toHaveLength(4);
    expect(screen.getByText("No figure recorded (not zero)")).toBeTruthy();
  });

  it("reads years by keyboard and reports them for linked hover", () => {
    const onHoverYear = vi.fn();
    render(<SeriesChart series={[stockA]} onHoverYear={onHoverYear} />);
    const slider = screen.getByRole("slider");
    fireEvent.focus(slider);
    expect(onHoverYear).toHaveBeenLastCalledWith(1985);
    fireEvent.keyDown(slider, { key: "ArrowLeft" });
    expect(onHoverYear).toHaveBeenLastCalledWith(1984);
    expect(slider.getAttribute("aria-valuetext")).toBe("1984: Refugees in Country A 3,000,000");
    fireEvent.keyDown(slider, { key: "Escape" });
    expect(onHoverYear).toHaveBeenLastCalledWith(null);
  });

  it("draws the highlight it is given", () => {
    const { container } = render(<SeriesChart series={[stockA]} highlightYear={1982} />);
    expect(container.querySelector(".series-highlight__rule")).not.toBeNull();
    expect(screen.getByText("2.9M")).toBeTruthy();
  });

  it("tables the same values, estimates and gaps included", async () => {
    const user = userEvent.setup();
    render(<SeriesChart series={[stockA, stockB]} />);
    await user.click(screen.getByRole("button", { name: "Show as table" }));
    const table = screen.getByRole("table");
    expect(within(table).getByText("~400,000")).toBeTruthy();
    expect(within(table).getByText("no figure")).toBeTruthy();
    expect(within(table).getByText("1,500,000")).toBeTruthy();
  });
});
