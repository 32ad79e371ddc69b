import type { EventsDocument } from "../../data/schema/events.ts";
import type { Breakdown, PopulationDocument } from "../../data/schema/population.ts";
import { toSearch, type UrlState } from "../../state/url.ts";

// The embed's links and its one chart, as pure functions of the state and the data.

/** The page a link should open: origin and path of the dashboard, without query or hash. */
export interface PageLocation {
  readonly origin: string;
  readonly pathname: string;
}

/** The same view in the full dashboard: every parameter kept, the mode dropped (= explore). */
export function fullDashboardUrl(url: UrlState, page: PageLocation): string {
  return `${page.origin}${page.pathname}${toSearch({ ...url, mode: "explore" })}`;
}

/**
 * The figures the embed shows under its timeline: those linked to the selected
 * event; if it has none (or nothing is selected), the first breakdown linked
 * to any event of the story; else none. File order is kept.
 */
export function embedBreakdowns(
  population: PopulationDocument | undefined,
  events: EventsDocument | undefined,
  selectedId: string | null,
): readonly Breakdown[] {
  if (!population) return [];
  if (selectedId !== null) {
    const linked = population.breakdowns.filter((b) => b.eventId === selectedId);
    if (linked.length > 0) return linked;
  }
  const ids = new Set(events?.events.map((e) => e.id) ?? []);
  const first = population.breakdowns.find((b) => b.eventId !== undefined && ids.has(b.eventId));
  return first ? [first] : [];
}
