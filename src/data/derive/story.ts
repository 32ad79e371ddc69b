import { period, type Precision } from "../dates.ts";
import type { EventsDocument, Figure, TimelineEvent } from "../schema/events.ts";
import type { Breakdown, PopulationDocument } from "../schema/population.ts";
import { sortByTime } from "./neighbours.ts";

// The presenter's steps, derived from the data alone: the file's own story if
// it has one, else its headline events, else its first events. Each step says
// which window of time frames it, so the timeline shows the event with context.

/** A window of time in UTC ms, [start, end). */
export type Frame = readonly [number, number];

export interface StoryStep {
  readonly event: TimelineEvent;
  /** The timeline's window for this step (already clamped when a clamp is given). */
  readonly frame: Frame;
  /** Population breakdowns that name this event (eventId), in file order. */
  readonly breakdowns: readonly Breakdown[];
  readonly figures: readonly Figure[];
}

/** A projector audience follows a handful of steps; past this the story is a list, not a talk. */
export const MAX_STEPS = 40;

const DAY = 86_400_000;
/** How much time around an event shows it with its neighbours, by how precisely it is dated. */
const WINDOW_BY_PRECISION: Record<Precision, number> = { day: 91 * DAY, month: 365 * DAY, year: 1.8 * 365 * DAY };
/** A span is shown with this fraction of its length on each side. */
const SPAN_PAD = 0.4;

/**
 * The story's events, in order: the ids of `story` that exist (each once);
 * else the importance-1 events in time order; else the first events in time
 * order. Never more than `max`.
 */
export function storyEvents(doc: Pick<EventsDocument, "events" | "story">, max = MAX_STEPS): TimelineEvent[] {
  const byId = new Map(doc.events.map((e) => [e.id, e]));
  const seen = new Set<string>();
  const told: TimelineEvent[] = [];
  for (const id of doc.story ?? []) {
    const e = byId.get(id);
    if (e && !seen.has(id)) {
      seen.add(id);
      told.push(e);
    }
  }
  if (told.length > 0) return told.slice(0, max);
  const sorted = sortByTime(doc.events);
  const headlines = sorted.filter((e) => e.importance === 1);
  return (headlines.length > 0 ? headlines : sorted).slice(0, max);
}

/**
 * The window that frames an event: a day with the weeks around it (~3 months),
 * a month with its year, a year or a span with 40% of its length on each side;
 * never less than its start's precision asks for. Centred on the event.
 */
export function frameFor(event: Pick<TimelineEvent, "date" | "endDate">): Frame {
  const first = period(event.date);
  const start = first.start;
  const end = Math.max(period(event.endDate ?? event.date).end, first.end);
  const length = end - start;
  const isSpan = event.endDate !== undefined && event.endDate !== event.date;
  const byPrecision = WINDOW_BY_PRECISION[first.precision];
  const width = Math.max(byPrecision, isSpan || first.precision === "year" ? length * (1 + 2 * SPAN_PAD) : 0);
  const centre = start + length / 2;
  return [centre - width / 2, centre + width / 2];
}

/** The steps of the story; `clamp` fits each frame to what the timeline can show. */
export function storySteps(
  events: Pick<EventsDocument, "events" | "story">,
  population: Pick<PopulationDocument, "breakdowns"> | undefined,
  clamp: (frame: Frame) => Frame = (f) => f,
): StoryStep[] {
  const breakdowns = population?.breakdowns ?? [];
  return storyEvents(events).map((event) => ({
    event,
    frame: clamp(frameFor(event)),
    breakdowns: breakdowns.filter((b) => b.eventId !== undefined && b.eventId === event.id),
    figures: event.figures ?? [],
  }));
}

/**
 * The figures a slide still needs to state when these breakdowns are drawn
 * beside it: those whose value (in the same unit) is not already a breakdown's
 * total or one of its parts. The chart says the rest, with its own labels.
 */
export function figuresBesideChart(figures: readonly Figure[], drawn: readonly Breakdown[]): Figure[] {
  const shown = new Set(drawn.flatMap((b) => [b.total, ...b.parts.map((p) => p.value)].map((v) => `${b.unit}|${v}`)));
  return figures.filter((f) => !shown.has(`${f.unit ?? ""}|${f.value}`));
}

/** A 1-based step within 1..count (step 1 when none is chosen or there are no steps). */
export function clampStep(step: number | null, count: number): number {
  if (step === null || !Number.isFinite(step) || count < 1) return 1;
  return Math.min(count, Math.max(1, Math.round(step)));
}

/**
 * A summary short enough to read aloud from a slide: kept whole when it fits,
 * else cut after the last sentence that fits (when that keeps at least half),
 * else at the last word, with an ellipsis. Paragraph breaks become spaces.
 */
export function shortenSummary(text: string, maxChars = 280): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  if (chars.length <= maxChars) return flat;
  const head = chars.slice(0, maxChars).join("");
  const sentenceEnd = Math.max(head.lastIndexOf(". "), head.lastIndexOf("? "), head.lastIndexOf("! "));
  if (sentenceEnd >= maxChars / 2) return head.slice(0, sentenceEnd + 1);
  const lastSpace = head.lastIndexOf(" ");
  const cut = lastSpace > maxChars / 2 ? head.slice(0, lastSpace) : head;
  return `${cut.replace(/[\s,;:.–—-]+$/u, "")}…`;
}
