import { scaleSqrt, scaleUtc, type ScaleTime } from "d3-scale";
import type { Era, TimelineEvent } from "../../data/schema/events.ts";
import type { Series } from "../../data/schema/population.ts";
import { approximateMeasure, type MeasureText } from "../shared/measureText.ts";
import { eraExtent } from "../timeline/eras.ts";
import { bandSeriesOf, layoutSeriesBand } from "../timeline/seriesBand.ts";
import { timeTicks, type Tick } from "../timeline/ticks.ts";
import { timeColumns } from "../../data/derive/timeColumns.ts";
import type { TimeDomain } from "../timeline/time.ts";
import { domainToBrush, type BrushPx } from "./brushDomain.ts";

// The overview strip: the whole span, always, with a sketch of where the events
// are and of the population, and the visible window as a brush. Pure: data,
// domains and size in, pixels out. The strip (everything but the brush) does
// not depend on the visible domain, so a container can memoise it apart and
// recompute only the brush while the main view zooms.

/** Height of the row of year labels under the marks. */
export const AXIS_HEIGHT = 16;
/** Room above the marks, so the tallest bar does not touch the edge. */
export const PLOT_TOP = 3;
/** Width of one density bin: at most width / BIN_PX bars, however many events. */
export const BIN_PX = 2;
/**
 * Labelled ticks at least this far apart, a share of the width between bounds:
 * decades at 1366 px, twenty years at 390 px (a fixed 160 px leaves one label there).
 */
export const tickSpacingPx = (width: number) => Math.max(100, Math.min(240, width / 8));
export const TICK_FONT_PX = 12;
/** Bars never thinner than this, so a lone event still shows. */
const MIN_BAR_PX = 2;

export interface OverviewStripInput {
  readonly fullDomain: TimeDomain;
  /** Already filtered by the container: the strip sketches what the timeline can show. */
  readonly events: readonly TimelineEvent[];
  /** All series; the strip sketches the band's (bandSeriesOf), as the timeline does. */
  readonly series?: readonly Series[];
  readonly eras?: readonly Era[];
  readonly width: number;
  readonly height: number;
  readonly measureText?: MeasureText;
}

export interface OverviewInput extends OverviewStripInput {
  /** The visible domain: where the brush goes. */
  readonly domain: TimeDomain;
}

/** One time bin with at least one event. `y`/`height` are within the plot (see OverviewStrip.plot). */
export interface DensityBar {
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly height: number;
  readonly count: number;
  /** The bin's [start, end), UTC ms. */
  readonly start: number;
  readonly end: number;
}

export interface EraLine {
  readonly id: string;
  readonly x: number;
  readonly label: string;
}

export interface OverviewStrip {
  readonly width: number;
  readonly height: number;
  readonly fullDomain: TimeDomain;
  readonly xScale: ScaleTime<number, number>;
  /** The marks' area: bars and the series are drawn in [0, plot.height] translated by plot.top. */
  readonly plot: { readonly top: number; readonly height: number };
  /** Where the year labels sit (baseline). */
  readonly labelY: number;
  /** Labelled ticks only: the strip is too small for gridlines. */
  readonly ticks: Tick[];
  readonly densityBars: DensityBar[];
  /** All the bars as one path, in plot coordinates: one DOM node however many bins. */
  readonly densityPath: string;
  /** The most events in one bin (0 when there are none). */
  readonly maxCount: number;
  /** The band series' area and top line, in plot coordinates; null without a stock series. */
  readonly seriesPath: string | null;
  readonly seriesLine: string | null;
  /** Era starts inside the strip (not at its left edge). */
  readonly eraLines: EraLine[];
}

export interface OverviewLayout extends OverviewStrip {
  readonly brush: BrushPx;
}

export function layoutOverview(input: OverviewInput): OverviewLayout {
  const strip = layoutOverviewStrip(input);
  return { ...strip, brush: domainToBrush(input.domain, input.fullDomain, input.width) };
}

