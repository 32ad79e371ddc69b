import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import type { EventsDocument } from "../../src/data/schema/events.ts";
import { siteForTests, ROOT } from "./context.ts";
import { axisLabels, eventsInView, reading, waitForStillTimeline } from "../helpers/browser.ts";
import { assertTabOrder, focused, focusInside, named, openForKeys, pressUntil } from "../helpers/keyboard.ts";

// The explore view with the keyboard alone (no pointer, no scripted focus):
// every control is a tab stop that shows its focus, and a reader can find an
// event, filter, zoom and pan. keyboard-tasks.e2e.ts has the other tasks.

const site = siteForTests();
const doc = JSON.parse(readFileSync(resolve(ROOT, "data/events.json"), "utf8")) as EventsDocument;
const total = doc.events.length;
const FULL = `Timeline: ${total} events from 1979 to 2023; showing 1979–2023`;
const open = (path: string) => openForKeys(site.browser(), site.url(path), { width: 1366, height: 768 });

const waitForParam = (page: Page, name: string, present: boolean) =>
  page.waitForFunction(([n, p]) => new URL(location.href).searchParams.has(n as string) === p, [name, present] as const);
const countIs = (page: Page, text: string) =>
  page.waitForFunction((t) => document.querySelector("[data-testid=event-count]")?.textContent === t, text);

/**
 * What the timeline should say it shows: the window the overview reports
 * ("visible window 1986–1998", the years of the domain drawn; the URL rounds it).
 */
async function describedView(page: Page): Promise<string> {
  const window = (await page.locator(".overview__brush").getAttribute("aria-valuetext")) ?? "";
  const years = /^visible window (\d{4})–(\d{4})$/.exec(window);
  assert.ok(years, `the overview names a window of years: ${window}`);
  return `Timeline: ${total} events from 1979 to 2023; showing ${years[1]}–${years[2]}`;
}
const timelineLabel = (page: Page) => page.locator(".timeline__svg").getAttribute("aria-label");

test("Tab reaches every control with its focus shown and in view; Shift+Tab walks back the same way; no trap", async (t) => {
  const { page, done } = await open("/");
  const { stops, controls } = await assertTabOrder(page);
  const skip = stops.find((s) => /^skip/i.test(s.name));
  if (skip) {
    // A skip link moves the reader on: the next Tab lands inside its target.
    await pressUntil(page, (f) => f.key === skip.key, "the skip link");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => location.hash.length > 1);
    await page.keyboard.press("Tab");
    assert.ok(await focusInside(page, new URL(page.url()).hash), "the skip link skips");
  } else t.diagnostic("no skip link: the page starts with its own controls");
  t.diagnostic(`${stops.length} tab stops for ${controls} controls: ${stops.map((s) => s.desc).join(" → ")}`);
  await done();
});

