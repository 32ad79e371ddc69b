import type { Breakdown, BreakdownPart } from "../../data/schema/population.ts";
import { formatDate } from "../../data/dates.ts";
import type { MeasureText } from "../shared/measureText.ts";
import { defaultMeasure, FONT, LINE_HEIGHT } from "../shared/chartText.ts";
import { canStack } from "./chooseBreakdownChart.ts";
import { barsMaxValue, barsTextRoom, layoutBars, type BarsLayout } from "./layoutBars.ts";
import { layoutStackedBar, type StackedBarLayout } from "./layoutStackedBar.ts";
import { colorIndexFor } from "./layoutWaffle.ts";

// One chart family for a group: a row (or panel) per breakdown on ONE shared
// scale — 100% for shares, the group's largest value for bars — so rows can be
// compared by eye, and each labelled by its date.

export interface KeyItem {
  readonly label: string;
  readonly colorIndex: number;
  readonly derived: boolean;
}

export interface StackedRow {
  readonly breakdownId: string;
  readonly label: string;
  readonly y: number;
  /** Baseline of the row label. */
  readonly labelX: number;
  readonly labelY: number;
  /** Offset of the bar from the row's top. */
  readonly barTop: number;
  readonly bar: StackedBarLayout;
}

export interface BarsPanel {
  readonly breakdownId: string;
  readonly label: string;
  readonly y: number;
  readonly titleY: number;
  /** Offset of the bars from the panel's top. */
  readonly barsTop: number;
  readonly bars: BarsLayout;
}

export type SmallMultiplesLayout =
  | {
      readonly kind: "stacked";
      readonly width: number;
      readonly height: number;
      readonly gutter: number;
      readonly rows: readonly StackedRow[];
      readonly key: readonly KeyItem[];
    }
  | {
      readonly kind: "bars";
      readonly width: number;
      readonly height: number;
      readonly maxValue: number;
      readonly panels: readonly BarsPanel[];
    };

export interface SmallMultiplesOptions {
  readonly measure?: MeasureText;
}

/** "2021" for a dated breakdown, else its own label. */
export function memberLabel(b: Breakdown): string {
  return b.date === undefined ? b.label : formatDate(b.date);
}

/** The same label keeps the same colour in every row, in order of first appearance. */
export function sharedKey(breakdowns: readonly Breakdown[]): KeyItem[] {
  const key: KeyItem[] = [];
  for (const b of breakdowns) {
    for (const p of b.parts) {
      const found = key.findIndex((k) => k.label === p.label);
      if (found < 0) key.push({ label: p.label, colorIndex: colorIndexFor(key.length), derived: p.derived === true });
      else if (p.derived === true && key[found]?.derived === false) key[found] = { ...key[found], derived: true };
    }
  }
  return key;
}

const ROW_GAP = 14;
const PANEL_GAP = 20;

export function layoutSmallMultiples(
  breakdowns: readonly Breakdown[],
  width: number,
  options: SmallMultiplesOptions = {},
): SmallMultiplesLayout {
  const measure = options.measure ?? defaultMeasure;
  const labels = breakdowns.map(memberLabel);
  const line = Math.round(FONT.value * LINE_HEIGHT);

  if (breakdowns.length > 0 && breakdowns.every(canStack)) {
    const key = sharedKey(breakdowns);
    const colorIndexOf = (p: BreakdownPart) => key.find((k) => k.label === p.label)?.colorIndex ?? 0;
    const widest = Math.max(0, ...labels.map((l) => measure(l, FONT.value)));
    // Short labels (years) sit in a gutter; long ones go above their bar.
    const above = widest + 10 > width * 0.3;
    const gutter = above ? 0 : Math.ceil(widest + 10);
    let y = 0;
    const rows = breakdowns.map((b, i): StackedRow => {
      const barTop = above ? line : 0;
      const bar = layoutStackedBar(b.parts, width, { x0: gutter, names: false, colorIndexOf, measure });
      const row = {
        breakdownId: b.id,
        label: labels[i] ?? "",
        y,
        labelX: 0,
        labelY: above ? FONT.value : bar.barHeight / 2 + FONT.value * 0.35,
        barTop,
        bar,
      };
      y += barTop + bar.height + ROW_GAP;
      return row;
    });
    return { kind: "stacked", width, height: Math.max(0, y - ROW_GAP), gutter, rows, key };
  }

  const maxValue = Math.max(0, ...breakdowns.map((b) => barsMaxValue(b.parts)));
  const textRoom = Math.max(0, ...breakdowns.map((b) => barsTextRoom(b.parts, measure)));
  let y = 0;
  const panels = breakdowns.map((b, i): BarsPanel => {
    const bars = layoutBars(b.parts, width, { maxValue, textRoom, measure });
    const panel = { breakdownId: b.id, label: labels[i] ?? "", y, titleY: FONT.value, barsTop: line + 4, bars };
    y += panel.barsTop + bars.height + PANEL_GAP;
    return panel;
  });
  return { kind: "bars", width, height: Math.max(0, y - PANEL_GAP), maxValue, panels };
}
