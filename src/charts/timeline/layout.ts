import { scaleUtc, type ScaleTime } from "d3-scale";
import type { Category, Era, TimelineEvent } from "../../data/schema/events.ts";
import { approximateMeasure, type MeasureText } from "../shared/measureText.ts";
import type { PlacedCallout } from "./callouts.ts";
import { measuredCallout } from "./calloutText.ts";
import type { PlacedCluster } from "./cluster.ts";
import { placeEras, type PlacedEra } from "./eras.ts";
import { placeEventCallouts, placeEventLabels, type PlacedLabel } from "./eventLabels.ts";
import { measuredLabel } from "./labelText.ts";
import type { Obstacle } from "./labels.ts";
import { LABEL_OFFSET, placeEvents } from "./placeEvents.ts";
import { timeTicks, type Tick } from "./ticks.ts";
import { eventIndex, visibleEventTimes, type TimeDomain } from "./time.ts";

// The timeline, top to bottom: a row of era labels, the callout rows, the event
// lanes (the lowest holding clusters when not everything fits), the time axis.
// Everything here is pixels for the visible domain; the view only draws.

export interface TimelineLayoutOptions {
  readonly laneHeight: number;
  readonly fontPx: number;
  /** Half a point marker's size; also the clearance kept around marks. */
  readonly markerRadius: number;
  readonly barHeight: number;
  /** Space above the first lane and below the last. */
  readonly lanePadding: number;
  readonly eraRowHeight: number;
  readonly axisHeight: number;
  /** Lane cap when no height is given. */
  readonly maxLanes: number;
  /** Least space between marks in one lane. */
  readonly laneGapPx: number;
  /** Narrower than this, an event is a point at its centre. */
  readonly minPeriodPx: number;
  readonly maxLabelWidthPx: number;
  /** Events this important (1 = headline) keep room for their label when lanes are packed. */
  readonly reserveLabelImportance: 1 | 2 | 3;
  /** Height of a callout row above the lanes; 0 turns callouts off (and gives their rows back to the lanes). */
  readonly calloutRowHeight: number;
  readonly calloutRows: number;
  /** Events this important get callouts. */
  readonly calloutImportance: 1 | 2 | 3;
  /** A callout is the title cut to this many characters (at a clause or word) … */
  readonly calloutMaxChars: number;
  /** … and to this width. */
  readonly calloutMaxWidthPx: number;
}

export const DEFAULT_TIMELINE_OPTIONS: TimelineLayoutOptions = {
  laneHeight: 22, fontPx: 12, markerRadius: 5, barHeight: 8, lanePadding: 6, eraRowHeight: 20, axisHeight: 28,
  maxLanes: 12, laneGapPx: 4, minPeriodPx: 6, maxLabelWidthPx: 220, reserveLabelImportance: 1,
  calloutRowHeight: 18, calloutRows: 2, calloutImportance: 1, calloutMaxChars: 40, calloutMaxWidthPx: 240,
};

export interface TimelineLayoutInput {
  readonly events: readonly TimelineEvent[];
  readonly categories: readonly Category[];
  readonly eras?: readonly Era[];
  /** Visible domain, UTC ms. */
  readonly domain: TimeDomain;
  readonly width: number;
  /** Fixed total height: lanes are capped to what fits. Without it the layout grows with its lanes. */
  readonly height?: number;
  readonly measureText?: MeasureText;
  /** Labels to place before all others, over other marks if need be (the selected event's); lanes ignore this. */
  readonly pinnedLabelIds?: ReadonlySet<string>;
  readonly options?: Partial<TimelineLayoutOptions>;
}

export interface PlacedEvent {
  readonly id: string;
  readonly event: TimelineEvent;
  /** The event's period, UTC ms: [start, end). */
  readonly start: number;
  readonly end: number;
  /** Pixel extent of the period, clipped to a little beyond the view (huge coordinates upset SVG). */
  readonly x0: number;
  readonly x1: number;
  /** The period continues beyond the view's left / right edge. */
  readonly clippedStart: boolean;
  readonly clippedEnd: boolean;
  /** Centre of the period: where a point marker goes. */
  readonly cx: number;
  readonly lane: number;
  /** Vertical centre of the lane. */
  readonly y: number;
  readonly kind: "point" | "period";
  /** Index into categories; -1 for an unknown category (draw it grey). */
  readonly categoryIndex: number;
}

export type { PlacedCallout, PlacedCluster, PlacedEra, PlacedLabel, Tick };

