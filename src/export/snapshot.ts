import { composeSvg, type ChartSnapshot, type LegendEntry, type Palette, type TextStyle } from "./compose.ts";
import { inlineStyles } from "./inlineStyles.ts";
import { imageFooter, titleOf, type ExportView } from "./plan.ts";

// The browser side of the image export: reads what the page has drawn (the
// timeline's SVG, the legend's chips, the theme's colours) and measures text.
// Everything it reads, it reads from the rendered page, so the image shows the
// view exactly as the reader has it: zoom, filters, selection and theme.

/** Where the parts are drawn: the timeline (charts/timeline/TimelineView.tsx) and its legend (Legend.tsx). */
export const TIMELINE_SVG = "[data-testid=timeline] .timeline__svg";
export const LEGEND_CHIPS = ".legend [data-category]";
/** The band's numbered breaks, explained under the timeline (charts/timeline/BandNotes.tsx). */
export const BAND_NOTES = "[data-testid=timeline] .tl-notes__breaks li";

const XMLNS = "http://www.w3.org/2000/svg";

function rootStyle(): CSSStyleDeclaration {
  return getComputedStyle(document.documentElement);
}

/** A custom property's value on <html>, where the theme sets them. */
export function cssVar(name: string): string {
  return rootStyle().getPropertyValue(name).trim();
}

/** A standalone copy of a drawn SVG: every element's paint written into it, nothing left that needs the page. */
export function snapshotSvg(svg: SVGSVGElement): ChartSnapshot {
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error("cloning an <svg> did not give an <svg>");
  inlineStyles(svg, clone, (el) => getComputedStyle(el), cssVar);
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute("width")) || Math.round(box.width);
  const height = Number(svg.getAttribute("height")) || Math.round(box.height);
  clone.setAttribute("width", String(width));
  clone.setAttribute("height", String(height));
  if (!clone.getAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${width} ${height}`);
  // Outside the page a nested <svg> still clips to its box, as the timeline does on screen.
  clone.setAttribute("overflow", "hidden");
  // The serialiser declares the SVG namespace itself (setting xmlns by hand would write it twice).
  const markup = new XMLSerializer().serializeToString(clone);
  return { markup: /^<svg[^>]*\sxmlns="/.test(markup) ? markup : markup.replace(/^<svg/, `<svg xmlns="${XMLNS}"`), width, height };
}

/** The categories shown (chips not switched off), each with its marker and its colour as painted. */
export function readLegend(root: ParentNode = document): LegendEntry[] {
  return [...root.querySelectorAll(LEGEND_CHIPS)].flatMap((chip) => {
    if (chip.getAttribute("aria-pressed") === "false") return [];
    const icon = chip.querySelector("svg");
    const path = icon?.querySelector("path")?.getAttribute("d") ?? "";
    const label = chip.querySelector("span")?.textContent?.trim() ?? "";
    if (!icon || !path || !label) return [];
    return [{ label, path, color: getComputedStyle(icon).color }];
  });
}

/** "(1) 1995–99: one flat estimate of 1.2 million": the words the image's numbered markers stand for. */
export function readBandNotes(root: ParentNode = document): string[] {
  return [...root.querySelectorAll(BAND_NOTES)].flatMap((li) => {
    const num = li.querySelector(".tl-notes__num")?.textContent?.trim() ?? "";
    // The label is what is left besides the number and the screen-reader-only prefix.
    const label = [...li.childNodes]
      .filter((n) => !(n instanceof Element && (n.matches(".tl-notes__num") || n.matches(".visually-hidden"))))
      .map((n) => n.textContent ?? "")
      .join("")
      .trim();
    return label ? [num ? `(${num}) ${label}` : label] : [];
  });
}

/** The theme's background, text colours and font, as the page has them now. */
export function pagePalette(): Palette {
  const body = getComputedStyle(document.body);
  return {
    bg: cssVar("--bg") || body.backgroundColor || "#ffffff",
    text: cssVar("--text") || body.color || "#000000",
    muted: cssVar("--text-muted") || body.color || "#555555",
    fontFamily: body.fontFamily || "sans-serif",
  };
}

/** Text widths from a canvas with the page's font; a per-character estimate where there is no canvas (jsdom). */
export function canvasMeasure(fontFamily: string): (text: string, style: TextStyle) => number {
  const ctx = typeof document === "undefined" ? null : safeContext();
  return (text, style) => {
    if (!ctx) return Array.from(text).length * style.size * 0.55;
    ctx.font = `${style.weight} ${style.size}px ${fontFamily}`;
    return ctx.measureText(text).width;
  };
}

function safeContext(): CanvasRenderingContext2D | null {
  try {
    return document.createElement("canvas").getContext("2d");
  } catch {
    return null; // jsdom without the canvas package throws "not implemented"
  }
}

/** The composed image of the view as the page shows it now; throws when the timeline is not drawn. */
export function composeViewImage(view: ExportView): { svg: string; width: number; height: number } {
  const timeline = document.querySelector(TIMELINE_SVG);
  if (!(timeline instanceof SVGSVGElement)) throw new Error("The timeline is not drawn yet: try again in a moment.");
  const palette = pagePalette();
  return composeSvg({
    title: titleOf(view),
    subtitle: view.doc.subtitle,
    legend: readLegend(),
    chart: snapshotSvg(timeline),
    footer: imageFooter(view, readBandNotes()),
    palette,
    measure: canvasMeasure(palette.fontFamily),
  });
}
