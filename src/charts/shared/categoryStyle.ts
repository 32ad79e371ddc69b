import {
  symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, symbolX,
  type SymbolType,
} from "d3-shape";
import type { Category } from "../../data/schema/events.ts";
import { themedColours } from "./themeColour.ts";

// Categories differ by shape as well as colour, so the timeline reads in grey
// scale and for colour-blind readers. Past eight, colour falls back to grey and
// shape alone carries the difference.
const SYMBOLS: readonly SymbolType[] = [
  symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye, symbolCross, symbolX,
];
export const PALETTE_SIZE = 8;

export interface CategoryStyle {
  readonly id: string;
  readonly label: string;
  readonly index: number;
  readonly color: string;
  readonly symbol: SymbolType;
}

/**
 * A colour the data suggests is drawn as adjusted for each theme (themeColour.ts):
 * it reaches 3:1 on every surface and stands apart from the suggestions before it.
 */
export function categoryStyles(categories: readonly Category[]): Map<string, CategoryStyle> {
  const themed = themedColours(categories.slice(0, PALETTE_SIZE).map((c) => c.color));
  return new Map(
    categories.map((c, index) => [
      c.id,
      {
        id: c.id,
        label: c.label,
        index,
        color: themed[index] ?? (index < PALETTE_SIZE ? `var(--cat-${index})` : "var(--cat-7)"),
        symbol: SYMBOLS[index % SYMBOLS.length] ?? symbolCircle,
      },
    ]),
  );
}

const pathCache = new Map<string, string>();

/** An SVG path for a category's marker, centred on 0,0; `area` in px². Cached: markers repeat. */
export function symbolPath(style: Pick<CategoryStyle, "index" | "symbol">, area: number): string {
  const key = `${style.index % SYMBOLS.length}:${area}`;
  let d = pathCache.get(key);
  if (d === undefined) {
    d = symbol(style.symbol, area)() ?? "";
    pathCache.set(key, d);
  }
  return d;
}
