import { parsePeriod } from "../data/dates.ts";
import type { TimelineEvent } from "../data/schema/events.ts";

// "In view" means what the reader sees: the events the filters kept (the caller
// passes those) that overlap the visible time window, ends included.

/** The visible window in UTC ms, [start, end); null = the whole span. */
export type ViewDomain = readonly [number, number] | null;

/** Events whose period (from date to the end of endDate's period) overlaps the window, in the order given. */
export function eventsInRange(events: readonly TimelineEvent[], domain: ViewDomain): readonly TimelineEvent[] {
  if (!domain) return events;
  const [d0, d1] = domain;
  return events.filter((e) => {
    const start = parsePeriod(e.date);
    const end = parsePeriod(e.endDate ?? e.date);
    if (!start || !end) return false;
    return start.start < d1 && end.end > d0;
  });
}

/** YYYY-MM-DD of an instant, in UTC like every date of the site. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Lower-case ASCII words joined by hyphens: "Afghan refugees in Pakistan, 1979–2023" → "afghan-refugees-in-pakistan-1979-2023". */
export function kebab(text: string, maxLength = 60): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = "";
  for (const w of words) {
    const next = out ? `${out}-${w}` : w;
    if (next.length > maxLength) break;
    out = next;
  }
  return out || words[0]?.slice(0, maxLength) || "";
}

/**
 * "crossings-afghan-refugees-in-pakistan-1979-2023-2024-05-01-events.csv". The
 * site's name leads every file; a title that already starts with it is not
 * made to say it twice. A title with no Latin letters falls back to "data".
 */
export function exportFileName(title: string, day: string, ext: string, suffix?: string): string {
  const slug = kebab(title).replace(/^crossings(-|$)/, "") || "data";
  const tail = suffix ? `-${kebab(suffix) || "data"}` : "";
  return `crossings-${slug}-${day}${tail}.${ext}`;
}
