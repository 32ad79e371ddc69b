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
  return (
    // Opening it leaves focus where it was (the timeline): keys keep walking the events.
    <aside
      className="detail"
      aria-labelledby="detail-title"
      data-event-detail={event.id}
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <div className="detail__meta">
        <span className="detail__category">
          <span className="swatch" style={{ background: color }} aria-hidden="true" />
          {category?.label ?? event.category}
        </span>
        <button type="button" className="button detail__close" onClick={onClose} aria-label="Close event detail">
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
          <button type="button" className="button" disabled={!previous} onClick={() => previous && onNavigate(previous.id)}
            title={previous?.title}>
            ← Previous
          </button>
          <button type="button" className="button" disabled={!next} onClick={() => next && onNavigate(next.id)} title={next?.title}>
            Next →
          </button>
        </nav>
      )}
    </aside>
  );
}
