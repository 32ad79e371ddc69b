import { formatDateRange } from "../../data/dates.ts";
import { shortenSummary, type StoryStep } from "../../data/derive/story.ts";
import type { Category, Figure } from "../../data/schema/events.ts";
import { formatPeople } from "../../format/number.ts";
import { SourceLink } from "../../ui/SourceLink.tsx";

interface Props {
  readonly step: StoryStep;
  /** The figures to state: the step's own, less those a chart beside the card already shows. */
  readonly figures: readonly Figure[];
  readonly category: Category | undefined;
  readonly color: string;
  /** Where the population band's figures come from, when the timeline draws one. */
  readonly bandSource?: { readonly label: string; readonly name: string; readonly url: string } | undefined;
  /** The band's numbered breaks in this step's window: the timeline draws only their numbers. */
  readonly bandBreaks?: readonly { readonly n: number; readonly label: string }[] | undefined;
}

/** A figure as big as the slide allows, said as honestly as it is known: "~", "at least", "derived†". */
function BigFigure({ figure }: { readonly figure: Figure }) {
  const unit = figure.unit ?? "";
  const tight = unit === "%";
  return (
    // The label comes first for screen readers (a dl wants dt before dd); CSS puts the number on top.
    <div className={`present-figure${figure.approximate || figure.atLeast ? " present-figure--approximate" : ""}`}>
      <dt className="present-figure__label">{figure.label}</dt>
      <dd className="present-figure__value">
        {figure.atLeast && <span className="present-figure__qualifier">at least </span>}
        <span className="present-figure__number">
          {figure.approximate && !figure.atLeast ? "~" : ""}
          {formatPeople(figure.value)}
          {tight ? unit : ""}
        </span>
        {!tight && unit !== "" && <span className="present-figure__unit"> {unit}</span>}
        {figure.derived && <span className="present-figure__derived"> derived†</span>}
      </dd>
    </div>
  );
}

/** The slide's words: when, what, the figures, and where they come from, all visible without hovering. */
export function StepCard({ step, figures, category, color, bandSource, bandBreaks = [] }: Props) {
  const { event } = step;
  const derived = figures.some((f) => f.derived);
  const summary = event.summary ? shortenSummary(event.summary) : "";
  return (
    <article className="present-card" aria-labelledby="present-title" data-step-event={event.id}>
      <p className="present-card__meta">
        <time className="present-card__date" dateTime={event.date}>
          {formatDateRange(event.date, event.endDate)}
        </time>
        <span className="present-card__category">
          <span className="present-card__swatch" style={{ background: color }} aria-hidden="true" />
          {category?.label ?? event.category}
        </span>
      </p>
      <h2 id="present-title" className="present-card__title">
        {event.title}
      </h2>
      {summary !== "" && <p className="present-card__summary">{summary}</p>}
      {figures.length > 0 && (
        <dl className="present-card__figures">
          {figures.map((f, i) => (
            <BigFigure key={`${f.label}-${i}`} figure={f} />
          ))}
        </dl>
      )}
      {derived && <p className="present-card__note">† Derived from the other figures; no source reports it directly.</p>}
      {bandBreaks.length > 0 && (
        <p className="present-card__note">
          {bandSource ? `${bandSource.label}: ` : ""}
          {bandBreaks.map((b, i) => (
            <span key={b.n}>
              {i > 0 && "; "}
              <span className="present-card__break">{b.n}</span> {b.label}
            </span>
          ))}
        </p>
      )}
      <p className="present-card__sources">
        {event.sources.length > 1 ? "Sources: " : "Source: "}
        {event.sources.map((s, i) => (
          <span key={`${s.url}-${i}`}>
            {i > 0 && "; "}
            <SourceLink name={s.name} url={s.url} />
          </span>
        ))}
        {bandSource && (
          <span className="present-card__band-source">
            {" "}· {bandSource.label}: <SourceLink name={bandSource.name} url={bandSource.url} />
          </span>
        )}
      </p>
    </article>
  );
}
