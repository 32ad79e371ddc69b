import { inflate, rectsIntersect, type Obstacle, type Rect } from "./labels.ts";

// Callouts: the few headline moments get a short text in a row above the lanes
// and a thin leader down to their mark (VISUAL.md: "The few moments that
// matter … get short callouts"). Placed whole or not at all, by priority, like
// labels: a callout is only ever dropped for one that ranks above it.

export interface CalloutCandidate {
  readonly id: string;
  /** Where the leader meets the mark, px. */
  readonly x: number;
  /** Top of the mark: the leader stops just above it. */
  readonly markTop: number;
  /** Lower goes first; ties go to the smaller x (earlier), then the id. */
  readonly priority: number;
  readonly text: string;
  /** Measured width of text, px. */
  readonly width: number;
}

export interface CalloutGeometry {
  /** Top of the first (highest) callout row. */
  readonly top: number;
  readonly rowHeight: number;
  readonly rows: number;
  /** Callouts stay inside [0, width]. */
  readonly width: number;
  /** Height of a callout's text box. */
  readonly textHeight: number;
  /** Least space between two callout texts. */
  readonly gap: number;
  /** Marks a leader must not cross (point markers of other events); a leader may cross the mark with its own id. */
  readonly obstacles: readonly Obstacle[];
}

export interface PlacedCallout {
  readonly id: string;
  readonly text: string;
  /** The anchor: the leader's x. */
  readonly x: number;
  readonly textX: number;
  /** Vertical centre of the text (dominant-baseline: central). */
  readonly textY: number;
  readonly anchor: "start" | "end";
  /** The text's box. */
  readonly rect: Rect;
  readonly leader: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}

/**
 * Where a callout's leader meets its mark: a point's centre; a period's
 * visible start (a little inside, so the leader does not run down its edge),
 * or the middle of its visible part once the start has scrolled off.
 */
export function calloutAnchor(
  m: { readonly kind: "point" | "period"; readonly cx: number; readonly x0: number; readonly x1: number }, width: number,
): number {
  if (m.kind === "point") return m.cx;
  const a = Math.max(0, m.x0);
  const b = Math.min(width, m.x1);
  return m.x0 < 0 ? (a + b) / 2 : a + Math.min(4, (b - a) / 2);
}

/** At most this many candidates per row and 24 px of width are tried: more could never fit. */
export const calloutCandidateLimit = (rows: number, width: number) => Math.max(0, rows) * Math.ceil(width / 24);

/** Least space between two callout texts side by side. */
export const CALLOUT_GAP = 8;

/** Clear space between a leader and a text other than its own. */
const LEADER_GAP = 3;
/** A leader stops this far above its mark. */
const LEADER_CLEARANCE = 2;

const leaderRect = (c: Pick<PlacedCallout, "leader">): Rect =>
  ({ x0: c.leader.x1 - 0.5, x1: c.leader.x1 + 0.5, y0: c.leader.y1, y1: c.leader.y2 });

