import { useEffect } from "react";
import { firstScreenDrawn } from "./firstScreen.ts";

export type DashboardMark = "dashboard:ready" | "dashboard:complete";

const marked = new Set<DashboardMark>();

/**
 * Marks a moment of the first load once, in the commit that reaches it, so
 * benchmarks and tests measure what a reader sees:
 * - `dashboard:ready`: the first screen shows the loaded data. Render it inside
 *   the component that draws the data, after the data is in.
 * - `dashboard:complete`: what is below the fold, drawn after the first
 *   screen (firstScreen.ts), is in too.
 */
export function ReadyMark({ name = "dashboard:ready" }: { readonly name?: DashboardMark }) {
  useEffect(() => {
    if (marked.has(name)) return;
    marked.add(name);
    performance.mark(name);
    if (name === "dashboard:ready") firstScreenDrawn();
  }, [name]);
  return null;
}
