import type { KeyboardEvent, PointerEvent } from "react";
import type { SeriesAxes } from "./seriesAxes.ts";

// The chart's one interactive element: a transparent rect over the plot that
// the pointer hovers and the keyboard drives as a year slider.

export interface HoverHandlers {
  readonly year: number | null;
  readonly minYear: number;
  readonly maxYear: number;
  /** The highlighted year's values in words. */
  readonly valueText: string;
  readonly label: string;
  readonly onPointerX: (x: number | null) => void;
  readonly onKey: (key: string) => boolean;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
}

export function HoverOverlay({ layout, handlers }: { readonly layout: SeriesAxes; readonly handlers: HoverHandlers }) {
  const { plot } = layout;
  const move = (e: PointerEvent<SVGRectElement>) => {
    const svg = e.currentTarget.ownerSVGElement;
    const box = svg?.getBoundingClientRect();
    handlers.onPointerX(box ? e.clientX - box.left : null);
  };
  const key = (e: KeyboardEvent<SVGRectElement>) => {
    if (handlers.onKey(e.key)) e.preventDefault();
  };
  return (
    <rect
      className="series-overlay"
      x={plot.left}
      y={plot.top}
      width={Math.max(0, plot.right - plot.left)}
      height={Math.max(0, plot.bottom - plot.top)}
      tabIndex={0}
      role="slider"
      aria-label={handlers.label}
      aria-valuemin={handlers.minYear}
      aria-valuemax={handlers.maxYear}
      aria-valuenow={handlers.year ?? undefined}
      aria-valuetext={handlers.valueText}
      onPointerMove={move}
      onPointerLeave={() => handlers.onPointerX(null)}
      onKeyDown={key}
      onFocus={handlers.onFocus}
      onBlur={handlers.onBlur}
    />
  );
}
