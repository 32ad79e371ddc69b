import { scaleUtc } from "d3-scale";
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from "d3-time";
import { utcFormat } from "d3-time-format";
import { approximateMeasure, type MeasureText } from "../shared/measureText.ts";

// Axis ticks that never crowd: the finest interval whose labels, measured,
// fit side by side. Gridlines one level finer come along as unlabelled ticks.

export type TickUnit = "century" | "halfCentury" | "twentyYears" | "decade" | "fiveYears" | "twoYears" | "year"
  | "halfYear" | "quarter" | "month" | "week" | "day";

export interface Tick {
  readonly x: number;
  readonly date: Date;
  /** "" on minor ticks. */
  readonly label: string;
  /** Labelled tick; minor ticks (gridlines only) are false. */
  readonly major: boolean;
  /**
   * Centre of the label (text-anchor: middle). Equals x except near the edges,
   * where the label is pushed inside [0, width] rather than clipped.
   */
  readonly labelX: number;
}

export interface TickOptions {
  readonly fontPx?: number;
  /** Clear space between neighbouring labels. */
  readonly gapPx?: number;
  /** Least distance between labelled ticks, however short the labels: keeps the axis calm. */
  readonly minSpacingPx?: number;
  /** Least distance between minor ticks; finer minor ticks are left out. */
  readonly minMinorSpacingPx?: number;
}

const DAY = 86_400_000;
type Minor = readonly [interval: TimeInterval, shortestStepMs: number] | null;
const UNITS: readonly { unit: TickUnit; interval: TimeInterval; minor: Minor }[] = [
  { unit: "day", interval: utcDay, minor: null },
  { unit: "week", interval: utcMonday, minor: [utcDay, DAY] },
  { unit: "month", interval: utcMonth, minor: [utcDay, DAY] },
  { unit: "quarter", interval: every(utcMonth, 3), minor: [utcMonth, 28 * DAY] },
  { unit: "halfYear", interval: every(utcMonth, 6), minor: [utcMonth, 28 * DAY] },
  { unit: "year", interval: utcYear, minor: [utcMonth, 28 * DAY] },
  { unit: "twoYears", interval: every(utcYear, 2), minor: [utcYear, 365 * DAY] },
  { unit: "fiveYears", interval: every(utcYear, 5), minor: [utcYear, 365 * DAY] },
  { unit: "decade", interval: every(utcYear, 10), minor: [utcYear, 365 * DAY] },
  { unit: "twentyYears", interval: every(utcYear, 20), minor: [every(utcYear, 5), 1826 * DAY] },
  { unit: "halfCentury", interval: every(utcYear, 50), minor: [every(utcYear, 10), 3652 * DAY] },
  { unit: "century", interval: every(utcYear, 100), minor: [every(utcYear, 10), 3652 * DAY] },
];
const SHORTEST_STEP: Record<TickUnit, number> = {
  day: DAY, week: 7 * DAY, month: 28 * DAY, quarter: 89 * DAY, halfYear: 181 * DAY, year: 365 * DAY,
  twoYears: 730 * DAY, fiveYears: 1826 * DAY, decade: 3652 * DAY, twentyYears: 7305 * DAY,
  halfCentury: 18262 * DAY, century: 36524 * DAY,
};

function every(interval: CountableTimeInterval, step: number): TimeInterval {
  const stepped = interval.every(step);
  if (!stepped) throw new Error(`no ${step}-step interval`);
  return stepped;
}

const yearFormat = utcFormat("%Y");
const monthYear = utcFormat("%b %Y");
const monthOnly = utcFormat("%b");
const dayMonthYear = utcFormat("%-d %b %Y");
const dayMonth = utcFormat("%-d %b");

/**
 * A tick's label: "1980" for year units; "Feb 1989" (or "Feb" without the year)
 * for month units; "15 Feb 2023" (or "15 Feb") for weeks and days.
 */
export function formatTick(date: Date, unit: TickUnit, withYear = true): string {
  switch (unit) {
    case "month": case "quarter": case "halfYear":
      return withYear ? monthYear(date) : monthOnly(date);
    case "week": case "day":
      return withYear ? dayMonthYear(date) : dayMonth(date);
    default:
      return yearFormat(date);
  }
}

const hasYearlessForm: Record<TickUnit, readonly boolean[]> = {
  day: [false], week: [false], month: [true, false], quarter: [true, false], halfYear: [true, false],
  year: [true], twoYears: [true], fiveYears: [true], decade: [true], twentyYears: [true], halfCentury: [true],
  century: [true],
};
const isPushed = (c: Candidate) => c.labelX !== c.x;

interface Candidate { x: number; labelX: number; date: Date; label: string; width: number }

/**
 * Ticks for `domain` drawn `widthPx` wide, labels centred on their tick. Tries
 * units from finest to coarsest (month units first with the year on every label,
 * then with it only on the first label and where the year changes; days and weeks
 * always the latter) and takes the first whose measured labels keep gapPx apart
 * and whose ticks are minSpacingPx apart. A label that would stick out of
 * [0, widthPx] is pushed inside (labelX), or dropped if that makes it collide.
 */
