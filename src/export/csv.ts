import type { Category, Source, TimelineEvent } from "../data/schema/events.ts";
import type { Breakdown, Series } from "../data/schema/population.ts";

// CSV downloads, built as plain strings (RFC 4180: CRLF between records, a field
// quoted when it holds a comma, quote or line break, with inner quotes doubled).
// CSV has no comments, so where the data came from and how to cite it go into
// the last rows, after a blank line, where a spreadsheet shows them and a
// script reading the table can stop at the first empty record.

export type Cell = string | number | boolean | null | undefined;

/** What every download says about itself at its end. */
export interface CiteInfo {
  /** The dataset's title, as on the page. */
  readonly title: string;
  /** The page the data was downloaded from (the view's URL). */
  readonly pageUrl: string;
  /** The download's date, YYYY-MM-DD. */
  readonly accessed: string;
  /** The licence's attribution line, when the data needs one (UNHCR's CC BY 4.0). */
  readonly attribution?: string | undefined;
}

// A spreadsheet runs a cell starting with one of these as a formula ("CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, guarded and quoted. Numbers are written as they are: only text can smuggle a formula. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table, then a blank line and the source and citation rows. Rows shorter
 * than the header are padded, so every record has the header's number of fields.
 */
export function csvDocument(header: readonly string[], rows: readonly (readonly Cell[])[], sources: readonly Source[], cite: CiteInfo): string {
  const pad = (row: readonly Cell[]): readonly Cell[] =>
    row.length >= header.length ? row : [...row, ...Array<Cell>(header.length - row.length).fill("")];
  const line = (row: readonly Cell[]) => pad(row).map(csvCell).join(",");
  const tail: Cell[][] = [
    ...sources.map((s): Cell[] => ["Source", s.name, s.url]),
    ...(cite.attribution ? [["Licence", cite.attribution]] : []),
    ["How to cite", citeLine(cite, sources)],
  ];
  return [line(header), ...rows.map(line), "", ...tail.map(line)].join("\r\n") + "\r\n";
}

/** "<title>, Crossings, <url>, accessed <date>; data: <source names>". */
export function citeLine(cite: CiteInfo, sources: readonly Source[]): string {
  const names = [...new Set(sources.map((s) => s.name))].join(", ");
  return `${cite.title}, Crossings, ${cite.pageUrl}, accessed ${cite.accessed}${names ? `; data: ${names}` : ""}`;
}

type EventFigure = NonNullable<TimelineEvent["figures"]>[number];

/** "refugees at end-1979: ~400000 people": the value as recorded, marked when it is approximate or a lower bound. */
export function figureText(f: EventFigure): string {
  const qualifier = f.atLeast ? "at least " : f.approximate ? "~" : "";
  return `${f.label}: ${qualifier}${f.value}${f.unit ? ` ${f.unit}` : ""}`;
}

export const EVENT_HEADER = ["Date", "End date", "Title", "Category", "Importance", "Summary", "Figures", "Sources"] as const;

/** One row per event, in the order given; the category by its label, as the legend names it. */
export function eventRows(events: readonly TimelineEvent[], categories: readonly Category[]): Cell[][] {
  const labels = new Map(categories.map((c) => [c.id, c.label || c.id]));
  return events.map((e) => [
    e.date,
    e.endDate,
    e.title,
    labels.get(e.category) ?? e.category,
    e.importance,
    e.summary,
    (e.figures ?? []).map(figureText).join("; "),
    e.sources.map((s) => `${s.name} <${s.url}>`).join("; "),
  ]);
}

export function eventsCsv(events: readonly TimelineEvent[], categories: readonly Category[], sources: readonly Source[], cite: CiteInfo): string {
  return csvDocument(EVENT_HEADER, eventRows(events, categories), sources, cite);
}

/** Date, value, approximate: one row per point; a gap (null) stays an empty cell, never a zero. */
export function seriesCsv(series: Series, cite: CiteInfo): string {
  const header = ["Date", `Value (${series.unit})`, "Approximate"];
  const rows = series.points.map((p): Cell[] => [p.date, p.value, p.approximate ?? false]);
  return csvDocument(header, rows, [series.source], cite);
}

/** Label, value, low, high and what the value is (derived, approximate, at least); a part's own source is cited too. */
export function breakdownCsv(breakdown: Breakdown, cite: CiteInfo): string {
  const header = ["Label", `Value (${breakdown.unit})`, "Low", "High", "Flags"];
  const rows = breakdown.parts.map((p): Cell[] => [
    p.label,
    p.value,
    p.low,
    p.high,
    [p.derived && "derived", p.approximate && "approximate", p.atLeast && "at least"].filter(Boolean).join("; "),
  ]);
  const sources = uniqueSources([breakdown.source, ...breakdown.parts.flatMap((p) => (p.source ? [p.source] : []))]);
  return csvDocument(header, rows, sources, cite);
}

function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.name}\n${s.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
