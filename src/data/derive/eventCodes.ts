import type { Category, TimelineEvent } from "../schema/events.ts";

// Each event's category and importance as numbers, by position in the events
// array. Counting categories and choosing which events get a lane read these
// instead of 150,000 objects of varying shape; the worker builds them with
// the time columns.

export interface EventCodes {
  /** Position of the event's category in the document's categories; -1 for one not listed. */
  readonly category: Int32Array;
  /** 1 (highest) to 3; 3 when the event does not say. */
  readonly importance: Uint8Array;
}

export function computeEventCodes(events: readonly TimelineEvent[], categories: readonly Category[]): EventCodes {
  const position = new Map(categories.map((c, i) => [c.id, i]));
  const category = new Int32Array(events.length);
  const importance = new Uint8Array(events.length);
  events.forEach((e, i) => {
    category[i] = position.get(e.category) ?? -1;
    importance[i] = Math.min(3, e.importance ?? 3);
  });
  return { category, importance };
}

// Codes are positions in one categories list: kept with the list they were made for.
const known = new WeakMap<readonly TimelineEvent[], { categories: readonly Category[]; codes: EventCodes }>();

export function shareEventCodes(events: readonly TimelineEvent[], categories: readonly Category[], codes: EventCodes): void {
  if (codes.category.length === events.length && codes.importance.length === events.length) known.set(events, { categories, codes });
}

/** The codes of this events array against these categories: shared, derived, or built now and kept. */
export function eventCodes(events: readonly TimelineEvent[], categories: readonly Category[]): EventCodes {
  const hit = known.get(events);
  if (hit && hit.categories === categories) return hit.codes;
  const codes = computeEventCodes(events, categories);
  known.set(events, { categories, codes });
  return codes;
}

/** Codes for `subset` (the events at `positions`), when the whole array already has some: a filter does not read every event again. */
export function shareSubsetCodes(events: readonly TimelineEvent[], subset: readonly TimelineEvent[], positions: ArrayLike<number>): void {
  const hit = known.get(events);
  if (!hit) return;
  const category = new Int32Array(positions.length);
  const importance = new Uint8Array(positions.length);
  for (let k = 0; k < positions.length; k += 1) {
    const i = positions[k] as number;
    category[k] = hit.codes.category[i] as number;
    importance[k] = hit.codes.importance[i] as number;
  }
  known.set(subset, { categories: hit.categories, codes: { category, importance } });
}

/** How many events of each category, by id, in the categories' order, from the codes alone. */
export function countCodes(codes: EventCodes, categories: readonly Category[]): Map<string, number> {
  const tally = new Int32Array(categories.length);
  for (const c of codes.category) if (c >= 0) tally[c] = (tally[c] as number) + 1;
  const counts = new Map<string, number>();
  categories.forEach((c, i) => {
    if ((tally[i] as number) > 0) counts.set(c.id, tally[i] as number);
  });
  return counts;
}
