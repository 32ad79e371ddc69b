import { useEffect, useMemo, useRef, useState } from "react";
import { Timeline } from "../../charts/timeline/Timeline.tsx";
import { Legend } from "../../charts/timeline/Legend.tsx";
import { BreakdownPanel } from "../../charts/breakdown/BreakdownPanel.tsx";
import { categoryStyles } from "../../charts/shared/categoryStyle.ts";
import { useActions, useAppStore } from "../../state/store.ts";
import { parseUrlState, toSearch } from "../../state/url.ts";
import { EmbedButton } from "../../ui/EmbedButton.tsx";
import { ShareButton } from "../../ui/ShareButton.tsx";
import { DownloadMenu } from "../../ui/DownloadMenu.tsx";
import { PrintEventList } from "../../ui/PrintEventList.tsx";
import { ThemeToggle } from "../../ui/ThemeToggle.tsx";
import { SelectedEventDetail } from "../SelectedEventDetail.tsx";
import { PanelBoundary } from "../../ui/PanelBoundary.tsx";
import { SearchBox } from "../../ui/SearchBox.tsx";
import type { LayoutProps } from "../LayoutProps.ts";
import { splitFeatured } from "../../data/derive/featured.ts";
import { useExploreData } from "./useExploreData.ts";

// Stable: the timeline memoises its span on the series, and a new [] each render would recompute it.
const NO_SERIES: never[] = [];

type Props = Pick<LayoutProps, "mode" | "events" | "population" | "belowFold">;

function linkToEvent(id: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${toSearch({ ...parseUrlState(search), event: id })}`;
}

/** The analyst's view: filters over the timeline, the detail beside the breakdowns below it. */
export function ExploreLayout({ mode, events, population, belowFold }: Props) {
  const domain = useAppStore((s) => s.domain);
  const compare = useAppStore((s) => s.ui.bandCompare);
  const [listOpen, setListOpen] = useState(false);
  const linked = useAppStore((s) => s.linked);
  // An embed loads its data by address: the reader's own files cannot be embedded.
  const localData = useAppStore((s) => !!(s.sources.events?.local ?? s.sources.population?.local));
  const {
    selectEvent, setDomain, toggleCategory, setCategories, setQuery, setBandCompare,
    setHoverYear, markBreakdown, setFollowTimeline,
  } = useActions();
  const data = useExploreData(events);
  const styles = useMemo(() => categoryStyles(events?.categories ?? []), [events]);
  const { selected, neighbours } = data;
  const highlighted = useMemo(
    () => new Set(population?.breakdowns.filter((b) => b.eventId !== undefined && b.eventId === selected?.id).map((b) => b.id)),
    [population, selected],
  );
  const filtered = data.shown.length !== data.total;
  const marked = population?.breakdowns.find((b) => b.id === linked.markedBreakdownId);
  const onSelectBreakdown = (id: string) => {
    const b = population?.breakdowns.find((x) => x.id === id);
    markBreakdown(id === linked.markedBreakdownId ? null : id);
    if (b?.eventId && events?.events.some((e) => e.id === b.eventId)) selectEvent(b.eventId);
  };
  useScrollIntoView(highlighted);
  const split = useMemo(() => (population ? splitFeatured(population, events) : null), [population, events]);
  // At 1366×768 the figures under the timeline start below the fold: they wait for the first screen.
  const rest = belowFold.population ? (split?.rest ?? null) : null;
  const panelProps = {
    highlightedBreakdownIds: highlighted,
    onSelectBreakdown,
    ...(linked.followTimeline && domain ? { xDomain: domain } : {}),
    highlightYear: linked.hoverYear,
    onHoverYear: setHoverYear,
  };

  return (
    <div className={`explore${selected ? " has-detail" : ""}`}>
      {events && (
        <section className="explore__timeline" aria-labelledby="timeline-heading">
          <h2 id="timeline-heading" className="visually-hidden">Timeline of events</h2>
          <div className="toolbar">
            <Legend
              styles={styles}
              counts={data.counts}
              visible={data.visible}
              onToggle={(id) => toggleCategory(id, data.allIds)}
              onShowAll={() => setCategories(null)}
            />
            <div className="toolbar__right">
              <SearchBox value={data.query} onChange={setQuery} />
              <p className="toolbar__status" data-testid="event-count" aria-live="polite">
                {filtered ? `${data.shown.length} of ${data.total} events shown` : `${data.total} events`}
              </p>
              {/* aria-disabled, not disabled: the button keeps its focus when pressing it makes it unavailable. */}
              <button
                type="button"
                className="button"
                onClick={() => domain !== null && setDomain(null)}
                aria-disabled={domain === null}
              >
                Reset zoom
              </button>
              <DownloadMenu events={events} population={population} shown={data.shown} />
              <ShareButton />
              {!localData && <EmbedButton title={events.title} />}
              <ThemeToggle />
              <button type="button" className="button" aria-pressed={listOpen} onClick={() => setListOpen((v) => !v)}>
                Events as list
              </button>
            </div>
          </div>
          <PanelBoundary name="Timeline">
          <Timeline
            doc={events}
            events={data.shown}
            series={population?.series ?? NO_SERIES}
            wheel={mode.wheelZoom}
            compare={compare}
            onCompareChange={setBandCompare}
            markedDate={marked?.date ? { date: marked.date, label: marked.label } : undefined}
          />
          </PanelBoundary>
          <PrintEventList events={data.shown} categories={events.categories} domain={domain} onScreen={listOpen} />
        </section>
      )}
      {(selected || (split && split.featured.breakdowns.length > 0)) && (
        <div className="explore__side">
          <h2 className="visually-hidden">{selected ? "The selected event and the figures linked to events" : "Figures linked to events"}</h2>
          {selected && (
            <SelectedEventDetail
              events={events}
              selected={selected}
              styles={styles}
              neighbours={neighbours}
              shareUrl={linkToEvent(selected.id)}
            />
          )}
          {split && mode.showBreakdowns && split.featured.breakdowns.length > 0 && (
            <BreakdownPanel population={split.featured} label="Figures linked to the story's events" {...panelProps} />
          )}
        </div>
      )}
      {rest && mode.showBreakdowns && (rest.series.length > 0 || rest.breakdowns.length > 0) && (
        <section className="explore__breakdowns" aria-labelledby="figures-heading">
          <h2 id="figures-heading" className="visually-hidden">Population figures</h2>
          {rest.series.length > 0 && (
            <label className="band-switch follow-switch">
              <input type="checkbox" checked={linked.followTimeline} onChange={(e) => setFollowTimeline(e.target.checked)} />
              Series charts follow the timeline's range
            </label>
          )}
          <BreakdownPanel population={rest} {...panelProps} />
        </section>
      )}
    </div>
  );
}

/** A newly selected event's linked breakdowns are brought into view (not on first load: the timeline comes first). */
function useScrollIntoView(ids: ReadonlySet<string>): void {
  const first = useRef(true);
  const key = [...ids].join(" ");
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const id = key.split(" ")[0];
    if (!id) return;
    const el = [...document.querySelectorAll("[data-breakdown-id]")].find((n) =>
      (n.getAttribute("data-breakdown-id") ?? "").split(" ").includes(id),
    );
    const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
    el?.scrollIntoView?.({ block: "nearest", behavior: reduce ? "auto" : "smooth" });
  }, [key]);
}
