import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { parsePeriod } from "../../src/data/dates.ts";
import { rangeToDomain } from "../../src/state/url.ts";
import { siteForTests, ROOT, OUTPUT } from "./context.ts";
import { axisLabels, eventsInView, reading, waitForReady, waitForStillTimeline, watchErrors } from "../helpers/browser.ts";

// The timeline as an analyst's instrument: zoom, pan, keys, filters,
// links and history, checked on the bundled data and on a second dataset.

const site = siteForTests();

interface FixtureEvent {
  readonly id: string;
  readonly date: string;
  readonly endDate?: string;
  readonly category: string;
  readonly title: string;
  readonly summary?: string;
}
interface FixtureDoc {
  readonly title: string;
  readonly categories: readonly { readonly id: string; readonly label: string }[];
  readonly events: readonly FixtureEvent[];
}
const read = (path: string) => JSON.parse(readFileSync(resolve(ROOT, path), "utf8")) as FixtureDoc;

/** Events whose title or summary contains `word`, ignoring case. */
const matching = (doc: FixtureDoc, word: string) =>
  doc.events.filter((e) => `${e.title}\n${e.summary ?? ""}`.toLowerCase().includes(word.toLowerCase()));

/** The title word (4+ letters) that finds the most events short of all of them; ties alphabetically. */
function searchWordFor(doc: FixtureDoc): string {
  const words = new Set(doc.events.flatMap((e) => e.title.toLowerCase().match(/\p{L}{4,}/gu) ?? []));
  const ranked = [...words]
    .map((w) => ({ w, n: matching(doc, w).length }))
    .filter(({ n }) => n >= 2 && n < doc.events.length)
    .sort((a, b) => b.n - a.n || a.w.localeCompare(b.w));
  const best = ranked[0];
  if (!best) throw new Error(`no usable search word in ${doc.title}`);
  return best.w;
}

/** [start of date's period, end of endDate's period) in UTC ms. */
function extentOf(e: FixtureEvent): [number, number] {
  const start = parsePeriod(e.date);
  const end = parsePeriod(e.endDate ?? e.date);
  if (!start || !end) throw new Error(`bad date in fixture event ${e.id}`);
  return [start.start, end.end];
}

/** How many events of the fixture intersect the window the URL names. */
function expectedInRange(doc: FixtureDoc, from: string, to: string): number {
  const d = rangeToDomain(from, to);
  if (!d) throw new Error(`the URL's range does not parse: ${from}..${to}`);
  return doc.events.filter((e) => {
    const [s, t] = extentOf(e);
    return s < d[1] && t > d[0];
  }).length;
}

interface Dataset {
  readonly name: string;
  /** Query string that selects the dataset ("" = bundled); other parameters are appended with &. */
  readonly query: string;
  readonly doc: FixtureDoc;
  /** A word to search for, and how many events it should find. */
  readonly word: string;
  /** An event well clear of the others, for links and zooming around. */
  readonly focusId: string;
  /** A zoomed-in window of a few years, as the URL writes it. */
  readonly window: { readonly from: string; readonly to: string };
  /** About a month, for day-level axis labels. */
  readonly month: { readonly from: string; readonly to: string };
}

const bundled = read("data/events.json");
const alt = read("test/fixtures/good/alt-events.json");

const DATASETS: readonly Dataset[] = [
  {
    name: "bundled data",
    query: "",
    doc: bundled,
    word: "karachi",
    focusId: "najibullah-resigns-1992",
    window: { from: "1988-01", to: "1992-12" },
    month: { from: "2022-12-01", to: "2022-12-31" },
  },
  {
    name: "alternative dataset (?events=&population=)",
    query: "events=/fixtures/good/alt-events.json&population=/fixtures/good/alt-population.json",
    doc: alt,
    word: searchWordFor(alt),
    focusId: "oru-1993-emergency-appeal",
    window: { from: "1995", to: "2001" },
    month: { from: "2012-01-01", to: "2012-01-31" },
  },
];

const VIEWPORT = { width: 1366, height: 768 };

/** "/?<dataset>&<extra>": the dataset's parameters first, as the app orders them after the rest. */
function pathFor(ds: Dataset, extra = ""): string {
  const params = [extra, ds.query].filter(Boolean).join("&");
  return params ? `/?${params}` : "/";
}

async function open(path: string): Promise<{ page: Page; done: () => Promise<void> }> {
  const page = await site.browser().newPage({ viewport: VIEWPORT });
  const errors = watchErrors(page);
  await page.goto(site.url(path));
  await waitForReady(page);
  await waitForStillTimeline(page);
  return {
    page,
    done: async () => {
      await page.close();
      assert.deepEqual(errors.consoleErrors, [], "no console error");
      assert.deepEqual(errors.pageErrors, [], "no uncaught exception");
    },
  };
}

