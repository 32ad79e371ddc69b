import { formatDate } from "../data/dates.ts";
import { citedSources, usesUnhcrData } from "../data/derive/sources.ts";
import type { EventsDocument, Source, TimelineEvent } from "../data/schema/events.ts";
import type { PopulationDocument } from "../data/schema/population.ts";
import { UNHCR_ATTRIBUTION, footerLines } from "./compose.ts";
import { breakdownCsv, eventsCsv, seriesCsv, type CiteInfo } from "./csv.ts";
import type { ExportItem } from "./items.ts";
import { eventsInRange, exportFileName, isoDay, type ViewDomain } from "./view.ts";

export { exportItems, type ExportItem } from "./items.ts";

// What can be downloaded from a view, and each file's name and content: the
// pure half of the download menu (the DOM half draws the image; see snapshot.ts).

export interface ExportView {
  readonly doc: EventsDocument;
  readonly population: PopulationDocument | undefined;
  /** The events after filters and search (the explore view's `shown`). */
  readonly shown: readonly TimelineEvent[];
  readonly domain: ViewDomain;
  readonly pageUrl: string;
  /** The moment of the download, UTC ms: dates the file name and the citation. */
  readonly now: number;
}

export function titleOf(view: Pick<ExportView, "doc">): string {
  return view.doc.title || "Crossings";
}

export function eventsInView(view: ExportView): readonly TimelineEvent[] {
  return eventsInRange(view.shown, view.domain);
}

/** Publishers of the events in view, plus the series the timeline's band draws (the image shows no breakdowns). */
export function imageSources(view: ExportView): Source[] {
  const population = view.population ? { ...view.population, breakdowns: [] } : undefined;
  return citedSources({ ...view.doc, events: [...eventsInView(view)] }, population);
}

/** "1985–1995 · 12 of 39 events", or months when the window is under two years. */
export function viewSummary(view: ExportView): string {
  const n = eventsInView(view).length;
  const count = `${n} of ${view.doc.events.length} events`;
  if (!view.domain) return count;
  const [d0, d1] = view.domain;
  const day = (ms: number) => isoDay(ms);
  const short = d1 - d0 < 2 * 365.25 * 86_400_000;
  const from = short ? formatDate(day(d0).slice(0, 7)) : day(d0).slice(0, 4);
  const to = short ? formatDate(day(d1 - 1).slice(0, 7)) : day(d1 - 1).slice(0, 4);
  const span = from === to ? from : short ? `${from} – ${to}` : `${from}–${to}`;
  return `${span} · ${count}`;
}

/** The lines under the image; `notes` are the chart's own (read from the page: see readBandNotes). */
export function imageFooter(view: ExportView, notes: readonly string[] = []): string[] {
  return footerLines({
    view: viewSummary(view),
    notes,
    sources: imageSources(view),
    updated: view.doc.updated ?? view.population?.updated,
    unhcr: usesUnhcrData(view.population),
    pageUrl: view.pageUrl,
  });
}

function citeInfo(view: ExportView, unhcr: boolean): CiteInfo {
  return { title: titleOf(view), pageUrl: view.pageUrl, accessed: isoDay(view.now), attribution: unhcr ? UNHCR_ATTRIBUTION : undefined };
}

/** The test usesUnhcrData applies to a whole file, for one source: a file's licence line goes only where its data is UNHCR's. */
function isUnhcr(source: Source): boolean {
  try {
    return /(^|\.)unhcr\.org$/i.test(new URL(source.url).hostname);
  } catch {
    return false;
  }
}

export interface ExportFile {
  readonly name: string;
  readonly text: string;
}

/** The CSV for a menu item; null for the images (drawn in the browser) or an id no longer in the data. */
export function csvFile(item: ExportItem, view: ExportView): ExportFile | null {
  const day = isoDay(view.now);
  const title = titleOf(view);
  if (item.kind === "events") {
    const events = eventsInView(view);
    const sources = citedSources({ ...view.doc, events: [...events] }, undefined);
    const unhcr = events.some((e) => e.sources.some(isUnhcr));
    return { name: exportFileName(title, day, "csv", "events"), text: eventsCsv(events, view.doc.categories, sources, citeInfo(view, unhcr)) };
  }
  if (item.kind === "series") {
    const s = view.population?.series.find((x) => x.id === item.id);
    return s ? { name: exportFileName(title, day, "csv", s.id), text: seriesCsv(s, citeInfo(view, isUnhcr(s.source))) } : null;
  }
  if (item.kind === "breakdown") {
    const b = view.population?.breakdowns.find((x) => x.id === item.id);
    const unhcr = !!b && [b.source, ...b.parts.flatMap((p) => (p.source ? [p.source] : []))].some(isUnhcr);
    return b ? { name: exportFileName(title, day, "csv", b.id), text: breakdownCsv(b, citeInfo(view, unhcr)) } : null;
  }
  return null;
}

export function imageFileName(view: ExportView, ext: "png" | "svg"): string {
  return exportFileName(titleOf(view), isoDay(view.now), ext);
}
