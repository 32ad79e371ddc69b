import { bisector } from "d3-array";
import { timeColumns } from "../../data/derive/timeColumns.ts";
import type { TimelineEvent } from "../../data/schema/events.ts";

export { eventExtent } from "../../data/derive/timeColumns.ts";

// Events are periods, not instants: "2022-12" is all of December 2022. Every
// pixel position in the timeline starts from the [start, end) computed here.

/** A visible or full time domain: [start, end] in UTC milliseconds. */
export type TimeDomain = readonly [start: number, end: number];

export interface EventTime {
  /** Position of the event in the array given to eventTimes. */
  readonly index: number;
  readonly event: TimelineEvent;
  /** Start of `date`'s period, UTC ms. */
  readonly start: number;
  /** End (exclusive) of `endDate`'s period, or of `date`'s when there is none. */
  readonly end: number;
  /** Midpoint of [start, end): where a point marker goes, so "Dec 2022" is never drawn on 1 Dec. */
  readonly centre: number;
}

export interface EventTimes {
  /** Every event, sorted by start, then by end (shorter first), then by input order. */
  readonly sorted: readonly EventTime[];
  /** Sorted events no longer than LONG_EVENT_MS: searched by binary search. */
  readonly short: readonly EventTime[];
  /** Sorted events longer than LONG_EVENT_MS: few, scanned whole (see visibleEventTimes). */
  readonly long: readonly EventTime[];
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

/** The index's order, the same as the columns' (timeColumns.ts): by start, then by end (shorter first), then by input order. */
const before = (a: EventTime, b: EventTime) => a.start - b.start || a.end - b.end || a.index - b.index;

/** Every event's extent in the columns' time order (see timeColumns). Build once per events array. */
export function eventTimes(events: readonly TimelineEvent[]): EventTimes {
  const columns = timeColumns(events);
  const sorted = new Array<EventTime>(events.length);
  columns.order.forEach((index, k) => {
    const start = columns.start[index] as number;
    const end = columns.end[index] as number;
    sorted[k] = { index, event: events[index] as TimelineEvent, start, end, centre: start + (end - start) / 2 };
  });
  const short: EventTime[] = [];
  const long: EventTime[] = [];
  let maxShortDuration = 0;
  for (const t of sorted) {
    const duration = t.end - t.start;
    if (duration > LONG_EVENT_MS) long.push(t);
    else {
      short.push(t);
      maxShortDuration = Math.max(maxShortDuration, duration);
    }
  }
  return { sorted, short, long, maxShortDuration };
}

// Building the index makes one object per event: done once per events array, not per zoom frame or per caller.
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

const byStart = bisector<EventTime, number>((t) => t.start);

/**
 * Events whose period intersects [domain[0], domain[1]), in start order.
 * Cost: two binary searches, plus the short events that start up to
 * maxShortDuration before the window, plus a scan of the (few) long ones.
 */
export function visibleEventTimes(times: EventTimes, domain: TimeDomain): EventTime[] {
  const [d0, d1] = domain;
  const from = byStart.left(times.short, d0 - times.maxShortDuration);
  const to = byStart.left(times.short, d1);
  const visible: EventTime[] = [];
  for (let i = from; i < to; i += 1) {
    const t = times.short[i];
    if (t && t.end > d0) visible.push(t);
  }
  const longVisible = times.long.filter((t) => t.start < d1 && t.end > d0);
  return longVisible.length === 0 ? visible : mergeSorted(visible, longVisible);
}

/** Both lists are already in index order: merged in one pass rather than sorted again on every frame. */
function mergeSorted(a: readonly EventTime[], b: readonly EventTime[]): EventTime[] {
  const out: EventTime[] = new Array<EventTime>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as EventTime;
    const y = b[j] as EventTime;
    if (before(x, y) <= 0) {
      out[k++] = x;
      i += 1;
    } else {
      out[k++] = y;
      j += 1;
    }
  }
  while (i < a.length) out[k++] = a[i++] as EventTime;
  while (j < b.length) out[k++] = b[j++] as EventTime;
  return out;
}

/** "period" (a bar) when the extent is at least minPx wide on screen, else "point" (a marker at the centre). */
export function eventKind(x0: number, x1: number, minPx: number = MIN_PERIOD_PX): "point" | "period" {
  return x1 - x0 >= minPx ? "period" : "point";
}
