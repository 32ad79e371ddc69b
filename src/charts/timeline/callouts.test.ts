import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Category } from "../../data/schema/events.ts";
import { validateText } from "../../data/validate.ts";
import { approximateMeasure } from "../shared/measureText.ts";
import { placeCallouts, type CalloutCandidate, type CalloutGeometry, type PlacedCallout } from "./callouts.ts";
import { calloutText, measuredCallout } from "./calloutText.ts";
import { rectsIntersect, type Rect } from "./labels.ts";
import { layoutTimeline, type TimelineLayout } from "./layout.ts";
import { seededRandom, syntheticEvents } from "./syntheticEvents.ts";
import { fullDomainOf } from "./zoom.ts";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const leaderRect = (c: PlacedCallout): Rect => ({ x0: c.leader.x1 - 0.5, x1: c.leader.x1 + 0.5, y0: c.leader.y1, y1: c.leader.y2 });

function realDocument() {
  const file = resolve(import.meta.dirname, "../../../data/events.json");
  const result = validateText("events", readFileSync(file, "utf8"), "events.json");
  if (!result.ok) throw new Error("events.json does not validate");
  return result.data;
}

const geometry: CalloutGeometry = { top: 20, rowHeight: 18, rows: 2, width: 600, textHeight: 14, gap: 8, obstacles: [] };
const candidate = (id: string, x: number, width: number, priority = 1): CalloutCandidate =>
  ({ id, x, markTop: 80, priority, text: id, width });

/** No two callout texts within the gap sideways or overlapping; no leader through another's text; all inside. */
function expectApart(callouts: readonly PlacedCallout[], width: number, top: number, bottom: number): void {
  callouts.forEach((a, i) => {
    expect(a.rect.x0).toBeGreaterThanOrEqual(0);
    expect(a.rect.x1).toBeLessThanOrEqual(width);
    expect(a.rect.y0).toBeGreaterThanOrEqual(top);
    expect(a.rect.y1).toBeLessThanOrEqual(bottom);
    expect(a.leader.y1).toBeGreaterThan(a.rect.y1);
    expect(a.leader.y2).toBeGreaterThanOrEqual(a.leader.y1);
    for (const b of callouts.slice(i + 1)) {
      expect(rectsIntersect(a.rect, b.rect), `${a.id} on ${b.id}`).toBe(false);
      expect(rectsIntersect(leaderRect(a), b.rect), `${a.id}'s leader on ${b.id}`).toBe(false);
      expect(rectsIntersect(leaderRect(b), a.rect), `${b.id}'s leader on ${a.id}`).toBe(false);
    }
  });
}

describe("placeCallouts", () => {
  it("puts the text right of its leader in the top row when there is room", () => {
    const [c] = placeCallouts([candidate("a", 100, 80)], geometry);
    expect(c).toMatchObject({ id: "a", anchor: "start", textX: 100, textY: 29, leader: { x1: 100, x2: 100, y1: 37, y2: 78 } });
  });

  it("turns the text left at the right edge", () => {
    expect(placeCallouts([candidate("a", 580, 80)], geometry)[0]?.anchor).toBe("end");
  });

  it("steps down a row rather than cross, and drops what cannot fit", () => {
    const placed = placeCallouts([candidate("a", 100, 200), candidate("b", 150, 200), candidate("c", 180, 200)], geometry);
    expect(placed.map((p) => [p.id, p.textY])).toEqual([["a", 29], ["b", 47]]);
    expectApart(placed, 600, 20, 56);
  });

  it("lets priority win, then the earlier date", () => {
    const placed = placeCallouts(
      [candidate("late", 100, 300), candidate("pinned", 140, 300, 0), candidate("early", 90, 300)], { ...geometry, rows: 1 },
    );
    expect(placed.map((p) => p.id)).toEqual(["pinned"]);
    expect(placeCallouts([candidate("late", 100, 300), candidate("early", 90, 300)], { ...geometry, rows: 1 }).map((p) => p.id))
      .toEqual(["early"]);
  });

  it("drops a callout whose leader would cross another mark, not one crossing its own", () => {
    const obstacles = [{ id: "other", x0: 95, x1: 105, y0: 60, y1: 70 }, { id: "own", x0: 295, x1: 305, y0: 60, y1: 70 }];
    const placed = placeCallouts([candidate("a", 100, 50), candidate("own", 300, 50)], { ...geometry, obstacles });
    expect(placed.map((p) => p.id)).toEqual(["own"]);
  });

  it("never overlaps, whatever it is given", () => {
    const random = seededRandom(5);
    for (let round = 0; round < 40; round += 1) {
      const width = 200 + random() * 1800;
      const rows = 1 + Math.floor(random() * 3);
      const candidates = Array.from({ length: 30 }, (_, i) =>
        candidate(`c${i}`, random() * width, 20 + random() * 250, Math.floor(random() * 3)));
      const g = { ...geometry, width, rows };
      const placed = placeCallouts(candidates, g);
      expectApart(placed, width, g.top, g.top + rows * g.rowHeight);
      // Priority: adding lower-ranked callouts never costs a higher-ranked one its place.
      const ranked = [...candidates].sort((a, b) => a.priority - b.priority || a.x - b.x || (a.id < b.id ? -1 : 1));
      const ids = new Set(placed.map((p) => p.id));
      for (const k of [1, 3, 8, 15, 25]) {
        const top = ranked.slice(0, k);
        expect(placeCallouts(top, g).map((p) => p.id).sort()).toEqual(top.filter((c) => ids.has(c.id)).map((c) => c.id).sort());
      }
    }
  });
});

