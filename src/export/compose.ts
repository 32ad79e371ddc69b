import { formatDate } from "../data/dates.ts";
import type { Source } from "../data/schema/events.ts";
import { wrapText } from "./wrap.ts";

// The exported image: title and subtitle, the categories' key, the chart as
// drawn, and the lines that must travel with it (sources, date, licence). Built
// as a string so that it is the same in a test as in the browser, and so that
// the file stands alone: every colour and font is written into it.

export const UNHCR_ATTRIBUTION =
  "UNHCR Refugee Population Statistics Database (UNHCR Refugee Data Finder, https://www.unhcr.org/refugee-statistics/), via the refugees R package, CC BY 4.0";

export interface LegendEntry {
  readonly label: string;
  /** A concrete colour (never a var()). */
  readonly color: string;
  /** The marker's path, centred on 0,0 and about 14 px across. */
  readonly path: string;
}

/** The chart, already made standalone (see snapshot.ts), and its size. */
export interface ChartSnapshot {
  readonly markup: string;
  readonly width: number;
  readonly height: number;
}

export interface Palette {
  readonly bg: string;
  readonly text: string;
  readonly muted: string;
  readonly fontFamily: string;
}

export interface TextStyle {
  readonly size: number;
  readonly weight: number;
}

export interface ComposeInput {
  readonly title: string;
  readonly subtitle?: string | undefined;
  readonly legend: readonly LegendEntry[];
  readonly chart: ChartSnapshot;
  readonly footer: readonly string[];
  readonly palette: Palette;
  readonly measure: (text: string, style: TextStyle) => number;
}

export interface FooterInput {
  readonly sources: readonly Source[];
  readonly updated?: string | undefined;
  readonly unhcr: boolean;
  /** What part of the data the view shows, e.g. "1985–1995 · 12 of 39 events". */
  readonly view?: string | undefined;
  /** The words behind numbered marks in the chart ("(1) 1995–99: one flat estimate"). */
  readonly notes?: readonly string[] | undefined;
  readonly pageUrl?: string | undefined;
}

/** The footer's lines, in reading order: what is shown, notes, sources, date, licence, where to explore it. */
export function footerLines({ sources, updated, unhcr, view, notes = [], pageUrl }: FooterInput): string[] {
  return [
    view ? `Showing ${view}.` : "",
    notes.length ? `Notes: ${notes.join("; ")}.` : "",
    sources.length ? `Sources: ${sources.map((s) => s.name).join("; ")}.` : "",
    updated ? `Data as of ${formatDate(updated)}.` : "",
    unhcr ? `Population figures: ${UNHCR_ATTRIBUTION}.` : "",
    pageUrl ? `Interactive version: ${pageUrl}` : "",
  ].filter(Boolean);
}

const PAD = 20;
const TITLE: TextStyle = { size: 20, weight: 700 };
const SUBTITLE: TextStyle = { size: 14, weight: 400 };
const LEGEND: TextStyle = { size: 12, weight: 400 };
const FOOTER: TextStyle = { size: 12, weight: 400 };
const LINE = 1.35;

/** The standalone SVG document and its size. */
export function composeSvg(input: ComposeInput): { svg: string; width: number; height: number } {
  const { palette, chart, measure } = input;
  const width = Math.ceil(chart.width + 2 * PAD);
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const block = (text: string, style: TextStyle, fill: string) => {
    const lh = Math.round(style.size * LINE);
    for (const line of wrapText(text, inner, (t) => measure(t, style))) {
      parts.push(textEl(line, PAD, y + baseline(style.size, lh), style, fill));
      y += lh;
    }
  };
  block(input.title, TITLE, palette.text);
  if (input.subtitle) block(input.subtitle, SUBTITLE, palette.muted);
  if (input.legend.length) {
    y += 8;
    y = legendRows(input.legend, inner, y, palette, measure, parts);
  }
  y += 8;
  parts.push(`<g transform="translate(${PAD},${y})">${chart.markup}</g>`);
  y += chart.height + 10;
  for (const line of input.footer) block(line, FOOTER, palette.muted);
  const height = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${esc(palette.fontFamily)}" role="img" aria-label="${esc(input.title)}">` +
    `<title>${esc(input.title)}</title>` +
    `<rect width="${width}" height="${height}" fill="${esc(palette.bg)}"/>` +
    parts.join("") +
    `</svg>`;
  return { svg, width, height };
}

/** Key entries flow left to right and wrap like words; returns the y below the last row. */
function legendRows(
  legend: readonly LegendEntry[], inner: number, top: number, palette: Palette,
  measure: ComposeInput["measure"], parts: string[],
): number {
  const rowHeight = 20;
  let x = 0;
  let y = top;
  for (const entry of legend) {
    const w = 14 + 6 + measure(entry.label, LEGEND);
    if (x > 0 && x + w > inner) {
      x = 0;
      y += rowHeight;
    }
    parts.push(
      `<path d="${esc(entry.path)}" transform="translate(${round(PAD + x + 7)},${y + rowHeight / 2})" fill="${esc(entry.color)}"/>`,
      textEl(entry.label, PAD + x + 20, y + baseline(LEGEND.size, rowHeight), LEGEND, palette.text),
    );
    x += w + 16;
  }
  return y + rowHeight;
}

/** The alphabetic baseline that centres a line of `size` px text in a line box of `lh`. */
function baseline(size: number, lh: number): number {
  return Math.round((lh - size) / 2 + size * 0.8);
}

function textEl(text: string, x: number, y: number, style: TextStyle, fill: string): string {
  const weight = style.weight === 400 ? "" : ` font-weight="${style.weight}"`;
  return `<text x="${round(x)}" y="${round(y)}" font-size="${style.size}"${weight} fill="${esc(fill)}">${esc(text)}</text>`;
}

const round = (n: number) => Math.round(n * 10) / 10;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
/** Text made safe for XML content and attribute values (control characters are not allowed in XML at all). */
export function esc(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
