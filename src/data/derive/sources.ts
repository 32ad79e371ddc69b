import type { EventsDocument, Source } from "../schema/events.ts";
import type { PopulationDocument } from "../schema/population.ts";

/** Every distinct publisher cited, most cited first (ties by first appearance), one link each. */
export function citedSources(events: EventsDocument | undefined, population: PopulationDocument | undefined): Source[] {
  const byName = new Map<string, { source: Source; count: number; order: number }>();
  // A big file names the same few publishers thousands of times: each name is read once.
  const publishers = new Map<string, string>();
  const add = (s: Source) => {
    let name = publishers.get(s.name);
    if (name === undefined) publishers.set(s.name, (name = publisherOf(s.name)));
    const seen = byName.get(name);
    if (seen) seen.count++;
    else byName.set(name, { source: { name, url: s.url }, count: 1, order: byName.size });
  };
  for (const e of events?.events ?? []) for (const s of e.sources) add(s);
  population?.series.forEach((s) => add(s.source));
  population?.breakdowns.forEach((b) => {
    add(b.source);
    b.parts.forEach((p) => p.source && add(p.source));
  });
  return [...byName.values()].sort((a, b) => b.count - a.count || a.order - b.order).map((e) => e.source);
}

/** "AP, via DTN" is cited as AP: the publisher, not the copy. */
function publisherOf(name: string): string {
  return name.split(/,\s*via\s/i)[0]?.trim() || name;
}

/** The licence asks for attribution wherever UNHCR's statistics are shown. */
export function usesUnhcrData(population: PopulationDocument | undefined): boolean {
  const isUnhcr = (s: Source) => /(^|\.)unhcr\.org$/i.test(hostOf(s.url));
  return !!population && (population.series.some((s) => isUnhcr(s.source)) || population.breakdowns.some((b) => isUnhcr(b.source)));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}
