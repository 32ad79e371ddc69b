import { memo } from "react";
import type { PlacedCallout } from "./callouts.ts";

// Callouts come in two layers: leaders under the event marks (so a period's
// bar covers the stretch of leader that passes behind it), texts on top with
// a halo. Both are decoration: the mark's accessible name already has the title.

interface Props {
  readonly callouts: readonly PlacedCallout[];
}

export const CalloutLeaders = memo(function CalloutLeaders({ callouts }: Props) {
  if (callouts.length === 0) return null;
  return (
    <g className="tl-callouts__leaders" aria-hidden="true">
      {callouts.map((c) => (
        <line key={c.id} className="tl-callout__leader" x1={c.leader.x1} y1={c.leader.y1} x2={c.leader.x2} y2={c.leader.y2} />
      ))}
    </g>
  );
});

export const CalloutTexts = memo(function CalloutTexts({ callouts, selectedId }: Props & { readonly selectedId: string | null }) {
  if (callouts.length === 0) return null;
  return (
    <g className="tl-callouts" aria-hidden="true">
      {callouts.map((c) => (
        <text
          key={c.id}
          className={`tl-callout${c.id === selectedId ? " is-selected" : ""}`}
          x={c.textX}
          y={c.textY}
          textAnchor={c.anchor}
          dominantBaseline="central"
        >
          {c.text}
        </text>
      ))}
    </g>
  );
});
