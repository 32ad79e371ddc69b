import { timeColumns } from "../../data/derive/timeColumns.ts";
import type { TimelineEvent } from "../../data/schema/events.ts";

export { eventExtent } from "../../data/derive/timeColumns.ts";

// Events are periods, not instants: "2022-12" is all of December 2022. Every
// pixel position in the timeline starts from the [start, end) computed here.

/** A visible or full time domain: [start, end] in UTC milliseconds. */
export type TimeDomain = readonly [start: number, end: number];

/**
 * Events in the index's order as columns: position i is one event, with its
 * place in the events array, its start and its end (UTC ms). Typed arrays
 * rather than an object per event: a zoom frame over 50,000 events reads
 * them in a few compact passes.
 */
export interface TimeSlice {
  readonly input: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
}

export interface EventTimes {
  /** Events no longer than LONG_EVENT_MS, in index order: searched by binary search. */
  readonly short: TimeSlice;
  /** Events longer than LONG_EVENT_MS, in index order: few, scanned whole (see visibleEventTimes). */
  readonly long: TimeSlice;
  /** Longest duration in `short`, ms: how far before the window a short event may start and still reach it. */
  readonly maxShortDuration: number;
}

/**
 * Spans up to a little over a year go into the bisected index; longer ones are
 * kept apart so that one 1979–2023 span does not force every query to scan
 * from the beginning.
 */
export const LONG_EVENT_MS = 400 * 86_400_000;

/** Narrower than this at the current scale, an event is drawn as a point at its centre. */
export const MIN_PERIOD_PX = 6;

/** Midpoint of [start, end): where a point marker goes, so "Dec 2022" is never drawn on 1 Dec. */
export const centreOf = (start: number, end: number): number => start + (end - start) / 2;

/**
 * Every event's extent in the columns' time order (see timeColumns): by start,
 * then by end (shorter first), then by position. Build once per events array.
 */
export function eventTimes(events: readonly TimelineEvent[]): EventTimes {
  const { order, start, end } = timeColumns(events);
  let longCount = 0;
  let maxShortDuration = 0;
  for (let i = 0; i < order.length; i += 1) {
    const duration = (end[i] as number) - (start[i] as number);
    if (duration > LONG_EVENT_MS) longCount += 1;
    else if (duration > maxShortDuration) maxShortDuration = duration;
  }
  const short = emptySlice(order.length - longCount);
  const long = emptySlice(longCount);
  let s = 0;
  let l = 0;
  for (let k = 0; k < order.length; k += 1) {
    const index = order[k] as number;
    const from = start[index] as number;
    const to = end[index] as number;
    const into = to - from > LONG_EVENT_MS ? long : short;
    const at = into === long ? l++ : s++;
    into.input[at] = index;
    into.start[at] = from;
    into.end[at] = to;
  }
  return { short, long, maxShortDuration };
}

// Built once per events array, not per zoom frame or per caller.
const indexes = new WeakMap<readonly TimelineEvent[], EventTimes>();

/** eventTimes, kept per events array. */
export function eventIndex(events: readonly TimelineEvent[]): EventTimes {
  let index = indexes.get(events);
  if (!index) {
    index = eventTimes(events);
    indexes.set(events, index);
  }
  return index;
}

const emptySlice = (n: number): TimeSlice => ({ input: new Int32Array(n), start: new Float64Array(n), end: new Float64Array(n) });

/** First position whose start is at least `ms` (starts are ascending). */
function firstStartingAt(starts: Float64Array, ms: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Events whose period intersects [domain[0], domain[1]), in the index's order.
 * Cost: two binary searches, plus the short events that start up to
 * maxShortDuration before the window, plus a scan of the (few) long ones.
 * When every short event in range reaches the window, the slice is a view
 * of the index, not a copy.
 */
export function visibleEventTimes(times: EventTimes, domain: TimeDomain): TimeSlice {
  const [d0, d1] = domain;
  const { short, long } = times;
  const from = firstStartingAt(short.start, d0 - times.maxShortDuration);
  const to = firstStartingAt(short.start, d1);
  let reaching = 0;
  for (let i = from; i < to; i += 1) if ((short.end[i] as number) > d0) reaching += 1;
  let visible: TimeSlice;
  if (reaching === to - from) {
    visible = { input: short.input.subarray(from, to), start: short.start.subarray(from, to), end: short.end.subarray(from, to) };
  } else {
    visible = emptySlice(reaching);
    let k = 0;
    for (let i = from; i < to; i += 1) if ((short.end[i] as number) > d0) copyInto(visible, k++, short, i);
  }
  let longCount = 0;
  for (let i = 0; i < long.input.length; i += 1) if ((long.start[i] as number) < d1 && (long.end[i] as number) > d0) longCount += 1;
  return longCount === 0 ? visible : mergeLong(visible, long, longCount, domain);
}

function copyInto(to: TimeSlice, k: number, from: TimeSlice, i: number): void {
  to.input[k] = from.input[i] as number;
  to.start[k] = from.start[i] as number;
  to.end[k] = from.end[i] as number;
}

/** The index's order: by start, then by end (shorter first), then by position (timeColumns.ts sorts alike). */
function before(a: TimeSlice, i: number, b: TimeSlice, j: number): boolean {
  const sa = a.start[i] as number;
  const sb = b.start[j] as number;
  if (sa !== sb) return sa < sb;
  const ea = a.end[i] as number;
  const eb = b.end[j] as number;
  if (ea !== eb) return ea < eb;
  return (a.input[i] as number) <= (b.input[j] as number);
}

/** Both lists are already in index order: merged in one pass rather than sorted again on every frame. */
function mergeLong(visible: TimeSlice, long: TimeSlice, longCount: number, [d0, d1]: TimeDomain): TimeSlice {
  const out = emptySlice(visible.input.length + longCount);
  let i = 0;
  let k = 0;
  const nextLong = (from: number) => {
    let at = from;
    while (at < long.input.length && !((long.start[at] as number) < d1 && (long.end[at] as number) > d0)) at += 1;
    return at;
  };
  let j = nextLong(0);
  while (i < visible.input.length && j < long.input.length) {
    if (before(visible, i, long, j)) copyInto(out, k++, visible, i++);
    else {
      copyInto(out, k++, long, j);
      j = nextLong(j + 1);
    }
  }
  while (i < visible.input.length) copyInto(out, k++, visible, i++);
  while (j < long.input.length) {
    copyInto(out, k++, long, j);
    j = nextLong(j + 1);
  }
  return out;
}

/** "period" (a bar) when the extent is at least minPx wide on screen, else "point" (a marker at the centre). */
export function eventKind(x0: number, x1: number, minPx: number = MIN_PERIOD_PX): "point" | "period" {
  return x1 - x0 >= minPx ? "period" : "point";
}