describe("calloutText", () => {
  it.each([
    ["Last Soviet troops leave Afghanistan", "Last Soviet troops leave Afghanistan"],
    ["Taliban take Kabul as President Ghani flees", "Taliban take Kabul"],
    ["Taliban seize Kabul and hang former president Najibullah", "Taliban seize Kabul"],
    ["Pakistan registers Afghans and issues Proof of Registration cards", "Pakistan registers Afghans"],
    ["Karachi police raids detain at least 1,200 Afghans", "Karachi police raids detain…"],
    ["Soviet occupation drives millions of Afghans into Pakistan", "Soviet occupation drives millions…"],
    ["Pakistan, Afghanistan and UNHCR sign repatriation agreement", "Pakistan, Afghanistan and UNHCR sign…"],
    ["Antidisestablishmentarianismantidisestablishmentarianism", "Antidisestablishmentarianismantidisesta…"],
  ])("%s → %s", (title, text) => {
    expect(calloutText(title)).toBe(text);
    expect([...text].length).toBeLessThanOrEqual(40);
  });

  it("fits a narrow width too", () => {
    const { text, width } = measuredCallout("Karachi police raids detain at least 1,200 Afghans", 40, 100, approximateMeasure, 12);
    expect(width).toBeLessThanOrEqual(100);
    expect(text).toBe("Karachi police…");
  });
});

describe("callouts in the timeline", () => {
  const doc = realDocument();
  const headlines = doc.events.filter((e) => e.importance === 1).map((e) => e.id);
  const domain = fullDomainOf({ events: doc.events, eras: doc.eras ?? [] }) ?? [utc(1979), utc(2024)];

  function expectCalm(layout: TimelineLayout): void {
    expectApart(layout.callouts, layout.width, layout.eventsTop, layout.lanesTop);
    const byId = new Map(layout.events.map((e) => [e.id, e]));
    for (const c of layout.callouts) {
      const e = byId.get(c.id);
      expect(e, `${c.id} is drawn`).toBeDefined();
      if (!e) continue;
      expect(c.leader.y2).toBeLessThan(e.y - 4);
      expect(c.leader.y2).toBeGreaterThan(e.y - 12);
      for (const other of layout.events.filter((o) => o.kind === "point" && o.id !== c.id)) {
        expect(rectsIntersect(leaderRect(c), { x0: other.cx - 5, x1: other.cx + 5, y0: other.y - 5, y1: other.y + 5 }), `${c.id} through ${other.id}`)
          .toBe(false);
      }
      for (const l of layout.labels) {
        expect(rectsIntersect(l.rect, c.rect)).toBe(false);
        expect(rectsIntersect(l.rect, leaderRect(c)), `label ${l.id} on ${c.id}'s leader`).toBe(false);
      }
    }
    const calledOut = new Set(layout.callouts.map((c) => c.id));
    expect(layout.labels.filter((l) => calledOut.has(l.id))).toEqual([]);
  }

  it("calls out most headlines of the real data at 1366px, earliest first", () => {
    const layout = layoutTimeline({ events: doc.events, categories: doc.categories, eras: doc.eras ?? [], domain, width: 1366 });
    expectCalm(layout);
    expect(headlines.length).toBe(10);
    expect(layout.callouts.map((c) => c.id)).toEqual([
      "soviet-troops-enter-1979", "soviet-withdrawal-completed-1989", "mass-return-from-pakistan-1992",
      "record-returns-from-pakistan-2002", "registration-por-cards-2006-2007", "taliban-take-kabul-2021", "karachi-raids-2022-12",
    ]);
    expect(layout.callouts.every((c) => headlines.includes(c.id))).toBe(true);
  });

  it("puts the selected headline's callout first", () => {
    const pinned = new Set(["karachi-release-2023"]);
    const plain = layoutTimeline({ events: doc.events, categories: doc.categories, domain, width: 1366 });
    const layout = layoutTimeline({ events: doc.events, categories: doc.categories, domain, width: 1366, pinnedLabelIds: pinned });
    expect(plain.callouts.map((c) => c.id)).not.toContain("karachi-release-2023");
    expect(layout.callouts[0]?.id === "karachi-release-2023" || layout.labels[0]?.id === "karachi-release-2023").toBe(true);
    expect(layout.events.map((e) => [e.id, e.lane])).toEqual(plain.events.map((e) => [e.id, e.lane]));
    expectCalm(layout);
  });

  it.each([390, 1366, 1920])("stays clear of everything at %ipx over many windows", (width) => {
    const categories: Category[] = Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, label: `C${i}` }));
    const synthetic = syntheticEvents(3_000, 21);
    for (const [d0, d1] of [[utc(1979), utc(2024)], [utc(2001), utc(2003)], [utc(2010, 3), utc(2010, 5)], [utc(2022, 12, 31), utc(2023, 1, 14)]] as const) {
      expectCalm(layoutTimeline({ events: synthetic, categories, domain: [d0, d1], width, options: width === 390 ? { maxLanes: 8 } : {} }));
      expectCalm(layoutTimeline({ events: doc.events, categories: doc.categories, domain: [d0, d1], width }));
    }
  });

  it("can be turned off, giving the rows back to the lanes", () => {
    const layout = layoutTimeline({ events: doc.events, categories: doc.categories, domain, width: 1366, options: { calloutRowHeight: 0 } });
    expect(layout.callouts).toEqual([]);
    expect(layout.calloutsHeight).toBe(0);
    expect(layout.lanesTop).toBe(layout.eventsTop + 6);
    expect(layout.labels.map((l) => l.id)).toContain("soviet-troops-enter-1979");
  });
});
