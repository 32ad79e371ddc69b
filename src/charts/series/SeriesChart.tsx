import { useCallback, useMemo, useState } from "react";
import type { Series } from "../../data/schema/population.ts";
import { ChartFrame } from "../../ui/ChartFrame.tsx";
import type { MeasureText } from "../shared/measureText.ts";
import { chartMeasure } from "../shared/chartMeasure.ts";
import { useChartSize } from "../shared/useChartSize.ts";
import { ColumnChart } from "./ColumnChart.tsx";
import { LineChart } from "./LineChart.tsx";
import { highlightColumns, highlightLines, readoutText } from "./highlight.ts";
import { stepYear, yearAtX, type HoverTarget } from "./hover.ts";
import type { HoverHandlers } from "./HoverOverlay.tsx";
import { layoutColumns } from "./layoutColumns.ts";
import { layoutLineChart } from "./layoutLineChart.ts";
import { describeSeriesFamily, inChartOrder } from "./seriesFrame.ts";
import { measureOf } from "./seriesAxes.ts";
import { SeriesKey } from "./SeriesKey.tsx";

export interface SeriesChartProps {
  /** Series of one unit: stocks are drawn as lines on one chart, flows as columns. */
  readonly series: readonly Series[];
  /** Replaces the title taken from the data, e.g. with a finding. */
  readonly title?: string;
  /** The visible time range in UTC ms [start, end); default: all the data. */
  readonly xDomain?: readonly [number, number];
  /** A year to highlight (linked hover); null for none; leave out to let the chart keep its own. */
  readonly highlightYear?: number | null;
  readonly onHoverYear?: (year: number | null) => void;
  readonly highlighted?: boolean;
  readonly measure?: MeasureText;
}

const YEAR_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown"]);
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));

/** A family of series in its figure: lines for stocks, columns for flows, one hovered year. */
export function SeriesChart(props: SeriesChartProps) {
  const { onHoverYear, xDomain } = props;
  const { ref, size } = useChartSize<HTMLDivElement>();
  const series = useMemo(() => inChartOrder(props.series), [props.series]);
  const frame = useMemo(() => describeSeriesFamily(series), [series]);
  const stocks = useMemo(() => series.filter((s) => measureOf(s) === "stock"), [series]);
  const flows = useMemo(() => series.filter((s) => measureOf(s) === "flow"), [series]);
  const measure = props.measure ?? chartMeasure();
  const width = size?.width ?? 0;
  const lines = useMemo(
    () => (width > 0 && stocks.length > 0 ? layoutLineChart({ series: stocks, width, height: clamp(width * 0.5, 220, 360), xDomain, measure }) : null),
    [stocks, width, xDomain, measure],
  );
  const columns = useMemo(
    () => (width > 0 && flows.length > 0 ? layoutColumns({ series: flows, width, height: clamp(width * 0.4, 180, 280), xDomain, measure }) : null),
    [flows, width, xDomain, measure],
  );

  const [ownYear, setOwnYear] = useState<number | null>(null);
  const year = props.highlightYear !== undefined ? props.highlightYear : ownYear;
  const setYear = useCallback(
    (next: number | null) => {
      setOwnYear(next);
      onHoverYear?.(next);
    },
    [onHoverYear],
  );

  const handlersFor = (targets: readonly HoverTarget[], shown: readonly Series[], what: string): HoverHandlers => ({
    year,
    minYear: targets[0]?.year ?? 0,
    maxYear: targets[targets.length - 1]?.year ?? 0,
    valueText: readoutText(shown, year),
    label: `Year in ${what}; use the arrow keys to read each year's values`,
    onPointerX: (x) => setYear(x === null ? null : yearAtX(targets, x)),
    onKey: (key) => {
      if (key === "Escape") setYear(null);
      else if (YEAR_KEYS.has(key)) setYear(stepYear(targets, year, key));
      else return false;
      return true;
    },
    onFocus: () => {
      if (year === null) setYear(targets[targets.length - 1]?.year ?? null);
    },
    onBlur: () => setYear(null),
  });

  const title = props.title ?? frame.title;
  return (
    <ChartFrame
      id={frame.anchorId}
      title={title}
      subtitle={frame.subtitle}
      notes={frame.notes}
      sources={frame.sources}
      table={frame.table}
      highlighted={props.highlighted ?? false}
      className="chart-frame--series"
      data-series-id={series.map((s) => s.id).join(" ")}
    >
      <div ref={ref} className="chart-area">
        {lines && (
          <LineChart
            layout={lines}
            highlight={highlightLines(lines, year)}
            label={title}
            handlers={handlersFor(lines.targets, stocks, title)}
          />
        )}
        {columns && (
          <ColumnChart
            layout={columns}
            highlight={highlightColumns(columns, year)}
            label={title}
            handlers={handlersFor(columns.targets, flows, title)}
          />
        )}
        <SeriesKey
          flows={columns && flows.length > 1 ? flows : []}
          estimatedPoints={lines?.hasApproximate === true}
          estimatedColumns={columns?.hasApproximate === true}
          noRecord={(columns?.noRecord.length ?? 0) > 0}
        />
      </div>
    </ChartFrame>
  );
}
