import { useMemo } from "react";
import type { Breakdown } from "../../data/schema/population.ts";
import { ChartFrame } from "../../ui/ChartFrame.tsx";
import type { MeasureText } from "../shared/measureText.ts";
import { Bars } from "./Bars.tsx";
import { describeBreakdownFamily } from "./breakdownFrame.ts";
import { chartMeasure } from "../shared/chartMeasure.ts";
import { familyMembers } from "./chooseBreakdownChart.ts";
import { layoutBreakdown, toFamily } from "./layoutBreakdown.ts";
import { SmallMultiples } from "./SmallMultiples.tsx";
import { StackedBar } from "./StackedBar.tsx";
import { useChartSize } from "../shared/useChartSize.ts";
import { Waffle } from "./Waffle.tsx";

export interface BreakdownChartProps {
  /** One breakdown, or the members of a group in file order (drawn as small multiples). */
  readonly breakdown: Breakdown | readonly Breakdown[];
  /** Replaces the title taken from the data, e.g. with a finding. */
  readonly title?: string;
  /** Accent outline, for a breakdown linked to the selection elsewhere. */
  readonly highlighted?: boolean;
  /** Members to mark inside a group's rows. */
  readonly highlightedIds?: ReadonlySet<string>;
  /** Adds a button that reports this breakdown's id (for a single breakdown). */
  readonly onSelect?: (id: string) => void;
  readonly selectLabel?: string;
  readonly measure?: MeasureText;
}

/** A breakdown (or a group) in its figure: measures its width, lays out, renders. */
export function BreakdownChart(props: BreakdownChartProps) {
  const { breakdown, highlighted = false, onSelect, selectLabel = "Show on timeline" } = props;
  const { ref, size } = useChartSize<HTMLDivElement>();
  const family = useMemo(() => toFamily(breakdown), [breakdown]);
  const members = useMemo(() => (family ? familyMembers(family) : []), [family]);
  const frame = useMemo(() => (family ? describeBreakdownFamily(family) : null), [family]);
  const measure = props.measure ?? chartMeasure();
  const width = size?.width ?? 0;
  const chart = useMemo(() => (width > 0 ? layoutBreakdown(members, width, measure) : null), [members, width, measure]);
  if (!family || !frame) return null;
  const single = family.kind === "single" ? family.breakdown : null;
  const title = props.title ?? frame.title;

  return (
    <ChartFrame
      id={frame.anchorId}
      title={title}
      subtitle={frame.subtitle}
      {...(frame.unit === undefined ? {} : { unit: frame.unit })}
      notes={frame.notes}
      footnotes={frame.footnotes}
      sources={frame.sources}
      table={frame.table}
      highlighted={highlighted}
      className={`chart-frame--${chart?.kind ?? "pending"}`}
      data-breakdown-id={members.map((b) => b.id).join(" ")}
      actions={
        onSelect && single ? (
          <button type="button" className="chart-frame__action" onClick={() => onSelect(single.id)}>
            {selectLabel}
          </button>
        ) : undefined
      }
    >
      <div ref={ref} className="chart-area">
        {chart?.kind === "waffle" && <Waffle layout={chart.layout} />}
        {chart?.kind === "stacked-bar" && <StackedBar layout={chart.layout} label={chart.description} />}
        {chart?.kind === "bars" && <Bars layout={chart.layout} label={chart.description} />}
        {chart?.kind === "small-multiples" && (
          <SmallMultiples layout={chart.layout} label={chart.description} highlightedIds={props.highlightedIds} />
        )}
      </div>
    </ChartFrame>
  );
}
