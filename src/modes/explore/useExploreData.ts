import { useMemo } from "react";
import { countByCategory, filterEvents } from "../../data/derive/filterEvents.ts";
import { neighboursOf, sortByTime } from "../../data/derive/neighbours.ts";
import type { EventsDocument } from "../../data/schema/events.ts";
import { useAppStore, visibleCategories } from "../../state/store.ts";

/** What the explore view shows of the events: filtered, counted, and in time order. */
export function useExploreData(events: EventsDocument | undefined) {
  const chosen = useAppStore((s) => s.filters.categories);
  const query = useAppStore((s) => s.filters.query);
  const selectedId = useAppStore((s) => s.selectedEventId);
  const all = events?.events;
  const allIds = useMemo(() => events?.categories.map((c) => c.id) ?? [], [events]);
  const visible = useMemo(() => (chosen ? visibleCategories(chosen, allIds) : null), [chosen, allIds]);
  const shown = useMemo(() => (all ? filterEvents(all, { categories: visible, query }) : []), [all, visible, query]);
  const categories = events?.categories;
  const counts = useMemo(() => (all ? countByCategory(all, query, categories) : new Map<string, number>()), [all, query, categories]);
  // Only a selection needs its neighbours in time: a big file is not sorted for nothing on first load.
  const hasSelection = selectedId !== null;
  const inTime = useMemo(() => (hasSelection ? sortByTime(shown) : null), [shown, hasSelection]);
  const selected = selectedId === null ? undefined : all?.find((e) => e.id === selectedId);
  const neighbours = selectedId && inTime ? neighboursOf(inTime, selectedId) : {};
  return { allIds, visible, shown, counts, selected, neighbours, query, total: all?.length ?? 0 };
}
