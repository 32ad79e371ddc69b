import { useId } from "react";
import type { SmallMultiplesLayout } from "./layoutSmallMultiples.ts";
import { BarsMarks } from "./Bars.tsx";
import { HatchPatterns, Swatch } from "../shared/ChartDefs.tsx";
import { segmentTreatment, StackedBarMarks } from "./StackedBar.tsx";

// A family of breakdowns as rows on one scale. The key is a legend because
// the same categories repeat in every row; shares too narrow to label are
// listed under the chart, row by row.

interface Props {
  readonly layout: SmallMultiplesLayout;
  readonly label: string;
  /** Rows or panels to mark, for members linked to a selection elsewhere. */
  readonly highlightedIds?: ReadonlySet<string> | undefined;
}

export function SmallMultiples({ layout, label, highlightedIds }: Props) {
  const prefix = useId().replace(/:/g, "");
  const mark = (id: string) => (highlightedIds?.has(id) === true ? "is-highlighted" : undefined);
  if (layout.kind === "bars") {
    return (
      <svg className="chart-svg small-multiples" role="img" aria-label={label} width={layout.width} height={layout.height}>
        <HatchPatterns prefix={prefix} />
        {layout.panels.map((p) => (
          <g key={p.breakdownId} className={mark(p.breakdownId)} transform={`translate(0,${p.y})`} data-breakdown-id={p.breakdownId}>
            <text className="chart-panel-title" x={0} y={p.titleY}>
              {p.label}
            </text>
            <g transform={`translate(0,${p.barsTop})`}>
              <BarsMarks layout={p.bars} prefix={prefix} />
            </g>
          </g>
        ))}
      </svg>
    );
  }
  const hidden = layout.rows.filter((r) => r.bar.overflow.length > 0);
  return (
    <div className="small-multiples">
      <ul className="chart-key">
        {layout.key.map((k) => (
          <li key={k.label} className="chart-key__item">
            <Swatch colorIndex={k.colorIndex} treatment={k.derived ? "hatch" : "solid"} />
            {k.label}
          </li>
        ))}
      </ul>
      <svg className="chart-svg" role="img" aria-label={label} width={layout.width} height={layout.height}>
        <HatchPatterns prefix={prefix} />
        {layout.rows.map((r) => (
          <g key={r.breakdownId} className={mark(r.breakdownId)} transform={`translate(0,${r.y})`} data-breakdown-id={r.breakdownId}>
            <text className="chart-panel-title" x={r.labelX} y={r.labelY}>
              {r.label}
            </text>
            <g transform={`translate(0,${r.barTop})`}>
              <StackedBarMarks layout={r.bar} prefix={prefix} />
            </g>
          </g>
        ))}
      </svg>
      {hidden.length > 0 && (
        <ul className="chart-key chart-key--compact">
          {hidden.map((r) => (
            <li key={r.breakdownId} className="chart-key__row">
              <span className="chart-key__row-label">{r.label}:</span>
              {r.bar.overflow.map((s) => (
                <span key={s.partIndex} className="chart-key__item">
                  <Swatch colorIndex={s.colorIndex} treatment={segmentTreatment(s)} />
                  {s.label} <span className="chart-key__value">{s.shareText}</span>
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
