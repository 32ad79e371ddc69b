import type { Category, TimelineEvent } from "../../data/schema/events.ts";
import type { MeasureText } from "../shared/measureText.ts";
import { CALLOUT_GAP, calloutAnchor, calloutCandidateLimit, placeCallouts } from "./callouts.ts";
import { measuredCallout } from "./calloutText.ts";
import { formatClusterCount, placeClusters, type PlacedCluster } from "./cluster.ts";
import { clusterLanes, eventColumns, selectForLanes, type EventColumns } from "./clusterLane.ts";
import type { PlacedEvent, TimelineLayoutOptions } from "./layout.ts";
import { packLanes, type PackItem } from "./packLanes.ts";
import { centreOf, eventKind, type TimeDomain, type TimeSlice } from "./time.ts";
import { timeBinsFor } from "./timeBins.ts";

// Visible events → marks in lanes, or counts in clusters. In order: calendar
// bins for the zoom level; per bin, at most as many events as its lanes could
// show go on to packing (the rest are clustered at once); headlines likely to
// get a callout are packed first; whatever still does not fit is clustered in
// the lowest lane (clusterLane.ts).

export interface EventPlacementInput {
  /** All events (the key for cached per-event facts) and those in view, in time order. */
  readonly events: readonly TimelineEvent[];
  readonly times: TimeSlice;
  readonly domain: TimeDomain;
  readonly width: number;
  readonly maxLanes: number;
  readonly lanesTop: number;
  /** Top of the callout rows and their number (0: callouts off). */
  readonly calloutsTop: number;
  readonly calloutRows: number;
  readonly categories: readonly Category[];
  readonly measure: MeasureText;
  readonly labelFor: (e: TimelineEvent) => { text: string; width: number };
  readonly o: TimelineLayoutOptions;
}

export interface EventPlacement {
  readonly events: PlacedEvent[];
  readonly clusters: PlacedCluster[];
  readonly laneCount: number;
  readonly binKey: string;
}

/** Marks are clipped this far beyond the view's edges (huge coordinates upset SVG). */
export const CLIP_MARGIN = 16;
export const LABEL_OFFSET = 4;
/** Room around a pill's count. */
const PILL_PAD = 5;

interface Mark {
  readonly rawX0: number;
  readonly rawX1: number;
  readonly kind: "point" | "period";
  readonly cx: number;
  /** The drawn mark's extent, clipped: a point's marker or a period's bar. */
  readonly x0: number;
  readonly x1: number;
}

// Built once per events array and categories, not per zoom frame.
const columnCache = new WeakMap<readonly TimelineEvent[], { categories: readonly Category[]; columns: EventColumns }>();

function columnsOf(events: readonly TimelineEvent[], categories: readonly Category[]): EventColumns {
  const hit = columnCache.get(events);
  if (hit && hit.categories === categories) return hit.columns;
  const columns = eventColumns(events, categories);
  columnCache.set(events, { categories, columns });
  return columns;
}

/** A period's pixel extent clipped to a little beyond the view, and whether it runs on past either edge. */
export function clippedExtent(rawX0: number, rawX1: number, width: number) {
  const lo = -CLIP_MARGIN;
  const hi = width + CLIP_MARGIN;
  return { x0: Math.max(lo, rawX0), x1: Math.min(hi, rawX1), clippedStart: rawX0 < lo, clippedEnd: rawX1 > hi };
}

/** The widest count a pill may have to hold when n events are in view. */
const widestCount = (n: number) => (n < 10 ? "9" : n < 100 ? "99" : n < 1000 ? "999" : "9.9k");

