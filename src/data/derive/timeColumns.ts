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
 * The columns built a run of events at a time: a big file's dates are read,
 * and each run put in time order, as it is checked (streamEvents.ts), while
 * the rest is still downloading; only merging the runs is left for the end.
 */
export class TimeColumnsBuilder {
  private start: Float64Array;
  private end: Float64Array;
  private count = 0;
  /** Each run's positions, in time order. */
  private readonly runs: Uint32Array[] = [];

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
    const from = this.count;
    for (const e of events) {
      // eventExtent without its object: this runs for every event of a file.
      const s = period(e.date).start;
      this.start[this.count] = s;
      this.end[this.count] = Math.max(period(e.endDate ?? e.date).end, s);
      this.count += 1;
    }
    if (this.count > from) this.runs.push(sortedOrder(this.start, this.end, from, this.count));
    return this;
  }

  build(): TimeColumns {
    const start = this.start.length === this.count ? this.start : this.start.slice(0, this.count);
    const end = this.end.length === this.count ? this.end : this.end.slice(0, this.count);
    return { start, end, order: mergeRuns(this.runs, start, end, this.count) };
  }
}

/** Whether position a comes before position b: by start, then end (shorter first), then position. */
function before(start: Float64Array, end: Float64Array, a: number, b: number): boolean {
  const sa = start[a] as number;
  const sb = start[b] as number;
  if (sa !== sb) return sa < sb;
  const ea = end[a] as number;
  const eb = end[b] as number;
  return ea !== eb ? ea < eb : a < b;
}

/** Runs of positions, each in time order, merged into one; two at a time, the shortest first. */
function mergeRuns(runs: readonly Uint32Array[], start: Float64Array, end: Float64Array, count: number): Uint32Array {
  if (runs.length === 0) return new Uint32Array(0);
  let level: Uint32Array[] = [...runs];
  while (level.length > 1) {
    const next: Uint32Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const a = level[i] as Uint32Array;
      const b = level[i + 1];
      next.push(b ? mergeTwo(a, b, start, end) : a);
    }
    level = next;
  }
  const order = level[0] as Uint32Array;
  return order.length === count ? order : order.slice(0, count);
}

function mergeTwo(a: Uint32Array, b: Uint32Array, start: Float64Array, end: Float64Array): Uint32Array {
  // Most files are written in time order: then the runs follow one another and nothing interleaves.
  if (a.length === 0 || b.length === 0 || !before(start, end, b[0] as number, a[a.length - 1] as number)) {
    const out = new Uint32Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  }
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (before(start, end, y, x)) {
      out[k++] = y;
      j += 1;
    } else {
      out[k++] = x;
      i += 1;
    }
  }
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}

function grow(a: Float64Array, size: number): Float64Array {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

/** Positions from..to-1, in time order. */
function sortedOrder(start: Float64Array, end: Float64Array, from: number, to: number): Uint32Array {
  const order = new Uint32Array(to - from);
  let inOrder = true;
  for (let i = from; i < to; i += 1) {
    order[i - from] = i;
    if (i > from && before(start, end, i, i - 1)) inOrder = false;
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
