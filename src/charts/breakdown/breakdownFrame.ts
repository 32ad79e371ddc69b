import type { Breakdown, BreakdownPart } from "../../data/schema/population.ts";
import { formatDateRange, formatDate } from "../../data/dates.ts";
import type { FrameFootnote, FrameSource } from "../../ui/ChartFrame.tsx";
import type { TableData } from "../../ui/DataTable.tsx";
import { formatPeople } from "../../format/number.ts";
import { listPhrase, sharedTitle, upperFirst } from "../shared/chartText.ts";
import { canStack, partsSum, type BreakdownFamily, familyMembers } from "./chooseBreakdownChart.ts";
import { DERIVED_MARK, formatAmount, formatPartValueMarked, formatShare } from "./formatPart.ts";
import { memberLabel, sharedKey } from "./layoutSmallMultiples.ts";

// Everything a breakdown's figure says around the chart — title, date, notes,
// footnotes, sources and the table — taken from the data and nothing else.

export interface FrameText {
  readonly anchorId: string;
  readonly title: string;
  readonly subtitle: string;
  readonly unit?: string;
  readonly notes: readonly string[];
  readonly footnotes: readonly FrameFootnote[];
  readonly sources: readonly FrameSource[];
  readonly table: TableData;
}

export function anchorId(prefix: string, id: string): string {
  return `${prefix}-${id.toLowerCase().replace(/[^a-z0-9_-]+/g, "-")}`;
}

/** The derivation in numbers when the data allows it ("524 − 54 − 97"), else in words. */
export function derivedFootnote(b: Breakdown): FrameFootnote | null {
  const derived = b.parts.filter((p) => p.derived === true);
  const only = derived[0];
  if (only === undefined) return null;
  const others = b.parts.filter((p) => p.derived !== true);
  const total = b.total;
  const unsourced = derived.every((p) => p.source === undefined);
  const tail = unsourced ? "; not itemised by any source" : "";
  const othersSum = others.reduce((sum, p) => sum + p.value, 0);
  // Only spelled out as arithmetic when the arithmetic is what the data says.
  if (derived.length === 1 && total !== undefined && Math.abs(total - othersSum - only.value) < 1e-9 * Math.max(1, total)) {
    const sum = [total, ...others.map((p) => p.value)].map(formatPeople).join(" − ");
    return { marker: DERIVED_MARK, text: `Derived: ${sum}${tail}.` };
  }
  return { marker: DERIVED_MARK, text: `Derived from the other figures (${listPhrase(derived.map((p) => p.label))})${tail}.` };
}

/** The figure's own source first, then parts whose source differs from it. */
export function breakdownSources(members: readonly Breakdown[]): FrameSource[] {
  const sources: FrameSource[] = [];
  const same = (a: { name: string; url: string }, b: { name: string; url: string }) => a.name === b.name && a.url === b.url;
  for (const b of members) if (!sources.some((s) => same(s, b.source))) sources.push({ name: b.source.name, url: b.source.url });
  const main = sources.slice();
  const byPart = new Map<string, { source: { name: string; url: string }; parts: string[] }>();
  for (const b of members) {
    for (const p of b.parts) {
      if (p.source === undefined || main.some((s) => p.source !== undefined && same(s, p.source))) continue;
      const key = `${p.source.name}\n${p.source.url}`;
      const entry = byPart.get(key) ?? { source: p.source, parts: [] };
      if (!entry.parts.includes(p.label)) entry.parts.push(p.label);
      byPart.set(key, entry);
    }
  }
  for (const { source, parts } of byPart.values()) sources.push({ name: source.name, url: source.url, for: listPhrase(parts) });
  return sources;
}

function distinctNotes(members: readonly Breakdown[]): string[] {
  const notes = members.map((b) => b.notes).filter((n): n is string => n !== undefined && n !== "");
  if (new Set(notes).size <= 1) return notes.slice(0, 1);
  return members.flatMap((b) => (b.notes ? [`${memberLabel(b)}: ${b.notes}`] : []));
}

function shareOf(p: BreakdownPart, b: Breakdown): string {
  const total = partsSum(b);
  return total > 0 ? `${p.approximate === true ? "~" : ""}${formatShare(p.value / total)}` : "";
}

function singleTable(b: Breakdown): TableData {
  const shares = canStack(b);
  const withSources = b.parts.some((p) => p.source !== undefined);
  const columns = [
    { label: b.kind === "parts" ? "Category" : "Figure" },
    { label: upperFirst(b.unit), numeric: true },
    ...(shares ? [{ label: "Share", numeric: true }] : []),
    ...(withSources ? [{ label: "Source" }] : []),
  ];
  const rows = b.parts.map((p) => [
    p.label,
    formatPartValueMarked(p, { full: true }),
    ...(shares ? [shareOf(p, b)] : []),
    ...(withSources ? [p.source?.name ?? b.source.name] : []),
  ]);
  if (b.kind === "parts" && b.total !== undefined) {
    rows.push(["Total", formatPeople(b.total), ...(shares ? ["100%"] : []), ...(withSources ? [b.source.name] : [])]);
  }
  return { caption: b.label, columns, rows };
}

function groupTable(members: readonly Breakdown[], caption: string): TableData {
  const key = sharedKey(members);
  const stacked = members.every(canStack);
  const columns = [{ label: "Date" }, ...key.map((k) => ({ label: k.label, numeric: true }))];
  const withTotal = members.some((b) => b.kind === "parts" && b.total !== undefined);
  if (withTotal) columns.push({ label: "Total", numeric: true });
  const rows = members.map((b) => [
    memberLabel(b),
    ...key.map((k) => {
      const p = b.parts.find((q) => q.label === k.label);
      if (p === undefined) return "—";
      const value = formatPartValueMarked(p, { full: true });
      return stacked ? `${value} (${shareOf(p, b)})` : value;
    }),
    ...(withTotal ? [b.total === undefined ? "—" : formatPeople(b.total)] : []),
  ]);
  return { caption, columns, rows };
}

export function describeBreakdownFamily(family: BreakdownFamily): FrameText {
  const members = familyMembers(family);
  const footnotes = members.flatMap((b) => {
    const f = derivedFootnote(b);
    return f ? [members.length > 1 ? { ...f, text: `${memberLabel(b)}: ${f.text}` } : f] : [];
  });
  const sources = breakdownSources(members);
  const notes = distinctNotes(members);
  if (family.kind === "single") {
    const b = family.breakdown;
    const when = b.date === undefined ? [] : [formatDate(b.date)];
    const total = b.kind === "parts" && b.total !== undefined ? [`${formatAmount(b.total)} ${b.unit} in total`] : [];
    return {
      anchorId: anchorId("breakdown", b.id),
      title: b.label,
      subtitle: [...when, ...total].join(" · "),
      ...(total.length === 0 ? { unit: b.unit } : {}),
      notes,
      footnotes,
      sources,
      table: singleTable(b),
    };
  }
  const title = sharedTitle(members.map((b) => b.label)) ?? upperFirst(family.group);
  const dated = members.map((b) => b.date).filter((d): d is string => d !== undefined);
  const first = dated[0];
  const last = dated[dated.length - 1];
  const span = first !== undefined && last !== undefined ? [formatDateRange(first, last)] : [];
  const stacked = members.every(canStack);
  const units = [...new Set(members.map((b) => b.unit))];
  return {
    anchorId: anchorId("breakdown-group", family.group),
    title,
    subtitle: [...span, ...(stacked ? ["share of each total"] : [])].join(" · "),
    unit: units.join(", "),
    notes,
    footnotes,
    sources,
    table: groupTable(members, title),
  };
}