export function placeEvents(p: EventPlacementInput): EventPlacement {
  const { times, domain, width, o } = p;
  const n = times.input.length;
  const eventAt = (i: number) => p.events[times.input[i] as number] as TimelineEvent;
  const lo = -CLIP_MARGIN;
  const hi = width + CLIP_MARGIN;
  const pxPerMs = width / (domain[1] - domain[0]);
  const toX = (ms: number) => (ms - domain[0]) * pxPerMs;
  // Marks are computed on demand: in a zoomed-out view most events are only counted.
  const marks = new Map<number, Mark>();
  const markOf = (i: number): Mark => {
    const hit = marks.get(i);
    if (hit) return hit;
    const start = times.start[i] as number;
    const end = times.end[i] as number;
    const rawX0 = toX(start);
    const rawX1 = toX(end);
    const kind = eventKind(rawX0, rawX1, o.minPeriodPx);
    const cx = toX(centreOf(start, end));
    const [m0, m1] = kind === "point" ? [cx - o.markerRadius, cx + o.markerRadius] : [rawX0, rawX1];
    const mark = { rawX0, rawX1, kind, cx, x0: Math.max(lo, m0), x1: Math.min(hi, m1) };
    marks.set(i, mark);
    return mark;
  };

  const pillWidth = (text: string) => p.measure(text, o.fontPx) + 2 * PILL_PAD;
  const inset = o.laneGapPx / 2;
  const bins = timeBinsFor(domain, pxPerMs, pillWidth(widestCount(n)) + 2 * inset);
  const binX = (b: number) => toX(bins.edges[b] ?? domain[0]);
  const slot = 2 * o.markerRadius + o.laneGapPx;
  const capacity = (b: number) => p.maxLanes * (Math.floor((binX(b + 1) - binX(b)) / slot) + 1);
  const columns = columnsOf(p.events, p.categories);
  const selection = selectForLanes(times, bins, capacity, columns);
  const { bin, keep } = selection;

  // Headlines likely to get a callout go into the top lanes first, and need no label room beside them.
  const kept: number[] = [];
  for (let i = 0; i < n; i += 1) if (keep[i] === 1) kept.push(i);
  // Visible indices of those headlines.
  const calloutFirst = new Set<number>();
  if (p.calloutRows > 0) {
    // Selection must not matter here (it would move marks): every headline ranks alike, earliest first.
    const headlines = kept.filter((i) => (columns.importance[times.input[i] as number] as number) <= o.calloutImportance);
    const anchor = (i: number) => {
      const m = markOf(i);
      return calloutAnchor({ kind: m.kind, cx: m.cx, x0: m.rawX0, x1: m.rawX1 }, width);
    };
    const candidates = headlines
      .map((i) => ({ i, x: anchor(i) }))
      .sort((a, b) => a.x - b.x || a.i - b.i)
      .slice(0, calloutCandidateLimit(p.calloutRows, width))
      .flatMap(({ i, x }) => {
        const e = eventAt(i);
        const { text, width: w } = measuredCallout(e.title, o.calloutMaxChars, Math.min(o.calloutMaxWidthPx, width), p.measure, o.fontPx);
        return [{ id: e.id, i, x, markTop: p.lanesTop, priority: 1, text, width: w }];
      });
    const byId = new Map(candidates.map((c) => [c.id, c.i]));
    const rows = { top: p.calloutsTop, rowHeight: o.calloutRowHeight, rows: p.calloutRows, width };
    for (const c of placeCallouts(candidates, { ...rows, textHeight: Math.round(o.fontPx * 1.2), gap: CALLOUT_GAP, obstacles: [] })) {
      calloutFirst.add(byId.get(c.id) as number);
    }
  }
  // Then by importance: the quiet events are the ones that end up in clusters when space runs out. A bar
  // across half the view or more says "ongoing" rather than "when", and a stack of them would push every
  // moment into clusters: it waits one tier longer.
  const tiers: PackItem[][] = [[], [], [], [], []];
  for (const i of kept) {
    const m = markOf(i);
    const importance = columns.importance[times.input[i] as number] as number;
    const first = calloutFirst.has(i);
    const reserve = !first && importance <= o.reserveLabelImportance ? o.markerRadius + LABEL_OFFSET + p.labelFor(eventAt(i)).width : 0;
    const ongoing = m.x1 - m.x0 >= width / 2 ? 1 : 0;
    tiers[first ? 0 : importance + ongoing]?.push({ i, x0: m.x0, x1: Math.min(hi, m.x1 + reserve) });
  }
  const packed = packLanes(tiers, o.laneGapPx, p.maxLanes, n);
  const placed = clusterLanes({
    lane: packed.lane, keep, bin, bins, maxLanes: p.maxLanes, gap: o.laneGapPx,
    pillExtent: (b) => {
      const [x0, x1] = [binX(b), binX(b + 1)];
      // Inset so that neighbouring pills keep a gap; not at the view's edges, where a pill runs off screen.
      return [Math.max(lo, x0 <= 0 ? x0 : x0 + inset), Math.min(hi, x1 >= width ? x1 : x1 - inset)];
    },
    markExtent: (i) => [markOf(i).x0, markOf(i).x1],
    minPillWidth: (count) => pillWidth(formatClusterCount(count)),
  });

  const laneY = (lane: number) => p.lanesTop + (lane + 0.5) * o.laneHeight;
  const events: PlacedEvent[] = [];
  for (let i = 0; i < n; i += 1) {
    const lane = placed.lane[i] ?? -1;
    if (lane < 0) continue;
    const event = eventAt(i);
    const m = markOf(i);
    events.push({
      id: event.id, event, start: times.start[i] as number, end: times.end[i] as number,
      ...clippedExtent(m.rawX0, m.rawX1, width), cx: m.cx, lane, y: laneY(lane), kind: m.kind,
      categoryIndex: columns.category[times.input[i] as number] ?? -1,
    });
  }
  const clusters = placeClusters(placed.groups, {
    selection, columns, bins, lane: placed.clusterLane, y: laneY(placed.clusterLane), width,
    pillWidth,
  });
  return { events, clusters, laneCount: placed.laneCount, binKey: bins.key };
}
