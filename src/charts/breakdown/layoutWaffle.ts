import type { BreakdownPart } from "../../data/schema/population.ts";
import { partPhrase } from "./formatPart.ts";
import { PALETTE_SIZE } from "../shared/categoryStyle.ts";

// A waffle: one cell per unit, filled row by row, each part a contiguous run
// in file order, so "54 women" is 54 countable squares.

export interface WaffleCell {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly partIndex: number;
}

export interface WaffleKeyItem {
  readonly partIndex: number;
  readonly colorIndex: number;
  /** "54 women", "373 not itemised by any source †". */
  readonly text: string;
  readonly derived: boolean;
}

export interface WaffleLayout {
  readonly width: number;
  readonly height: number;
  readonly columns: number;
  readonly rows: number;
  /** Distance from one cell's corner to the next's. */
  readonly step: number;
  readonly cells: readonly WaffleCell[];
  readonly key: readonly WaffleKeyItem[];
}

export interface WaffleOptions {
  /** Largest and smallest cell pitch in px: big enough to see, small enough to stay a field. */
  readonly maxStep?: number;
  readonly minStep?: number;
  /** Space between cells in px. */
  readonly gap?: number;
}

/** Categorical colours cycle through the palette's first seven; the rest share the grey. */
export function colorIndexFor(i: number): number {
  return Math.min(i, PALETTE_SIZE - 1);
}

export function layoutWaffle(parts: readonly BreakdownPart[], width: number, options: WaffleOptions = {}): WaffleLayout {
  const maxStep = options.maxStep ?? 14;
  const minStep = options.minStep ?? 6;
  const gap = options.gap ?? 1;
  const total = parts.reduce((sum, p) => sum + Math.max(0, Math.round(p.value)), 0);
  const usable = Math.max(1, Math.floor(width));
  // Aim for a field about 2.5 times as wide as tall, then let the width decide.
  const idealColumns = Math.max(1, Math.ceil(Math.sqrt(total * 2.5)));
  const step = Math.min(usable, Math.max(minStep, Math.min(maxStep, Math.floor(usable / idealColumns))));
  const columns = Math.max(1, Math.min(Math.max(total, 1), Math.floor((usable + gap) / step)));
  const rows = Math.ceil(total / columns);
  const size = Math.max(1, step - gap);

  const cells: WaffleCell[] = [];
  parts.forEach((part, partIndex) => {
    const count = Math.max(0, Math.round(part.value));
    for (let k = 0; k < count; k++) {
      const i = cells.length;
      cells.push({ x: (i % columns) * step, y: Math.floor(i / columns) * step, size, partIndex });
    }
  });

  const key = parts.map((part, partIndex) => ({
    partIndex,
    colorIndex: colorIndexFor(partIndex),
    text: partPhrase(part),
    derived: part.derived === true,
  }));

  return { width: usable, height: rows * step, columns, rows, step, cells, key };
}

/**
 * One part's cells as a single path: one closed square per cell, so a field of
 * hundreds of units is one element, not hundreds. `inset` shrinks each square
 * on every side (outlined cells are inset by half their stroke, so they come
 * out the same size as filled ones).
 */
export function waffleCellsPath(cells: readonly WaffleCell[], partIndex: number, inset = 0): string {
  let d = "";
  for (const c of cells) {
    if (c.partIndex !== partIndex) continue;
    const side = Math.max(0, c.size - 2 * inset);
    d += `M${c.x + inset},${c.y + inset}h${side}v${side}h${-side}Z`;
  }
  return d;
}
