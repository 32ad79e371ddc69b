import { useMemo } from "react";
import { unlinkedBreakdowns } from "../data/derive/links.ts";
import { isRetryable } from "../data/errors.ts";
import { useAppStore } from "../state/store.ts";
import { ErrorPanel } from "../ui/ErrorPanel.tsx";
import { LoadingState } from "../ui/LoadingState.tsx";
import { ReadyMark } from "./ReadyMark.tsx";
import { useDashboardData } from "./useDashboardData.ts";

/** Loads both files and shows what each holds; each file fails on its own. */
export function Dashboard() {
  const { events, population, settled } = useDashboardData();
  const progress = useAppStore((s) => s.progress);
  const ev = events?.data;
  const pop = population?.data;
  const unlinked = useMemo(() => unlinkedBreakdowns(ev, pop), [ev, pop]);
  const title = ev?.title ?? "Crossings";

  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{title}</h1>
        {ev?.subtitle && <p className="page__subtitle">{ev.subtitle}</p>}
      </header>
      <main className="page__main">
        {events?.isPending && <LoadingState label="events" progress={progress.events} />}
        {population?.isPending && <LoadingState label="population figures" progress={progress.population} />}
        {events?.isError && (
          <ErrorPanel error={events.error} onRetry={isRetryable(events.error) ? () => void events.refetch() : undefined} />
        )}
        {population?.isError && (
          <ErrorPanel
            error={population.error}
            onRetry={isRetryable(population.error) ? () => void population.refetch() : undefined}
          />
        )}
        {unlinked.length > 0 && (
          <p role="alert" className="warning">
            {unlinked.length === 1 ? "A breakdown names" : "Some breakdowns name"} an event that is not in the events file,
            so {unlinked.length === 1 ? "it is" : "they are"} shown unlinked:{" "}
            {unlinked.map((b) => `${b.label} (eventId "${b.eventId ?? ""}")`).join("; ")}.
          </p>
        )}
        {(ev || pop) && (
          <section className="summary" aria-label="What is loaded">
            {ev && (
              <p data-testid="event-count">
                {ev.events.length} events in {ev.categories.length} categories
                {ev.eras ? `, ${ev.eras.length} eras` : ""}
              </p>
            )}
            {pop && (
              <p data-testid="population-count">
                {pop.series.length} series with {pop.series.reduce((n, s) => n + s.points.length, 0)} points,{" "}
                {pop.breakdowns.length} breakdowns
              </p>
            )}
          </section>
        )}
        {settled && (ev || pop) && <ReadyMark />}
      </main>
    </div>
  );
}
