import { useMemo, useState } from "react";
import { formatDateRange } from "../data/dates.ts";
import { formatCount } from "../format/number.ts";
import { sortByTime } from "../data/derive/neighbours.ts";
import type { Category, TimelineEvent } from "../data/schema/events.ts";
import { eventsInRange, type ViewDomain } from "../export/view.ts";
import { SourceLink } from "./SourceLink.tsx";
import { usePrinting } from "./usePrinting.ts";

/** On screen the list grows a page at a time; on paper it stops at a length anyone would print. */
export const SCREEN_PAGE = 200;
export const PRINT_LIMIT = 1000;

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
 * The events in view as a list with their sources: on paper, where a printed
 * timeline cannot be clicked, and on screen when the reader asks for it
 * ("Events as list"). Otherwise it is not rendered at all.
 */
export function PrintEventList(props: Props) {
  const printing = usePrinting();
  // Nothing to render until it is asked for: on screen, or on paper.
  return props.onScreen || printing ? <EventList {...props} /> : null;
}

function EventList({ events, categories, domain, onScreen = false }: Props) {
  const inView = useMemo(() => eventsInRange(sortByTime(events), domain), [events, domain]);
  const [pages, setPages] = useState(1);
  const limit = onScreen ? pages * SCREEN_PAGE : PRINT_LIMIT;
  const listed = inView.length > limit ? inView.slice(0, limit) : inView;
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
        {inView.length === 1 ? "1 event" : `${formatCount(inView.length)} events`}, in time order
        {listed.length < inView.length ? `; the first ${formatCount(listed.length)} are listed` : ""}.
      </p>
      <ol className="print-events__list">
        {listed.map((e) => (
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
      {onScreen && listed.length < inView.length && (
        <button type="button" className="button" onClick={() => setPages((p) => p + 1)}>
          Show {Math.min(SCREEN_PAGE, inView.length - listed.length)} more
        </button>
      )}
    </section>
  );
}
