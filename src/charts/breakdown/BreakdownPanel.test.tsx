import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { validateDocument } from "../../data/validate.ts";
import { fixtureDocument } from "./__fixtures__/population.ts";
import { BreakdownPanel } from "./BreakdownPanel.tsx";
import { panelFamilies } from "./panelFamilies.ts";

const REAL = resolve(__dirname, "../../../data/population.json");

describe("BreakdownPanel", () => {
  it("uses a fixture that follows the data format", () => {
    expect(validateDocument("population", fixtureDocument, "fixture.json").ok).toBe(true);
  });

  it("renders one figure per series family and per breakdown or group", () => {
    render(<BreakdownPanel population={fixtureDocument} />);
    const figures = screen.getAllByRole("figure");
    // Stocks A + B share one chart; the flow has its own; release, detentions, the sex group, provinces.
    expect(figures).toHaveLength(6);
    expect(figures.map((f) => f.getAttribute("data-series-id") ?? f.getAttribute("data-breakdown-id"))).toEqual([
      "stock-a stock-b",
      "returns",
      "release",
      "detentions",
      "sex-2021 sex-2022 sex-2023",
      "provinces",
    ]);
  });

  it("outlines the figures of highlighted breakdowns", () => {
    render(<BreakdownPanel population={fixtureDocument} highlightedBreakdownIds={new Set(["release", "sex-2022"])} />);
    const highlighted = screen
      .getAllByRole("figure")
      .filter((f) => f.getAttribute("data-highlighted") === "true")
      .map((f) => f.getAttribute("data-breakdown-id"));
    expect(highlighted).toEqual(["release", "sex-2021 sex-2022 sex-2023"]);
  });

  it.skipIf(!existsSync(REAL))("draws every series and breakdown of data/population.json", () => {
    const result = validateDocument("population", JSON.parse(readFileSync(REAL, "utf8")), "population.json");
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
    const families = panelFamilies(result.data);
    render(<BreakdownPanel population={result.data} />);
    expect(screen.getAllByRole("figure")).toHaveLength(families.length);
    const drawn = new Set(families.flatMap((f) => (f.kind === "series" ? f.series.map((s) => s.id) : f.members.map((b) => b.id))));
    for (const s of result.data.series) expect(drawn.has(s.id)).toBe(true);
    for (const b of result.data.breakdowns) expect(drawn.has(b.id)).toBe(true);
  });
});
