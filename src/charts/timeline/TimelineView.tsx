import type { KeyboardEvent, Ref } from "react";
import type { CategoryStyle } from "../shared/categoryStyle.ts";
import { EventMarks } from "./EventMarks.tsx";
import { LinkMarks, type LinkMark } from "./LinkMarks.tsx";
import type { TimelineFrame } from "./frame.ts";
import type { PlacedCluster } from "./cluster.ts";
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
  readonly onZoomToCluster: (cluster: PlacedCluster) => void;
}

function eventIdOf(target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest("[data-event-id]") : null;
  return el?.getAttribute("data-event-id") ?? null;
}

/** The event or cluster a pointer or focus event is about (clusters use their own ids in one namespace). */
function markIdOf(target: EventTarget | null): string | null {
  const el = target instanceof Element ? target.closest("[data-cluster-id]") : null;
  return el?.getAttribute("data-cluster-id") ?? eventIdOf(target);
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
      tabIndex={layout.events.length + layout.clusters.length === 0 ? 0 : -1}
      onKeyDown={p.onKeyDown}
      onPointerOver={(e) => p.onHover(markIdOf(e.target))}
      onPointerLeave={() => p.onHover(null)}
      onFocus={(e) => p.onFocusEvent(markIdOf(e.target))}
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
        clusters={layout.clusters}
        callouts={layout.callouts}
        onZoomToCluster={p.onZoomToCluster}
      />
    </svg>
  );
}
