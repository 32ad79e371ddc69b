import type { EventsDocument } from "../schema/events.ts";
import type { Breakdown, PopulationDocument } from "../schema/population.ts";

/**
 * Breakdowns whose eventId names no loaded event. They are still drawn, unlinked,
 * and the page warns about them. With no events file there is nothing to link to,
 * so nothing is reported.
 */
export function unlinkedBreakdowns(events: EventsDocument | undefined, population: PopulationDocument | undefined): Breakdown[] {
  if (!events || !population) return [];
  const ids = new Set(events.events.map((e) => e.id));
  return population.breakdowns.filter((b) => b.eventId !== undefined && !ids.has(b.eventId));
}
