import type { LayoutProps } from "../LayoutProps.ts";
import { ExploreLayout } from "./ExploreLayout.tsx";

/** The analyst's page: heading, alerts, the explore view, footer. */
export function ExplorePage({ mode, events, population, header, alerts, footer }: LayoutProps) {
  return (
    <div className={`page page--${mode.name}`}>
      {header}
      <main className="page__main">
        {alerts}
        {(events || population) && <ExploreLayout mode={mode} events={events} population={population} />}
      </main>
      {footer}
    </div>
  );
}
