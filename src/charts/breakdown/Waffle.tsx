import type { WaffleLayout } from "./layoutWaffle.ts";
import { catColor, Swatch } from "../shared/ChartDefs.tsx";

// One square per unit. Derived parts are drawn as outlines: counted, but
// not seen by any source.

interface Props {
  readonly layout: WaffleLayout;
}

export function Waffle({ layout }: Props) {
  const label = layout.key.map((k) => k.text).join(", ");
  return (
    <div className="waffle">
      <ul className="chart-key">
        {layout.key.map((k) => (
          <li key={k.partIndex} className="chart-key__item">
            <Swatch colorIndex={k.colorIndex} treatment={k.derived ? "outline" : "solid"} />
            {k.text}
          </li>
        ))}
      </ul>
      <svg
        className="chart-svg"
        role="img"
        aria-label={label}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
      >
        {layout.key.map((k) => (
          <g
            key={k.partIndex}
            className={k.derived ? "waffle__part waffle__part--derived" : "waffle__part"}
            style={k.derived ? { stroke: catColor(k.colorIndex) } : { fill: catColor(k.colorIndex) }}
          >
            {layout.cells
              .filter((c) => c.partIndex === k.partIndex)
              .map((c, i) =>
                k.derived ? (
                  // Inset by half the stroke so outlined cells are the same size as filled ones.
                  <rect key={i} x={c.x + 0.5} y={c.y + 0.5} width={Math.max(0, c.size - 1)} height={Math.max(0, c.size - 1)} />
                ) : (
                  <rect key={i} x={c.x} y={c.y} width={c.size} height={c.size} />
                ),
              )}
          </g>
        ))}
      </svg>
    </div>
  );
}
