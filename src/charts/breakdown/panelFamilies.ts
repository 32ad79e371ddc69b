import type { Breakdown, PopulationDocument, Series } from "../../data/schema/population.ts";
import { familyMembers, groupBreakdowns, type BreakdownFamily } from "./chooseBreakdownChart.ts";

// What the panel draws, in order: stock series of one unit together on one
// line chart, each flow series on its own, then each breakdown or group.

export type PanelFamily =
  | { readonly kind: "series"; readonly key: string; readonly series: readonly Series[] }
  | { readonly kind: "breakdown"; readonly key: string; readonly family: BreakdownFamily; readonly members: readonly Breakdown[] };

export function panelFamilies(doc: PopulationDocument): PanelFamily[] {
  const families: PanelFamily[] = [];
  const stocksByUnit = new Map<string, Series[]>();
  for (const s of doc.series) {
    if ((s.measure ?? "stock") === "flow") {
      families.push({ kind: "series", key: `series:${s.id}`, series: [s] });
      continue;
    }
    const list = stocksByUnit.get(s.unit);
    if (list) {
      list.push(s);
    } else {
      const fresh = [s];
      stocksByUnit.set(s.unit, fresh);
      // The family takes the place of its first member; later members join it.
      families.push({ kind: "series", key: `stocks:${s.unit}`, series: fresh });
    }
  }
  for (const family of groupBreakdowns(doc.breakdowns)) {
    families.push({ kind: "breakdown", key: family.key, family, members: familyMembers(family) });
  }
  return families;
}
