import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from "d3-scale";
import { formatDate, parsePeriod, period, type Period } from "../../data/dates.ts";
import type { Series } from "../../data/schema/population.ts";
import type { MeasureText } from "../shared/measureText.ts";
import { formatCompact } from "../../format/number.ts";
import { defaultMeasure, FONT, LINE_HEIGHT } from "../shared/chartText.ts";

// The frame every series chart shares: a UTC time axis labelled by year, a
// value axis from zero, and the breaks where counting changed. Pure: data and
// size in, pixels out.

export type Measure = "stock" | "flow";

export interface XTick {
  readonly year: number;
  readonly x: number;
  readonly label: string;
}

export interface YTick {
  readonly value: number;
  readonly y: number;
  readonly label: string;
}

export interface PlacedBreak {
  readonly x: number;
  readonly shortLabel: string;
  /** Every break drawn at this place, in full (shown in the notes and as a tooltip). */
  readonly fullLabels: readonly string[];
  /** Label row above the plot; null when its label would collide (the rule stays). */
  readonly row: number | null;
  readonly anchor: "start" | "end";
}

export interface Plot {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface SeriesAxes {
  readonly width: number;
  readonly height: number;
  readonly plot: Plot;
  readonly domain: readonly [number, number];
  readonly x: ScaleTime<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly xTicks: readonly XTick[];
  /** Period boundaries (year starts) drawn as small ticks, so each year reads as a span. */
  readonly xBoundaries: readonly number[];
  readonly yTicks: readonly YTick[];
  readonly breaks: readonly PlacedBreak[];
  readonly breakRowHeight: number;
}

export interface AxesInput {
  readonly series: readonly Series[];
  readonly width: number;
  readonly height: number;
  readonly xDomain?: readonly [number, number] | undefined;
  /** Room kept on the right for end-of-line labels. */
  readonly rightMargin?: number;
  readonly measure?: MeasureText;
}

export function measureOf(s: Series): Measure {
  return s.measure ?? "stock";
}

/** From the start of the first period to the end of the last, over every series. */
export function fullDomain(series: readonly Series[]): [number, number] {
  let start = Infinity;
  let end = -Infinity;
  for (const s of series) {
    for (const p of s.points) {
      const pp = parsePeriod(p.date);
      if (!pp) continue;
      start = Math.min(start, pp.start);
      end = Math.max(end, pp.end);
    }
  }
  return Number.isFinite(start) ? [start, end] : [0, 1];
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];
const MAX_BREAK_ROWS = 2;

const yearStart = (year: number) => period(String(year).padStart(4, "0")).start;
const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

/** Year labels at the centre of each year's visible span, every 1, 2, 5, 10… years so they never crowd. */
export function yearTicks(x: ScaleTime<number, number>, domain: readonly [number, number], minGap: number): { ticks: XTick[]; boundaries: number[] } {
  const [d0, d1] = domain;
  const first = yearOf(d0);
  const last = yearOf(d1 - 1);
  const pxPerYear = Math.abs(x(yearStart(first + 1)) - x(yearStart(first)));
  const step = YEAR_STEPS.find((s) => s * pxPerYear >= minGap) ?? (YEAR_STEPS[YEAR_STEPS.length - 1] ?? 1000);
  const ticks: XTick[] = [];
  const boundaries: number[] = [];
  for (let year = first; year <= last; year++) {
    const start = yearStart(year);
    const end = yearStart(year + 1);
    if (start > d0 && start < d1 && pxPerYear >= 4) boundaries.push(x(start));
    // A partly visible year is labelled at the middle of the part you can see.
    if (year % step === 0 || first === last) {
      ticks.push({ year, x: x((Math.max(start, d0) + Math.min(end, d1)) / 2), label: String(year) });
    }
  }
  return { ticks, boundaries };
}

/**
 * A stock is a value at the end of its period, so its break falls between the
 * previous value and this one: the middle of the period. A flow's break is at
 * the start of the period whose total it changes.
 */
export function breakTime(p: Period, measure: Measure): number {
  return measure === "stock" ? (p.start + p.end) / 2 : p.start;
}

/** "1995–99: one flat estimate…" → "1995–99"; otherwise the date as precise as it is known. */
export function shortBreakLabel(date: string, label: string): string {
  const head = label.split(":", 1)[0] ?? "";
  return label.includes(":") && head.length > 0 && head.length <= 12 ? head : formatDate(date);
}

export function placeBreaks(
  series: readonly Series[],
  x: ScaleTime<number, number>,
  domain: readonly [number, number],
  width: number,
  measure: MeasureText,
): PlacedBreak[] {
  const merged: { x: number; shortLabel: string; fullLabels: string[] }[] = [];
  for (const s of series) {
    for (const b of s.breaks ?? []) {
      const p = parsePeriod(b.date);
      if (!p) continue;
      const t = breakTime(p, measureOf(s));
      if (t < domain[0] || t > domain[1]) continue;
      const px = x(t);
      const full = series.length > 1 ? `${s.label}: ${b.label}` : b.label;
      const same = merged.find((m) => Math.abs(m.x - px) < 1);
      if (same) same.fullLabels.push(full);
      else merged.push({ x: px, shortLabel: shortBreakLabel(b.date, b.label), fullLabels: [full] });
    }
  }
  merged.sort((a, b) => a.x - b.x);
  const rowEnds: number[] = Array.from({ length: MAX_BREAK_ROWS }, () => -Infinity);
  return merged.map((m) => {
    const w = measure(m.shortLabel, FONT.small);
    const anchor: "start" | "end" = m.x + 3 + w <= width ? "start" : "end";
    const from = anchor === "start" ? m.x + 3 : m.x - 3 - w;
    const to = from + w;
    const row = rowEnds.findIndex((end) => from >= end + 6);
    if (row >= 0) rowEnds[row] = to;
    return { ...m, row: row >= 0 ? row : null, anchor };
  });
}

export function layoutSeriesAxes(input: AxesInput): SeriesAxes {
  const measure = input.measure ?? defaultMeasure;
  const { series, width, height } = input;
  const domain: [number, number] = input.xDomain ? [input.xDomain[0], input.xDomain[1]] : fullDomain(series);
  const maxValue = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p.value ?? 0)));
  const lineHeight = Math.round(FONT.small * LINE_HEIGHT);
  const right = width - (input.rightMargin ?? 8);

  // The y labels decide the left margin, and the breaks the top; both need the scales first.
  const y = scaleLinear().domain([0, maxValue > 0 ? maxValue : 1]).nice();
  // Every tick count the height may pick below, so the widest label that can appear is measured.
  const probeTicks = [2, 3, 4, 5, 6].flatMap((n) => y.ticks(n));
  const left = Math.ceil(Math.max(0, ...probeTicks.map((t) => measure(formatCompact(t), FONT.small)))) + 10;
  const x = scaleUtc().domain(domain).range([left, Math.max(left + 1, right)]);
  const breaks = placeBreaks(series, x, domain, width, measure);
  const rows = Math.max(0, ...breaks.map((b) => (b.row === null ? 0 : b.row + 1)));
  const top = 8 + rows * lineHeight;
  const bottom = height - (FONT.small + 10);
  y.range([Math.max(top + 1, bottom), top]);
  const count = Math.max(2, Math.min(6, Math.floor((bottom - top) / 45)));
  const yTicks = y.ticks(count).map((value) => ({ value, y: y(value), label: formatCompact(value) }));
  const { ticks: xTicks, boundaries } = yearTicks(x, domain, measure("0000", FONT.small) + 14);
  return {
    width,
    height,
    plot: { left, top, right: Math.max(left + 1, right), bottom },
    domain,
    x,
    y,
    xTicks,
    xBoundaries: boundaries,
    yTicks,
    breaks,
    breakRowHeight: lineHeight,
  };
}
