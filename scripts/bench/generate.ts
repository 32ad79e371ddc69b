import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { EventsDocument, TimelineEvent } from "../../src/data/schema/events.ts";
import { seededRandom } from "../../src/charts/timeline/syntheticEvents.ts";

// Seeded synthetic events files in the Crossings format, so every run (and every
// machine) measures the same bytes. Bump GENERATOR_VERSION whenever the output
// changes: it is part of the cached file's name.

export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 1979;

const CATEGORIES = [
  { id: "conflict", label: "War and power", color: "#D55E00" },
  { id: "displacement", label: "Flight and refuge", color: "#E69F00" },
  { id: "returns", label: "Returns and repatriation", color: "#009E73" },
  { id: "policy", label: "Registration and policy", color: "#0072B2" },
  { id: "detention", label: "Arrests and detention", color: "#CC79A7" },
  { id: "diplomacy", label: "Relations between states", color: "#56B4E9" },
] as const;

const ERAS = [
  { id: "occupation", label: "Occupation", start: "1979-12", end: "1989-02-15" },
  { id: "civil-war", label: "Civil war", start: "1989-02", end: "1996-09-27" },
  { id: "first-rule", label: "First rule", start: "1996-09-27", end: "2001-11-13" },
  { id: "republic", label: "Republic", start: "2001-11-13", end: "2021-08-15" },
  { id: "second-rule", label: "Second rule", start: "2021-08-15" },
];

const ADJECTIVES = ["Provincial", "Federal", "Emergency", "Disputed", "Interim", "Regional", "Landmark", "Contested"];
const NOUNS = ["census", "registration drive", "border closure", "repatriation plan", "camp survey", "court ruling", "aid appeal", "visa rule"];
const VERBS = ["announced", "extended", "suspended", "begins", "ends", "revised", "approved", "delayed"];
const PLACES = ["Peshawar", "Quetta", "Karachi", "Islamabad", "Torkham", "Chaman", "Kabul", "Jalalabad"];
const WORDS = ["families", "officials", "reported", "camps", "returned", "registered", "cards", "province", "district",
  "border", "crossing", "winter", "schools", "clinics", "numbers", "estimated", "agency", "survey", "weeks", "months"];
const PUBLISHERS = ["UNHCR", "Dawn", "Reuters", "BBC", "Government Gazette", "IOM", "The News", "AP"];

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1979, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2023, 11, 31) / DAY_MS;

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export interface GenerateOptions {
  readonly seed?: number;
  /** Approximate length of each summary, in characters (the big-file case uses long ones). */
  readonly summaryChars?: number;
}

/** `count` events across 1979–2023, sorted by date, with busy periods like real news. */
export function generateEvents(count: number, { seed = DEFAULT_SEED, summaryChars = 110 }: GenerateOptions = {}): TimelineEvent[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const busy = Array.from({ length: 40 }, () => FIRST_DAY + Math.floor(random() * (LAST_DAY - FIRST_DAY)));
  const drafts: { day: number; event: Omit<TimelineEvent, "id"> }[] = [];
  for (let i = 0; i < count; i += 1) {
    // A third of the events crowd around busy periods (about ±90 days), the rest spread evenly.
    const centre = random() < 0.35 ? pick(busy) + Math.round((random() + random() + random() - 1.5) * 90) : null;
    const day = Math.min(LAST_DAY, Math.max(FIRST_DAY, centre ?? FIRST_DAY + Math.floor(random() * (LAST_DAY - FIRST_DAY + 1))));
    const iso = isoDay(day);
    const precision = random();
    const date = precision < 0.05 ? iso.slice(0, 4) : precision < 0.2 ? iso.slice(0, 7) : iso;
    const event: Omit<TimelineEvent, "id"> = {
      date,
      title: `${pick(ADJECTIVES)} ${pick(NOUNS)} ${pick(VERBS)} in ${pick(PLACES)}`,
      summary: summary(random, pick, summaryChars),
      category: pick(CATEGORIES).id,
      sources: Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const publisher = pick(PUBLISHERS);
        const slug = publisher.toLowerCase().replace(/[^a-z]+/g, "-");
        return { name: publisher, url: `https://example.org/${slug}/${Math.floor(random() * 1e9).toString(36)}` };
      }),
    };
    if (date === iso && random() < 0.15) event.endDate = isoDay(Math.min(LAST_DAY, day + 1 + Math.floor(random() * random() * 900)));
    const weight = random();
    if (weight < 0.2) event.importance = weight < 0.04 ? 1 : 2;
    drafts.push({ day, event });
  }
  drafts.sort((a, b) => a.day - b.day);
  const width = String(count).length;
  return drafts.map(({ event }, i) => ({ id: `ev-${String(i + 1).padStart(width, "0")}`, ...event }));
}

function summary(random: () => number, pick: <T>(list: readonly T[]) => T, chars: number): string {
  const words: string[] = [`${Math.floor(random() * 9000) + 100}`];
  let length = words[0]?.length ?? 0;
  const target = chars * (0.8 + random() * 0.4);
  while (length < target) {
    const word = pick(WORDS);
    words.push(word);
    length += word.length + 1;
  }
  return `${words.join(" ")}.`;
}

export function eventsDocument(count: number, options: GenerateOptions = {}): EventsDocument {
  return {
    schemaVersion: 1,
    title: `Synthetic timeline (${count.toLocaleString("en")} events)`,
    subtitle: "Generated for the benchmark",
    categories: CATEGORIES.map((c) => ({ ...c })),
    eras: ERAS.map((e) => ({ ...e })),
    events: generateEvents(count, options),
  };
}

export interface GeneratedFile {
  readonly name: string;
  readonly count: number;
  readonly bytes: number;
}

/** Writes the file once into `dir` (reused by later runs: generating 60 MB takes a while). */
export function ensureEventsFile(dir: string, count: number, options: GenerateOptions = {}): GeneratedFile {
  const seed = options.seed ?? DEFAULT_SEED;
  const long = options.summaryChars !== undefined ? `-summary${options.summaryChars}` : "";
  const name = `events-${count}-s${seed}${long}-v${GENERATOR_VERSION}.json`;
  const file = join(dir, name);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const partial = `${file}.${process.pid}.part`;
    writeFileSync(partial, JSON.stringify(eventsDocument(count, options)));
    renameSync(partial, file);
  }
  return { name, count, bytes: statSync(file).size };
}
