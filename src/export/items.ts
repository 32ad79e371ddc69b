import type { PopulationDocument } from "../data/schema/population.ts";

// What the download menu lists: cheap, so the menu can draw at once while the
// code that makes the files loads only when one is asked for (see run.ts).

export type ExportItem =
  | { readonly kind: "png" | "svg" | "events"; readonly key: string; readonly label: string }
  | { readonly kind: "series" | "breakdown"; readonly key: string; readonly label: string; readonly id: string };

/** The menu, in groups: the image, the events in view, then every series and breakdown by its own label. */
export function exportItems(population: PopulationDocument | undefined): ExportItem[] {
  return [
    { kind: "png", key: "png", label: "PNG image" },
    { kind: "svg", key: "svg", label: "SVG image" },
    { kind: "events", key: "events", label: "Events in view (CSV)" },
    ...(population?.series ?? []).map((s) => ({ kind: "series" as const, key: `series:${s.id}`, id: s.id, label: `${s.label} (CSV)` })),
    ...(population?.breakdowns ?? []).map((b) => ({ kind: "breakdown" as const, key: `breakdown:${b.id}`, id: b.id, label: `${b.label} (CSV)` })),
  ];
}