function compare(a: CalloutCandidate, b: CalloutCandidate): number {
  return a.priority - b.priority || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Which way through the rows a text right of its leader ("start") and one left of it ("end") try. */
interface RowOrder {
  readonly start: "down" | "up";
  readonly end: "down" | "up";
}

// The first is the staircase (see placeCallouts); the others rescue crowded ends of the axis.
const ROW_ORDERS: readonly RowOrder[] = [
  { start: "down", end: "up" }, { start: "down", end: "down" }, { start: "up", end: "up" }, { start: "up", end: "down" },
];

/**
 * Greedy, in priority order. A position is free when its text keeps `gap`
 * sideways from other callout texts and LEADER_GAP from their leaders, and
 * its own leader keeps LEADER_GAP from their texts and crosses no obstacle.
 * Leaders may pass behind period bars (not obstacles): a long bar over a
 * headline would otherwise cost it its callout.
 *
 * Positions are first tried text-right-of-leader from the top row down, then
 * text-left-of-leader from the bottom row up. With earlier callouts placed
 * first, that makes a staircase: a text reaching right sits high, where later
 * leaders (to its right) rising to lower rows do not cross it; a text reaching
 * left sits low, so later texts above it can reach left over its leader. Near
 * the edges other row orders can do better, so each is run and the best kept:
 * the one that places the highest-ranked callout the others drop (so adding a
 * lower-ranked callout never costs a higher-ranked one its place).
 */
export function placeCallouts(candidates: readonly CalloutCandidate[], g: CalloutGeometry): PlacedCallout[] {
  // Everything that does not depend on the row order is worked out once: the positions, and whether the leader is blocked.
  const prepared: Prepared[] = [...candidates]
    .sort(compare)
    .filter((c) => c.width > 0 && c.x >= 0 && c.x <= g.width)
    .map((c) => ({ c, start: rowSpots(c, g, "start"), end: rowSpots(c, g, "end"), blocked: null }));
  let best: PlacedCallout[] = [];
  let bestIds = new Set<string>();
  for (const order of ROW_ORDERS) {
    const placed = greedy(prepared, g, order);
    const ids = new Set(placed.map((p) => p.id));
    const first = prepared.find(({ c }) => ids.has(c.id) !== bestIds.has(c.id));
    if (best.length === 0 || (first !== undefined && ids.has(first.c.id))) [best, bestIds] = [placed, ids];
    // Nobody left out: no order can do better.
    if (best.length === prepared.length) break;
  }
  return best;
}

interface Prepared {
  readonly c: CalloutCandidate;
  /** Text right of the leader, one per row (null: off the chart). */
  readonly start: readonly (PlacedCallout | null)[];
  readonly end: readonly (PlacedCallout | null)[];
  /** Whether the leader crosses an obstacle; worked out when first needed. */
  blocked: boolean | null;
}

/** A placed callout, with the zones others must keep out of worked out once. */
interface Taken {
  readonly callout: PlacedCallout;
  /** Its text widened by the gap: other texts stay out. */
  readonly text: Rect;
  /** Its leader widened by LEADER_GAP: other texts stay out. */
  readonly leader: Rect;
  /** Its text grown by LEADER_GAP: other leaders stay out. */
  readonly guard: Rect;
}

function greedy(prepared: readonly Prepared[], g: CalloutGeometry, order: RowOrder): PlacedCallout[] {
  const taken: Taken[] = [];
  const inOrder = <T>(rows: readonly T[], way: "down" | "up") => (way === "down" ? rows : [...rows].reverse());
  for (const p of prepared) {
    const spot = [...inOrder(p.start, order.start), ...inOrder(p.end, order.end)].find((s): s is PlacedCallout => {
      if (s === null) return false;
      const line = leaderRect(s);
      return taken.every((q) => !rectsIntersect(q.text, s.rect) && !rectsIntersect(q.leader, s.rect) && !rectsIntersect(q.guard, line));
    });
    if (!spot) continue;
    // Obstacles lie below the rows: the stretch of leader under the rows is the same from any row.
    if (p.blocked === null) {
      const below: Rect = { ...leaderRect(spot), y0: g.top + g.rows * g.rowHeight };
      p.blocked = g.obstacles.some((o) => o.id !== p.c.id && rectsIntersect(o, below));
    }
    if (p.blocked) continue;
    // The gap is sideways: rows are set closer than that, and rows never overlap.
    const text = { ...spot.rect, x0: spot.rect.x0 - g.gap, x1: spot.rect.x1 + g.gap };
    taken.push({ callout: spot, text, leader: inflate(leaderRect(spot), LEADER_GAP), guard: inflate(spot.rect, LEADER_GAP) });
  }
  return taken.map((t) => t.callout);
}

function rowSpots(c: CalloutCandidate, g: CalloutGeometry, anchor: "start" | "end"): (PlacedCallout | null)[] {
  const h = g.textHeight;
  return Array.from({ length: Math.max(0, g.rows) }, (_, row) => {
    const textY = g.top + (row + 0.5) * g.rowHeight;
    const y0 = textY - h / 2;
    const rect: Rect = anchor === "start"
      ? { x0: c.x - 1, y0, x1: c.x + c.width, y1: y0 + h }
      : { x0: c.x - c.width, y0, x1: c.x + 1, y1: y0 + h };
    if (rect.x0 < 0 || rect.x1 > g.width) return null;
    const leader = { x1: c.x, y1: y0 + h + 1, x2: c.x, y2: Math.max(y0 + h + 1, c.markTop - LEADER_CLEARANCE) };
    return { id: c.id, text: c.text, x: c.x, textX: c.x, textY, anchor, rect, leader };
  });
}
