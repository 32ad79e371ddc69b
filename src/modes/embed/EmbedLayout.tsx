import { useMemo } from "react";
import { BreakdownChart } from "../../charts/breakdown/BreakdownChart.tsx";
import { categoryStyles } from "../../charts/shared/categoryStyle.ts";
import { Legend } from "../../charts/timeline/Legend.tsx";
import { Timeline } from "../../charts/timeline/Timeline.tsx";
import type { EventsDocument } from "../../data/schema/events.ts";
import type { PopulationDocument } from "../../data/schema/population.ts";
import { useActions, useAppStore } from "../../state/store.ts";
import { SelectedEventDetail } from "../SelectedEventDetail.tsx";
import { useExploreData } from "../explore/useExploreData.ts";
import type { Mode } from "../mode.ts";
import { embedBreakdowns } from "./embedLinks.ts";
import { useZoomButtons } from "./useZoomButtons.ts";

interface Props {
  readonly mode: Mode;
  readonly events: EventsDocument | undefined;
  readonly population: PopulationDocument | undefined;
}

const NO_SERIES: never[] = [];

/**
 * The embed's body, one column at every width: a key and zoom buttons, the
 * timeline, the selected event, and the one figure that goes with it.
 */
export function EmbedLayout({ mode, events, population }: Props) {
  const compare = useAppStore((s) => s.ui.bandCompare);
  const marked = useAppStore((s) => s.linked.markedBreakdownId);
  const { selectEvent, setBandCompare, markBreakdown } = useActions();
  const data = useExploreData(events);
  const { selected, neighbours } = data;
  const series = population?.series ?? NO_SERIES;
  const zoom = useZoomButtons(events, series);
  const styles = useMemo(() => categoryStyles(events?.categories ?? []), [events]);
  const figures = useMemo(() => embedBreakdowns(population, events, selected?.id ?? null), [population, events, selected]);
  const markedBreakdown = population?.breakdowns.find((b) => b.id === marked);
  const onShowOnTimeline = (id: string) => {
    const b = population?.breakdowns.find((x) => x.id === id);
    markBreakdown(id === marked ? null : id);
    if (b?.eventId && events?.events.some((e) => e.id === b.eventId)) selectEvent(b.eventId);
  };

  return (
    <div className="embed">
      {events && (
        <section className="embed__timeline" aria-label="Timeline">
          <div className="embed__toolbar">
            <Legend styles={styles} counts={data.counts} visible={data.visible} />
            <div className="embed__zoom" role="group" aria-label="Zoom the timeline">
              <button type="button" className="button embed__zoom-button" onClick={zoom.zoomIn} disabled={!zoom.canZoomIn} aria-label="Zoom in">
                +
              </button>
              <button type="button" className="button embed__zoom-button" onClick={zoom.zoomOut} disabled={!zoom.canZoomOut} aria-label="Zoom out">
                −
              </button>
              <button type="button" className="button" onClick={zoom.reset} disabled={!zoom.canZoomOut}>
                Reset
              </button>
              {/* The wheel scrolls the article here; say how to zoom with it. */}
              <span className="embed__zoom-hint">or Ctrl/⌘ + scroll</span>
            </div>
          </div>
          <Timeline
            doc={events}
            events={data.shown}
            series={series}
            wheel={mode.wheelZoom}
            compare={compare}
            onCompareChange={setBandCompare}
            markedDate={markedBreakdown?.date ? { date: markedBreakdown.date, label: markedBreakdown.label } : undefined}
          />
        </section>
      )}
      {selected && (
        <SelectedEventDetail events={events} selected={selected} styles={styles} neighbours={neighbours} />
      )}
      {mode.showBreakdowns && figures.length > 0 && (
        <section className="embed__figures" aria-labelledby="embed-figures-heading">
          <h2 id="embed-figures-heading" className="visually-hidden">Figures linked to the story's events</h2>
          {figures.map((b) => (
            <BreakdownChart
              key={b.id}
              breakdown={b}
              highlighted={selected !== undefined && b.eventId === selected.id}
              onSelect={onShowOnTimeline}
            />
          ))}
        </section>
      )}
    </div>
  );
}
