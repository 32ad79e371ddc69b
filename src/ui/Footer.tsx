import { formatDate } from "../data/dates.ts";
import type { Source } from "../data/schema/events.ts";
import { SourceLink } from "./SourceLink.tsx";

interface Props {
  readonly sources: readonly Source[];
  readonly updated: string | undefined;
  /** Set when the data did not come from this site: where it came from. */
  readonly foreignHosts: readonly string[];
  /** The reader's own files, opened from their computer. */
  readonly localFiles?: readonly string[];
  readonly showUnhcrAttribution: boolean;
}

/** Sources, "data as of", and the attribution the licence asks for. */
export function Footer({ sources, updated, foreignHosts, localFiles = [], showUnhcrAttribution }: Props) {
  const origins = [
    ...foreignHosts,
    ...(localFiles.length ? [`your file${localFiles.length > 1 ? "s" : ""} ${localFiles.join(" and ")}, opened from this computer`] : []),
  ];
  return (
    <footer className="page__footer">
      {origins.length > 0 && <p className="footer__origin">Data from {origins.join(" and ")}.</p>}
      {updated && <p>Data as of {formatDate(updated)}.</p>}
      {sources.length > 0 && (
        <p className="footer__sources">
          Sources:{" "}
          {sources.map((s, i) => (
            <span key={`${s.url}-${i}`}>
              {i > 0 && " · "}
              <SourceLink name={s.name} url={s.url} />
            </span>
          ))}
        </p>
      )}
      {showUnhcrAttribution && (
        <p className="footer__licence">
          Population figures: UNHCR Refugee Population Statistics Database (
          <a href="https://www.unhcr.org/refugee-statistics/" target="_blank" rel="noopener noreferrer">UNHCR Refugee Data Finder</a>
          ), via the <code>refugees</code> R package, licensed{" "}
          <a href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="noopener noreferrer">CC BY 4.0</a>.
        </p>
      )}
    </footer>
  );
}
