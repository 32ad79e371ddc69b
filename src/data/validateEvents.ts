import { endsBeforeStart, eventList, eventsCrossIssues, eventsHead, type EventsDocument, type TimelineEvent } from "./schema/events.ts";
import { plainEvent } from "./schema/plainEvent.ts";
import { formatPath, problemsFromZod, type Problem } from "./problems.ts";
import { PART_SIZE } from "./transfer.ts";

// An events file is checked a part at a time, so a big one can be sent on to
// the page while the rest is still being checked (transfer.ts). The problems
// found, and their order, are those of the whole-document schema
// (eventsDocument): the head first, then the events in order, then the rules
// that tie one part of the file to another. A part whose events are all
// plainly valid skips the schema (plainEvent.ts); any other goes through it.

/** Events per part: the parts the page receives a big file in. */
export const EVENTS_PART = PART_SIZE;

export type EventsValidation = { readonly ok: true; readonly data: EventsDocument } | { readonly ok: false; readonly problems: Problem[] };

/**
 * Checks an events document (already known to be an object with a supported
 * schemaVersion). When the file has more than one part of events, each part
 * that is valid, with all before it, goes to `onPart` as soon as it is checked;
 * if the file then fails, the parts already sent mean nothing.
 */
export function validateEvents(value: Record<string, unknown>, file: string, onPart?: (events: TimelineEvent[]) => void): EventsValidation {
  const head = eventsHead.safeParse(value, { reportInput: true });
  const check = new EventsCheck(file);
  const raw = value["events"];
  if (Array.isArray(raw)) {
    const inParts = onPart !== undefined && raw.length > EVENTS_PART && head.success;
    for (let at = 0; at < raw.length; at += EVENTS_PART) {
      const part = check.add(at === 0 && raw.length <= EVENTS_PART ? raw : raw.slice(at, at + EVENTS_PART));
      if (inParts && part && check.clean) onPart(part);
    }
  }
  return check.finish(value, head);
}

/**
 * The events of one file, checked as they come, a run at a time, and then the
 * file as a whole (`finish`).
 */
export class EventsCheck {
  /** The valid events so far, as the schema returns them. */
  readonly events: TimelineEvent[] = [];
  private readonly problems: Problem[] = [];
  private count = 0;
  /** The ids and categories of the events so far, read as they come so that finish need not read every event again. */
  private readonly ids = new Set<string>();
  private readonly categories = new Set<string>();
  /** An id seen twice, or an end before its start: finish then reads every event to word it. */
  private crossDoubt = false;

  constructor(private readonly file: string) {}

  /** No problem in the events so far. */
  get clean(): boolean {
    return this.problems.length === 0;
  }

  /** The next run of the file's events, as the schema returns them when all are valid; else null, and their problems are kept. */
  add(items: readonly unknown[]): TimelineEvent[] | null {
    const at = this.count;
    this.count += items.length;
    const part = plainEvents(items) ?? eventList.safeParse(items, { reportInput: true });
    if (part.success) {
      for (const e of part.data) {
        this.events.push(e);
        if (this.ids.has(e.id) || (e.endDate !== undefined && endsBeforeStart(e))) this.crossDoubt = true;
        this.ids.add(e.id);
        this.categories.add(e.category);
      }
      return part.data;
    }
    this.problems.push(...problemsFromZod(this.file, part.error.issues.map((issue) => ({ ...issue, path: ["events", at + Number(issue.path[0]), ...issue.path.slice(1)] }))));
    return null;
  }

  /**
   * The verdict on the whole file, `value` being its top level with the events
   * added so far as its `events` (or as it was read, events and all).
   */
  finish(value: Record<string, unknown>, head = eventsHead.safeParse(value, { reportInput: true })): EventsValidation {
    const problems: Problem[] = head.success ? [...this.problems] : [...problemsFromZod(this.file, head.error.issues), ...this.problems];
    // Only when `value` holds the very events checked here, all valid, is what was read of them enough.
    const seen = this.problems.length === 0 && !this.crossDoubt && value["events"] === this.events
      ? { ids: this.ids, categories: this.categories }
      : undefined;
    for (const issue of eventsCrossIssues(value, seen)) problems.push({ file: this.file, path: formatPath(issue.path), message: issue.message });
    if (problems.length > 0 || !head.success) return { ok: false, problems };
    return { ok: true, data: { ...head.data, events: this.events } };
  }
}

/** A part whose every event is plainly valid (plainEvent.ts), as the schema would return it; otherwise null, for the schema. */
function plainEvents(items: readonly unknown[]): { readonly success: true; readonly data: TimelineEvent[] } | null {
  const data: TimelineEvent[] = [];
  for (const item of items) {
    const event = plainEvent(item);
    if (event === null) return null;
    data.push(event);
  }
  return { success: true, data };
}
