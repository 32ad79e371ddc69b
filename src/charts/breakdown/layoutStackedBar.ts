import { scaleLinear } from "d3-scale";
import type { BreakdownPart } from "../../data/schema/population.ts";
import type { MeasureText } from "../shared/measureText.ts";
import { BOLD_WIDTH, defaultMeasure, FONT, LINE_HEIGHT } from "../shared/chartText.ts";
import { DERIVED_MARK, formatAmount, formatShare } from "./formatPart.ts";
import { colorIndexFor } from "./layoutWaffle.ts";

// A 100% bar: parts side by side in file order, each as wide as its share.
// Labels sit under their segment (never on the fill, whose contrast varies);
// a segment too narrow for its label is listed in a key beneath instead.

export interface StackedSegment {
  readonly partIndex: number;
  readonly colorIndex: number;
  readonly x: number;
  readonly width: number;
  readonly share: number;
  readonly label: string;
  readonly shareText: string;
  readonly valueText: string;
  readonly approximate: boolean;
  readonly derived: boolean;
  /** The lines drawn under the segment; empty when they do not fit (then it is in `overflow`). */
  readonly labelLines: readonly string[];
}

export interface StackedBarLayout {
  readonly width: number;
  readonly height: number;
  readonly barY: number;
  readonly barHeight: number;
  /** Baseline of the first label line. */
  readonly labelY: number;
  readonly lineHeight: number;
  readonly segments: readonly StackedSegment[];
  readonly overflow: readonly StackedSegment[];
}

export interface StackedBarOptions {
  /** Where the bar starts, for rows that keep a gutter on the left. */
  readonly x0?: number;
  readonly barHeight?: number;
  /** Name each segment (a lone bar) or only give its share (rows under a shared key). */
  readonly names?: boolean;
  /** Keeps a part's colour the same across the rows of a group. */
  readonly colorIndexOf?: (part: BreakdownPart, partIndex: number) => number;
  readonly measure?: MeasureText;
}

const PAD = 3;

export function layoutStackedBar(parts: readonly BreakdownPart[], width: number, options: StackedBarOptions = {}): StackedBarLayout {
  const x0 = options.x0 ?? 0;
  const barHeight = options.barHeight ?? 24;
  const names = options.names ?? true;
  const measure = options.measure ?? defaultMeasure;
  const colorIndexOf = options.colorIndexOf ?? ((_: BreakdownPart, i: number) => colorIndexFor(i));
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  const x = scaleLinear().domain([0, total > 0 ? total : 1]).range([x0, Math.max(x0, width)]);
  const fontPx = FONT.label;
  const lineHeight = Math.round(fontPx * LINE_HEIGHT);

  let cumulative = 0;
  const segments = parts.map((part, partIndex): StackedSegment => {
    const start = x(cumulative);
    cumulative += part.value;
    const end = x(cumulative);
    const share = total > 0 ? part.value / total : 0;
    const qualifier = part.approximate === true ? "~" : "";
    const shareText = `${qualifier}${formatShare(share)}`;
    const valueText = `${qualifier}${formatAmount(part.value)}`;
    const label = part.derived === true ? `${part.label} ${DERIVED_MARK}` : part.label;
    const wanted = names ? [label, shareText, valueText] : [shareText];
    const room = end - start - 2 * PAD;
    // Every line but a name is set bold.
    const fits = wanted.every((line, i) => measure(line, fontPx) * (names && i === 0 ? 1 : BOLD_WIDTH) <= room);
    return {
      partIndex,
      colorIndex: colorIndexOf(part, partIndex),
      x: start,
      width: end - start,
      share,
      label,
      shareText,
      valueText,
      approximate: part.approximate === true,
      derived: part.derived === true,
      labelLines: fits ? wanted : [],
    };
  });

  const lines = Math.max(0, ...segments.map((s) => s.labelLines.length));
  const labelY = barHeight + PAD + fontPx;
  const height = barHeight + (lines > 0 ? PAD + lines * lineHeight : 0);
  return {
    width,
    height,
    barY: 0,
    barHeight,
    labelY,
    lineHeight,
    segments,
    overflow: segments.filter((s) => s.labelLines.length === 0),
  };
}
