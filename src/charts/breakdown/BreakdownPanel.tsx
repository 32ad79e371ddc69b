import { PanelBoundary } from "../../ui/PanelBoundary.tsx";
import { useMemo, useState } from "react";
import type { PopulationDocument } from "../../data/schema/population.ts";
import type { MeasureText } from "../shared/measureText.ts";
import { SeriesChart } from "../series/SeriesChart.tsx";
import { BreakdownChart } from "./BreakdownChart.tsx";
import { panelFamilies } from "./panelFamilies.ts";

export interface BreakdownPanelProps {
  readonly population: PopulationDocument;
  /** Breakdowns linked to the selection elsewhere: their figures get the accent outline. */
  readonly highlightedBreakdownIds?: ReadonlySet<string>;
  readonly onSelectBreakdown?: (id: string) => void;
  /** Visible time range for the series charts, UTC ms [start, end). */
  readonly xDomain?: readonly [number, number];
  /** Linked hover across the series charts; leave out to let the panel link them itself. */
  readonly highlightYear?: number | null;
  readonly onHoverYear?: (year: number | null) => void;
  readonly measure?: MeasureText;
  readonly label?: string;
}

/** Every series and breakdown of a population file, one figure per family, in a responsive grid. */
export function BreakdownPanel(props: BreakdownPanelProps) {
  const { population, highlightedBreakdownIds, onSelectBreakdown, onHoverYear } = props;
  const families = useMemo(() => panelFamilies(population), [population]);
  const [ownYear, setOwnYear] = useState<number | null>(null);
  const year = props.highlightYear !== undefined ? props.highlightYear : ownYear;
  const hover = (next: number | null) => {
    setOwnYear(next);
    onHoverYear?.(next);
  };
  const optional = {
    ...(props.xDomain ? { xDomain: props.xDomain } : {}),
    ...(props.measure ? { measure: props.measure } : {}),
  };

  return (
    <section className="chart-grid" aria-label={props.label ?? "Figures and breakdowns"}>
      {families.map((f) =>
        f.kind === "series" ? (
          <div key={f.key} className={f.series.length > 1 ? "chart-grid__cell chart-grid__cell--wide" : "chart-grid__cell"}>
            <PanelBoundary name={f.series.map((s) => s.label).join(" and ")}>
              <SeriesChart series={f.series} highlightYear={year} onHoverYear={hover} {...optional} />
            </PanelBoundary>
          </div>
        ) : (
          <div key={f.key} className="chart-grid__cell">
            <PanelBoundary name={f.members.map((b) => b.label).join(", ")}>
              <BreakdownChart
                breakdown={f.members.length === 1 && f.family.kind === "single" ? f.family.breakdown : f.members}
                highlighted={f.members.some((b) => highlightedBreakdownIds?.has(b.id) === true)}
                {...(highlightedBreakdownIds ? { highlightedIds: highlightedBreakdownIds } : {})}
                {...(onSelectBreakdown ? { onSelect: onSelectBreakdown } : {})}
                {...(props.measure ? { measure: props.measure } : {})}
              />
            </PanelBoundary>
          </div>
        ),
      )}
    </section>
  );
}
