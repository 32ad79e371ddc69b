import type { LayoutProps } from "../LayoutProps.ts";
import { urlStateOf } from "../../state/syncUrl.ts";
import { useAppStore } from "../../state/store.ts";
import { fullDashboardUrl } from "./embedLinks.ts";
import { EmbedLayout } from "./EmbedLayout.tsx";
import { EmbedSourceLine } from "./EmbedSourceLine.tsx";
import { useAutoHeight } from "./useAutoHeight.ts";
import "./embed.css";

/**
 * The page inside an editor's iframe: no chrome, one column, and always the
 * source line and the way out to the full dashboard. It reports its height to
 * the host page (see public/embed.js) so the iframe fits it exactly.
 */
export function EmbedPage({ mode, events, population, header, alerts, foreignHosts }: LayoutProps) {
  const root = useAutoHeight<HTMLDivElement>();
  // A string, so the page redraws only when the link itself changes.
  const fullUrl = useAppStore((s) =>
    fullDashboardUrl(urlStateOf(s), typeof window === "undefined" ? { origin: "", pathname: "/" } : window.location),
  );
  return (
    <div className={`page page--${mode.name}`} ref={root}>
      {header}
      <main className="page__main">
        {alerts}
        {(events || population) && <EmbedLayout mode={mode} events={events} population={population} />}
      </main>
      <footer className="embed__footer">
        <EmbedSourceLine events={events} population={population} foreignHosts={foreignHosts} />
        <a className="embed__open" href={fullUrl} target="_blank" rel="noopener noreferrer">
          Open the full dashboard<span aria-hidden="true"> ↗</span>
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </footer>
    </div>
  );
}
