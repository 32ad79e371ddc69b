import { useId } from "react";
import type { StackedBarLayout, StackedSegment } from "./layoutStackedBar.ts";
import { catColor, HatchPatterns, hatchId, Swatch } from "../shared/ChartDefs.tsx";

// A 100% bar with its labels under each segment, and a key beneath for
// segments too narrow to carry their own.

export function segmentStyle(s: StackedSegment, prefix: string) {
  return { fill: s.derived ? `url(#${hatchId(prefix, s.colorIndex)})` : catColor(s.colorIndex) };
}

export function segmentTreatment(s: StackedSegment): "solid" | "hatch" | "light" {
  return s.derived ? "hatch" : s.approximate ? "light" : "solid";
}

/** The segments and their labels, drawn at the layout's own origin. */
export function StackedBarMarks({ layout, prefix }: { readonly layout: StackedBarLayout; readonly prefix: string }) {
  return (
    <>
      {layout.segments.map((s) => (
        <rect
          key={s.partIndex}
          className={`stacked-bar__segment${s.approximate ? " is-approximate" : ""}`}
          x={s.x}
          y={layout.barY}
          width={Math.max(0, s.width)}
          height={layout.barHeight}
          style={segmentStyle(s, prefix)}
        />
      ))}
      {layout.segments.map((s) =>
        s.labelLines.map((line, i) => (
          <text
            key={`${s.partIndex}-${i}`}
            className={i === 0 && s.labelLines.length > 1 ? "chart-label" : "chart-value"}
            x={s.x + 3}
            y={layout.labelY + i * layout.lineHeight}
          >
            {line}
          </text>
        )),
      )}
    </>
  );
}

export function StackedBar({ layout, label }: { readonly layout: StackedBarLayout; readonly label: string }) {
  const prefix = useId().replace(/:/g, "");
  return (
    <div className="stacked-bar">
      <svg
        className="chart-svg"
        role="img"
        aria-label={label}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
      >
        <HatchPatterns prefix={prefix} />
        <StackedBarMarks layout={layout} prefix={prefix} />
      </svg>
      {layout.overflow.length > 0 && (
        <ul className="chart-key chart-key--compact">
          {layout.overflow.map((s) => (
            <li key={s.partIndex} className="chart-key__item">
              <Swatch colorIndex={s.colorIndex} treatment={segmentTreatment(s)} />
              {s.label} <span className="chart-key__value">{s.shareText} ({s.valueText})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