export interface TimelineLayout {
  readonly xScale: ScaleTime<number, number>;
  readonly domain: TimeDomain;
  readonly width: number;
  readonly height: number;
  readonly ticks: Tick[];
  readonly eras: PlacedEra[];
  /** Events drawn one by one, in start order. With `clusters`, every event in view exactly once. */
  readonly events: PlacedEvent[];
  /** Events in view that did not fit the lanes, counted in pills in the lowest lane; left to right. */
  readonly clusters: PlacedCluster[];
  /** In priority order. Events with a callout get no label. */
  readonly callouts: PlacedCallout[];
  /** In priority order: the first ones matter most. */
  readonly labels: PlacedLabel[];
  readonly laneCount: number;
  readonly laneHeight: number;
  /** Top of the events area (below the era label row): the callout rows, then the lanes. */
  readonly eventsTop: number;
  /** Height of the callout rows (0 when off). */
  readonly calloutsHeight: number;
  /** Top edge of lane 0. */
  readonly lanesTop: number;
  /** The calendar bin size clusters were formed with ("d", "w", "m", "y", "5y", …). */
  readonly binKey: string;
  readonly eventsHeight: number;
  /** Where the time axis line goes. */
  readonly axisY: number;
}

export function layoutTimeline(input: TimelineLayoutInput): TimelineLayout {
  const o: TimelineLayoutOptions = { ...DEFAULT_TIMELINE_OPTIONS, ...input.options };
  const { width, domain } = input;
  const measure = input.measureText ?? approximateMeasure;
  const pinned = input.pinnedLabelIds ?? new Set<string>();
  const xScale = scaleUtc().domain([domain[0], domain[1]]).range([0, width]);
  const eventsTop = o.eraRowHeight;
  const calloutRows = o.calloutRowHeight > 0 ? Math.max(0, Math.floor(o.calloutRows)) : 0;
  const calloutsHeight = calloutRows * o.calloutRowHeight;
  const lanesTop = eventsTop + calloutsHeight + o.lanePadding;
  const maxLanes = input.height === undefined
    ? o.maxLanes
    : Math.max(1, Math.floor((input.height - lanesTop - o.lanePadding - o.axisHeight) / o.laneHeight));
  const labelFor = (e: TimelineEvent) => measuredLabel(e.title, o.maxLabelWidthPx, measure, o.fontPx);

  const { events, clusters, laneCount, binKey } = placeEvents({
    events: input.events, times: visibleEventTimes(eventIndex(input.events), domain), domain, width, maxLanes, lanesTop,
    calloutsTop: eventsTop, calloutRows, categories: input.categories, measure, labelFor, o,
  });
  const usedLanes = Math.max(1, laneCount);
  const eventsHeight = input.height === undefined
    ? calloutsHeight + usedLanes * o.laneHeight + 2 * o.lanePadding
    : Math.max(0, input.height - eventsTop - o.axisHeight);

  const pills: Obstacle[] = clusters.map((c) => ({ x0: c.x0, x1: c.x1, y0: c.y - o.laneHeight / 2, y1: c.y + o.laneHeight / 2 }));
  const callouts = placeEventCallouts(events, {
    width, top: eventsTop, rowHeight: o.calloutRowHeight, rows: calloutRows, fontPx: o.fontPx,
    markerRadius: o.markerRadius, barHeight: o.barHeight, importance: o.calloutImportance, pinned, obstacles: pills,
    calloutFor: (e) => measuredCallout(e.title, o.calloutMaxChars, Math.min(o.calloutMaxWidthPx, width), measure, o.fontPx),
  });
  const calloutMarks: Obstacle[] = callouts.flatMap((c) => [
    c.rect, { x0: c.leader.x1 - 0.5, x1: c.leader.x1 + 0.5, y0: c.leader.y1, y1: c.leader.y2 },
  ]);
  // Pinning only moves a label up the queue: lanes ignore it, so selecting an event never moves marks.
  const importance = (e: TimelineEvent) => (pinned.has(e.id) ? 0 : (e.importance ?? 3));
  const labels = placeEventLabels(events, {
    width, lanesTop, eventsTop, eventsHeight, laneCount: usedLanes, importance, labelFor, pinned,
    laneHeight: o.laneHeight, fontPx: o.fontPx, markerRadius: o.markerRadius, barHeight: o.barHeight, offset: LABEL_OFFSET,
    skip: new Set(callouts.map((c) => c.id)), obstacles: [...pills, ...calloutMarks],
  });
  const { eras, ticks } = axisParts(input, xScale, measure, o.fontPx);
  const axisY = eventsTop + eventsHeight;
  return {
    xScale, domain, width, height: axisY + o.axisHeight, ticks, eras, events, clusters, callouts, labels,
    laneCount: usedLanes, laneHeight: o.laneHeight, eventsTop, calloutsHeight, lanesTop, binKey, eventsHeight, axisY,
  };
}

/** The parts of a layout that follow the domain alone: the eras' bands and the axis ticks. */
export function axisParts(input: TimelineLayoutInput, xScale: ScaleTime<number, number>, measure: MeasureText, fontPx: number) {
  return {
    eras: placeEras(input.eras ?? [], xScale, input.domain, input.width, measure, { fontPx, paddingPx: 4 }),
    ticks: timeTicks(input.domain, input.width, measure, { fontPx }),
  };
}
