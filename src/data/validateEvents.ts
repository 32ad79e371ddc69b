import { eventList, eventsCrossIssues, eventsHead, type EventsDocument, type TimelineEvent } from "./schema/events.ts";
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
  const problems: Problem[] = head.success ? [] : problemsFromZod(file, head.error.issues);
  const raw = value["events"];
  const events: TimelineEvent[] = [];
  if (Array.isArray(raw)) {
    const inParts = onPart !== undefined && raw.length > EVENTS_PART;
    for (let at = 0; at < raw.length; at += EVENTS_PART) {
      const slice = at === 0 && raw.length <= EVENTS_PART ? raw : raw.slice(at, at + EVENTS_PART);
      const part = plainEvents(slice) ?? eventList.safeParse(slice, { reportInput: true });
      if (part.success) {
        for (const e of part.data) events.push(e);
        if (inParts && problems.length === 0) onPart(part.data);
      } else {
        problems.push(...problemsFromZod(file, part.error.issues.map((issue) => ({ ...issue, path: ["events", at + Number(issue.path[0]), ...issue.path.slice(1)] }))));
      }
    }
  }
  for (const issue of eventsCrossIssues(value)) problems.push({ file, path: formatPath(issue.path), message: issue.message });
  if (problems.length > 0 || !head.success) return { ok: false, problems };
  return { ok: true, data: { ...head.data, events } };
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
