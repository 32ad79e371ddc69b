import { shareSubsetColumns } from "./timeColumns.ts";
import type { Category, TimelineEvent } from "../schema/events.ts";
import { countCodes, eventCodes, shareSubsetCodes } from "./eventCodes.ts";

export interface EventFilter {
  /** Categories shown; null = all. */
  readonly categories: readonly string[] | null;
  readonly query: string;
}

/** Lower case, without accents: "Peshāwar" finds "peshawar". */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

/** Every word of the query must appear in the title or the summary. */
export function matchesQuery(event: TimelineEvent, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = foldText(`${event.title}\n${event.summary ?? ""}`);
  return words.every((w) => haystack.includes(w));
}

export function queryWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** The events the reader asked to see, in their original order. */
export function filterEvents(events: readonly TimelineEvent[], filter: EventFilter): readonly TimelineEvent[] {
  const words = queryWords(filter.query);
  const shown = filter.categories ? new Set(filter.categories) : null;
  if (!shown && words.length === 0) return events;
  const kept: TimelineEvent[] = [];
  const positions: number[] = [];
  events.forEach((e, i) => {
    if ((!shown || shown.has(e.category)) && matchesQuery(e, words)) {
      kept.push(e);
      positions.push(i);
    }
  });
  shareSubsetColumns(events, kept, positions);
  shareSubsetCodes(events, kept, positions);
  return kept;
}

/**
 * How many events of each category match the search: the counts beside the
 * legend's chips. Without a search, and given the document's categories, they
 * are counted from the category codes (eventCodes.ts) without reading an event.
 */
export function countByCategory(events: readonly TimelineEvent[], query: string, categories?: readonly Category[]): Map<string, number> {
  const words = queryWords(query);
  if (words.length === 0 && categories) return countCodes(eventCodes(events, categories), categories);
  const counts = new Map<string, number>();
  for (const e of events) {
    if (matchesQuery(e, words)) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  }
  return counts;
}
