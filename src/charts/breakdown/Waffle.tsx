import { waffleCellsPath, type WaffleLayout } from "./layoutWaffle.ts";
import { catColor, Swatch } from "../shared/ChartDefs.tsx";

// One square per unit, each part's squares one path. Derived parts are drawn
// as outlines: counted, but not seen by any source.

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
          <path
            key={k.partIndex}
            className={k.derived ? "waffle__part waffle__part--derived" : "waffle__part"}
            style={k.derived ? { stroke: catColor(k.colorIndex) } : { fill: catColor(k.colorIndex) }}
            d={waffleCellsPath(layout.cells, k.partIndex, k.derived ? 0.5 : 0)}
          />
        ))}
      </svg>
    </div>
  );
}
