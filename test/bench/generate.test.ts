import { describe, expect, it } from "vitest";
import { validateText } from "../../src/data/validate.ts";
import { eventsDocument, generateEvents } from "../../scripts/bench/generate.ts";

// The benchmark's files must be ones the dashboard accepts, or it would time an error page.
describe("benchmark events generator", () => {
  it("writes files valid against the events schema", () => {
    const result = validateText("events", JSON.stringify(eventsDocument(2_000)), "events.json");
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("stays valid with the long summaries of the big-file case", () => {
    const result = validateText("events", JSON.stringify(eventsDocument(300, { summaryChars: 300, seed: 7 })), "events.json");
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("gives the same events for the same seed, other events for another", () => {
    expect(generateEvents(500, { seed: 3 })).toEqual(generateEvents(500, { seed: 3 }));
    expect(generateEvents(500, { seed: 4 })).not.toEqual(generateEvents(500, { seed: 3 }));
  });

  it("spreads events over 1979–2023 in date order", () => {
    const events = generateEvents(5_000);
    const years = events.map((e) => Number(e.date.slice(0, 4)));
    expect(Math.min(...years)).toBe(1979);
    expect(Math.max(...years)).toBe(2023);
    // Month and year dates are truncated from a day, so only full dates show the order.
    const days = events.map((e) => e.date).filter((d) => d.length === 10);
    expect(days).toEqual([...days].sort());
  });
});