export function timeTicks(
  domain: readonly [Date | number, Date | number],
  widthPx: number,
  measure: MeasureText = approximateMeasure,
  options: TickOptions = {},
): Tick[] {
  const { fontPx = 12, gapPx = 16, minSpacingPx = 80, minMinorSpacingPx = 8 } = options;
  const d0 = +domain[0];
  const d1 = +domain[1];
  if (!(widthPx > 0) || !(d1 > d0) || !Number.isFinite(d0) || !Number.isFinite(d1)) return [];
  const x = scaleUtc().domain([d0, d1]).range([0, widthPx]);
  const pxPerMs = widthPx / (d1 - d0);
  const collide = (a: Candidate, b: Candidate) => b.labelX - a.labelX < (a.width + b.width) / 2 + gapPx;
  // A label pushed in from an edge does not disqualify a unit: it is dropped afterwards if it collides.
  const fits = (cs: readonly Candidate[]) =>
    cs.every((c, i) => {
      const next = cs[i + 1];
      return !next || (next.x - c.x >= minSpacingPx && (isPushed(c) || isPushed(next) || !collide(c, next)));
    });

  const label = (dates: readonly Date[], unit: TickUnit, always: boolean) =>
    labelled(dates, unit, always, x, (t) => measure(t, fontPx), widthPx);
  // Labels for `dates` that fit, edge labels that collide dropped (the year then moves to the new first label).
  const fitted = (dates: readonly Date[], unit: TickUnit, always: boolean): Candidate[] | null => {
    const labels = label(dates, unit, always);
    if (!fits(labels)) return null;
    const kept = withoutCollidingEdges(labels, collide);
    if (kept.length === labels.length) return labels;
    const relabelled = label(kept.map((c) => c.date), unit, always);
    return fits(relabelled) && withoutCollidingEdges(relabelled, collide).length === relabelled.length ? relabelled : null;
  };

  let chosen: { dates: Date[]; labels: Candidate[]; minor: Minor } | null = null;
  for (const spec of UNITS) {
    // Skip, without generating ticks, units whose ticks would be too close whatever their labels.
    if (SHORTEST_STEP[spec.unit] * pxPerMs < minSpacingPx && spec.unit !== "century") continue;
    const dates = spec.interval.range(new Date(d0), new Date(d1 + 1));
    // Months say "Feb 1989" everywhere when there is room; days and weeks only name the year where it changes.
    for (const always of hasYearlessForm[spec.unit]) {
      const labels = fitted(dates, spec.unit, always);
      if (labels) chosen = { dates, labels, minor: spec.minor };
      else if (spec.unit === "century") chosen = { dates, labels: thinned(label(dates, spec.unit, always), collide), minor: spec.minor };
      if (chosen) break;
    }
    if (chosen) break;
  }
  if (!chosen) return [];
  const byTime = new Map(chosen.labels.map((c) => [+c.date, c]));
  const major: Tick[] = chosen.dates.map((date) => {
    const c = byTime.get(+date);
    return c
      ? { x: c.x, date, label: c.label, major: true, labelX: c.labelX }
      : { x: x(date), date, label: "", major: false, labelX: x(date) };
  });
  return [...major, ...minorTicks(chosen.minor, d0, d1, x, pxPerMs, minMinorSpacingPx, major)].sort((a, b) => a.x - b.x);
}

function labelled(
  dates: readonly Date[], unit: TickUnit, always: boolean, x: (d: Date) => number, width: (t: string) => number,
  widthPx: number,
): Candidate[] {
  let year: number | null = null;
  return dates.map((date) => {
    const withYear = always || date.getUTCFullYear() !== year;
    year = date.getUTCFullYear();
    const label = formatTick(date, unit, withYear);
    const w = width(label);
    const at = x(date);
    const labelX = Math.max(w / 2, Math.min(widthPx - w / 2, at));
    return { x: at, labelX, date, label, width: w };
  });
}

type Collide = (a: Candidate, b: Candidate) => boolean;

function withoutCollidingEdges(cs: readonly Candidate[], collide: Collide): Candidate[] {
  const out = [...cs];
  const [first, second] = out;
  if (first && second && isPushed(first) && collide(first, second)) out.shift();
  const last = out[out.length - 1];
  const beforeLast = out[out.length - 2];
  if (last && beforeLast && isPushed(last) && collide(beforeLast, last)) out.pop();
  return out;
}

/** Last resort (a domain of centuries on a narrow screen): keep labels left to right that do not collide. */
function thinned(cs: readonly Candidate[], collide: Collide): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of cs) {
    const last = kept[kept.length - 1];
    if (!last || !collide(last, c)) kept.push(c);
  }
  return kept;
}

function minorTicks(
  minor: Minor, d0: number, d1: number, x: (d: Date) => number,
  pxPerMs: number, minSpacingPx: number, major: readonly Tick[],
): Tick[] {
  if (!minor || minor[1] * pxPerMs < minSpacingPx) return [];
  const taken = new Set(major.map((t) => +t.date));
  return minor[0]
    .range(new Date(d0), new Date(d1 + 1))
    .filter((d) => !taken.has(+d))
    .map((date) => ({ x: x(date), date, label: "", major: false, labelX: x(date) }));
}
