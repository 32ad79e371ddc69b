import { useMemo, useState, type CSSProperties } from "react";
import { BreakdownChart } from "../../charts/breakdown/BreakdownChart.tsx";
import { categoryStyles } from "../../charts/shared/categoryStyle.ts";
import { Timeline } from "../../charts/timeline/Timeline.tsx";
import { bandSeriesOf } from "../../charts/timeline/seriesBand.ts";
import { clampDomain, fullDomainOf } from "../../charts/timeline/zoom.ts";
import { period } from "../../data/dates.ts";
import { figuresBesideChart, storySteps, type StoryStep } from "../../data/derive/story.ts";
import type { Breakdown } from "../../data/schema/population.ts";
import type { LayoutProps } from "../LayoutProps.ts";
import { PresentBar } from "./PresentBar.tsx";
import { StepCard } from "./StepCard.tsx";
import { timelineStepLinks } from "./timelineLinks.ts";
import { useChartZoom } from "./useChartZoom.ts";
import { useFitLevel } from "./useFitLevel.ts";
import { useFullscreen } from "./useFullscreen.ts";
import { useIdleCursor } from "./useIdleCursor.ts";
import { usePresenterKeys } from "./usePresenterKeys.ts";
import { useStoryStep } from "./useStoryStep.ts";
import "./present.css";

/** Levels of useFitLevel that present.css defines, for the card and for the chart beside it. */
const CARD_FIT_LEVELS = 5;
const FIGURE_FIT_LEVELS = 4;
const NO_SERIES: never[] = [];
/** The sources panel, which the bar's Sources button controls (aria-controls). */
const CREDITS_ID = "present-credits";
const ignore = () => undefined;

/** The first linked breakdown, with the others of its group that name the same event (drawn together). */
function featuredBreakdowns(step: StoryStep): readonly Breakdown[] {
  const [first] = step.breakdowns;
  if (!first) return [];
  return first.group === undefined ? [first] : step.breakdowns.filter((b) => b.group === first.group);
}

/**
 * The presenter: one step of the story per screen, stepped with a clicker or
 * the arrow keys. The data chooses the steps (derive/story.ts); each frames its
 * event on the timeline, selects it, and shows its words, figures and sources.
 */
export function PresentPage({ mode, events, population, header, alerts, footer }: LayoutProps) {
  const series = population?.series ?? NO_SERIES;
  // Frames are clamped to the span of the events and eras alone: it lies within
  // the timeline's own (which the population band may widen), and it does not
  // move when the population file arrives later, so the window is set once.
  const fullDomain = useMemo(
    () => (events ? fullDomainOf({ events: events.events, eras: events.eras ?? [] }) : null),
    [events],
  );
  const steps = useMemo(
    () => (events && fullDomain ? storySteps(events, population, (f) => clampDomain(f, fullDomain)) : []),
    [events, population, fullDomain],
  );
  const storyEvents = useMemo(() => steps.map((s) => s.event), [steps]);
  const styles = useMemo(() => categoryStyles(events?.categories ?? []), [events]);
  const band = bandSeriesOf(series);

  const position = useStoryStep(steps);
  const { current, count, step } = position;
  const [credits, setCredits] = useState(false);
  // Closed with focus inside, the panel would drop it to the page: it goes back to the Sources button.
  const closeCredits = () => {
    if (document.getElementById(CREDITS_ID)?.contains(document.activeElement)) {
      document.querySelector<HTMLElement>(`[aria-controls="${CREDITS_ID}"]`)?.focus();
    }
    setCredits(false);
  };
  // Any step change closes the sources panel: the audience is back on the story.
  const go = (n: number) => {
    closeCredits();
    position.go(n);
  };
  const fullscreen = useFullscreen();
  usePresenterKeys({
    next: () => go(current + 1),
    previous: () => go(current - 1),
    first: () => go(1),
    last: () => go(count),
    toggleFullscreen: fullscreen.toggle,
    dismiss: closeCredits,
  });
  const idle = useIdleCursor();
  const zoom = useChartZoom();
  const fitKey = `${step?.event.id ?? ""}:${zoom}`;
  const [figureFit, setFigureBox] = useFitLevel<HTMLDivElement>(FIGURE_FIT_LEVELS, fitKey);
  // The chart narrows first (its column gives the card room), then the card fits what is left.
  const [cardFit, setCardBox] = useFitLevel<HTMLDivElement>(CARD_FIT_LEVELS, `${fitKey}:${figureFit}`);
  const featured = step ? featuredBreakdowns(step) : [];
  const breaks = (band?.breaks ?? [])
    .map((b, i) => ({ n: i + 1, label: b.label, at: period(b.date).start }))
    .filter((b) => step !== undefined && b.at >= step.frame[0] && b.at <= step.frame[1]);
  const [single] = featured;
  // The chart's zoom, for present.css (a custom property has no typed key in CSSProperties).
  const zoomVar = { "--present-zoom": String(zoom) } as CSSProperties;

  if (!events || !step) {
    return (
      <div className={`present present--empty${idle ? " is-idle" : ""}`} data-testid="present">
        {header}
        <main className="present__alerts">{alerts}</main>
      </div>
    );
  }
  return (
    <div className={`present${idle ? " is-idle" : ""}`} data-testid="present" style={zoomVar}>
      <PresentBar
        title={events.title}
        current={current}
        count={count}
        onPrevious={() => go(current - 1)}
        onNext={() => go(current + 1)}
        fullscreen={fullscreen}
        credits={{ open: credits, toggle: () => setCredits((v) => !v) }}
      />
      <div className="present__alerts">{alerts}</div>
      {/* The chart, when there is one, takes the full height beside the words and the timeline. */}
      <main className={`present__slide${single ? " has-figure" : ""}`} data-card-fit={cardFit} data-figure-fit={figureFit}>
        <div className="present__card" ref={setCardBox}>
          <StepCard
            step={step}
            figures={figuresBesideChart(step.figures, featured)}
            category={events.categories.find((c) => c.id === step.event.category)}
            color={styles.get(step.event.category)?.color ?? "var(--cat-7)"}
            bandSource={band ? { label: band.label, name: band.source.name, url: band.source.url } : undefined}
            bandBreaks={breaks}
          />
        </div>
        {single && (
          <div className="present__figure" ref={setFigureBox}>
            <BreakdownChart breakdown={featured.length === 1 ? single : featured} />
          </div>
        )}
        <section className="present__timeline" aria-label="Timeline" {...timelineStepLinks(steps, go)}>
          <Timeline
            doc={events}
            events={storyEvents}
            series={series}
            wheel={mode.wheelZoom}
            compare={false}
            onCompareChange={ignore}
          />
        </section>
      </main>
      {credits && (
        <section id={CREDITS_ID} className="present__credits" aria-label="Sources and licence">
          {footer}
        </section>
      )}
      {/* Says each new step once, for screen readers; the slide itself is not a live region (too long to hear again). */}
      <p className="visually-hidden" aria-live="polite">{`Step ${current} of ${count}: ${step.event.title}`}</p>
    </div>
  );
}
