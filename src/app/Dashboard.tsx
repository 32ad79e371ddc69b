import { lazy, Suspense, useMemo, type ComponentType } from "react";
import { citedSources, usesUnhcrData } from "../data/derive/sources.ts";
import { unlinkedBreakdowns } from "../data/derive/links.ts";
import { isRetryable } from "../data/errors.ts";
import { foreignHost, localFiles } from "../data/sources.ts";
import type { LayoutProps } from "../modes/LayoutProps.ts";
import { MODES } from "../modes/mode.ts";
import { EmbedPage } from "../modes/embed/EmbedPage.tsx";
import { ExplorePage } from "../modes/explore/ExplorePage.tsx";
import { loadedPresentPage, loadPresentPage } from "../modes/present/presentPageModule.ts";
import type { ModeName } from "../state/url.ts";
import { useAppStore } from "../state/store.ts";
import { ErrorPanel } from "../ui/ErrorPanel.tsx";
import { Footer } from "../ui/Footer.tsx";
import { LoadingState } from "../ui/LoadingState.tsx";
import { ReadyMark } from "../ui/ReadyMark.tsx";
import { useFirstScreenDrawn } from "../ui/firstScreen.ts";
import { useDashboardData } from "./useDashboardData.ts";

// The presenter is loaded only when asked for: analysts and embeds never pay for it. A page
// opened in the presenter has it loaded already (main.tsx), and draws it without a fallback.
const PresentPage = loadedPresentPage() ?? lazy(() => loadPresentPage().then((page) => ({ default: page })));
const PAGES: Record<ModeName, ComponentType<LayoutProps>> = { explore: ExplorePage, embed: EmbedPage, present: PresentPage };

const NOTHING_YET: LayoutProps["belowFold"] = { events: undefined, population: undefined };

/** Loads both files, builds the pieces every mode shares, and hands them to the mode's page. */
export function Dashboard() {
  const { events, population, settled, eventsShown } = useDashboardData();
  const progress = useAppStore((s) => s.progress);
  const sources = useAppStore((s) => s.sources);
  const mode = MODES[useAppStore((s) => s.mode)];
  const ev = eventsShown ? events?.data : undefined;
  const pop = population?.data;
  const unlinked = useMemo(() => unlinkedBreakdowns(ev, pop), [ev, pop]);
  // What is below the fold (the figures under the timeline, the footer's list of
  // sources, which reads every event) waits for the first screen; after it, it
  // follows the data as it changes, never a dataset behind.
  const firstScreen = useFirstScreenDrawn();
  const belowFold = useMemo(
    () => (firstScreen ? { events: ev, population: pop } : NOTHING_YET),
    [firstScreen, ev, pop],
  );
  const cited = useMemo(() => citedSources(belowFold.events, belowFold.population), [belowFold]);
  const page = typeof window === "undefined" ? "http://localhost/" : window.location.href;
  const hosts = [foreignHost(sources.events, page), foreignHost(sources.population, page)].filter((h): h is string => !!h);
  const Page = PAGES[mode.name];

  const header = (
    <header className="page__header">
      <h1 className="page__title">{ev?.title || "Crossings"}</h1>
      {ev?.subtitle && <p className="page__subtitle">{ev.subtitle}</p>}
    </header>
  );
  const alerts = (
    <>
      {events?.isPending && <LoadingState label="events" progress={progress.events} retrying={events.failureReason} />}
      {population?.isPending && (
        <LoadingState label="population figures" progress={progress.population} retrying={population.failureReason} />
      )}
      {events?.isError && (
        <ErrorPanel error={events.error} onRetry={isRetryable(events.error) ? () => void events.refetch() : undefined} />
      )}
      {population?.isError && (
        <ErrorPanel error={population.error} onRetry={isRetryable(population.error) ? () => void population.refetch() : undefined} />
      )}
      {unlinked.length > 0 && (
        <p role="alert" className="warning">
          {unlinked.length === 1 ? "A breakdown names" : "Some breakdowns name"} an event that is not in the events file,
          so {unlinked.length === 1 ? "it is" : "they are"} shown unlinked:{" "}
          {unlinked.map((b) => `${b.label} (eventId "${b.eventId ?? ""}")`).join("; ")}.
        </p>
      )}
      {/* With events, the timeline marks ready once it has drawn them. */}
      {settled && !ev && pop && <ReadyMark />}
      {settled && firstScreen && (ev || pop) && <ReadyMark name="dashboard:complete" />}
    </>
  );
  const footer = (
    <Footer sources={cited} updated={ev?.updated ?? pop?.updated} foreignHosts={hosts} localFiles={localFiles(sources)} showUnhcrAttribution={usesUnhcrData(pop)} />
  );
  return (
    <Suspense fallback={<LoadingState label="the presenter view" />}>
      <Page mode={mode} events={ev} population={pop} belowFold={belowFold} header={header} alerts={alerts} footer={footer} foreignHosts={hosts} />
    </Suspense>
  );
}
