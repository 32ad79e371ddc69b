import { comparePeriods, period } from "../dates.ts";
import type { TimelineEvent } from "../schema/events.ts";

/** Events in time order: by the start of their period, shorter first, then as given. */
export function sortByTime(events: readonly TimelineEvent[]): TimelineEvent[] {
  const keyed = events.map((e, i) => ({ e, i, p: period(e.date) }));
  keyed.sort((a, b) => comparePeriods(a.p, b.p) || a.i - b.i);
  return keyed.map((k) => k.e);
}

/** The events just before and after `id` in time among `sorted`. */
export function neighboursOf(sorted: readonly TimelineEvent[], id: string): { previous?: TimelineEvent; next?: TimelineEvent } {
  const i = sorted.findIndex((e) => e.id === id);
  if (i < 0) return {};
  const previous = sorted[i - 1];
  const next = sorted[i + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
