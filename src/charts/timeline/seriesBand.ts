import { bisector } from "d3-array";
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from "d3-scale";
import { area, curveLinear, line } from "d3-shape";
import { period } from "../../data/dates.ts";
import type { Series } from "../../data/schema/population.ts";
import { formatCompact } from "../../format/number.ts";
import type { TimeDomain } from "./time.ts";

// The population stock as a muted area under the events, on the same time axis.
// A stock is the value at the END of its period (UNHCR's end-of-year figure for
// "1989" is the population on 31 Dec 1989), so each point sits at its period's end.
// Points are joined by straight lines (no curve invents a peak between two
// counts); null is no figure, and stays a gap.

export interface PlacedSeriesPoint {
  readonly date: string;
  readonly value: number | null;
  /** Period end, UTC ms: the instant the stock describes. */
  readonly time: number;
  readonly x: number;
  /** null where value is null. */
  readonly y: number | null;
  readonly approximate: boolean;
}

export interface SeriesBandTick {
  readonly y: number;
  readonly value: number;
  /** "0", "500k", "1.5M". */
  readonly label: string;
}

export interface NumberedBreak {
  /** 1-based, in the band series' order, then each compared series': stable while zooming. */
  readonly number: number;
  readonly date: string;
  readonly label: string;
}

/** Every break the band marks: its own series' first, then a compared series' own changes of counting. */
export function bandBreaks(series: Series, companions: readonly Series[]): NumberedBreak[] {
  const own = (series.breaks ?? []).map((b) => ({ date: b.date, label: b.label }));
  const others = companions.flatMap((s) => (s.breaks ?? []).map((b) => ({ date: b.date, label: `${s.label}: ${b.label}` })));
  return [...own, ...others].map((b, i) => ({ ...b, number: i + 1 }));
}

export interface SeriesBreakMark extends NumberedBreak {
  /** Start of the break's period: where the new way of counting begins. */
  readonly x: number;
}

export interface SeriesBand {
  readonly series: Series;
  readonly xScale: ScaleTime<number, number>;
  readonly yScale: ScaleLinear<number, number>;
  /** Top of the y domain (niced); the same whatever the zoom, so the band does not jump while panning. */
  readonly yMax: number;
  readonly baselineY: number;
  /** Filled area; one "M…Z" run per stretch without a gap; null when nothing is in view. */
  readonly areaPath: string | null;
  /** The area's top edge, same runs. */
  readonly linePath: string | null;
  /** Points in view (0 ≤ x ≤ width), nulls included: for markers, approximate styling and hit-testing. */
  readonly points: PlacedSeriesPoint[];
  readonly yTicks: SeriesBandTick[];
  /** Breaks in view. */
  readonly breaks: SeriesBreakMark[];
  /** Other series of the same unit drawn as lines on the same scale, when comparing. */
  readonly companions: CompanionLine[];
  readonly width: number;
  readonly height: number;
}

export interface CompanionLine {
  readonly series: Series;
  readonly linePath: string | null;
  readonly points: PlacedSeriesPoint[];
}

export interface SeriesBandInput {
  readonly series: Series;
  readonly domain: TimeDomain;
  readonly width: number;
  readonly height: number;
  /** Room above the tallest value (its tick label) and below the baseline. */
  readonly padding?: { readonly top: number; readonly bottom: number };
  /** Stock series of the same unit to draw as lines beside the band's own. */
  readonly companions?: readonly Series[];
}

/** The stock series a comparison may add to the band: same unit, not the band's own. */
export function companionSeriesOf(all: readonly Series[], band: Series): Series[] {
  return all.filter((s) => s !== band && (s.measure ?? "stock") === "stock" && s.unit === band.unit);
}

/** The series the timeline's band shows: the one marked primary, else the first stock series. */
export function bandSeriesOf(all: readonly Series[]): Series | undefined {
  return all.find((s) => s.primary === true) ?? all.find((s) => (s.measure ?? "stock") === "stock");
}

interface Vertex { readonly time: number; readonly value: number | null }
const byTime = bisector<Vertex, number>((v) => v.time);

