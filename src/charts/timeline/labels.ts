import type { MeasureText } from "../shared/measureText.ts";

// Direct labels for timeline marks. A label is placed whole, where it fits, or
// not at all: never overlapping another label or a mark, never squashed, never
// cut by the chart's edge. The most important labels claim space first.

export interface Rect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface LabelCandidate {
  readonly id: string;
  /** The marker's x, or a bar's left end, px. */
  readonly x: number;
  /** A bar's right end, px; a point's is x. */
  readonly xEnd?: number;
  readonly lane: number;
  /** Measured width of the label's text, px. */
  readonly width: number;
  /** Lower goes first (importance: 1 = headline); ties go to the smaller x (earlier date), then the id. */
  readonly priority: number;
  /** May cover other marks, never other labels: for the selected event's label, drawn with a halo. */
  readonly overMarks?: boolean;
}

/** "on": over a period's bar, from its visible start (draw it with a halo). */
export type LabelPosition = "on" | "right" | "left" | "above";

export interface LabelPlacement {
  readonly id: string;
  readonly position: LabelPosition;
  /** SVG text-anchor for (x, y). */
  readonly anchor: "start" | "end" | "middle";
  readonly x: number;
  /** Vertical centre of the text (dominant-baseline: central). */
  readonly y: number;
  readonly rect: Rect;
}

export interface LabelGeometry {
  /** y of lane 0's top edge. */
  readonly lanesTop: number;
  readonly laneHeight: number;
  /** Height of a label's box (about 1.2 × font size). */
  readonly labelHeight: number;
  /** Half the marker's size (or a bar's half-height): labels keep clear of it. */
  readonly markerRadius: number;
  /** Space between a mark and its label. */
  readonly offset: number;
  /** Least clear space between a label and another label or mark. */
  readonly labelGap: number;
  /** Marks the labels must not cover (markers and bars of every placed event); a label may cover the mark with its own id. */
  readonly obstacles: readonly Obstacle[];
}

export interface Obstacle extends Rect {
  readonly id?: string;
}

export const DEFAULT_LABEL_GEOMETRY: LabelGeometry = {
  lanesTop: 0, laneHeight: 22, labelHeight: 14, markerRadius: 5, offset: 4, labelGap: 3, obstacles: [],
};

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

const inside = (r: Rect, b: Rect) => r.x0 >= b.x0 && r.x1 <= b.x1 && r.y0 >= b.y0 && r.y1 <= b.y1;

/**
 * The positions tried for a label, in order: over a period's bar when the bar
 * is long enough to hold it, right of the mark, left of it, centred above it.
 */
export function labelOptions(c: LabelCandidate, g: LabelGeometry): LabelPlacement[] {
  const cy = g.lanesTop + (c.lane + 0.5) * g.laneHeight;
  const h = g.labelHeight;
  const xEnd = c.xEnd ?? c.x;
  const right = xEnd + g.markerRadius + g.offset;
  const left = c.x - g.markerRadius - g.offset;
  const mid = (c.x + xEnd) / 2;
  // Clear of the mark, and of labels beside marks in the same lane (the 0.5 absorbs rounding).
  const aboveBottom = cy - Math.max(g.markerRadius + g.offset, h / 2 + g.labelGap + 0.5);
  const onX = c.x + g.offset;
  const on: LabelPlacement[] = xEnd - c.x >= c.width + 2 * g.offset
    ? [{ id: c.id, position: "on", anchor: "start", x: onX, y: cy,
      rect: { x0: onX, y0: cy - h / 2, x1: onX + c.width, y1: cy + h / 2 } }]
    : [];
  return [
    ...on,
    { id: c.id, position: "right", anchor: "start", x: right, y: cy,
      rect: { x0: right, y0: cy - h / 2, x1: right + c.width, y1: cy + h / 2 } },
    { id: c.id, position: "left", anchor: "end", x: left, y: cy,
      rect: { x0: left - c.width, y0: cy - h / 2, x1: left, y1: cy + h / 2 } },
    { id: c.id, position: "above", anchor: "middle", x: mid, y: aboveBottom - h / 2,
      rect: { x0: mid - c.width / 2, y0: aboveBottom - h, x1: mid + c.width / 2, y1: aboveBottom } },
  ];
}

