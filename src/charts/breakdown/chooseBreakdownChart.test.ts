import { describe, expect, it } from "vitest";
import type { Breakdown } from "../../data/schema/population.ts";
import { detentions, fixtureDocument, provinces, ranged, release, sexGroup } from "./__fixtures__/population.ts";
import { chooseBreakdownChart, groupBreakdowns } from "./chooseBreakdownChart.ts";

describe("chooseBreakdownChart", () => {
  it("draws a small whole of exact counts as a waffle", () => {
    expect(chooseBreakdownChart(release)).toBe("waffle");
  });

  it("draws a large whole as a 100% stacked bar", () => {
    expect(chooseBreakdownChart(provinces)).toBe("stacked-bar");
  });

  it("draws separate quantities as bars", () => {
    expect(chooseBreakdownChart(detentions)).toBe("bars");
    expect(chooseBreakdownChart(ranged)).toBe("bars");
  });

  it("draws a group as small multiples, and a group of one as its member", () => {
    expect(chooseBreakdownChart(sexGroup)).toBe("small-multiples");
    expect(chooseBreakdownChart([release])).toBe("waffle");
  });

  it("does not draw approximate counts one cell each", () => {
    const approx: Breakdown = { ...release, parts: release.parts.map((p, i) => (i === 0 ? { ...p, approximate: true } : p)) };
    expect(chooseBreakdownChart(approx)).toBe("stacked-bar");
  });

  it("does not stack parts that are lower bounds or ranges", () => {
    const atLeast: Breakdown = { ...release, parts: release.parts.map((p, i) => (i === 0 ? { ...p, atLeast: true } : p)) };
    expect(chooseBreakdownChart(atLeast)).toBe("bars");
    const withRange: Breakdown = { ...provinces, parts: provinces.parts.map((p, i) => (i === 0 ? { ...p, low: 1, high: p.value } : p)) };
    expect(chooseBreakdownChart(withRange)).toBe("bars");
  });

  it("keeps a whole with nothing in it out of a share chart", () => {
    const empty: Breakdown = { ...release, total: 0, parts: [{ label: "None", value: 0 }] };
    expect(chooseBreakdownChart(empty)).toBe("bars");
  });
});

describe("groupBreakdowns", () => {
  it("puts each group at its first member's place, members in file order", () => {
    const families = groupBreakdowns(fixtureDocument.breakdowns);
    expect(families.map((f) => f.key)).toEqual(["release", "detentions", "group:sex", "provinces"]);
    const group = families[2];
    expect(group?.kind === "group" ? group.breakdowns.map((b) => b.id) : []).toEqual(["sex-2021", "sex-2022", "sex-2023"]);
  });

  it("treats a group with one member as a single breakdown", () => {
    const lone: Breakdown = { ...release, group: "alone" };
    expect(groupBreakdowns([lone])[0]?.kind).toBe("single");
  });
});
