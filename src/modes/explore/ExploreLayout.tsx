import { useMemo, useState } from "react";
import { Timeline } from "../../charts/timeline/Timeline.tsx";
import { Legend } from "../../charts/timeline/Legend.tsx";
import { BreakdownPanel } from "../../charts/breakdown/BreakdownPanel.tsx";
import { categoryStyles } from "../../charts/shared/categoryStyle.ts";
import type { EventsDocument } from "../../data/schema/events.ts";
import type { PopulationDocument } from "../../data/schema/population.ts";
import { useActions, useAppStore } from "../../state/store.ts";
import { EventDetail } from "../../ui/EventDetail.tsx";
import type { Mode } from "../mode.ts";

interface Props {
  readonly mode: Mode;
  readonly events: EventsDocument | undefined;
  readonly population: PopulationDocument | undefined;
}

/** The analyst's view: the timeline across the top, the detail beside the breakdowns below it. */
export function ExploreLayout({ mode, events, population }: Props) {
  const selectedId = useAppStore((s) => s.selectedEventId);
  const domain = useAppStore((s) => s.domain);
  const { selectEvent, setDomain } = useActions();
  const styles = useMemo(() => categoryStyles(events?.categories ?? []), [events]);
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    events?.events.forEach((e) => m.set(e.category, (m.get(e.category) ?? 0) + 1));
    return m;
  }, [events]);
  const [compare, setCompare] = useState(false);
  const selected = events?.events.find((e) => e.id === selectedId);
  const highlighted = useMemo(
    () => new Set(population?.breakdowns.filter((b) => b.eventId !== undefined && b.eventId === selectedId).map((b) => b.id)),
    [population, selectedId],
  );

  return (
    <>
      {events && (
        <section className="explore__timeline" aria-label="Timeline">
          <div className="toolbar">
            <Legend styles={styles} counts={counts} visible={null} />
            <p className="toolbar__status" data-testid="event-count">
              {events.events.length} events
            </p>
            <button type="button" className="button" onClick={() => setDomain(null)} disabled={domain === null}>
              Reset zoom
            </button>
          </div>
          <Timeline
            doc={events}
            series={population?.series ?? []}
            wheel={mode.wheelZoom}
            compare={compare}
            onCompareChange={setCompare}
          />
          <p className="timeline__hint">Scroll or pinch to zoom, drag to pan; select an event for its sources.</p>
        </section>
      )}
      <div className={`explore__below${selected ? " has-detail" : ""}`}>
        {population && mode.showBreakdowns && (
          <BreakdownPanel population={population} highlightedBreakdownIds={highlighted} />
        )}
        {selected && (
          <EventDetail
            event={selected}
            category={events?.categories.find((c) => c.id === selected.category)}
            categoryIndex={styles.get(selected.category)?.index ?? 7}
            onClose={() => selectEvent(null)}
          />
        )}
      </div>
    </>
  );
}
