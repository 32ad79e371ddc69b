import type { ModeName } from "../state/url.ts";

// Modes are configuration, not special cases: the charts are shared and read
// what they need from here.
export interface Mode {
  readonly name: ModeName;
  /** "on": the wheel zooms; "modifier": only with ctrl/⌘ (embeds never swallow page scroll). */
  readonly wheelZoom: "on" | "modifier" | "off";
  readonly showBreakdowns: boolean;
  readonly showFooterSources: boolean;
}

export const MODES: Record<ModeName, Mode> = {
  explore: { name: "explore", wheelZoom: "on", showBreakdowns: true, showFooterSources: true },
  embed: { name: "embed", wheelZoom: "modifier", showBreakdowns: true, showFooterSources: true },
  // A stray scroll from a mouse or clicker must not move the framed window.
  present: { name: "present", wheelZoom: "modifier", showBreakdowns: true, showFooterSources: true },
};
