import type { TimelineEvent } from "../../data/schema/events.ts";

// Seeded, schema-valid events for tests and benchmarks: the same seed always
// gives the same events, so a failure can be replayed.

/** mulberry32: a tiny, good-enough PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * `count` events between 1979 and 2023 in shuffled order: mostly day precision,
 * some months and years, about one in ten a span, importance 1–3, categories c0–c5.
 */
export function syntheticEvents(count: number, seed = 1): TimelineEvent[] {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const year = int(1979, 2023);
    const month = int(1, 12);
    const day = int(1, 28);
    const kind = random();
    const date = kind < 0.1 ? String(year) : kind < 0.3 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    const event: TimelineEvent = {
      id: `e${i}`,
      date,
      title: `Synthetic event ${i}`,
      category: `c${int(0, 5)}`,
      importance: int(1, 3) as 1 | 2 | 3,
      sources: [{ name: "Synthetic", url: "https://example.org/" }],
    };
    if (random() < 0.1) {
      const endYear = Math.min(2023, year + int(0, random() < 0.1 ? 10 : 1));
      event.endDate = endYear === year ? `${year}-12` : `${endYear}-${pad(int(1, 12))}`;
    }
    events.push(event);
  }
  return events;
}
