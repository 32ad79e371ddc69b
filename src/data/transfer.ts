// A big events file crosses from the worker to the page in parts: the page
// decodes each message in its own task, so receiving 100,000 events never
// freezes it for long (decoding them all at once takes about half a second).

/** Events per message: small enough to decode in a few tens of milliseconds. */
export const PART_SIZE = 5000;

export interface Parted<T> {
  /** The document with its `events` emptied, or as it was when it has none to split. */
  readonly head: T;
  readonly parts: readonly (readonly unknown[])[];
}

/** Splits a document's `events` list into parts, when it has one longer than a part. */
export function splitEvents<T>(doc: T, size = PART_SIZE): Parted<T> {
  const events = typeof doc === "object" && doc !== null ? (doc as { events?: unknown }).events : undefined;
  if (!Array.isArray(events) || events.length <= size) return { head: doc, parts: [] };
  const parts: unknown[][] = [];
  for (let i = 0; i < events.length; i += size) parts.push(events.slice(i, i + size));
  return { head: { ...doc, events: [] }, parts };
}

/** Puts the parts back into the document's `events`, in order. */
export function joinEvents<T>(head: T, parts: readonly (readonly unknown[])[]): T {
  return parts.length === 0 ? head : { ...head, events: parts.flat() };
}
