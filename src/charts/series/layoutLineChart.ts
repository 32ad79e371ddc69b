import { line } from "d3-shape";
import { parsePeriod } from "../../data/dates.ts";
import type { Series } from "../../data/schema/population.ts";
import type { MeasureText } from "../shared/measureText.ts";
import { formatCompact } from "../../format/number.ts";
import { BOLD_WIDTH, defaultMeasure, FONT, LINE_HEIGHT, wrapText } from "../shared/chartText.ts";
import { layoutSeriesAxes, type SeriesAxes } from "./seriesAxes.ts";
import { dodge, type HoverTarget } from "./hover.ts";

// Stocks as lines: each value at the END of its period (UNHCR's end-of-year
// population), a null as a break in the line, estimates as hollow dots, and
// each line named at its end instead of in a legend.

export interface PlacedPoint {
  readonly date: string;
  readonly year: number;
  readonly x: number;
  readonly y: number;
  readonly value: number;
  readonly approximate: boolean;
  /** No neighbour on either side: without a dot it would not be seen. */
  readonly isolated: boolean;
}

export interface PlacedLine {
  readonly seriesId: string;
  readonly label: string;
  readonly primary: boolean;
  readonly colorIndex: number;
  /** SVG path; a null point starts a new subpath, so gaps stay gaps. */
  readonly path: string;
  readonly points: readonly PlacedPoint[];
}

export interface EndLabel {
  readonly seriesId: string;
  readonly colorIndex: number;
  readonly primary: boolean;
  readonly lines: readonly string[];
  readonly x: number;
  /** Baseline of the first line. */
  readonly y: number;
}

export interface LineChartLayout extends SeriesAxes {
  readonly lines: readonly PlacedLine[];
  readonly endLabels: readonly EndLabel[];
  readonly targets: readonly HoverTarget[];
  readonly hasApproximate: boolean;
  readonly lineHeight: number;
}

export interface LineChartInput {
  readonly series: readonly Series[];
  readonly width: number;
  readonly height: number;
  readonly xDomain?: readonly [number, number] | undefined;
  readonly measure?: MeasureText;
}

/** The format's rule: the series marked primary, else the first stock series. */
export function primaryIndex(series: readonly Series[]): number {
  const marked = series.findIndex((s) => s.primary === true);
  return marked >= 0 ? marked : 0;
}

export function layoutLineChart(input: LineChartInput): LineChartLayout {
  const measure = input.measure ?? defaultMeasure;
  const { series, width } = input;
  const main = primaryIndex(series);
  // The primary series first: it takes the first colour and is drawn on top.
  const order = [main, ...series.map((_, i) => i).filter((i) => i !== main)];
  const labelWidth = Math.min(150, Math.max(60, width * 0.26));
  const wrapped = series.map((s) => wrapText(s.label, labelWidth, FONT.label, measure));
  const widest = Math.max(0, ...wrapped.flat().map((l) => measure(l, FONT.label)));
  // The key line before each label takes 11 px, and the primary's label is bold.
  const axes = layoutSeriesAxes({ ...input, rightMargin: Math.ceil(widest * BOLD_WIDTH) + 20, measure });
  const { x, y } = axes;
  const lineHeight = Math.round(FONT.label * LINE_HEIGHT);

  const lines = order.flatMap((si, rank): PlacedLine[] => {
    const s = series[si];
    if (s === undefined) return [];
    const placed = s.points.map((p) => {
      const pp = parsePeriod(p.date);
      if (!pp || p.value === null) return null;
      return { date: p.date, year: new Date(pp.start).getUTCFullYear(), t: pp.end, value: p.value, approximate: p.approximate === true };
    });
    const path = line<(typeof placed)[number]>()
      .defined((d) => d !== null)
      .x((d) => (d ? x(d.t) : 0))
      .y((d) => (d ? y(d.value) : 0))(placed) ?? "";
    const points = placed.flatMap((d, i): PlacedPoint[] =>
      d === null
        ? []
        : [{
            date: d.date,
            year: d.year,
            x: x(d.t),
            y: y(d.value),
            value: d.value,
            approximate: d.approximate,
            isolated: (placed[i - 1] ?? null) === null && (placed[i + 1] ?? null) === null,
          }],
    );
    return [{ seriesId: s.id, label: s.label, primary: si === main, colorIndex: rank, path, points }];
  });

  const wanted = lines.flatMap((l) => {
    const visible = l.points.filter((p) => p.x >= axes.plot.left - 0.5 && p.x <= axes.plot.right + 0.5);
    const last = visible[visible.length - 1];
    if (!last) return [];
    const textLines = [...(wrapped[series.findIndex((s) => s.id === l.seriesId)] ?? [l.label]), `${last.approximate ? "~" : ""}${formatCompact(last.value)}`];
    return [{ l, last, textLines, height: textLines.length * lineHeight }];
  });
  const tops = dodge(
    wanted.map((w) => ({ centre: w.last.y, size: w.height })),
    axes.plot.top - 4,
    input.height,
  );
  const endLabels = wanted.map((w, i): EndLabel => ({
    seriesId: w.l.seriesId,
    colorIndex: w.l.colorIndex,
    primary: w.l.primary,
    lines: w.textLines,
    x: w.last.x + 6,
    y: (tops[i] ?? w.last.y) + FONT.label,
  }));

  const years = new Map<number, number>();
  for (const l of lines) for (const p of l.points) if (p.x >= axes.plot.left && p.x <= axes.plot.right) years.set(p.year, p.x);
  const targets = [...years].map(([year, tx]) => ({ year, x: tx })).sort((a, b) => a.x - b.x);

  return {
    ...axes,
    lines,
    endLabels,
    targets,
    hasApproximate: lines.some((l) => l.points.some((p) => p.approximate && p.x >= axes.plot.left && p.x <= axes.plot.right)),
    lineHeight,
  };
}
