import { period } from "../dates.ts";
import type { TimelineEvent } from "../schema/events.ts";

// Every view places events by their periods, so each date is read once per
// events array, into typed columns. The data worker, which has just checked
// every date, builds them for a loaded file and hands them over without a
// copy: a 150,000-event file is then never parsed or sorted on the page.

/** Each event's period in UTC ms, by position in the events array, and the positions in time order. */
export interface TimeColumns {
  /** Start of `date`'s period. */
  readonly start: Float64Array;
  /** End (exclusive) of `endDate`'s period, or of `date`'s when there is none; never before start. */
  readonly end: Float64Array;
  /** Positions sorted by start, then end (shorter first), then position. */
  readonly order: Uint32Array;
}

/** The period an event covers: from the start of `date`'s period to the end of `endDate`'s. */
export function eventExtent(event: TimelineEvent): { start: number; end: number } {
  const start = period(event.date).start;
  const end = period(event.endDate ?? event.date).end;
  return { start, end: Math.max(end, start) };
}

export function computeTimeColumns(events: readonly TimelineEvent[]): TimeColumns {
  return new TimeColumnsBuilder(events.length).add(events).build();
}

/**
 * The columns built a run of events at a time: a big file's dates are read as
 * each run is checked (streamEvents.ts), while the rest is still downloading,
 * and only the sort is left for the end.
 */
export class TimeColumnsBuilder {
  private start: Float64Array;
  private end: Float64Array;
  private count = 0;

  constructor(expected = 1024) {
    this.start = new Float64Array(Math.max(1, expected));
    this.end = new Float64Array(Math.max(1, expected));
  }

  add(events: readonly TimelineEvent[]): this {
    const needed = this.count + events.length;
    if (needed > this.start.length) {
      const size = Math.max(needed, this.start.length * 2);
      this.start = grow(this.start, size);
      this.end = grow(this.end, size);
    }
    for (const e of events) {
      // eventExtent without its object: this runs for every event of a file.
      const s = period(e.date).start;
      this.start[this.count] = s;
      this.end[this.count] = Math.max(period(e.endDate ?? e.date).end, s);
      this.count += 1;
    }
    return this;
  }

  build(): TimeColumns {
    const start = this.start.length === this.count ? this.start : this.start.slice(0, this.count);
    const end = this.end.length === this.count ? this.end : this.end.slice(0, this.count);
    return { start, end, order: sortedOrder(start, end) };
  }
}

function grow(a: Float64Array, size: number): Float64Array {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

function sortedOrder(start: Float64Array, end: Float64Array): Uint32Array {
  const order = new Uint32Array(start.length);
  let inOrder = true;
  for (let i = 0; i < order.length; i += 1) {
    order[i] = i;
    if (i > 0 && ((start[i - 1] as number) > (start[i] as number) || (start[i - 1] === start[i] && (end[i - 1] as number) > (end[i] as number)))) {
      inOrder = false;
    }
  }
  // Most files are written in time order: then one pass shows it and nothing is sorted.
  if (inOrder) return order;
  return order.sort((a, b) => (start[a] as number) - (start[b] as number) || (end[a] as number) - (end[b] as number) || a - b);
}

const known = new WeakMap<readonly TimelineEvent[], TimeColumns>();

/** Records columns built elsewhere (by the worker) for this events array. */
export function shareTimeColumns(events: readonly TimelineEvent[], columns: TimeColumns): void {
  if (columns.start.length === events.length && columns.end.length === events.length && columns.order.length === events.length) {
    known.set(events, columns);
  }
}

/** The columns of this events array: shared, derived, or built now and kept. */
export function timeColumns(events: readonly TimelineEvent[]): TimeColumns {
  let columns = known.get(events);
  if (!columns) {
    columns = computeTimeColumns(events);
    known.set(events, columns);
  }
  return columns;
}

/**
 * Columns for `subset`, the events of `events` at `positions` (ascending), read
 * from the whole array's columns: a filter costs one pass, not a sort.
 */
export function shareSubsetColumns(events: readonly TimelineEvent[], subset: readonly TimelineEvent[], positions: ArrayLike<number>): void {
  const whole = timeColumns(events);
  const n = positions.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const at = new Int32Array(events.length).fill(-1);
  for (let k = 0; k < n; k += 1) {
    const i = positions[k] as number;
    start[k] = whole.start[i] as number;
    end[k] = whole.end[i] as number;
    at[i] = k;
  }
  const order = new Uint32Array(n);
  let next = 0;
  for (const i of whole.order) {
    const k = at[i] as number;
    if (k >= 0) order[next++] = k;
  }
  shareTimeColumns(subset, { start, end, order });
}

/** Earliest start and latest end; null when there are no events. */
export function timeSpan(columns: TimeColumns): [number, number] | null {
  const first = columns.order[0];
  if (first === undefined) return null;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of columns.end) if (e > last) last = e;
  return [columns.start[first] as number, last];
}
