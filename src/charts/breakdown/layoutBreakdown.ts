import type { Breakdown } from "../../data/schema/population.ts";
import type { MeasureText } from "../shared/measureText.ts";
import { chooseBreakdownChart, isBreakdownList, type BreakdownFamily } from "./chooseBreakdownChart.ts";
import { formatPartValueMarked, partPhrase } from "./formatPart.ts";
import { layoutBars, type BarsLayout } from "./layoutBars.ts";
import { layoutSmallMultiples, type SmallMultiplesLayout } from "./layoutSmallMultiples.ts";
import { layoutStackedBar, type StackedBarLayout } from "./layoutStackedBar.ts";
import { layoutWaffle, type WaffleLayout } from "./layoutWaffle.ts";

// Picks the chart for a family and lays it out, with a one-sentence text
// equivalent for the SVG's accessible name.

export type BreakdownLayout =
  | { readonly kind: "waffle"; readonly layout: WaffleLayout; readonly description: string }
  | { readonly kind: "stacked-bar"; readonly layout: StackedBarLayout; readonly description: string }
  | { readonly kind: "bars"; readonly layout: BarsLayout; readonly description: string }
  | { readonly kind: "small-multiples"; readonly layout: SmallMultiplesLayout; readonly description: string };

/** A breakdown or a list of them, as the family they form. */
export function toFamily(input: Breakdown | readonly Breakdown[]): BreakdownFamily | null {
  const list: readonly Breakdown[] = isBreakdownList(input) ? input : [input];
  const first = list[0];
  if (first === undefined) return null;
  if (list.length === 1) return { kind: "single", key: first.id, breakdown: first };
  const group = first.group ?? first.id;
  return { kind: "group", key: `group:${group}`, group, breakdowns: list };
}

function describe(b: Breakdown): string {
  return b.parts.map((p) => `${p.label}: ${formatPartValueMarked(p)}`).join("; ");
}

export function layoutBreakdown(
  members: readonly Breakdown[],
  width: number,
  measure?: MeasureText,
): BreakdownLayout | null {
  const first = members[0];
  if (first === undefined) return null;
  const options = measure ? { measure } : {};
  switch (chooseBreakdownChart(members.length === 1 ? first : members)) {
    case "waffle":
      return { kind: "waffle", layout: layoutWaffle(first.parts, width), description: first.parts.map(partPhrase).join(", ") };
    case "stacked-bar":
      return { kind: "stacked-bar", layout: layoutStackedBar(first.parts, width, options), description: describe(first) };
    case "bars":
      return { kind: "bars", layout: layoutBars(first.parts, width, options), description: describe(first) };
    case "small-multiples":
      return {
        kind: "small-multiples",
        layout: layoutSmallMultiples(members, width, options),
        description: members.map((b) => `${b.date ?? b.label}: ${describe(b)}`).join(". "),
      };
  }
}
