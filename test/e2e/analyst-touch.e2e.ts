import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";
import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { rangeToDomain } from "../../src/state/url.ts";
import { siteForTests, OUTPUT } from "./context.ts";
import { axisLabels, reading, waitForReady, waitForStillTimeline, watchErrors } from "../helpers/browser.ts";

// The analyst's timeline on a phone: the page scrolls under a vertical swipe,
// the timeline pans under a horizontal one and zooms under a pinch, and a tap
// opens an event. Touches go through CDP's Input.dispatchTouchEvent, so the
// browser's own touch handling (touch-action, scrolling) takes part.

const site = siteForTests();
let context: BrowserContext | undefined;
after(async () => {
  await context?.close();
});

interface Point { readonly x: number; readonly y: number }

async function open(path: string): Promise<{ page: Page; cdp: CDPSession; done: () => Promise<void> }> {
  context ??= await site.browser().newContext({
    viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(site.url(path));
  await waitForReady(page);
  await waitForStillTimeline(page);
  const cdp = await page.context().newCDPSession(page);
  return {
    page,
    cdp,
    done: async () => {
      await cdp.detach();
      await page.close();
      assert.deepEqual(errors.consoleErrors, [], "no console error");
      assert.deepEqual(errors.pageErrors, [], "no uncaught exception");
    },
  };
}

/** Fingers (one per path) pressed at their first points, moved together through `steps` frames to their last, lifted. */
async function gesture(page: Page, cdp: CDPSession, paths: readonly (readonly [Point, Point])[], steps = 12): Promise<void> {
  const at = (k: number) => paths.map(([a, b], id) => ({ x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k, id }));
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(i / steps) });
    await page.waitForTimeout(16);
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

/** The timeline's drawing in viewport coordinates; scrolled so that it is on screen. */
async function timelineBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const svg = page.locator(".timeline__svg");
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  assert.ok(box && box.width > 0 && box.height > 0, "the timeline is drawn");
  return box;
}

/** A point in the lanes (between the era labels and the axis) that is on screen. */
async function lanePoint(page: Page, fx = 0.5): Promise<Point> {
  const box = await timelineBox(page);
  const vh = page.viewportSize()?.height ?? 844;
  const top = Math.max(box.y + 30, 10);
  const bottom = Math.min(box.y + box.height - 40, vh - 10);
  assert.ok(bottom > top, "part of the timeline is on screen");
  return { x: box.x + box.width * fx, y: (top + bottom) / 2 };
}

const params = (page: Page) => new URL(page.url()).searchParams;

