import type { KeyboardEvent, Ref } from "react";
import type { CategoryStyle } from "../shared/categoryStyle.ts";
import { EventMarks } from "./EventMarks.tsx";
import { LinkMarks, type LinkMark } from "./LinkMarks.tsx";
import type { TimelineFrame } from "./frame.ts";
import type { TimelineLayout } from "./layout.ts";
import type { SeriesBand } from "./seriesBand.ts";
import type { useBandFocus } from "./useBandFocus.ts";
import { SeriesBandView } from "./SeriesBandView.tsx";
import { TimelineAxis, TimelineBackdrop } from "./TimelineAxis.tsx";

interface Props {
  readonly svgRef: Ref<SVGSVGElement>;
  readonly layout: TimelineLayout;
  readonly frame: TimelineFrame;
  readonly band: SeriesBand | null;
  readonly bandTitle: string;
  readonly bandFocus: ReturnType<typeof useBandFocus>;
  readonly styles: ReadonlyMap<string, CategoryStyle>;
  readonly selectedId: string | null;
  readonly focusedId: string | null;
  readonly hoveredId: string | null;
  readonly label: string;
  readonly yearMark: LinkMark | null;
  readonly breakdownMark: LinkMark | null;
  readonly onKeyDown: (e: KeyboardEvent) => void;
  readonly onFocusEvent: (id: string | null) => void;
  readonly onHover: (id: string | null) => void;
  readonly onSelect: (id: string) => void;
}

function eventIdOf(target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest("[data-event-id]") : null;
  return el?.getAttribute("data-event-id") ?? null;
}

/** Stateless: draws what the layout placed. Pointer and focus events are delegated from the root. */
export function TimelineView({ svgRef, ...p }: Props) {
  const { layout, frame, band } = p;
  return (
    <svg
      ref={svgRef}
      className="timeline__svg"
      width={layout.width}
      height={frame.height}
      viewBox={`0 0 ${layout.width} ${frame.height}`}
      role="group"
      aria-label={p.label}
      tabIndex={layout.events.length === 0 ? 0 : -1}
      onKeyDown={p.onKeyDown}
      onPointerOver={(e) => p.onHover(eventIdOf(e.target))}
      onPointerLeave={() => p.onHover(null)}
      onFocus={(e) => p.onFocusEvent(eventIdOf(e.target))}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) p.onFocusEvent(null);
      }}
      onClick={(e) => {
        const id = eventIdOf(e.target);
        if (id) p.onSelect(id);
      }}
    >
      <TimelineBackdrop
        ticks={layout.ticks}
        eras={layout.eras}
        top={0}
        axisY={frame.axisY}
        eraLabelY={layout.eventsTop - 6}
      />
      <LinkMarks year={p.yearMark} breakdown={p.breakdownMark} top={0} bottom={frame.axisY} />
      {band && (
        <SeriesBandView
          band={band}
          top={frame.bandTop}
          title={p.bandTitle}
          focus={p.bandFocus.focus}
          valueText={p.bandFocus.valueText}
          onPointerMove={p.bandFocus.onPointerMove}
          onPointerLeave={p.bandFocus.onPointerLeave}
          onKeyDown={p.bandFocus.onKeyDown}
        />
      )}
      <TimelineAxis width={layout.width} ticks={layout.ticks} axisY={frame.axisY} />
      <EventMarks
        events={layout.events}
        labels={layout.labels}
        styles={p.styles}
        selectedId={p.selectedId}
        focusedId={p.focusedId}
        hoveredId={p.hoveredId}
      />
    </svg>
  );
}
