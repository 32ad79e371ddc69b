import { useCallback, useEffect, useMemo, useState } from "react";
import type { Era, EventsDocument, TimelineEvent } from "../../data/schema/events.ts";
import type { Series } from "../../data/schema/population.ts";
import { useActions, useAppStore } from "../../state/store.ts";
import { ReadyMark } from "../../ui/ReadyMark.tsx";
import { Tooltip } from "../../ui/Tooltip.tsx";
import { useChartSize } from "../shared/useChartSize.ts";
import { categoryStyles } from "../shared/categoryStyle.ts";
import { Overview } from "../overview/Overview.tsx";
import { BandNotes } from "./BandNotes.tsx";
import { timelineFrame } from "./frame.ts";
import { BandReadout } from "./BandReadout.tsx";
import { bandBreaks, bandSeriesOf, companionSeriesOf, layoutSeriesBand } from "./seriesBand.ts";
import { useBandFocus } from "./useBandFocus.ts";
import type { TimeDomain } from "./time.ts";
import { TimelineView } from "./TimelineView.tsx";
import { useDomainTransition } from "./useDomainTransition.ts";
import { period } from "../../data/dates.ts";
import { timeColumns, timeSpan } from "../../data/derive/timeColumns.ts";
import type { TimelineLayout } from "./layout.ts";
import { useTimelineKeys } from "./useTimelineKeys.ts";
import { useTimelineZoom, type WheelZoom } from "./useTimelineZoom.ts";
import { clusterExtentDomain, type PlacedCluster } from "./cluster.ts";
import { keyMarksOf } from "./keyMarks.ts";
import { clampDomain } from "./zoom.ts";
import { useFullDomain } from "./useFullDomain.ts";
import { usePlacedLayout } from "./usePlacedLayout.ts";

const BAND_HEIGHT = 96;
const NO_ERAS: readonly Era[] = [];
const PHONE_LANES = { maxLanes: 8 } as const;
const DESKTOP_LANES = { maxLanes: 12 } as const;

interface Props {
  /** Categories, eras, and every event (which fix the full span, whatever the filters). */
  readonly doc: EventsDocument;
  /** The events to draw: after filters and search. */
  readonly events: readonly TimelineEvent[];
  readonly series: readonly Series[];
  readonly wheel: WheelZoom;
  /** Draw the other series of the band's unit beside it (Pakistan and Iran). */
  readonly compare: boolean;
  readonly onCompareChange: (compare: boolean) => void;
  /** A breakdown whose date to mark. */
  readonly markedDate?: { readonly date: string; readonly label: string } | undefined;
}

