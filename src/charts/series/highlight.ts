import { parsePeriod } from "../../data/dates.ts";
import type { Series } from "../../data/schema/population.ts";
import { formatCompact, formatPeople } from "../../format/number.ts";
import { FONT } from "../shared/chartText.ts";
import type { ColumnChartLayout } from "./layoutColumns.ts";
import type { LineChartLayout } from "./layoutLineChart.ts";
import { dodge } from "./hover.ts";

// What a highlighted year shows: a rule at the year's marks and each series'
// value beside its own mark (the "Render" step: placed layout + emphasis).

export interface HighlightMark {
  readonly x: number;
  readonly y: number;
  readonly colorIndex: number;
  readonly text: string;
  readonly labelX: number;
  readonly labelY: number;
  readonly anchor: "start" | "middle" | "end";
}

export interface Highlight {
  readonly year: number;
  readonly x: number;
  readonly marks: readonly HighlightMark[];
}

const valueText = (value: number, approximate: boolean) => `${approximate ? "~" : ""}${formatCompact(value)}`;

export function highlightLines(layout: LineChartLayout, year: number | null): Highlight | null {
  const target = layout.targets.find((t) => t.year === year);
  if (year === null || !target) return null;
  const hits = layout.lines.flatMap((l) => {
    const p = l.points.find((q) => q.year === year);
    return p ? [{ p, colorIndex: l.colorIndex }] : [];
  });
  const size = FONT.label + 2;
  const tops = dodge(hits.map((h) => ({ centre: h.p.y, size })), layout.plot.top, layout.plot.bottom);
  const marks = hits.map((h, i): HighlightMark => {
    const text = valueText(h.p.value, h.p.approximate);
    const room = layout.plot.right - h.p.x;
    const anchor = room > text.length * FONT.label * 0.6 + 10 ? "start" : "end";
    return {
      x: h.p.x,
      y: h.p.y,
      colorIndex: h.colorIndex,
      text,
      labelX: anchor === "start" ? h.p.x + 7 : h.p.x - 7,
      labelY: (tops[i] ?? h.p.y) + size / 2,
      anchor,
    };
  });
  return { year, x: target.x, marks };
}

export function highlightColumns(layout: ColumnChartLayout, year: number | null): Highlight | null {
  const target = layout.targets.find((t) => t.year === year);
  if (year === null || !target) return null;
  // Kept below the top of the plot, where the break labels live.
  const labelY = (y: number) => Math.max(layout.plot.top + FONT.label, y - 6);
  const zero = layout.y(0);
  const marks = [
    ...layout.columns
      .filter((c) => c.year === year)
      .map((c): HighlightMark => {
        const x = c.x + c.width / 2;
        return { x, y: c.y, colorIndex: c.seriesIndex, text: valueText(c.value, c.approximate), labelX: x, labelY: labelY(c.y), anchor: "middle" };
      }),
    ...layout.noRecord
      .filter((m) => m.year === year)
      .map((m): HighlightMark => ({ x: m.x, y: zero, colorIndex: m.seriesIndex, text: "no figure", labelX: m.x, labelY: labelY(zero - 4), anchor: "middle" })),
  ];
  return { year, x: target.x, marks };
}

/** The year's values in words, for the keyboard slider: "1989: Afghan refugees in Pakistan 3,272,290; …". */
export function readoutText(series: readonly Series[], year: number | null): string {
  if (year === null) return "No year selected";
  const parts = series.map((s) => {
    const p = s.points.find((q) => {
      const pp = parsePeriod(q.date);
      return pp !== null && new Date(pp.start).getUTCFullYear() === year;
    });
    const value = p === undefined ? "not in the data" : p.value === null ? "no figure" : `${p.approximate === true ? "about " : ""}${formatPeople(p.value)}`;
    return `${s.label} ${value}`;
  });
  return `${year}: ${parts.join("; ")}`;
}
