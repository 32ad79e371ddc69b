import { scaleLinear } from "d3-scale";
import type { BreakdownPart } from "../../data/schema/population.ts";
import type { MeasureText } from "../shared/measureText.ts";
import { BOLD_WIDTH, defaultMeasure, FONT, LINE_HEIGHT, wrapText } from "../shared/chartText.ts";
import { formatPartValueMarked } from "./formatPart.ts";

// Horizontal bars from zero for separate quantities. A lower bound gets an
// open end (it could be longer), a range gets a whisker, and the value label
// says so in words.

export interface PlacedBar {
  readonly partIndex: number;
  readonly labelLines: readonly string[];
  /** Baseline of the first label line. */
  readonly labelY: number;
  /** Baseline of the part's own source line, when it has a source. */
  readonly sourceY: number | null;
  readonly source: { readonly name: string; readonly url: string } | null;
  readonly barY: number;
  readonly barHeight: number;
  readonly x0: number;
  readonly x1: number;
  /** Whisker from low to high, when the part is a range. */
  readonly range: { readonly x0: number; readonly x1: number } | null;
  readonly valueText: string;
  readonly valueX: number;
  readonly valueY: number;
  readonly atLeast: boolean;
  readonly approximate: boolean;
  readonly derived: boolean;
}

export interface BarsLayout {
  readonly width: number;
  readonly height: number;
  /** The zero line. */
  readonly x0: number;
  /** The largest value the scale reaches (shared across small multiples). */
  readonly maxValue: number;
  /** Where maxValue ends. */
  readonly xMax: number;
  readonly bars: readonly PlacedBar[];
}

export interface BarsOptions {
  /** A scale maximum shared with other panels; defaults to this panel's largest value or high. */
  readonly maxValue?: number;
  readonly barHeight?: number;
  /** Room for value labels right of the bars; shared across small multiples so their scales match. */
  readonly textRoom?: number;
  /** Show each part's own source under its label. */
  readonly sources?: boolean;
  readonly measure?: MeasureText;
}

/** The room an open end's arrow takes beyond the bar. */
export const OPEN_END = 8;
const GAP = 6;
const ROW_GAP = 12;

export function barsMaxValue(parts: readonly BreakdownPart[]): number {
  return Math.max(0, ...parts.map((p) => Math.max(p.value, p.high ?? p.value)));
}

/** The widest value label plus the open end and gap, in px. */
export function barsTextRoom(parts: readonly BreakdownPart[], measure: MeasureText = defaultMeasure): number {
  return Math.max(0, ...parts.map((p) => measure(formatPartValueMarked(p), FONT.value) * BOLD_WIDTH)) + OPEN_END + GAP;
}

export function layoutBars(parts: readonly BreakdownPart[], width: number, options: BarsOptions = {}): BarsLayout {
  const measure = options.measure ?? defaultMeasure;
  const barHeight = options.barHeight ?? 18;
  const maxValue = Math.max(options.maxValue ?? 0, barsMaxValue(parts));
  const valueTexts = parts.map((p) => formatPartValueMarked(p));
  const textRoom = Math.max(options.textRoom ?? 0, barsTextRoom(parts, measure));
  // Labels never take more than 60% of the width: the bars must stay readable.
  const xMax = Math.max(1, width - Math.min(textRoom, width * 0.6));
  const x = scaleLinear().domain([0, maxValue > 0 ? maxValue : 1]).range([0, xMax]);
  const labelLine = Math.round(FONT.label * LINE_HEIGHT);
  const smallLine = Math.round(FONT.small * LINE_HEIGHT);

  let y = 0;
  const bars = parts.map((part, partIndex): PlacedBar => {
    const labelLines = wrapText(part.label, width, FONT.label, measure);
    const labelY = y + FONT.label;
    y += labelLines.length * labelLine;
    const source = options.sources === false || part.source === undefined ? null : part.source;
    let sourceY: number | null = null;
    if (source) {
      sourceY = y + FONT.small;
      y += smallLine;
    }
    const barY = y + 2;
    const x1 = x(part.value);
    const range = part.low !== undefined || part.high !== undefined
      ? { x0: x(part.low ?? part.value), x1: x(part.high ?? part.value) }
      : null;
    const end = Math.max(x1, range?.x1 ?? 0) + (part.atLeast === true ? OPEN_END : 0);
    y = barY + barHeight + ROW_GAP;
    return {
      partIndex,
      labelLines,
      labelY,
      sourceY,
      source,
      barY,
      barHeight,
      x0: x(0),
      x1,
      range,
      valueText: valueTexts[partIndex] ?? "",
      valueX: end + GAP,
      valueY: barY + barHeight / 2,
      atLeast: part.atLeast === true,
      approximate: part.approximate === true,
      derived: part.derived === true,
    };
  });

  return { width, height: Math.max(0, y - ROW_GAP), x0: x(0), maxValue, xMax, bars };
}