async function waitForUrl(page: Page, test: (p: URLSearchParams) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!test(params(page))) {
    if (Date.now() > deadline) throw new Error(`the URL never ${what}: ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/** The visible window as the URL says it, in ms; null for the full span. */
function urlWindow(page: Page): [number, number] | null {
  const from = params(page).get("from");
  const to = params(page).get("to");
  return from && to ? rangeToDomain(from, to) : null;
}

describe("analyst on a phone, 390×844, touch", () => {
  test("the page fits the screen: no horizontal overflow", async () => {
    const { page, done } = await open("/");
    const overflow = await page.evaluate(() => ({
      doc: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      body: document.body.scrollWidth - document.body.clientWidth,
    }));
    assert.deepEqual(overflow, { doc: 0, body: 0 }, "nothing is wider than the screen");
    await page.screenshot({ path: resolve(OUTPUT, "analyst-mobile-390.png") });
    await done();
  });

  test("a vertical swipe over the timeline scrolls the page", async () => {
    const { page, cdp, done } = await open("/");
    const touchAction = await page.locator(".timeline__svg").evaluate((el) => getComputedStyle(el).touchAction);
    assert.equal(touchAction, "pan-y", "the timeline lets vertical swipes through");
    const start = await lanePoint(page);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const axisBefore = await axisLabels(page);
    await gesture(page, cdp, [[start, { x: start.x, y: start.y - 250 }]]);
    await page.waitForTimeout(300);
    const scrollAfter = await page.evaluate(() => window.scrollY);
    assert.ok(scrollAfter > scrollBefore + 50, `the page scrolled: scrollY ${scrollBefore} → ${scrollAfter}`);
    assert.deepEqual(await axisLabels(page), axisBefore, "the timeline did not move");
    assert.equal(params(page).has("from"), false, "no zoom was recorded");
    await done();
  });

  test("a horizontal swipe pans a zoomed-in timeline", async () => {
    const { page, cdp, done } = await open("/?from=1988-01&to=1992-12");
    const windowBefore = urlWindow(page);
    assert.ok(windowBefore, "the link's window is kept");
    const axisBefore = await axisLabels(page);
    const start = await lanePoint(page, 0.75);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await gesture(page, cdp, [[start, { x: start.x - 200, y: start.y }]]);
    await waitForUrl(page, (p) => p.get("from") !== "1988" && p.get("from") !== "1988-01", "followed the pan");
    await waitForStillTimeline(page);
    assert.notDeepEqual(await reading(() => axisLabels(page), axisBefore, { not: true }), axisBefore, "the axis moved");
    const windowAfter = urlWindow(page);
    assert.ok(windowAfter, "the URL still names a window");
    assert.ok(windowAfter[0] > windowBefore[0], "dragging left shows later years");
    const spanBefore = windowBefore[1] - windowBefore[0];
    const spanAfter = windowAfter[1] - windowAfter[0];
    assert.ok(Math.abs(spanAfter - spanBefore) < 0.05 * spanBefore, "a pan keeps the span");
    assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, "the page did not scroll");
    await done();
  });

  test("tapping a mark opens its detail", async () => {
    const { page, done } = await open("/");
    await timelineBox(page);
    // A mark whose own hit area is on top at its centre, and on screen.
    const target = await page.locator("[data-testid=timeline]").evaluate((root) => {
      for (const mark of root.querySelectorAll("[data-event-id]")) {
        const hit = mark.querySelector(".tl-event__hit") ?? mark;
        const r = hit.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
        if (document.elementFromPoint(x, y)?.closest("[data-event-id]") === mark) {
          return { id: mark.getAttribute("data-event-id"), x, y };
        }
      }
      return null;
    });
    assert.ok(target?.id, "some mark can be tapped");
    await page.touchscreen.tap(target.x, target.y);
    await page.locator(`aside[data-event-detail="${target.id}"]`).waitFor({ timeout: 2_000 });
    const mark = page.locator(`[data-testid=timeline] [data-event-id="${target.id}"]`);
    assert.equal(await reading(() => mark.getAttribute("aria-pressed"), "true"), "true", "the tapped mark is pressed");
    await waitForUrl(page, (p) => p.get("event") === target.id, "recorded the tapped event");
    await done();
  });

  test("a pinch zooms the timeline in", async () => {
    const { page, cdp, done } = await open("/");
    const axisBefore = await axisLabels(page);
    assert.equal(urlWindow(page), null, "the full span to begin with");
    const c = await lanePoint(page);
    await gesture(page, cdp, [
      [{ x: c.x - 40, y: c.y }, { x: c.x - 140, y: c.y }],
      [{ x: c.x + 40, y: c.y }, { x: c.x + 140, y: c.y }],
    ]);
    await waitForUrl(page, (p) => p.has("from") && p.has("to"), "recorded the pinch");
    await waitForStillTimeline(page);
    assert.notDeepEqual(await reading(() => axisLabels(page), axisBefore, { not: true }), axisBefore, "the axis changed");
    const w = urlWindow(page);
    assert.ok(w, "the URL names a window");
    // Full span: 1979-12 to 2023-11, plus padding; fingers 80 → 280 px apart is about 3.5×.
    const years = (w[1] - w[0]) / (365.25 * 86_400_000);
    assert.ok(years < 25, `zoomed in to ${years.toFixed(1)} years`);
    await done();
  });
});