test("find an event: type in the search, walk to a match, open it, Esc closes it; its × gives focus back to the event", async () => {
  const { page, done } = await open("/");
  const word = "karachi";
  const matches = doc.events.filter((e) => `${e.title}\n${e.summary ?? ""}`.toLowerCase().includes(word));
  assert.ok(matches.length >= 2 && matches.length < total);
  await pressUntil(page, (f) => f.desc.startsWith("INPUT.search__input"), "the search box");
  await page.keyboard.type(word);
  await countIs(page, `${matches.length} of ${total} events shown`);
  await waitForStillTimeline(page);
  assert.equal(await reading(() => eventsInView(page), matches.length), matches.length, "the timeline narrows to the matches");

  const entered = await pressUntil(page, (f) => f.eventId !== null, "an event on the timeline");
  await page.keyboard.press("End");
  const moved = await page.waitForFunction((from) => {
    const now = document.activeElement?.getAttribute("data-event-id");
    return now && now !== from ? now : null;
  }, entered.eventId);
  const id = (await moved.jsonValue()) as string;
  const event = matches.find((e) => e.id === id);
  assert.ok(event, `End walks to another match (${id})`);
  await page.keyboard.press("Enter");
  const aside = page.locator(`aside[data-event-detail="${event.id}"]`);
  await aside.waitFor();
  assert.equal(await aside.locator("h2").textContent(), event.title, "the detail shows the event's title");
  const hrefs = await aside.locator(".detail__sources a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.deepEqual(hrefs, event.sources.map((s) => s.url), "and links every source");

  await page.keyboard.press("Escape");
  await aside.waitFor({ state: "detached" });
  assert.equal((await focused(page))?.eventId, event.id, "Esc closes the detail; focus stays on the event");

  await page.keyboard.press("Enter");
  await aside.waitFor();
  await pressUntil(page, named("Close event detail"), "the detail's close button");
  await page.keyboard.press("Enter");
  await aside.waitFor({ state: "detached" });
  assert.equal(await reading(async () => (await focused(page))?.eventId ?? null, event.id), event.id, "closing it returns focus to the event");
  await done();
});

test("filter: Space and Enter turn a category chip off and on; the count and aria-pressed follow", async () => {
  const { page, done } = await open("/");
  const category = doc.categories[0];
  assert.ok(category);
  const inCategory = doc.events.filter((e) => e.category === category.id).length;
  const chip = await pressUntil(page, (f) => f.desc.startsWith("BUTTON.legend__chip"), "a category chip");
  assert.ok(chip.name.startsWith(category.label), `the first chip is ${category.label}: ${chip.name}`);
  assert.equal(chip.pressed, "true");
  await page.keyboard.press("Space");
  await countIs(page, `${total - inCategory} of ${total} events shown`);
  assert.equal((await focused(page))?.pressed, "false", "Space turns it off");
  assert.equal(await reading(() => eventsInView(page), total - inCategory), total - inCategory);
  await page.keyboard.press("Enter");
  await countIs(page, `${total} events`);
  assert.equal((await focused(page))?.pressed, "true", "Enter turns it back on");
  await done();
});

test("zoom and pan: + and − on the timeline, arrows on the overview; the axis and the timeline's description follow", async () => {
  const { page, done } = await open("/");
  assert.equal(await reading(() => timelineLabel(page), FULL), FULL, "the timeline has a name and says what it shows");
  const axisAt = async () => {
    await waitForStillTimeline(page);
    return axisLabels(page);
  };
  const fullAxis = await axisAt();
  await pressUntil(page, (f) => f.eventId !== null, "an event on the timeline");
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  await waitForParam(page, "from", true);
  const zoomed = await axisAt();
  assert.notDeepEqual(zoomed, fullAxis, "+ zooms in: the axis changes");
  const inLabel = await describedView(page);
  assert.notEqual(inLabel, FULL);
  assert.equal(await reading(() => timelineLabel(page), inLabel), inLabel, "the description names the window");

  await pressUntil(page, (f) => f.desc.startsWith("g.overview__brush"), "the overview");
  const from = new URL(page.url()).searchParams.get("from");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction((f) => new URL(location.href).searchParams.get("from") !== f, from);
  const panned = await axisAt();
  assert.notDeepEqual(panned, zoomed, "arrows on the overview pan: the axis changes");
  const panLabel = await describedView(page);
  assert.equal(await reading(() => timelineLabel(page), panLabel), panLabel, "the description follows the pan");

  await pressUntil(page, (f) => f.eventId !== null, "the timeline again", { key: "Shift+Tab" });
  await page.keyboard.press("-");
  await page.waitForFunction((l) => document.querySelector(".timeline__svg")?.getAttribute("aria-label") !== l, panLabel);
  assert.notDeepEqual(await axisAt(), panned, "− zooms out");
  const outLabel = await describedView(page);
  assert.equal(await reading(() => timelineLabel(page), outLabel), outLabel, "the description follows");
  await page.keyboard.press("0");
  await waitForParam(page, "from", false);
  assert.deepEqual(await axisAt(), fullAxis, "0 shows the whole span");
  assert.equal(await reading(() => timelineLabel(page), FULL), FULL);
  await done();
});

test("Reset zoom by keys keeps focus on the button, which then says it is unavailable", async () => {
  const { page, done } = await open("/?from=1989-01&to=2001-12");
  await pressUntil(page, named("Reset zoom"), "Reset zoom");
  await page.keyboard.press("Enter");
  await waitForParam(page, "from", false);
  assert.notEqual(await focused(page), null, "something still has focus");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), "Reset zoom");
  assert.equal(await page.getByRole("button", { name: "Reset zoom" }).getAttribute("aria-disabled"), "true");
  await done();
});

