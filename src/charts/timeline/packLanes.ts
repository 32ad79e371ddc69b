// Lane packing for the layout: like lanes.ts's assignLanes, but in tiers (the
// headlines that get callouts go first, into the top lanes, so their leaders
// stay short) and on visible-array indices rather than ids, which keeps it
// cheap on every zoom frame.

export interface PackItem {
  /** Index of the event in the visible (time-ordered) array. */
  readonly i: number;
  /** Footprint in px: mark plus any label room reserved beside it. */
  readonly x0: number;
  readonly x1: number;
}

/**
 * Greedy interval packing in tiers: every item of a tier goes, in x order
 * (ties: longer first, then time order), into the lowest lane where it keeps
 * `gap` from the earlier tiers' items and from its own tier's; -1 when no lane
 * of maxLanes has room. Tier 0 (the headlines) thus takes the top lanes and
 * later tiers fill around it. An item's lane never depends on what lies in
 * higher-numbered lanes, so lanes 0…k-1 come out the same with k or more lanes.
 */
export function packLanes(
  tiers: readonly (readonly PackItem[])[], gap: number, maxLanes: number, size: number,
): { lane: Int32Array; laneCount: number } {
  const cap = Math.max(1, Math.floor(maxLanes));
  const lane = new Int32Array(size).fill(-1);
  let occupied: PackItem[][] = [];
  for (const tier of tiers) {
    const ordered = [...tier].sort((a, b) => a.x0 - b.x0 || b.x1 - b.x0 - (a.x1 - a.x0) || a.i - b.i);
    const ends: number[] = occupied.map(() => Number.NEGATIVE_INFINITY);
    const next: number[] = occupied.map(() => 0);
    const placed: PackItem[][] = occupied.map(() => []);
    for (const item of ordered) {
      let found = -1;
      for (let l = 0; l < occupied.length && found < 0; l += 1) {
        if ((ends[l] ?? 0) + gap > item.x0) continue;
        const earlier = occupied[l] ?? [];
        // Earlier tiers' items in a lane are disjoint and sorted, and items come in x order: a moving pointer suffices.
        let p = next[l] ?? 0;
        while (p < earlier.length && (earlier[p]?.x1 ?? 0) + gap <= item.x0) p += 1;
        next[l] = p;
        const blocker = earlier[p];
        if (!blocker || blocker.x0 >= item.x1 + gap) found = l;
      }
      if (found < 0 && occupied.length < cap) {
        found = occupied.length;
        occupied.push([]);
        ends.push(Number.NEGATIVE_INFINITY);
        next.push(0);
        placed.push([]);
      }
      if (found < 0) continue;
      lane[item.i] = found;
      ends[found] = Math.max(ends[found] ?? 0, item.x1);
      placed[found]?.push(item);
    }
    occupied = occupied.map((items, l) => [...items, ...(placed[l] ?? [])].sort((a, b) => a.x0 - b.x0));
  }
  return { lane, laneCount: occupied.length };
}
