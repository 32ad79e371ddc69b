import type { EventsDocument } from "../schema/events.ts";
import type { PopulationDocument } from "../schema/population.ts";

/**
 * Splits the population figures in two: the breakdowns tied to an event of the
 * story (shown beside the timeline), and everything else (shown below it).
 * Each keeps its file order; nothing is dropped or drawn twice.
 */
export function splitFeatured(
  population: PopulationDocument,
  events: EventsDocument | undefined,
): { featured: PopulationDocument; rest: PopulationDocument } {
  const ids = new Set(events?.events.map((e) => e.id) ?? []);
  const isFeatured = (b: PopulationDocument["breakdowns"][number]) => b.eventId !== undefined && ids.has(b.eventId) && b.group === undefined;
  return {
    featured: { ...population, series: [], breakdowns: population.breakdowns.filter(isFeatured) },
    rest: { ...population, breakdowns: population.breakdowns.filter((b) => !isFeatured(b)) },
  };
}
