// Stacks overlapping marks into lanes (rows) so none covers another.

export interface LaneItem {
  readonly id: string;
  /** Left edge of the item's footprint in px: marker, bar and any label reserved beside it. */
  readonly x0: number;
  /** Right edge of the footprint in px (≥ x0). */
  readonly x1: number;
}

export interface LaneAssignment {
  /** Lane (0-based) of every item id. */
  readonly lanes: ReadonlyMap<string, number>;
  /** Lanes used: ≤ maxLanes. */
  readonly laneCount: number;
  /**
   * Items that did not fit in maxLanes lanes. They are put in the last lane
   * anyway, where they may overlap its other items: callers can draw them as a
   * cluster ("+12") rather than lose them.
   */
  readonly overflow: ReadonlySet<string>;
}

/**
 * Greedy interval packing: items in order of x0 (ties: longer first, then id,
 * so the result does not depend on input order), each into the lowest lane
 * whose last item ends at least gapPx before it starts. Optimal in lane count
 * for intervals (it is interval-graph colouring), and stable while panning
 * because an item's lane depends only on items to its left.
 */
export function assignLanes(items: readonly LaneItem[], gapPx: number, maxLanes = Number.POSITIVE_INFINITY): LaneAssignment {
  const cap = Math.max(1, Math.floor(maxLanes));
  const ordered = [...items].sort(
    (a, b) => a.x0 - b.x0 || b.x1 - b.x0 - (a.x1 - a.x0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const laneEnds: number[] = [];
  const lanes = new Map<string, number>();
  const overflow = new Set<string>();
  for (const item of ordered) {
    let lane = -1;
    for (let i = 0; i < laneEnds.length; i += 1) {
      if ((laneEnds[i] ?? 0) + gapPx <= item.x0) {
        lane = i;
        break;
      }
    }
    if (lane === -1) {
      if (laneEnds.length < cap) {
        lane = laneEnds.length;
        laneEnds.push(Number.NEGATIVE_INFINITY);
      } else {
        lane = cap - 1;
        overflow.add(item.id);
      }
    }
    laneEnds[lane] = Math.max(laneEnds[lane] ?? Number.NEGATIVE_INFINITY, item.x1);
    lanes.set(item.id, lane);
  }
  return { lanes, laneCount: laneEnds.length, overflow };
}
