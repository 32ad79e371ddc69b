import { useMemo } from "react";
import { formatDateRange } from "../data/dates.ts";
import { sortByTime } from "../data/derive/neighbours.ts";
import type { Category, TimelineEvent } from "../data/schema/events.ts";
import { eventsInRange, type ViewDomain } from "../export/view.ts";
import { SourceLink } from "./SourceLink.tsx";

interface Props {
  /** The events after filters and search (the explore view's `shown`). */
  readonly events: readonly TimelineEvent[];
  readonly categories: readonly Category[];
  /** The visible window; null = the whole span. */
  readonly domain: ViewDomain;
  /** Shown on screen too ("Events as list"), not only on paper. */
  readonly onScreen?: boolean;
}

/**
 * The events in view as a list with their sources, for paper only: a printed
 * timeline cannot be clicked, so the handout says what each mark is and where
 * it comes from. Not rendered on screen (print.css), where the timeline and
 * the event detail already say it.
 */
export function PrintEventList({ events, categories, domain, onScreen = false }: Props) {
  const inView = useMemo(() => eventsInRange(sortByTime(events), domain), [events, domain]);
  const labels = useMemo(() => new Map(categories.map((c) => [c.id, c.label || c.id])), [categories]);
  return (
    <section
      className={onScreen ? "print-events print-events--screen" : "print-only print-events"}
      aria-labelledby="print-events-heading"
      data-testid="print-events"
      // On screen it scrolls: keyboard users must be able to reach and scroll it.
      {...(onScreen ? { tabIndex: 0 } : {})}
    >
      <h2 id="print-events-heading" className="print-events__heading">Events in view</h2>
      <p className="print-events__meta">
        {inView.length === 1 ? "1 event" : `${inView.length} events`}, in time order.
      </p>
      <ol className="print-events__list">
        {inView.map((e) => (
          <li key={e.id} className="print-events__item">
            <span className="print-events__date">{formatDateRange(e.date, e.endDate)}</span>
            {" · "}
            <strong className="print-events__title">{e.title}</strong>
            {labels.has(e.category) && <span className="print-events__category"> ({labels.get(e.category)})</span>}
            {e.summary && <p className="print-events__summary">{e.summary}</p>}
            <div className="print-events__sources">
              {e.sources.length === 1 ? "Source: " : "Sources: "}
              {e.sources.map((s, i) => (
                <span key={`${s.url}-${i}`}>
                  {i > 0 && "; "}
                  <SourceLink name={s.name} url={s.url} />
                </span>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
