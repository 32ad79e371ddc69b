import { useState, type KeyboardEvent } from "react";
import { formatDate } from "../../data/dates.ts";
import { formatPeople } from "../../format/number.ts";
import { nearestPoint, stepPoint } from "./bandFocus.ts";
import type { PlacedSeriesPoint, SeriesBand } from "./seriesBand.ts";

const STEPS: Partial<Record<string, number>> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 5, PageDown: -5 };

export interface BandReading {
  readonly label: string;
  readonly value: number;
  readonly approximate: boolean;
}

/** The band's crosshair: which year it is on, and what that year's figures are. */
export function useBandFocus(band: SeriesBand | null, onYear?: (year: number | null) => void) {
  const [date, setOwnDate] = useState<string | null>(null);
  // Other charts mark the same year: tell them, but only of the band's own moves.
  const setDate = (next: string | null) => {
    setOwnDate(next);
    onYear?.(next === null ? null : Number(next.slice(0, 4)));
  };
  const focus = band && date !== null ? band.points.find((p) => p.date === date) : undefined;

  const onPointerMove = (x: number) => {
    if (!band) return;
    const next = nearestPoint(band.points, x)?.date ?? null;
    if (next !== date) setDate(next);
  };
  const onPointerLeave = () => setDate(null);
  const onKeyDown = (e: KeyboardEvent) => {
      if (!band) return;
      let next: PlacedSeriesPoint | undefined;
      const step = STEPS[e.key];
      if (step !== undefined) next = stepPoint(band.points, date, step);
      else if (e.key === "Home") next = stepPoint(band.points, null, 1);
      else if (e.key === "End") next = stepPoint(band.points, null, -1);
      else if (e.key === "Escape") setDate(null);
      else return;
      e.preventDefault();
      e.stopPropagation();
      if (next) setDate(next.date);
  };

  const readings: BandReading[] = [];
  if (band && focus && focus.value !== null) {
    readings.push({ label: band.series.label, value: focus.value, approximate: focus.approximate });
    for (const c of band.companions) {
      const p = c.points.find((q) => q.date === focus.date);
      if (p && p.value !== null) readings.push({ label: c.series.label, value: p.value, approximate: p.approximate });
    }
  }
  const unit = band?.series.unit ?? "";
  const valueText = focus
    ? `${formatDate(focus.date)}: ${readings.map((r) => `${r.label} ${r.approximate ? "about " : ""}${formatPeople(r.value)} ${unit}`).join("; ")}`
    : "";
  return { focus, readings, valueText, onPointerMove, onPointerLeave, onKeyDown };
}