/** The container: reads the store, runs layout for the visible domain, and hands plain objects to the view. */
export function Timeline({ doc, events, series, wheel, compare, onCompareChange, markedDate }: Props) {
  const { ref: sizeRef, size } = useChartSize<HTMLDivElement>();
  const width = size?.width ?? 0;
  const { setDomain, selectEvent, setGesturing, setHoverYear } = useActions();
  const hoverYear = useAppStore((s) => s.linked.hoverYear);
  const storedDomain = useAppStore((s) => s.domain);
  const selectedId = useAppStore((s) => s.selectedEventId);

  const fullDomain = useFullDomain(doc, series);
  const committed = useMemo(
    () => (storedDomain ? clampDomain(storedDomain, fullDomain) : fullDomain),
    [storedDomain, fullDomain],
  );
  const [gesture, setGesture] = useState<TimeDomain | null>(null);
  const domain = useDomainTransition(committed, gesture);
  const styles = useMemo(() => categoryStyles(doc.categories), [doc.categories]);
  const pinned = useMemo(() => new Set(selectedId ? [selectedId] : []), [selectedId]);
  const layoutInput = useMemo(
    () =>
      width > 0
        ? {
            events, categories: doc.categories, eras: doc.eras ?? NO_ERAS, domain, width, pinnedLabelIds: pinned,
            // Phones get fewer, taller-spaced lanes; what does not fit becomes a cluster.
            options: width < 600 ? PHONE_LANES : DESKTOP_LANES,
          }
        : null,
    [doc, events, domain, width, pinned],
  );
  // A gesture or a glide to a new window: placement may be carried over between frames (usePlacedLayout).
  const moving = gesture !== null || domain[0] !== committed[0] || domain[1] !== committed[1];
  const layout = usePlacedLayout(layoutInput, moving);
  const bandSeries = useMemo(() => bandSeriesOf(series), [series]);
  const companions = useMemo(() => (bandSeries ? companionSeriesOf(series, bandSeries) : []), [series, bandSeries]);
  const band = useMemo(
    () =>
      bandSeries && width > 0
        ? layoutSeriesBand({ series: bandSeries, domain, width, height: BAND_HEIGHT, companions: compare ? companions : [] })
        : null,
    [bandSeries, companions, compare, domain, width],
  );
  const bandFocus = useBandFocus(band, setHoverYear);
  const frame = layout ? timelineFrame(layout, band ? BAND_HEIGHT : 0) : null;

  // While a gesture runs only this component redraws; the store (and so the URL
  // and linked views) hears of it once, when it settles.
  const onGesture = useCallback(
    (d: TimeDomain) => {
      setGesture(d);
      setGesturing(true);
    },
    [setGesturing],
  );
  const onSettle = useCallback(
    (d: TimeDomain) => {
      setGesture(null);
      const whole = d[0] <= fullDomain[0] + 1 && d[1] >= fullDomain[1] - 1;
      setDomain(whole ? null : d);
      setGesturing(false);
    },
    [fullDomain, setDomain, setGesturing],
  );
  // A breakdown chosen elsewhere is dated here: bring its date into view, keeping the zoom.
  const markedKey = markedDate?.date;
  useEffect(() => {
    if (!markedKey) return;
    const p = period(markedKey);
    const [d0, d1] = committed;
    if (p.end > d0 && p.start < d1) return;
    const half = (d1 - d0) / 2;
    const centre = (p.start + p.end) / 2;
    setDomain(clampDomain([centre - half, centre + half], fullDomain));
    // Only a newly marked date moves the view; later zooms are the reader's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [markedKey]);
  const onBrush = useCallback(
    (d: TimeDomain, { settled }: { settled: boolean }) => (settled ? onSettle(d) : onGesture(d)),
    [onSettle, onGesture],
  );
  const zoomRef = useTimelineZoom<SVGSVGElement>({
    width, height: frame?.height ?? 0, fullDomain, domain: committed, wheel, onGesture, onSettle,
  });

  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const keyEvents = useMemo(() => keyMarksOf(layout, width), [layout, width]);
  const onZoomToCluster = useCallback(
    (c: PlacedCluster) => setDomain(clampDomain(clusterExtentDomain(c, 0.1), fullDomain)),
    [fullDomain, setDomain],
  );
  const zoomBy = useCallback(
    (factor: number, around: number | null) => {
      const [d0, d1] = committed;
      const at = around ?? (d0 + d1) / 2;
      setDomain(clampDomain([at - (at - d0) * factor, at + (d1 - at) * factor], fullDomain));
    },
    [committed, fullDomain, setDomain],
  );
  const keys = useTimelineKeys({
    events: keyEvents, selectedId, onSelect: selectEvent, onZoom: zoomBy, onReset: () => setDomain(null),
  });
  const focusedEvent = keys.focusedIdIfVisible ? keyEvents.find((e) => e.id === keys.focusedIdIfVisible) : undefined;
  const tipId = hoveredId ?? keys.focusedIdIfVisible;
  const tip = tipId ? keyEvents.find((e) => e.id === tipId) : undefined;

  const dataYears = useMemo(() => yearSpan(doc.events), [doc.events]);
  // At the full span the axis is padded a little: say the data's own years.
  // (within a second: an animated arrival ends a rounding error away from its target)
  const whole = domain[0] <= fullDomain[0] + 1000 && domain[1] >= fullDomain[1] - 1000;
  // The window's end is exclusive: 1 Jan 2002 closes a window that ends with December 2001.
  const span = whole ? dataYears : `${yearOf(domain[0])}–${yearOf(domain[1] - 1)}`;
  const label = `Timeline: ${events.length} events from ${dataYears.replace("–", " to ")}; showing ${span}`;
  return (
    <div className="timeline" data-testid="timeline" ref={sizeRef}>
      {layout && frame && (
        <TimelineView
          svgRef={zoomRef}
          layout={layout}
          frame={frame}
          band={band}
          bandTitle={bandSeries ? `${bandSeries.label} (${bandSeries.unit})` : ""}
          bandFocus={bandFocus}
          yearMark={hoverYear !== null && !bandFocus.focus ? markOf(layout, String(hoverYear), String(hoverYear)) : null}
          breakdownMark={markedDate ? markOf(layout, markedDate.date, markedDate.label) : null}
          styles={styles}
          selectedId={selectedId}
          focusedId={keys.focusedId}
          hoveredId={hoveredId}
          label={label}
          onKeyDown={keys.onKeyDown}
          onFocusEvent={keys.onFocusEvent}
          onHover={setHoveredId}
          onSelect={(id) => selectEvent(id === selectedId ? null : id)}
          onZoomToCluster={onZoomToCluster}
        />
      )}
      {width > 0 && (
        <Overview
          fullDomain={fullDomain}
          domain={domain}
          events={events}
          series={series}
          eras={doc.eras ?? []}
          onBrush={onBrush}
          label={`Overview of ${dataYears}`}
        />
      )}
      {band && frame && bandFocus.focus && (
        <BandReadout band={band} focus={bandFocus.focus} readings={bandFocus.readings} top={frame.bandTop} width={width} />
      )}
      {bandSeries && (
        <div className="tl-band-controls">
          {companions.length > 0 && (
            <label className="band-switch">
              <input type="checkbox" checked={compare} onChange={(e) => onCompareChange(e.target.checked)} />
              Compare with {companions.map((c) => c.label).join(", ")}
            </label>
          )}
          <BandNotes series={bandSeries} breaks={bandBreaks(bandSeries, compare ? companions : [])} />
        </div>
      )}
      {/* Says where keyboard focus has landed, for screen readers. */}
      <p className="visually-hidden" aria-live="polite" data-testid="timeline-live">
        {focusedEvent?.announce ?? ""}
      </p>
      {layout && <ReadyMark />}
      {tip && (
        <Tooltip x={tip.x} y={tip.y + 14} boundsWidth={width}>
          <span className="tooltip__date">{tip.tipDate}</span>
          <span className="tooltip__title">{tip.tipTitle}</span>
        </Tooltip>
      )}
    </div>
  );
}

const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

/** "1979–2023": the years the events cover, without the padding the axis adds. */
function yearSpan(events: readonly TimelineEvent[]): string {
  const span = timeSpan(timeColumns(events));
  if (!span) return "";
  const [lo, hi] = [yearOf(span[0]), yearOf(span[1] - 1)];
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** A period in pixels for the link marks; null when it is out of view. */
function markOf(layout: TimelineLayout, date: string, label: string) {
  const p = period(date);
  const x0 = layout.xScale(p.start);
  const x1 = layout.xScale(p.end);
  if (x1 < 0 || x0 > layout.width) return null;
  return { x0: Math.max(0, x0), x1: Math.min(layout.width, x1), label };
}
