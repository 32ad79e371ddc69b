import { fileNameOf } from "./errors.ts";
import type { DataKind } from "./validate.ts";

export interface DataSource {
  /** Absolute URL to fetch. */
  readonly url: string;
  /** The name shown for it in messages. */
  readonly file: string;
  readonly bundled: boolean;
  /** A file the reader opened from their computer (then url is only a key: no link can carry it). */
  readonly local?: Blob;
}

let localCount = 0;

/** A source for a file opened from the reader's computer; each opening gets its own key. */
export function localSource(blob: Blob, file: string): DataSource {
  localCount += 1;
  return { url: `local:${localCount}/${encodeURIComponent(file)}`, file, bundled: false, local: blob };
}

/** The reader's own files among the sources, by name. */
export function localFiles(sources: DataSources): string[] {
  return [sources.events, sources.population].flatMap((s) => (s?.local ? [s.file] : []));
}

export type DataSources = { readonly [K in DataKind]: DataSource | null };

/**
 * The files to load: the bundled pair, or what the reader asked for. Replacing
 * only one drops the bundled other, so a reader's events never sit beside our
 * population figures by accident.
 */
export function resolveDataSources(
  requested: { readonly events?: string | undefined; readonly population?: string | undefined },
  pageUrl: string,
  bundledBase: string,
): DataSources {
  const bundled = (kind: DataKind): DataSource => ({
    url: new URL(`${bundledBase}data/${kind}.json`, pageUrl).href,
    file: `${kind}.json`,
    bundled: true,
  });
  const custom = (raw: string): DataSource => {
    let url: string;
    try {
      url = new URL(raw, pageUrl).href;
    } catch {
      url = raw;
    }
    return { url, file: fileNameOf(url), bundled: false };
  };
  if (requested.events === undefined && requested.population === undefined) {
    return { events: bundled("events"), population: bundled("population") };
  }
  return {
    events: requested.events === undefined ? null : custom(requested.events),
    population: requested.population === undefined ? null : custom(requested.population),
  };
}

/** "example.org" for a reader's file, null for ours: the page says where data comes from. */
export function foreignHost(source: DataSource | null, pageUrl: string): string | null {
  if (!source || source.bundled) return null;
  try {
    const u = new URL(source.url);
    return u.origin === new URL(pageUrl).origin ? null : u.host;
  } catch {
    return null;
  }
}
