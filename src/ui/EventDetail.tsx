import { useEffect, useRef } from "react";
import { formatDateRange } from "../data/dates.ts";
import type { Category, TimelineEvent } from "../data/schema/events.ts";
import { formatFigureValue } from "../format/figure.ts";
import { CopyLinkButton } from "./CopyLinkButton.tsx";
import { SourceLink } from "./SourceLink.tsx";

interface Neighbour {
  readonly id: string;
  readonly title: string;
}

interface Props {
  readonly event: TimelineEvent;
  readonly category: Category | undefined;
  /** The category's colour as the timeline draws it. */
  readonly color: string;
  readonly onClose: () => void;
  /** The events just before and after in time, among those shown. */
  readonly previous?: Neighbour | undefined;
  readonly next?: Neighbour | undefined;
  readonly onNavigate?: (id: string) => void;
  /** A link that opens the dashboard on this event. */
  readonly shareUrl?: string | undefined;
}

/** Everything known about one event: when, what, the numbers as sourced, and every source. */
export function EventDetail({ event, category, color, onClose, previous, next, onNavigate, shareUrl }: Props) {
  const hasDerived = event.figures?.some((f) => f.derived) ?? false;
  const root = useRef<HTMLElement>(null);
  const opener = useRef<Element | null>(null);
  // Where focus was when this event was chosen (outside the panel: a timeline mark, a "Show on timeline" button).
  useEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body && !root.current?.contains(active)) opener.current = active;
  }, [event.id]);
  // Closed from inside, the panel would take focus with it: give it back to the opener, or to the event on the timeline.
  const close = () => {
    if (root.current?.contains(document.activeElement)) focusElement(returnTargetOf(opener.current, event.id));
    onClose();
  };
  return (
    // Opening it leaves focus where it was (the timeline): keys keep walking the events.
    <aside
      ref={root}
      className="detail"
      aria-labelledby="detail-title"
      data-event-detail={event.id}
      onKeyDown={(e) => {
        if (e.key === "Escape") close();
      }}
    >
      <div className="detail__meta">
        <span className="detail__category">
          <span className="swatch" style={{ background: color }} aria-hidden="true" />
          {category?.label ?? event.category}
        </span>
        <button type="button" className="button detail__close" onClick={close} aria-label="Close event detail">
          ×
        </button>
      </div>
      <p className="detail__date">
        <time dateTime={event.date}>{formatDateRange(event.date, event.endDate)}</time>
      </p>
      <h2 id="detail-title" className="detail__title">
        {event.title}
      </h2>
      {event.summary?.split(/\n+/).map((para, i) => (
        <p key={i} className="detail__summary">{para}</p>
      ))}
      {event.figures && event.figures.length > 0 && (
        <dl className="detail__figures">
          {event.figures.map((f, i) => (
            <div key={i} className="detail__figure">
              <dt>{f.label}</dt>
              <dd>
                {formatFigureValue(f)}
                {f.derived && <span className="badge" title="Derived: calculated from other figures, not reported directly"> derived†</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {hasDerived && <p className="detail__footnote">† Derived from the other figures; no source reports it directly.</p>}
      <h3 className="detail__sources-title">Sources</h3>
      <ul className="detail__sources">
        {event.sources.map((s, i) => (
          <li key={i}><SourceLink name={s.name} url={s.url} /></li>
        ))}
      </ul>
      <div className="detail__actions">
        {shareUrl && <CopyLinkButton url={shareUrl} label="Copy link to this event" />}
      </div>
      {onNavigate && (previous || next) && (
        <nav className="detail__nav" aria-label="Events in time order">
          {/* aria-disabled, not disabled: a focused button that became disabled would drop focus to the page. */}
          <button type="button" className="button" aria-disabled={!previous} onClick={() => previous && onNavigate(previous.id)}
            title={previous?.title}>
            ← Previous
          </button>
          <button type="button" className="button" aria-disabled={!next} onClick={() => next && onNavigate(next.id)} title={next?.title}>
            Next →
          </button>
        </nav>
      )}
    </aside>
  );
}

/** The opener while it is still on the page, else the event's mark on the timeline, else the timeline's tab stop. */
function returnTargetOf(opener: Element | null, eventId: string): Element | null {
  if (opener?.isConnected) return opener;
  const marks = [...document.querySelectorAll("[data-testid=timeline] [data-event-id]")];
  return marks.find((m) => m.getAttribute("data-event-id") === eventId) ?? document.querySelector("[data-testid=timeline] [tabindex='0']");
}

function focusElement(el: Element | null): void {
  if (el instanceof HTMLElement || el instanceof SVGElement) el.focus();
}
