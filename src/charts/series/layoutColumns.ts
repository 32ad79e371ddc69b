import { parsePeriod } from "../../data/dates.ts";
import type { Series } from "../../data/schema/population.ts";
import type { MeasureText } from "../shared/measureText.ts";
import { layoutSeriesAxes, type SeriesAxes } from "./seriesAxes.ts";
import type { HoverTarget } from "./hover.ts";

// Flows as columns: each spans its own period (returns DURING the year). A
// null is no column at all — never a zero — with a small open mark on the
// axis so the missing year is seen as missing.

export interface PlacedColumn {
  readonly seriesIndex: number;
  readonly seriesId: string;
  readonly date: string;
  readonly year: number;
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly height: number;
  readonly value: number;
  readonly approximate: boolean;
}

export interface NoRecordMark {
  readonly seriesIndex: number;
  readonly date: string;
  readonly year: number;
  /** Centre of the period's slot. */
  readonly x: number;
}

export interface ColumnChartLayout extends SeriesAxes {
  readonly columns: readonly PlacedColumn[];
  readonly noRecord: readonly NoRecordMark[];
  readonly targets: readonly HoverTarget[];
  readonly hasApproximate: boolean;
}

export interface ColumnChartInput {
  readonly series: readonly Series[];
  readonly width: number;
  readonly height: number;
  readonly xDomain?: readonly [number, number] | undefined;
  readonly measure?: MeasureText;
}

/** Share of each period left empty between columns. */
const PADDING = 0.15;

export function layoutColumns(input: ColumnChartInput): ColumnChartLayout {
  const axes = layoutSeriesAxes(input);
  const { x, y, plot } = axes;
  const n = Math.max(1, input.series.length);
  const columns: PlacedColumn[] = [];
  const noRecord: NoRecordMark[] = [];
  const targets = new Map<number, number>();

  input.series.forEach((s, seriesIndex) => {
    for (const p of s.points) {
      const pp = parsePeriod(p.date);
      if (!pp) continue;
      const x0 = x(pp.start);
      const x1 = x(pp.end);
      if (x1 < plot.left || x0 > plot.right) continue;
      // Several flows share a period side by side, in series order.
      const inner = (x1 - x0) * (1 - 2 * PADDING);
      const slot = inner / n;
      const left = x0 + (x1 - x0) * PADDING + slot * seriesIndex;
      const year = new Date(pp.start).getUTCFullYear();
      targets.set(year, (x0 + x1) / 2);
      if (p.value === null) {
        noRecord.push({ seriesIndex, date: p.date, year, x: left + slot / 2 });
        continue;
      }
      const top = y(p.value);
      columns.push({
        seriesIndex,
        seriesId: s.id,
        date: p.date,
        year,
        x: left,
        // At least a hairline, so a small non-zero flow never looks like a gap.
        width: Math.max(1, slot),
        y: top,
        height: p.value > 0 ? Math.max(1, y(0) - top) : 0,
        value: p.value,
        approximate: p.approximate === true,
      });
    }
  });

  return {
    ...axes,
    columns,
    noRecord,
    targets: [...targets].map(([year, tx]) => ({ year, x: tx })).sort((a, b) => a.x - b.x),
    hasApproximate: columns.some((c) => c.approximate),
  };
}
