import { approximateMeasure, type MeasureText } from "../shared/measureText.ts";

// Text helpers shared by the breakdown and series charts. They would sit in
// charts/shared; they live here until that folder is free to change.

/** Chart text sizes in px, matching --step--1 and --step-0 in charts.css; nothing below 12 px. */
export const FONT = { small: 12, label: 14, value: 14 } as const;

/** The measurer sets regular weight; bold text (values, the primary label) runs about this much wider. */
export const BOLD_WIDTH = 1.1;

/** Line height for chart text, as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;

export const defaultMeasure: MeasureText = approximateMeasure;

/** Greedy word wrap into lines no wider than maxWidth (a single long word keeps its own line). */
export function wrapText(text: string, maxWidth: number, fontPx: number, measure: MeasureText = defaultMeasure): string[] {
  const words = text.split(/\s+/).filter((w) => w !== "");
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && measure(candidate, fontPx) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/**
 * "Women" → "women" so a label reads as a phrase after a number ("54 women"),
 * but "PoR holders" or "UNHCR staff" keep their capitals: only a first word
 * that is plainly sentence case is lowered.
 */
export function lowerFirst(label: string): string {
  const first = label.split(/\s/, 1)[0] ?? "";
  const rest = first.slice(1);
  if (first.length < 2 || rest !== rest.toLowerCase()) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A", "A and B", "A, B and C". */
export function listPhrase(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

/**
 * Joins labels that share their first words without repeating them:
 * ["Afghan refugees in Pakistan", "Afghan refugees in Iran"] → "Afghan refugees in Pakistan and Iran".
 */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? "";
  const split = labels.map((l) => l.split(" "));
  const first = split[0] ?? [];
  let shared = 0;
  while (shared < first.length - 1 && split.every((w) => w.length - 1 > shared && w[shared] === first[shared])) shared++;
  if (shared < 2) return listPhrase(labels);
  const prefix = first.slice(0, shared).join(" ");
  return `${prefix} ${listPhrase(split.map((w) => w.slice(shared).join(" ")))}`;
}

/**
 * The words that labels of one family share, cut back to a whole phrase:
 * "… by sex, end of 2021" and "… by sex, end of 2022" → "… by sex". Null when
 * they share too little to stand as a title.
 */
export function sharedTitle(labels: readonly string[]): string | null {
  const first = labels[0];
  if (first === undefined) return null;
  let end = first.length;
  for (const label of labels) {
    let i = 0;
    while (i < end && i < label.length && label[i] === first[i]) i++;
    end = i;
  }
  if (end === first.length && labels.every((l) => l === first)) return first;
  const prefix = first.slice(0, end);
  const comma = prefix.lastIndexOf(",");
  const space = prefix.lastIndexOf(" ");
  const cut = comma > 0 ? comma : space;
  const title = (cut > 0 ? prefix.slice(0, cut) : "").replace(/[\s,;:–—-]+$/, "");
  return title.length >= 8 ? title : null;
}
