import { memo } from "react";
import { formatDateRange } from "../../data/dates.ts";
import { symbolPath, type CategoryStyle } from "../shared/categoryStyle.ts";
import { CalloutLeaders, CalloutTexts } from "./CalloutMarks.tsx";
import { ClusterMarks } from "./ClusterMark.tsx";
import type { PlacedCallout, PlacedCluster, PlacedEvent, PlacedLabel } from "./layout.ts";
import type { Rect } from "./labels.ts";

export const MARKER_AREA = 90;
const BAR_HEIGHT = 8;
/** Room either side of a label's text on its plate (within the label's offset from the bar's start). */
const PLATE_PAD = 3;

interface Props {
  readonly events: readonly PlacedEvent[];
  readonly labels: readonly PlacedLabel[];
  readonly styles: ReadonlyMap<string, CategoryStyle>;
  readonly selectedId: string | null;
  readonly focusedId: string | null;
  readonly hoveredId: string | null;
  /** Events that did not fit the lanes, as counted pills (layout.clusters). */
  readonly clusters?: readonly PlacedCluster[];
  /** Headline callouts (layout.callouts). */
  readonly callouts?: readonly PlacedCallout[];
  /** A cluster was activated: zoom to clusterExtentDomain(cluster). Keep it stable (useCallback): the marks are memoised. */
  readonly onZoomToCluster?: ((cluster: PlacedCluster) => void) | undefined;
}

const NONE: readonly never[] = [];

/**
 * One mark per event: a symbol at the centre of its period, or a bar across it when there is room;
 * then the clusters, the labels and the callouts' texts on top.
 */
export const EventMarks = memo(function EventMarks(props: Props) {
  const { events, labels, styles, selectedId, focusedId, hoveredId } = props;
  const callouts = props.callouts ?? NONE;
  const anySelected = selectedId !== null;
  const onBars = new Map(labels.filter((l) => l.position === "on").map((l) => [l.id, l.rect]));
  return (
    <g className="tl-events">
      <CalloutLeaders callouts={callouts} />
      {events.map((e) => {
        const style = styles.get(e.event.category);
        const color = style?.color ?? "var(--cat-7)";
        const selected = e.id === selectedId;
        // Keyboard focus shows as the focus ring (:focus-visible), not as emphasis:
        // the roving target counts as focused even when the page is not.
        const emphasis = selected || e.id === hoveredId;
        const cls = `tl-event${selected ? " is-selected" : ""}${anySelected && !emphasis ? " is-receded" : ""}${emphasis ? " is-emphasised" : ""}`;
        return (
          <g
            key={e.id}
            className={cls}
            data-event-id={e.id}
            id={`tl-event-${e.id}`}
            role="button"
            tabIndex={e.id === focusedId ? 0 : -1}
            aria-pressed={selected}
            aria-label={`${formatDateRange(e.event.date, e.event.endDate)}: ${e.event.title}`}
            style={{ color }}
          >
            {e.kind === "period" ? (
              <rect
                className="tl-event__bar"
                x={e.x0}
                y={e.y - BAR_HEIGHT / 2}
                width={Math.max(1, e.x1 - e.x0)}
                height={BAR_HEIGHT}
                rx={BAR_HEIGHT / 2}
              />
            ) : (
              <path className="tl-event__symbol" d={style ? symbolPath(style, MARKER_AREA) : ""} transform={`translate(${e.cx},${e.y})`} />
            )}
            {e.kind === "period" && onBars.has(e.id) && <LabelPlate rect={onBars.get(e.id) as Rect} />}
            {/* A generous invisible target: small marks stay easy to hit with a finger. */}
            <rect
              className="tl-event__hit"
              x={(e.kind === "period" ? e.x0 : e.cx - 8) - 2}
              y={e.y - 11}
              width={(e.kind === "period" ? Math.max(1, e.x1 - e.x0) : 16) + 4}
              height={22}
            />
          </g>
        );
      })}
      <ClusterMarks clusters={props.clusters ?? NONE} selectedId={selectedId} focusedId={focusedId} onZoomToCluster={props.onZoomToCluster} />
      <g className="tl-labels" aria-hidden="true">
        {labels.map((l) => (
          <text
            key={l.id}
            className={`tl-label${l.id === selectedId ? " is-selected" : ""}${l.position === "on" ? " is-on-bar" : ""}`}
            x={l.x}
            y={l.y}
            textAnchor={l.anchor}
            dominantBaseline="central"
          >
            {l.text}
          </text>
        ))}
      </g>
      <CalloutTexts callouts={callouts} selectedId={selectedId} />
    </g>
  );
});

/**
 * Where a label runs along its own bar, the bar widens to hold it, in the bar's
 * colours: a halo alone would let the bar's edges run through the letters.
 */
function LabelPlate({ rect }: { readonly rect: Rect }) {
  const height = rect.y1 - rect.y0;
  const box = { x: rect.x0 - PLATE_PAD, y: rect.y0, width: rect.x1 - rect.x0 + 2 * PLATE_PAD, height, rx: height / 2 };
  // An opaque base under a tint of the bar's colour: plain fills and opacities,
  // which a downloaded SVG keeps in any viewer (a color-mix() would not).
  return (
    <>
      <rect className="tl-event__plate-base" {...box} />
      <rect className="tl-event__plate" {...box} />
    </>
  );
}
