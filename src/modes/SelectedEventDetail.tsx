import type { CategoryStyle } from "../charts/shared/categoryStyle.ts";
import type { EventsDocument, TimelineEvent } from "../data/schema/events.ts";
import { useActions } from "../state/store.ts";
import { EventDetail } from "../ui/EventDetail.tsx";

interface Props {
  readonly events: EventsDocument | undefined;
  readonly selected: TimelineEvent;
  readonly styles: ReadonlyMap<string, CategoryStyle>;
  readonly neighbours: { readonly previous?: TimelineEvent; readonly next?: TimelineEvent };
  readonly shareUrl?: string | undefined;
}

/** The selected event's detail, wired to the store the same way in every mode. */
export function SelectedEventDetail({ events, selected, styles, neighbours, shareUrl }: Props) {
  const { selectEvent } = useActions();
  return (
    <EventDetail
      event={selected}
      category={events?.categories.find((c) => c.id === selected.category)}
      color={styles.get(selected.category)?.color ?? "var(--cat-7)"}
      onClose={() => selectEvent(null)}
      previous={neighbours.previous}
      next={neighbours.next}
      onNavigate={selectEvent}
      shareUrl={shareUrl}
    />
  );
}
