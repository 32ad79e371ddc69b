import { z } from "zod";
import { parsePeriod, endsNotBefore } from "../dates.ts";
import { charCount, dateString, hexColor, idString, nonNegative, short, source, SCHEMA_VERSION } from "./common.ts";
import { duplicates, list, records, str, type Issue, type Loose } from "./loose.ts";

const category = z.object({
  id: z.string(),
  label: z.string(),
  color: hexColor.optional(),
});

const era = z.object({
  id: z.string(),
  label: z.string(),
  start: dateString,
  end: dateString.optional(),
});

const figure = z.object({
  label: z.string(),
  value: nonNegative,
  unit: z.string().optional(),
  approximate: z.boolean().optional(),
  atLeast: z.boolean().optional(),
  derived: z.boolean().optional(),
});

/** A title's length, in characters as a reader counts them. */
export const TITLE_MAX = 140;

const title = z.string().check((ctx) => {
  const n = charCount(ctx.value);
  if (n === 0) ctx.issues.push({ code: "custom", input: ctx.value, message: "should not be empty" });
  else if (n > TITLE_MAX) {
    ctx.issues.push({ code: "custom", input: ctx.value, message: `is ${n} characters long; a title may have at most ${TITLE_MAX}` });
  }
});

const event = z.object({
  id: idString,
  date: dateString,
  endDate: dateString.optional(),
  title: title.meta({ minLength: 1, maxLength: TITLE_MAX }),
  summary: z.string().optional(),
  category: z.string(),
  importance: z.literal([1, 2, 3]).optional(),
  figures: z.array(figure).optional(),
  sources: z.array(source).min(1),
});

/** Everything but the events themselves: `events` is only checked to be a list that is not empty. */
export const eventsHead = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: z.string(),
  subtitle: z.string().optional(),
  updated: dateString.optional(),
  categories: z.array(category).min(1),
  eras: z.array(era).optional(),
  story: z.array(z.string()).optional(),
  // Last, so that its problems come after the rest, as they do in the whole-document schema.
  events: z.array(z.unknown()).min(1),
});

/** A run of events, checked one by one; validateEvents.ts goes through a big file this way. */
export const eventList = z.array(event);

/** The whole contract in one schema: the JSON Schema in data/ is made from it, and the types. */
export const eventsDocument = eventsHead
  .extend({ events: z.array(event).min(1) })
  .superRefine((doc, ctx) => {
    for (const issue of eventsCrossIssues(doc)) ctx.addIssue({ code: "custom", ...issue, path: [...issue.path] });
  }, { when: () => true });

/**
 * What a caller that checked every event as it came already knows of them
 * (validateEvents.ts): every one is valid, no id is repeated and no end is
 * before its start. The rules then read only these, not every event again.
 */
export interface EventsSeen {
  readonly ids: ReadonlySet<string>;
  readonly categories: ReadonlySet<string>;
}

/** The rules that tie one part of events.json to another. */
export function eventsCrossIssues(doc: Loose, seen?: EventsSeen): Issue[] {
  const categories = records(doc["categories"]);
  const events = seen ? [] : records(doc["events"]);
  const issues: Issue[] = [
    ...duplicates(categories, "id", "categories", (v, i) => `${short(v)} is already the id of categories[${i}]`),
    ...duplicates(events, "id", "events", (v, i) => `${short(v)} is already the id of events[${i}]`),
  ];
  const categoryIds = new Set(categories.map((c) => str(c?.["id"])).filter((id) => id !== undefined));
  // An unknown category is reported at every event that names it: then every event is read after all.
  if (seen && categoryIds.size > 0 && [...seen.categories].some((c) => c !== "" && !categoryIds.has(c))) return eventsCrossIssues(doc);
  if (categoryIds.size > 0) {
    const known = [...categoryIds].slice(0, 8).join(", ");
    events.forEach((e, i) => {
      const cat = str(e?.["category"]);
      if (cat !== undefined && cat !== "" && !categoryIds.has(cat)) {
        issues.push({ path: ["events", i, "category"], message: `${short(cat)} is not one of the categories (${known})` });
      }
    });
  }
  events.forEach((e, i) => {
    const problem = orderProblem(e, "date", "endDate", "the event's date");
    if (problem) issues.push({ path: ["events", i, "endDate"], message: problem });
  });
  records(doc["eras"]).forEach((e, i) => {
    const problem = orderProblem(e, "start", "end", "the era's start");
    if (problem) issues.push({ path: ["eras", i, "end"], message: problem });
  });
  const story = list(doc["story"]);
  // Most files tell no story: then no set of every event's id is built.
  const eventIds: ReadonlySet<string | undefined> = seen?.ids ?? (story.length > 0 ? new Set(events.map((e) => str(e?.["id"]))) : new Set());
  story.forEach((id, i) => {
    if (typeof id === "string" && !eventIds.has(id)) {
      issues.push({ path: ["story", i], message: `${short(id)} is not the id of any event` });
    }
  });
  return issues;
}

/** Whether an event's endDate is before its date (eventsCrossIssues words it). */
export function endsBeforeStart(event: Loose): boolean {
  return orderProblem(event, "date", "endDate", "") !== null;
}

function orderProblem(item: Loose | undefined, startKey: string, endKey: string, what: string): string | null {
  const startText = str(item?.[startKey]);
  const endText = str(item?.[endKey]);
  if (startText === undefined || endText === undefined) return null;
  const start = parsePeriod(startText);
  const end = parsePeriod(endText);
  if (!start || !end || endsNotBefore(end, start)) return null;
  return `${short(endText)} is before ${what} ${short(startText)}`;
}

export type EventsDocument = z.infer<typeof eventsDocument>;
export type TimelineEvent = EventsDocument["events"][number];
export type Category = EventsDocument["categories"][number];
export type Era = NonNullable<EventsDocument["eras"]>[number];
export type Figure = NonNullable<TimelineEvent["figures"]>[number];
export type Source = TimelineEvent["sources"][number];