/**
 * The band for a stock series; null for a flow series, which is a total over
 * each period and belongs in columns (the series chart), never in an area.
 */
export function layoutSeriesBand(input: SeriesBandInput): SeriesBand | null {
  const { series, domain, width, height } = input;
  if ((series.measure ?? "stock") === "flow") return null;
  const pad = input.padding ?? { top: 8, bottom: 0 };
  const xScale = scaleUtc().domain([domain[0], domain[1]]).range([0, width]);
  const companions = input.companions ?? [];
  const values = [series, ...companions].flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value])));
  const yScale = scaleLinear()
    .domain([0, Math.max(0, ...values) || 1])
    .range([height - pad.bottom, pad.top])
    .nice(Math.max(2, Math.floor(height / 40)));
  const yMax = yScale.domain()[1] ?? 1;
  const baselineY = yScale(0);

  const place = (s: Series) =>
    s.points.map((p): PlacedSeriesPoint => {
      const time = period(p.date).end;
      const x = xScale(time);
      return { date: p.date, value: p.value, time, x, y: p.value === null ? null : yScale(p.value), approximate: p.approximate === true };
    });
  const placed = place(series);
  const vertices = clippedVertices(placed, domain);
  const x = (v: Vertex) => xScale(v.time);
  const y = (v: Vertex) => yScale(v.value ?? 0);
  const defined = (v: Vertex) => v.value !== null;
  const hasData = vertices.some(defined);
  const lineOf = line<Vertex>().x(x).y(y).defined(defined).curve(curveLinear);
  const areaPath = hasData ? area<Vertex>().x(x).y0(baselineY).y1(y).defined(defined).curve(curveLinear)(vertices) : null;
  const linePath = hasData ? lineOf(vertices) : null;
  const companionLines = companions.map((s): CompanionLine => {
    const pts = place(s);
    const v = clippedVertices(pts, domain);
    return { series: s, linePath: v.some(defined) ? lineOf(v) : null, points: pts.filter((p) => p.x >= 0 && p.x <= width) };
  });

  const yTicks = yScale.ticks(Math.max(2, Math.floor(height / 40))).map((value) => ({
    y: yScale(value), value, label: formatCompact(value),
  }));
  const breakList = bandBreaks(series, companions);
  const breaks = breakList
    .map((b) => ({ ...b, x: xScale(period(b.date).start) }))
    .filter((b) => b.x >= 0 && b.x <= width);
  return {
    series, xScale, yScale, yMax, baselineY, areaPath, linePath,
    points: placed.filter((p) => p.x >= 0 && p.x <= width),
    yTicks, breaks, companions: companionLines, width, height,
  };
}

/**
 * The points in view plus their neighbours just outside, cut at the view's edges
 * by linear interpolation: the path runs to the edge without coordinates far
 * off-screen (which SVG renderers handle badly at deep zoom). A neighbour
 * across a gap becomes the gap's edge.
 */
function clippedVertices(points: readonly Vertex[], [d0, d1]: TimeDomain): Vertex[] {
  const from = Math.max(0, byTime.left(points, d0) - 1);
  const to = Math.min(points.length, byTime.right(points, d1) + 1);
  const v: Vertex[] = points.slice(from, to).map((p) => ({ time: p.time, value: p.value }));
  const cut = (outer: Vertex, inner: Vertex | undefined, edge: number): Vertex | null => {
    if (!inner) return null;
    if (outer.value === null || inner.value === null) return { time: edge, value: null };
    const f = (edge - outer.time) / (inner.time - outer.time);
    return { time: edge, value: outer.value + (inner.value - outer.value) * f };
  };
  const first = v[0];
  if (first && first.time < d0) {
    const c = cut(first, v[1], d0);
    if (c) v[0] = c;
    else v.shift();
  }
  const last = v[v.length - 1];
  if (last && last.time > d1) {
    const c = cut(last, v[v.length - 2], d1);
    if (c) v[v.length - 1] = c;
    else v.pop();
  }
  return v;
}