/** Everything but the brush: depends on neither the visible domain nor the gesture. */
export function layoutOverviewStrip(input: OverviewStripInput): OverviewStrip {
  const { fullDomain, width, height } = input;
  const measure = input.measureText ?? approximateMeasure;
  const xScale = scaleUtc().domain([fullDomain[0], fullDomain[1]]).range([0, width]);
  const plot = { top: PLOT_TOP, height: Math.max(0, height - AXIS_HEIGHT - PLOT_TOP) };
  const ticks = timeTicks(fullDomain, width, measure, { fontPx: TICK_FONT_PX, minSpacingPx: tickSpacingPx(width) })
    .filter((t) => t.major);
  const { bars, maxCount } = densityBars(input.events, fullDomain, width, plot.height);

  const bandSeries = bandSeriesOf(input.series ?? []);
  const band = bandSeries && width > 0 && plot.height > 0
    ? layoutSeriesBand({ series: bandSeries, domain: fullDomain, width, height: plot.height, padding: { top: 0, bottom: 0 } })
    : null;

  const eraLines = (input.eras ?? [])
    .map((era) => ({ id: era.id, label: era.label, x: xScale(eraExtent(era).start) }))
    .filter((e) => e.x > 0.5 && e.x < width);

  return {
    width, height, fullDomain, xScale, plot, labelY: height - 4, ticks, densityBars: bars, densityPath: barsPath(bars), maxCount,
    seriesPath: band?.areaPath ?? null, seriesLine: band?.linePath ?? null,
    eraLines,
  };
}

/**
 * Events per bin of BIN_PX (or a little more, so the bins tile the width
 * exactly), each event counted once at the centre of its period, where the
 * timeline puts its marker (so "1990" falls in mid-1990, not on 1 January).
 * One pass, no sort: cheap for 50,000 events (once their centres are known). Heights on a square-root scale,
 * so that one busy month does not flatten every other bin to nothing.
 */
export function densityBars(
  events: readonly TimelineEvent[], fullDomain: TimeDomain, width: number, plotHeight: number,
): { bars: DensityBar[]; maxCount: number } {
  const [f0, f1] = fullDomain;
  const binCount = Math.floor(width / BIN_PX);
  if (binCount < 1 || !(f1 > f0)) return { bars: [], maxCount: 0 };
  const binMs = (f1 - f0) / binCount;
  const counts = new Uint32Array(binCount);
  for (const centre of eventCentres(events)) {
    // Outside the full domain only if the container passed a narrower one: count it at the edge, never drop it.
    const i = Math.min(binCount - 1, Math.max(0, Math.floor((centre - f0) / binMs)));
    counts[i] = (counts[i] ?? 0) + 1;
  }
  let maxCount = 0;
  for (const c of counts) maxCount = Math.max(maxCount, c);
  const h = scaleSqrt().domain([0, Math.max(1, maxCount)]).range([0, plotHeight]);
  const binPx = width / binCount;
  const bars: DensityBar[] = [];
  counts.forEach((count, i) => {
    if (count === 0) return;
    const height = Math.min(plotHeight, Math.max(MIN_BAR_PX, h(count)));
    bars.push({
      x: i * binPx, width: binPx, y: plotHeight - height, height, count,
      start: f0 + i * binMs, end: f0 + (i + 1) * binMs,
    });
  });
  return { bars, maxCount };
}

function barsPath(bars: readonly DensityBar[]): string {
  const r = (n: number) => Math.round(n * 100) / 100;
  return bars.map((b) => `M${r(b.x)},${r(b.y)}h${r(b.width)}v${r(b.height)}h${r(-b.width)}Z`).join("");
}

// Binning 50,000 centres takes ~1 ms; the periods behind them are read once
// per events array (timeColumns), so a resize only re-bins.
const centresCache = new WeakMap<readonly TimelineEvent[], Float64Array>();

function eventCentres(events: readonly TimelineEvent[]): Float64Array {
  const cached = centresCache.get(events);
  if (cached) return cached;
  const { start, end } = timeColumns(events);
  const centres = start.map((s, i) => s + ((end[i] as number) - s) / 2);
  centresCache.set(events, centres);
  return centres;
}
