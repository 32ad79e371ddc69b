import { formatDate, formatDateRange, parsePeriod, period, type Precision } from "../../data/dates.ts";
import type { Series } from "../../data/schema/population.ts";
import type { FrameSource } from "../../ui/ChartFrame.tsx";
import type { TableData } from "../../ui/DataTable.tsx";
import { formatPeople } from "../../format/number.ts";
import { joinLabels, upperFirst } from "../shared/chartText.ts";
import { anchorId, type FrameText } from "../breakdown/breakdownFrame.ts";
import { primaryIndex } from "./layoutLineChart.ts";
import { measureOf } from "./seriesAxes.ts";

// The words around a series chart, all from the data: what is counted and
// when, caveats, the breaks in counting, sources and the table.

const PERIOD_WORD: Record<Precision, string> = { year: "year", month: "month", day: "day" };

/** Primary first, then file order: the order of titles, colours and table columns. */
export function inChartOrder(series: readonly Series[]): Series[] {
  const main = primaryIndex(series);
  return [main, ...series.map((_, i) => i).filter((i) => i !== main)].flatMap((i) => (series[i] ? [series[i]] : []));
}

function precisionOf(series: readonly Series[]): Precision | null {
  const kinds = new Set(series.flatMap((s) => s.points.map((p) => parsePeriod(p.date)?.precision ?? "year")));
  return kinds.size === 1 ? ([...kinds][0] ?? null) : null;
}

function span(series: readonly Series[]): string {
  const dates = series.flatMap((s) => s.points.map((p) => p.date)).sort((a, b) => period(a).start - period(b).start);
  const first = dates[0];
  return first === undefined ? "" : formatDateRange(first, dates[dates.length - 1]);
}

/** "People at the end of each year, 1979–2023", "People during each year, 1979–2023". */
export function seriesSubtitle(series: readonly Series[]): string {
  const units = [...new Set(series.map((s) => s.unit))].join(", ");
  const measures = new Set(series.map(measureOf));
  const precision = precisionOf(series);
  const each = precision === null ? "each period" : `each ${PERIOD_WORD[precision]}`;
  const when = measures.size > 1 ? "" : measures.has("flow") ? ` during ${each}` : ` at the end of ${each}`;
  const range = span(series);
  return `${upperFirst(units)}${when}${range === "" ? "" : `, ${range}`}`;
}

/** Labels that already start with their date ("2022: …") are not prefixed again. */
function breakNote(date: string, label: string): string {
  const shown = formatDate(date);
  return label.startsWith(shown.slice(-4)) || label.startsWith(shown) ? label : `${shown}: ${label}`;
}

export function seriesNotes(series: readonly Series[]): string[] {
  const many = series.length > 1;
  const notes = series.flatMap((s) => (s.notes ? [many ? `${s.label}: ${s.notes}` : s.notes] : []));
  for (const s of series) {
    const breaks = s.breaks ?? [];
    if (breaks.length === 0) continue;
    const list = breaks.map((b) => breakNote(b.date, b.label)).join("; ");
    notes.push(`${many ? `${s.label} — breaks` : "Breaks"} in the series (dashed lines): ${list}.`);
  }
  return notes;
}

export function seriesSources(series: readonly Series[]): FrameSource[] {
  const distinct = new Map<string, { name: string; url: string; labels: string[] }>();
  for (const s of series) {
    const key = `${s.source.name}\n${s.source.url}`;
    const entry = distinct.get(key) ?? { name: s.source.name, url: s.source.url, labels: [] };
    entry.labels.push(s.label);
    distinct.set(key, entry);
  }
  const list = [...distinct.values()];
  return list.map((e) => (list.length > 1 ? { name: e.name, url: e.url, for: e.labels.join(", ") } : { name: e.name, url: e.url }));
}

export function cellText(value: number | null | undefined, approximate: boolean): string {
  if (value === undefined) return "—";
  if (value === null) return "no figure";
  return `${approximate ? "~" : ""}${formatPeople(value)}`;
}

export function seriesTable(series: readonly Series[], caption: string): TableData {
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort(
    (a, b) => period(a).start - period(b).start || period(a).end - period(b).end,
  );
  const columns = [{ label: "Date" }, ...series.map((s) => ({ label: `${s.label} (${s.unit})`, numeric: true }))];
  const rows = dates.map((date) => [
    formatDate(date),
    ...series.map((s) => {
      const p = s.points.find((q) => q.date === date);
      return cellText(p === undefined ? undefined : p.value, p?.approximate === true);
    }),
  ]);
  return { caption, columns, rows };
}

export function describeSeriesFamily(input: readonly Series[]): FrameText {
  const series = inChartOrder(input);
  const title = joinLabels(series.map((s) => s.label));
  return {
    anchorId: anchorId("series", series.map((s) => s.id).join("-")),
    title,
    subtitle: seriesSubtitle(series),
    notes: seriesNotes(series),
    footnotes: [],
    sources: seriesSources(series),
    table: seriesTable(series, title),
  };
}