const params = (page: Page) => new URL(page.url()).searchParams;
const rangeOf = (page: Page) => ({ from: params(page).get("from"), to: params(page).get("to") });

/** The URL shows the window `want` names (written canonically: "2022-12-01".."2022-12-31" is "2022-12".."2022-12"). */
function assertWindow(page: Page, want: { from: string; to: string }, message: string): void {
  const { from, to } = rangeOf(page);
  assert.ok(from && to, `${message}: the URL has from/to (${page.url()})`);
  assert.deepEqual(rangeToDomain(from, to), rangeToDomain(want.from, want.to), `${message}: ${from}..${to} is ${want.from}..${want.to}`);
}

async function waitForUrl(page: Page, test: (p: URLSearchParams) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!test(params(page))) {
    if (Date.now() > deadline) throw new Error(`the URL never ${what}: ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/** Wheel-zooms in over (x, y) of the page, then waits for the gesture to settle into the URL. */
async function wheelZoom(page: Page, at: { x: number; y: number }, notches: number): Promise<void> {
  const before = page.url();
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < notches; i++) await page.mouse.wheel(0, -300);
  await page.waitForTimeout(300);
  await waitForUrl(page, (p) => p.has("from") && p.has("to") && page.url() !== before, "recorded the zoom");
  await waitForStillTimeline(page);
}

async function svgCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator(".timeline__svg").boundingBox();
  assert.ok(box, "the timeline is drawn");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where event `id` is drawn (the centre of its mark), or the timeline's centre when it is not drawn on its own. */
async function markCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const mark = page.locator(`[data-testid=timeline] [data-event-id="${id}"]`);
  const box = (await mark.count()) === 1 ? await mark.boundingBox() : null;
  if (!box) return svgCentre(page);
  const centre = await svgCentre(page);
  return { x: box.x + box.width / 2, y: centre.y };
}

const activeEventId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-event-id") ?? null);

for (const ds of DATASETS) {
  const total = ds.doc.events.length;

  describe(`analyst at 1366×768, ${ds.name}`, () => {
    test("the wheel zooms: the axis changes, the URL gains from/to, and no more than every event is in view", async () => {
      const { page, done } = await open(pathFor(ds));
      assert.equal(await eventsInView(page), total, "every event is in view at the full span");
      const before = await axisLabels(page);
      assert.equal(params(page).has("from"), false);
      await wheelZoom(page, await svgCentre(page), 4);
      assert.notDeepEqual(await reading(() => axisLabels(page), before, { not: true }), before, "the axis changed");
      const { from, to } = rangeOf(page);
      assert.ok(from && to && rangeToDomain(from, to), `the URL names a window: from=${from} to=${to}`);
      const inView = await eventsInView(page);
      assert.ok(inView <= total, `${inView} events in view, of ${total}`);
      await done();
    });

    test("dragging the overview's window moves the main view and the URL", async () => {
      const { page, done } = await open(pathFor(ds, `from=${ds.window.from}&to=${ds.window.to}`));
      const before = await axisLabels(page);
      const range = rangeOf(page);
      assertWindow(page, ds.window, "the link's window is kept");
      const sel = await page.locator("[data-testid=overview-brush] .selection").boundingBox();
      assert.ok(sel && sel.width > 0, "the brush shows the window");
      const x = sel.x + sel.width / 2;
      const y = sel.y + sel.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(x + 20 * i, y);
      await page.mouse.up();
      await waitForUrl(page, (p) => p.get("from") !== range.from, "followed the brush");
      await waitForStillTimeline(page);
      assert.notDeepEqual(await reading(() => axisLabels(page), before, { not: true }), before, "the axis changed");
      const after = rangeOf(page);
      assert.ok(after.from && after.to, "the URL still names a window");
      assert.notEqual(after.to, range.to, "to moved too");
      const was = rangeToDomain(range.from ?? "", range.to ?? "");
      const now = rangeToDomain(after.from, after.to);
      assert.ok(was && now && now[0] > was[0] && now[1] > was[1], `the window moved later: ${JSON.stringify(range)} → ${JSON.stringify(after)}`);
      await done();
    });

    test("keys alone: Tab in, walk five events with the live region following, Enter, +, 0, Escape", async () => {
      const { page, done } = await open(pathFor(ds));
      const initialAxis = await axisLabels(page);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      let tabs = 0;
      while ((await activeEventId(page)) === null) {
        assert.ok(tabs++ < 40, "Tab reaches an event within 40 presses");
        await page.keyboard.press("Tab");
      }
      const visited = [await activeEventId(page)];
      const live = page.getByTestId("timeline-live");
      for (let i = 0; i < 5; i++) {
        const previous = visited.at(-1);
        await page.keyboard.press("ArrowRight");
        await page.waitForFunction(
          (prev) => {
            const id = document.activeElement?.getAttribute("data-event-id");
            return id && id !== prev ? id : null;
          },
          previous,
          { timeout: 2_000 },
        );
        const id = await activeEventId(page);
        assert.ok(id && !visited.includes(id), `ArrowRight ${i + 1} moves to a new event (${visited.join(", ")} → ${id})`);
        visited.push(id);
        const event = ds.doc.events.find((e) => e.id === id);
        assert.ok(event, `${id} is an event of the dataset`);
        const label = await page.locator(`[data-event-id="${id}"]`).getAttribute("aria-label");
        assert.ok(label !== null && label.endsWith(`: ${event.title}`), `the mark's name ends with its title: ${label}`);
        assert.match(label, /\d{4}/, "the mark's name has a date");
        assert.equal(await reading(() => live.textContent(), label), label, "the live region announces the focused event");
      }
      const focused = visited.at(-1) ?? "";

      await page.keyboard.press("Enter");
      await page.locator(`aside[data-event-detail="${focused}"]`).waitFor({ timeout: 2_000 });
      assert.equal(await reading(() => activeEventId(page), focused), focused, "focus stays on the event when its detail opens");

      await page.keyboard.press("+");
      await waitForUrl(page, (p) => p.has("from"), "recorded the key zoom");
      await waitForStillTimeline(page);
      assert.notDeepEqual(await reading(() => axisLabels(page), initialAxis, { not: true }), initialAxis, "+ zooms in");
      assert.equal(await reading(() => activeEventId(page), focused), focused, "focus stays on the same event after +");

      await page.keyboard.press("0");
      await waitForUrl(page, (p) => !p.has("from") && !p.has("to"), "dropped the window after 0");
      await waitForStillTimeline(page);
      assert.deepEqual(await reading(() => axisLabels(page), initialAxis), initialAxis, "0 returns to the full span");
      assert.equal(await reading(() => activeEventId(page), focused), focused, "focus stays on the same event after 0");

      await page.keyboard.press("Escape");
      await page.locator("aside[data-event-detail]").waitFor({ state: "detached", timeout: 2_000 });
      assert.equal(params(page).has("event"), false, "the URL drops the event");
      await done();
    });

    test(`filters: a category chip and the search for "${ds.word}"`, async () => {
      const { page, done } = await open(pathFor(ds));
      assert.equal(await eventsInView(page), total);
      const category = ds.doc.categories[0];
      assert.ok(category);
      const inCategory = ds.doc.events.filter((e) => e.category === category.id).length;
      const chip = page.locator(`button[data-category="${category.id}"]`);
      assert.equal(await chip.getAttribute("aria-pressed"), "true");
      assert.equal(await chip.locator(".legend__count").textContent(), String(inCategory), "the chip counts its events");

      await chip.click();
      await waitForUrl(page, (p) => p.has("cat"), "gained cat=");
      assert.equal(await reading(() => chip.getAttribute("aria-pressed"), "false"), "false");
      assert.equal(await reading(() => eventsInView(page), total - inCategory), total - inCategory, `hiding ${category.id} removes its ${inCategory} events`);
      const cat = params(page).get("cat")?.split(",") ?? [];
      assert.deepEqual(cat, ds.doc.categories.map((c) => c.id).filter((id) => id !== category.id), "cat= lists the others");
      const hidden = `${total - inCategory} of ${total} events shown`;
      assert.equal(await reading(() => page.getByTestId("event-count").textContent(), hidden), hidden);

      await chip.click();
      await waitForUrl(page, (p) => !p.has("cat"), "dropped cat=");
      assert.equal(await reading(() => eventsInView(page), total), total);

      const expected = matching(ds.doc, ds.word).length;
      assert.ok(expected > 0 && expected < total, `"${ds.word}" finds some events (${expected})`);
      await page.getByRole("searchbox").fill(ds.word);
      await waitForUrl(page, (p) => p.get("q") === ds.word, "gained q=");
      await waitForStillTimeline(page);
      assert.equal(await reading(() => eventsInView(page), expected), expected, `the search leaves ${expected} events in view`);
      const found = `${expected} of ${total} events shown`;
      assert.equal(await reading(() => page.getByTestId("event-count").textContent(), found), found);
      await done();
    });

    test("Back undoes a zoom, then a category toggle", async () => {
      const { page, done } = await open(pathFor(ds));
      const initialAxis = await axisLabels(page);
      await wheelZoom(page, await svgCentre(page), 4);
      assert.notDeepEqual(await reading(() => axisLabels(page), initialAxis, { not: true }), initialAxis);
      await page.goBack();
      await waitForUrl(page, (p) => !p.has("from") && !p.has("to"), "dropped from/to on Back");
      await waitForStillTimeline(page);
      assert.deepEqual(await reading(() => axisLabels(page), initialAxis), initialAxis, "Back shows the full span again");
      assert.equal(await reading(() => eventsInView(page), total), total);

      const chip = page.locator("button[data-category]").first();
      await chip.click();
      await waitForUrl(page, (p) => p.has("cat"), "gained cat=");
      assert.equal(await reading(() => chip.getAttribute("aria-pressed"), "false"), "false");
      await page.goBack();
      await waitForUrl(page, (p) => !p.has("cat"), "dropped cat= on Back");
      assert.equal(await reading(() => chip.getAttribute("aria-pressed"), "true"), "true", "Back shows the category again");
      assert.equal(await reading(() => eventsInView(page), total), total);
      await done();
    });

    test("links: ?event= opens the detail on load; a month's window has a day-level axis", async () => {
      const linked = await open(pathFor(ds, `event=${ds.focusId}`));
      await linked.page.locator(`aside[data-event-detail="${ds.focusId}"]`).waitFor({ timeout: 2_000 });
      const title = ds.doc.events.find((e) => e.id === ds.focusId)?.title ?? "";
      assert.equal(await linked.page.locator(`aside[data-event-detail="${ds.focusId}"] h2`).textContent(), title);
      assert.equal(await linked.page.locator(`[data-testid=timeline] [data-event-id="${ds.focusId}"]`).getAttribute("aria-pressed"), "true");
      await linked.done();

      const month = await open(pathFor(ds, `from=${ds.month.from}&to=${ds.month.to}`));
      const labels = await axisLabels(month.page);
      assert.ok(labels.length >= 2, `several labels: ${labels.join(", ")}`);
      for (const l of labels) assert.match(l, /^\d{1,2} [A-Z][a-z]{2}( \d{4})?$/, `a day-level label: ${labels.join(", ")}`);
      assertWindow(month.page, ds.month, "the link's window stays in the URL");
      assert.equal(await eventsInView(month.page), expectedInRange(ds.doc, ds.month.from, ds.month.to));
      await month.done();
    });

    test("at every zoom, marks + cluster sizes = the events that intersect the window in the URL", async (t) => {
      const { page, done } = await open(pathFor(ds));
      assert.equal(await eventsInView(page), total, "full span: every event");
      const seen: string[] = [];
      for (let level = 1; level <= 4; level++) {
        await wheelZoom(page, await markCentre(page, ds.focusId), 3);
        const { from, to } = rangeOf(page);
        assert.ok(from && to);
        // The URL rounds the window to days or months; reopened, the link is the window, exactly.
        await page.goto(page.url());
        await waitForReady(page);
        await waitForStillTimeline(page);
        assert.deepEqual(rangeOf(page), { from, to }, "the link opens on the same window");
        const expected = expectedInRange(ds.doc, from, to);
        const inView = await eventsInView(page);
        seen.push(`${from}..${to}: ${inView}/${expected}`);
        assert.equal(inView, expected, `window ${from}..${to}: marks + clusters = ${inView}, intersecting events = ${expected} (${seen.join("; ")})`);
      }
      t.diagnostic(seen.join("; "));
      await done();
    });
  });
}

describe("analyst at 1366×768, screenshots", () => {
  test("full span and a two-week window (24 Dec 2022 – 8 Jan 2023)", async () => {
    const full = await open("/");
    await full.page.screenshot({ path: resolve(OUTPUT, "analyst-full-1366.png") });
    await full.done();

    const two = await open("/?from=2022-12-24&to=2023-01-08");
    assertWindow(two.page, { from: "2022-12-24", to: "2023-01-08" }, "the two weeks stay in the URL");
    for (const l of await axisLabels(two.page)) assert.match(l, /^\d{1,2} [A-Z][a-z]{2}( \d{4})?$/);
    assert.equal(await eventsInView(two.page), expectedInRange(bundled, "2022-12-24", "2023-01-08"));
    await two.page.locator(".timeline__svg").scrollIntoViewIfNeeded();
    await two.page.screenshot({ path: resolve(OUTPUT, "analyst-two-weeks-1366.png") });
    await two.done();
  });
});
