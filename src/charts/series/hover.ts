// Linked hover works in years: the pointer or the keyboard picks a year, and
// every chart that shares the year shows its own values for it.

export interface HoverTarget {
  readonly year: number;
  /** Where the year's mark is: a stock's period end, a flow's column centre. */
  readonly x: number;
}

/** The year whose mark is nearest to x (targets sorted by x); null when there are none. */
export function yearAtX(targets: readonly HoverTarget[], x: number): number | null {
  let best: HoverTarget | null = null;
  for (const t of targets) if (best === null || Math.abs(t.x - x) < Math.abs(best.x - x)) best = t;
  return best?.year ?? null;
}

export type YearKey = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Home" | "End" | "PageUp" | "PageDown";

/** The year a key moves to: one mark at a time, ten with Page keys, to the ends with Home and End. */
export function stepYear(targets: readonly HoverTarget[], current: number | null, key: string): number | null {
  if (targets.length === 0) return null;
  const years = targets.map((t) => t.year);
  const last = years.length - 1;
  const found = current === null ? -1 : years.indexOf(current);
  const at = (i: number) => years[Math.max(0, Math.min(last, i))] ?? null;
  switch (key) {
    case "Home":
      return at(0);
    case "End":
      return at(last);
    case "ArrowLeft":
    case "ArrowDown":
      return found < 0 ? at(last) : at(found - 1);
    case "ArrowRight":
    case "ArrowUp":
      return found < 0 ? at(0) : at(found + 1);
    case "PageDown":
      return found < 0 ? at(last) : at(found - 10);
    case "PageUp":
      return found < 0 ? at(0) : at(found + 10);
    default:
      return current;
  }
}

/**
 * Moves labels apart vertically: each wants to be centred on `centre`, none may
 * overlap or leave [min, max]. Returns each label's top, in input order.
 */
export function dodge(items: readonly { readonly centre: number; readonly size: number }[], min: number, max: number, gap = 2): number[] {
  const order = items.map((item, i) => ({ ...item, i })).sort((a, b) => a.centre - b.centre);
  const tops = new Array<number>(items.length).fill(0);
  let floor = min;
  for (const item of order) {
    const top = Math.max(floor, item.centre - item.size / 2);
    tops[item.i] = top;
    floor = top + item.size + gap;
  }
  // Pushed past the bottom: walk back up, still without overlaps.
  let ceiling = max;
  for (let k = order.length - 1; k >= 0; k--) {
    const item = order[k];
    if (item === undefined) continue;
    const top = Math.min(tops[item.i] ?? 0, ceiling - item.size);
    tops[item.i] = Math.max(min, top);
    ceiling = top - gap;
  }
  return tops;
}
