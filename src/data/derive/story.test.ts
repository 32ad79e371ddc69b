import { describe, expect, it } from "vitest";
import { clampDomain } from "../../charts/timeline/zoom.ts";
import { period } from "../dates.ts";
import type { TimelineEvent } from "../schema/events.ts";
import type { Breakdown } from "../schema/population.ts";
import { clampStep, figuresBesideChart, frameFor, MAX_STEPS, shortenSummary, storyEvents, storySteps } from "./story.ts";

const DAY = 86_400_000;
const ev = (id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id, date, title: id, category: "a", sources: [{ name: "S", url: "https://example.org" }], ...extra,
});
const bd = (id: string, eventId?: string): Breakdown => ({
  id, label: id, kind: "parts", unit: "people", parts: [{ label: "p", value: 1 }],
  source: { name: "S", url: "https://example.org" }, ...(eventId === undefined ? {} : { eventId }),
});

describe("the story's events", () => {
  const events = [ev("late", "2020", { importance: 1 }), ev("early", "1980", { importance: 1 }), ev("quiet", "1990"), ev("mid", "2000-05")];

  it("follow the file's story, skipping unknown and repeated ids", () => {
    const ids = storyEvents({ events, story: ["mid", "nope", "late", "mid"] }).map((e) => e.id);
    expect(ids).toEqual(["mid", "late"]);
  });

  it("fall back to the headline events in time order when the story names nothing known", () => {
    expect(storyEvents({ events, story: ["nope"] }).map((e) => e.id)).toEqual(["early", "late"]);
    expect(storyEvents({ events }).map((e) => e.id)).toEqual(["early", "late"]);
  });

  it("fall back to the first events in time order when nothing is a headline", () => {
    const plain = events.map((e) => ({ ...e, importance: 2 as const }));
    expect(storyEvents({ events: plain }).map((e) => e.id)).toEqual(["early", "quiet", "mid", "late"]);
  });

  it("never run past the cap", () => {
    const many = Array.from({ length: 60 }, (_, i) => ev(`e${i}`, String(1950 + i)));
    expect(storyEvents({ events: many })).toHaveLength(MAX_STEPS);
    expect(storyEvents({ events: many, story: many.map((e) => e.id) })).toHaveLength(MAX_STEPS);
    expect(storyEvents({ events: many }, 3).map((e) => e.id)).toEqual(["e0", "e1", "e2"]);
  });
});

describe("the frame of a step", () => {
  const span = (f: readonly [number, number]) => f[1] - f[0];
  const centre = (f: readonly [number, number]) => (f[0] + f[1]) / 2;

  it("shows a day with about three months around it, centred on the day", () => {
    const f = frameFor({ date: "2023-01-07" });
    const p = period("2023-01-07");
    expect(span(f) / DAY).toBeCloseTo(91, 0);
    expect(centre(f)).toBe((p.start + p.end) / 2);
  });

  it("shows a month with about a year around it", () => {
    const f = frameFor({ date: "2022-12" });
    expect(span(f) / DAY).toBeCloseTo(365, 0);
    expect(f[0]).toBeLessThan(period("2022-12").start);
    expect(f[1]).toBeGreaterThan(period("2022-12").end);
  });

  it("shows a year or a span with 40% of its length on each side", () => {
    const year = period("1992");
    expect(span(frameFor({ date: "1992" }))).toBeCloseTo((year.end - year.start) * 1.8, -3);
    const s = { start: period("1979-12").start, end: period("1989").end };
    const f = frameFor({ date: "1979-12", endDate: "1989" });
    expect(f[0]).toBeCloseTo(s.start - 0.4 * (s.end - s.start), -3);
    expect(f[1]).toBeCloseTo(s.end + 0.4 * (s.end - s.start), -3);
  });

  it("never gives a short span less room than its start's precision", () => {
    const f = frameFor({ date: "2023-01-05", endDate: "2023-01-07" });
    expect(span(f) / DAY).toBeCloseTo(91, 0);
  });

  it("is clamped to what the timeline can show", () => {
    const full = [period("1979").start, period("2023").end] as const;
    const steps = storySteps({ events: [ev("edge", "1979-01-02")] }, undefined, (f) => clampDomain(f, full));
    const frame = steps[0]?.frame;
    expect(frame?.[0]).toBe(full[0]);
    expect(span(frame ?? [0, 0]) / DAY).toBeCloseTo(91, 0);
  });
});

describe("the steps", () => {
  it("carry each event's figures and the breakdowns that name it", () => {
    const figures = [{ label: "released", value: 524, unit: "people" }];
    const steps = storySteps(
      { events: [ev("a", "2023-01-07", { figures }), ev("b", "2022-12")], story: ["b", "a"] },
      { breakdowns: [bd("x", "a"), bd("y"), bd("z", "a"), bd("w", "c")] },
    );
    expect(steps.map((s) => s.event.id)).toEqual(["b", "a"]);
    expect(steps[0]?.breakdowns).toEqual([]);
    expect(steps[0]?.figures).toEqual([]);
    expect(steps[1]?.breakdowns.map((b) => b.id)).toEqual(["x", "z"]);
    expect(steps[1]?.figures).toEqual(figures);
  });
});

describe("the figures beside a chart", () => {
  it("leave out what the drawn breakdowns already show, in the same unit", () => {
    const chart = { ...bd("x", "a"), total: 524, parts: [{ label: "women", value: 54 }, { label: "children", value: 97 }] };
    const figures = [
      { label: "released", value: 524, unit: "people" },
      { label: "women", value: 54, unit: "people" },
      { label: "share of women", value: 54, unit: "%" },
      { label: "died", value: 1, unit: "people" },
    ];
    expect(figuresBesideChart(figures, [chart]).map((f) => f.label)).toEqual(["share of women", "died"]);
    expect(figuresBesideChart(figures, [])).toEqual(figures);
  });
});

describe("a step number", () => {
  it("starts at 1 when none is chosen and stays within the story", () => {
    expect(clampStep(null, 10)).toBe(1);
    expect(clampStep(3, 10)).toBe(3);
    expect(clampStep(99, 10)).toBe(10);
    expect(clampStep(0, 10)).toBe(1);
    expect(clampStep(4, 0)).toBe(1);
  });
});

describe("a summary for a slide", () => {
  it("is kept whole when short, with paragraph breaks as spaces", () => {
    expect(shortenSummary("One.\nTwo.", 280)).toBe("One. Two.");
  });

  it("is cut after the last whole sentence that fits", () => {
    const text = "The first sentence is here. The second one is rather longer and does not fit.";
    expect(shortenSummary(text, 40)).toBe("The first sentence is here.");
  });

  it("is cut at a word, with an ellipsis, when no sentence ends late enough", () => {
    const text = "A long sentence without an early stop that keeps going, and going";
    const short = shortenSummary(text, 30);
    expect(short).toBe("A long sentence without an…");
    expect(Array.from(short).length).toBeLessThanOrEqual(31);
  });
});
