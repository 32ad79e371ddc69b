import { test } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";
import type { Frame, Page } from "playwright-core";
import { siteForTests, OUTPUT } from "./context.ts";
import { watchErrors } from "../helpers/browser.ts";

// The embed: an article (test/host/index.html) embeds Crossings at 320,
// 640 and 1000 px through public/embed.js. The frames fit their content, never
// scroll inside, never take the article's wheel, and link out with their state.

const site = siteForTests();
const url = (path: string) => site.url(path);
const newPage = (width: number, height = 800) => site.browser().newPage({ viewport: { width, height } });

const WIDTHS = [320, 640, 1000] as const;
type Scope = Page | Frame;

/** Polls until check returns true; fails with the last reading. */
async function until<T>(read: () => Promise<T>, check: (v: T) => boolean, what: string, timeoutMs = 8_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!check(value)) {
    if (Date.now() > deadline) assert.fail(`${what}: last reading ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

const ready = (scope: Scope) =>
  scope.waitForFunction(() => performance.getEntriesByName("dashboard:ready", "mark").length > 0, undefined, { timeout: 15_000 });

async function frameOf(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.$(`#${id}`))?.contentFrame();
  if (!frame) throw new Error(`no frame #${id}`);
  return frame;
}

/** The host page with every Crossings frame loaded and drawn. */
async function openHost(page: Page): Promise<Record<(typeof WIDTHS)[number], Frame>> {
  await page.goto(url("/host/"));
  const frames = { 320: await frameOf(page, "embed-320"), 640: await frameOf(page, "embed-640"), 1000: await frameOf(page, "embed-1000") };
  for (const f of Object.values(frames)) await ready(f);
  return frames;
}

const frameHeight = (page: Page, id: string) => page.$eval(`#${id}`, (el) => el.getBoundingClientRect().height);
const inner = (frame: Frame) =>
  frame.evaluate(() => {
    const d = document.documentElement;
    return { scrollHeight: d.scrollHeight, clientHeight: d.clientHeight, scrollWidth: d.scrollWidth, clientWidth: d.clientWidth };
  });

/** Waits until the iframe is as tall as its document, then checks that nothing scrolls inside it. */
async function assertFits(page: Page, frame: Frame, id: string): Promise<number> {
  const fit = await until(
    async () => ({ outer: await frameHeight(page, id), inner: await inner(frame) }),
    (r) => Math.abs(r.outer - r.inner.scrollHeight) <= 2,
    `#${id} follows its content`,
  );
  assert.ok(fit.inner.scrollHeight <= fit.inner.clientHeight + 1, `#${id}: no vertical scrollbar inside`);
  assert.ok(fit.inner.scrollWidth <= fit.inner.clientWidth, `#${id}: no horizontal scrollbar inside`);
  return fit.inner.scrollHeight;
}

/** The host's scroll position once it has stopped moving (wheel scrolling may be animated). */
async function stillScroll(page: Page): Promise<number> {
  let last = await page.evaluate(() => window.scrollY);
  for (let same = 0; same < 3; ) {
    await page.waitForTimeout(80);
    const now = await page.evaluate(() => window.scrollY);
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return last;
}

const axis = (scope: Scope) => scope.locator("[data-testid=timeline] .tl-axis__label").allTextContents();

test("at 320, 640 and 1000 px each frame is as tall as its content, after load and after a selection", async () => {
  const page = await newPage(1100);
  const errors = watchErrors(page);
  const frames = await openHost(page);
  for (const w of WIDTHS) {
    const id = `embed-${w}`;
    const frame = frames[w];
    const before = await assertFits(page, frame, id);
    await page.locator(`#${id}`).screenshot({ path: resolve(OUTPUT, `embed-${w}.png`) });
    // "Show on timeline" selects the figure's event: its detail opens and the page grows.
    await frame.getByRole("button", { name: "Show on timeline" }).first().click();
    await frame.locator("[data-event-detail]").waitFor();
    const grown = await until(() => inner(frame).then((r) => r.scrollHeight), (h) => h !== before, `#${id} content changed`);
    assert.ok(grown > before, `#${id}: the detail makes it taller`);
    await assertFits(page, frame, id);
  }
  assert.deepEqual(errors.pageErrors, []);
  assert.deepEqual(errors.consoleErrors, []);
  await page.close();
});

test("the wheel over an embed's timeline scrolls the article; ctrl+wheel zooms the timeline", async () => {
  const page = await newPage(1100, 800);
  const frames = await openHost(page);
  const frame = frames[640];
  await assertFits(page, frame, "embed-640");
  const svg = frame.locator(".timeline__svg");
  await svg.scrollIntoViewIfNeeded();
  const centre = async () => {
    const box = await svg.boundingBox();
    assert.ok(box);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const before = await axis(frame);
  const scrollY = () => page.evaluate(() => window.scrollY);
  const y0 = await scrollY();
  const at = await centre();
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 3; i++) await page.mouse.wheel(0, 120);
  await until(scrollY, (y) => y > y0, "the host page scrolled");
  const y1 = await stillScroll(page);
  assert.deepEqual(await axis(frame), before, "the embed's range did not change");
  assert.doesNotMatch(frame.url(), /[?&]from=/);

  const next = await centre();
  await page.mouse.move(next.x, next.y);
  // Two steps only: at its deepest zoom d3-zoom lets the wheel through again.
  await page.keyboard.down("Control");
  for (let i = 0; i < 2; i++) await page.mouse.wheel(0, -100);
  await page.keyboard.up("Control");
  await until(() => axis(frame), (a) => JSON.stringify(a) !== JSON.stringify(before), "ctrl+wheel zoomed the timeline");
  assert.equal(await stillScroll(page), y1, "ctrl+wheel did not scroll the article");
  await until(async () => frame.url(), (u) => /[?&]from=/.test(u), "the zoom settles into the embed's URL");
  await page.close();
});

test("embed.js ignores height messages that no Crossings frame sent", async () => {
  const page = await newPage(1100);
  const frames = await openHost(page);
  for (const w of WIDTHS) await assertFits(page, frames[w], `embed-${w}`);
  const heights = () => page.$$eval("iframe", (els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
  const otherBefore = await frameHeight(page, "other");
  const forged = { type: "crossings:height", height: 333 };
  // From the article itself…
  await page.evaluate((m) => window.postMessage(m, "*"), forged);
  // …and from an iframe that is not a Crossings embed.
  const other = await frameOf(page, "other");
  await other.evaluate((m) => window.parent.postMessage(m, "*"), forged);
  await page.waitForTimeout(400);
  // (The frames may still adjust to their own content meanwhile: what matters is that none took the forged height.)
  assert.ok(!(await heights()).includes(333), "no frame took the forged height");
  assert.equal(await frameHeight(page, "other"), otherBefore);
  for (const w of WIDTHS) await assertFits(page, frames[w], `embed-${w}`);

  // The same message from a Crossings frame is obeyed (so the above proves the filter)…
  await frames[320].evaluate((m) => window.parent.postMessage(m, "*"), forged);
  await until(() => frameHeight(page, "embed-320"), (h) => h === 333, "a Crossings frame's message is obeyed");
  // …and asking the frame to measure again restores its real height.
  await page.$eval("#embed-320", (el) => (el as HTMLIFrameElement).contentWindow?.postMessage({ type: "crossings:measure" }, "*"));
  await assertFits(page, frames[320], "embed-320");
  await page.close();
});

test("no horizontal overflow at 280 and 1200 px, and the source line and the way out stay in view", async () => {
  for (const width of [280, 1200]) {
    for (const search of ["?mode=embed", "?event=karachi-raids-2022-12&mode=embed"]) {
      const page = await newPage(width);
      const errors = watchErrors(page);
      await page.goto(url(`/${search}`));
      await ready(page);
      await page.waitForTimeout(200);
      // No named functions inside evaluate: tsx would wrap them in a helper the page does not have.
      const r = await page.evaluate(() => ({
        sw: document.documentElement.scrollWidth,
        cw: document.documentElement.clientWidth,
        source: document.querySelector(".embed__source")?.getBoundingClientRect().right ?? Infinity,
        open: document.querySelector(".embed__open")?.getBoundingClientRect().right ?? Infinity,
      }));
      assert.ok(r.sw <= r.cw, `${width} px ${search}: scrollWidth ${r.sw} > ${r.cw}`);
      assert.ok(r.source <= r.cw && r.open <= r.cw, `${width} px ${search}: footer inside the frame`);
      assert.ok(await page.getByRole("link", { name: /Open the full dashboard/ }).isVisible());
      assert.deepEqual(errors.pageErrors, []);
      await page.close();
    }
  }
});

test("'Open the full dashboard' keeps the state, drops mode=embed, and follows the zoom buttons", async () => {
  const page = await newPage(640);
  await page.goto(url("/?from=1988&to=1992&event=karachi-raids-2022-12&cat=detention,policy&mode=embed"));
  await ready(page);
  const link = page.getByRole("link", { name: /Open the full dashboard/ });
  const href = () => link.getAttribute("href").then((h) => new URL(h ?? "", page.url()));
  const first = await href();
  assert.equal(first.searchParams.get("mode"), null);
  assert.equal(first.search, "?from=1988&to=1992&event=karachi-raids-2022-12&cat=detention,policy");
  assert.equal(await link.getAttribute("target"), "_blank");
  assert.equal(await link.getAttribute("rel"), "noopener noreferrer");

  const before = await axis(page);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await until(() => axis(page), (a) => JSON.stringify(a) !== JSON.stringify(before), "Zoom in changed the range");
  const zoomed = await until(href, (u) => u.searchParams.get("from") !== "1988", "the link follows the zoom");
  assert.equal(zoomed.searchParams.get("event"), "karachi-raids-2022-12");
  await page.getByRole("button", { name: "Reset" }).click();
  await until(href, (u) => !u.searchParams.has("from"), "Reset shows the whole span");
  assert.ok(await page.getByRole("button", { name: "Zoom out" }).isDisabled());
  await page.close();
});
