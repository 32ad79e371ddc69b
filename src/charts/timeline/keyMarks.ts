import { formatDateRange } from "../../data/dates.ts";
import { clusterAriaLabel, clusterRangeText } from "./cluster.ts";
import type { TimelineLayout } from "./layout.ts";

/** A mark the keyboard can land on and a tooltip can describe: an event or a cluster. */
export interface KeyMark {
  readonly id: string;
  /** Middle of what it stands for, UTC ms: where +/− zoom around. */
  readonly centre: number;
  /** Where a tooltip points, in px. */
  readonly x: number;
  readonly y: number;
  /** What the live region says when focus lands here. */
  readonly announce: string;
  readonly tipDate: string;
  readonly tipTitle: string;
}

/** Events and clusters in one left-to-right ring, so arrow keys reach everything in view. */
export function keyMarksOf(layout: TimelineLayout | null, width: number): KeyMark[] {
  if (!layout) return [];
  const events = layout.events.map((e): KeyMark => {
    const date = formatDateRange(e.event.date, e.event.endDate);
    const x = e.kind === "point" ? e.cx : (Math.max(0, e.x0) + Math.min(width, e.x1)) / 2;
    return { id: e.id, centre: (e.start + e.end) / 2, x, y: e.y, announce: `${date}: ${e.event.title}`, tipDate: date, tipTitle: e.event.title };
  });
  const clusters = layout.clusters.map((c): KeyMark => ({
    id: c.id,
    centre: (c.focusStart + c.focusEnd) / 2,
    x: c.cx,
    y: c.y,
    announce: clusterAriaLabel(c),
    tipDate: clusterRangeText(c),
    tipTitle: `${c.size} events: select to zoom in`,
  }));
  return [...events, ...clusters].sort((a, b) => a.centre - b.centre);
}