export function compareCandidates(a: LabelCandidate, b: LabelCandidate): number {
  return a.priority - b.priority || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The rect grown by `by` on every side. */
export function inflate(r: Rect, by: number): Rect {
  return { x0: r.x0 - by, y0: r.y0 - by, x1: r.x1 + by, y1: r.y1 + by };
}

/**
 * Places labels greedily in priority order, each at its first position that
 * lies inside `bounds` and comes no nearer than labelGap to a placed label or
 * (unless overMarks) an obstacle; a label
 * with no such position is dropped. So a label is only ever dropped for one
 * that ranks above it. Returns placements in priority order.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  bounds: Rect,
  geometry: Partial<LabelGeometry> = {},
): LabelPlacement[] {
  const g: LabelGeometry = { ...DEFAULT_LABEL_GEOMETRY, ...geometry };
  const marks = createRectGrid();
  for (const o of g.obstacles) marks.add(o);
  const labels = createRectGrid();
  const placed: LabelPlacement[] = [];
  for (const c of [...candidates].sort(compareCandidates)) {
    if (!(c.width > 0)) continue;
    const free = (r: Rect) => !labels.hits(r, c.id) && (c.overMarks === true || !marks.hits(r, c.id));
    const spot = labelOptions(c, g).find((p) => inside(p.rect, bounds) && free(inflate(p.rect, g.labelGap)));
    if (!spot) continue;
    labels.add(spot.rect);
    placed.push(spot);
  }
  return placed;
}

/** Rects bucketed in 64 × 16 px cells: collision checks stay cheap with thousands of marks in view. */
function createRectGrid() {
  const W = 64;
  const H = 16;
  const cells = new Map<number, Obstacle[]>();
  // Rows and columns stay well inside ±2^15 for any on-screen chart.
  // Calls f for each cell the rect covers; stops early when f returns true.
  const visit = (r: Rect, f: (key: number) => boolean): boolean => {
    const c0 = Math.floor(r.x0 / W);
    const c1 = Math.floor(r.x1 / W);
    const r0 = Math.floor(r.y0 / H);
    const r1 = Math.floor(r.y1 / H);
    for (let c = c0; c <= c1; c += 1) for (let row = r0; row <= r1; row += 1) if (f(c * 65_536 + row)) return true;
    return false;
  };
  return {
    add(o: Obstacle): void {
      visit(o, (key) => {
        const cell = cells.get(key);
        if (cell) cell.push(o);
        else cells.set(key, [o]);
        return false;
      });
    },
    hits(r: Rect, ownId: string): boolean {
      return visit(r, (key) => cells.get(key)?.some((o) => o.id !== ownId && rectsIntersect(o, r)) ?? false);
    },
  };
}

/**
 * The text shortened to fit maxWidth: whole words and "…" when it can, cut
 * mid-word only when the first word alone is too wide. Titles run to 140
 * characters; a label is a handle, the full title is in the detail panel.
 */
export function fitLabelText(text: string, maxWidth: number, measure: MeasureText, fontPx: number): string {
  if (measure(text, fontPx) <= maxWidth) return text;
  const fits = (t: string) => measure(`${t}…`, fontPx) <= maxWidth;
  const words = text.split(/\s+/);
  let kept = "";
  for (const word of words) {
    const next = kept === "" ? word : `${kept} ${word}`;
    if (!fits(next)) break;
    kept = next;
  }
  if (kept !== "") return `${kept.replace(/[\s,;:.–—-]+$/u, "")}…`;
  const chars = [...text];
  let n = chars.length;
  while (n > 0 && !fits(chars.slice(0, n).join(""))) n -= 1;
  return n === 0 ? "" : `${chars.slice(0, n).join("")}…`;
}
