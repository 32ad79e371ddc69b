import type { Category } from "../schema/events.ts";

// The categories' colours as each theme draws them (charts/shared/themeColour.ts),
// made in the data worker with the file's other columns. Worked out on the page
// they would hold up its first draw: the search is costly on code not yet compiled.
// Kept with the categories list they were made for, so another list never gets them.

const known = new WeakMap<readonly Category[], readonly (string | undefined)[]>();

export function shareCategoryColours(categories: readonly Category[], colours: readonly (string | undefined)[]): void {
  known.set(categories, colours);
}

/** The colours made for this very list, if any were. */
export function sharedCategoryColours(categories: readonly Category[]): readonly (string | undefined)[] | undefined {
  return known.get(categories);
}
