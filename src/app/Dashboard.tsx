import { useMemo } from "react";
import { citedSources, usesUnhcrData } from "../data/derive/sources.ts";
import { unlinkedBreakdowns } from "../data/derive/links.ts";
import { isRetryable } from "../data/errors.ts";
import { foreignHost } from "../data/sources.ts";
import { MODES } from "../modes/mode.ts";
import { ExploreLayout } from "../modes/explore/ExploreLayout.tsx";
import { useAppStore } from "../state/store.ts";
import { ErrorPanel } from "../ui/ErrorPanel.tsx";
import { Footer } from "../ui/Footer.tsx";
import { LoadingState } from "../ui/LoadingState.tsx";
import { ReadyMark } from "../ui/ReadyMark.tsx";
import { useDashboardData } from "./useDashboardData.ts";

/** Loads both files and lays out what each holds; each file fails on its own. */
export function Dashboard() {
  const { events, population, settled } = useDashboardData();
  const progress = useAppStore((s) => s.progress);
  const sources = useAppStore((s) => s.sources);
  const mode = MODES[useAppStore((s) => s.mode)];
  const ev = events?.data;
  const pop = population?.data;
  const unlinked = useMemo(() => unlinkedBreakdowns(ev, pop), [ev, pop]);
  const cited = useMemo(() => citedSources(ev, pop), [ev, pop]);
  const page = typeof window === "undefined" ? "http://localhost/" : window.location.href;
  const hosts = [foreignHost(sources.events, page), foreignHost(sources.population, page)].filter((h): h is string => !!h);

  return (
    <div className={`page page--${mode.name}`}>
      <header className="page__header">
        <h1 className="page__title">{ev?.title || "Crossings"}</h1>
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
        {(ev || pop) && <ExploreLayout mode={mode} events={ev} population={pop} />}
        {/* With events, the timeline marks ready once it has drawn them. */}
        {settled && !ev && pop && <ReadyMark />}
      </main>
      <Footer
        sources={cited}
        updated={ev?.updated ?? pop?.updated}
        foreignHosts={hosts}
        showUnhcrAttribution={usesUnhcrData(pop)}
      />
    </div>
  );
}
