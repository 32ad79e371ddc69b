import type { Breakdown } from "../../data/schema/population.ts";
import { hasRange } from "./formatPart.ts";

// Picks the chart from the question the data answers (the FT's chart
// vocabulary): part-to-whole for "parts", magnitude for "comparison", one
// family of panels for a group.

export type BreakdownChartKind = "waffle" | "stacked-bar" | "bars" | "small-multiples";

/** Above this many units one cell per person stops being countable at a glance. */
export const WAFFLE_MAX_TOTAL = 1000;

/** One chart's worth of breakdowns: a breakdown alone, or every breakdown of a group. */
export type BreakdownFamily =
  | { readonly kind: "single"; readonly key: string; readonly breakdown: Breakdown }
  | { readonly kind: "group"; readonly key: string; readonly group: string; readonly breakdowns: readonly Breakdown[] };

/** Groups breakdowns by `group`, each family at its first member's place in file order. */
export function groupBreakdowns(breakdowns: readonly Breakdown[]): BreakdownFamily[] {
  const members = new Map<string, Breakdown[]>();
  for (const b of breakdowns) {
    if (b.group === undefined) continue;
    const list = members.get(b.group);
    if (list) list.push(b);
    else members.set(b.group, [b]);
  }
  const families: BreakdownFamily[] = [];
  const seen = new Set<string>();
  for (const b of breakdowns) {
    const list = b.group === undefined ? undefined : members.get(b.group);
    if (b.group === undefined || list === undefined || list.length < 2) {
      families.push({ kind: "single", key: b.id, breakdown: b });
    } else if (!seen.has(b.group)) {
      seen.add(b.group);
      families.push({ kind: "group", key: `group:${b.group}`, group: b.group, breakdowns: list });
    }
  }
  return families;
}

export function familyMembers(family: BreakdownFamily): readonly Breakdown[] {
  return family.kind === "single" ? [family.breakdown] : family.breakdowns;
}

export function partsSum(b: Breakdown): number {
  return b.parts.reduce((sum, p) => sum + p.value, 0);
}

/**
 * A share of a whole is only drawn as one when the whole is known: no part is
 * a lower bound or a range, and there is something to divide.
 */
export function canStack(b: Breakdown): boolean {
  return b.kind === "parts" && partsSum(b) > 0 && b.parts.every((p) => p.atLeast !== true && !hasRange(p));
}

/** One cell per unit needs whole, exact counts: an approximate count drawn as cells would look exact. */
export function canWaffle(b: Breakdown): boolean {
  const total = partsSum(b);
  return (
    canStack(b) &&
    total <= WAFFLE_MAX_TOTAL &&
    (b.total === undefined || b.total === total) &&
    b.parts.every((p) => Number.isInteger(p.value) && p.approximate !== true)
  );
}

export function chooseBreakdownChart(input: Breakdown | readonly Breakdown[]): BreakdownChartKind {
  const list: readonly Breakdown[] = isBreakdownList(input) ? input : [input];
  if (list.length > 1) return "small-multiples";
  const b = list[0];
  if (b === undefined) return "bars";
  if (canWaffle(b)) return "waffle";
  if (canStack(b)) return "stacked-bar";
  return "bars";
}

/** Array.isArray does not narrow readonly arrays; this does. */
export function isBreakdownList(input: Breakdown | readonly Breakdown[]): input is readonly Breakdown[] {
  return Array.isArray(input);
}
