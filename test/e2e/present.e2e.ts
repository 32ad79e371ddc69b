import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { clampDomain, fullDomainOf } from "../../src/charts/timeline/zoom.ts";
import { storySteps } from "../../src/data/derive/story.ts";
import type { EventsDocument } from "../../src/data/schema/events.ts";
import { siteForTests, ROOT, OUTPUT } from "./context.ts";
import { waitForReady, watchErrors } from "../helpers/browser.ts";

// The presenter in a real browser: stepping by keys, clicks and history, full
// screen, the idle cursor, and what a projector needs (fit, type size, contrast).

const site = siteForTests();
const readDoc = (path: string) => JSON.parse(readFileSync(resolve(ROOT, path), "utf8")) as EventsDocument;
// The expected steps come from the same pure derivation the page uses, on the same files.
const stepsOf = (doc: EventsDocument) => {
  const full = fullDomainOf({ events: doc.events, eras: doc.eras ?? [] });
  assert.ok(full);
  return storySteps(doc, undefined, (f) => clampDomain(f, full));
};
const bundled = stepsOf(readDoc("data/events.json"));
const alt = stepsOf(readDoc("test/fixtures/good/alt-events.json"));
const ALT = "&events=/fixtures/good/alt-events.json&population=/fixtures/good/alt-population.json";
const SIZES = [[1920, 1080], [1280, 720], [1024, 768]] as const;

async function open(page: Page, query: string): Promise<void> {
  // tsx names inner functions with an `__name` helper that the page does not have (see measure).
  await page.addInitScript("globalThis.__name = (f) => f");
  await page.goto(site.url(`/?mode=present${query}`));
  await waitForReady(page);
  await page.locator("[data-testid=step-counter]").waitFor();
}
const counter = (page: Page) => page.locator("[data-testid=step-counter]").textContent();
const stepParam = (page: Page) => new URL(page.url()).searchParams.get("step");
/** Waits for the counter to say `n / count`, and returns what it says. */
async function atStep(page: Page, n: number, count: number): Promise<string | null> {
  await page.waitForFunction((want) => document.querySelector("[data-testid=step-counter]")?.textContent === want, `${n} / ${count}`, { timeout: 3000 }).catch(() => undefined);
  return counter(page);
}
/** The selected marks, once there is one (the selection arrives a frame after the first drawing). */
async function selectedIds(page: Page): Promise<(string | null)[]> {
  const marks = page.locator("[data-testid=timeline] [data-event-id][aria-pressed=true]");
  await marks.first().waitFor({ timeout: 3000 }).catch(() => undefined);
  return marks.evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")));
}

test("keys step through the story and the URL follows", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1920, height: 1080 } });
  const errors = watchErrors(page);
  const n = bundled.length;
  await open(page, "");
  assert.equal(await counter(page), `1 / ${n}`);
  assert.equal(stepParam(page), null, "an unchosen step is not written");
  const moves: [string, number][] = [["ArrowRight", 2], [" ", 3], ["PageDown", 4], ["Enter", 5], ["ArrowLeft", 4], ["PageUp", 3], ["Backspace", 2], ["End", n], ["Home", 1]];
  for (const [key, want] of moves) {
    await page.keyboard.press(key);
    assert.equal(await atStep(page, want, n), `${want} / ${n}`, `${JSON.stringify(key)} goes to step ${want}`);
    assert.equal(stepParam(page), String(want));
  }
  await page.keyboard.press("Control+ArrowRight");
  await page.keyboard.press("Alt+ArrowRight");
  assert.equal(await counter(page), `1 / ${n}`, "keys with modifiers belong to the browser");
  await page.evaluate(() => document.body.append(Object.assign(document.createElement("input"), { id: "typing" })));
  await page.locator("#typing").focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press(" ");
  assert.equal(await counter(page), `1 / ${n}`, "typing in a field does not step");
  assert.deepEqual(errors.pageErrors, []);
  assert.deepEqual(errors.consoleErrors, []);
  await page.close();
});

test("?step=3 opens step 3 framed and selected; Back returns to it; buttons step too", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1920, height: 1080 } });
  const n = bundled.length;
  const third = bundled[2];
  assert.ok(third);
  await open(page, "&step=3");
  assert.equal(await counter(page), `3 / ${n}`);
  assert.deepEqual(await selectedIds(page), [third.event.id]);
  const params = new URL(page.url()).searchParams;
  assert.equal(params.get("event"), third.event.id);
  // The axis shows the frame: its labels name years inside the window, and the window is about as long.
  // (Finer ticks name only months or days: those without a year are not checked.)
  const labels = await page.locator("[data-testid=timeline] .tl-axis__label").allTextContents();
  const years = labels.flatMap((t) => /\b\d{4}\b/.exec(t)?.[0] ?? []).map(Number);
  const [from, to] = third.frame.map((ms) => new Date(ms).getUTCFullYear());
  assert.ok(years.length >= 1 && years.every((y) => y >= (from ?? 0) && y <= (to ?? 0)), `axis ${labels.join(",")} within ${from}–${to}`);
  const fromParam = Date.parse(params.get("from") ?? "");
  assert.ok(Math.abs(fromParam - third.frame[0]) < 32 * 86_400_000, "the URL's window is the step's frame");

  await page.getByRole("button", { name: "Next" }).click();
  assert.equal(await atStep(page, 4, n), `4 / ${n}`);
  await page.goBack();
  assert.equal(await atStep(page, 3, n), `3 / ${n}`, "Back returns to the previous step");
  assert.deepEqual(await selectedIds(page), [third.event.id]);
  await page.getByRole("button", { name: "Previous" }).click();
  assert.equal(await atStep(page, 2, n), `2 / ${n}`);
  for (const name of ["Previous", "Next"]) {
    const box = await page.getByRole("button", { name }).boundingBox();
    assert.ok(box && box.height >= 44 && box.width >= 44, `${name} is a large target`);
  }
  await open(page, "&step=999");
  assert.equal(await counter(page), `${n} / ${n}`, "a step past the end shows the last");
  await page.close();
});

test("a story mark clicked goes to its step, and the arrows keep stepping; Sources opens the credits", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1280, height: 720 } });
  const errors = watchErrors(page);
  const n = bundled.length;
  const first = bundled[0];
  assert.ok(first);
  await open(page, "&step=2");
  await page.locator(`[data-testid=timeline] [data-event-id="${first.event.id}"]`).click({ force: true });
  assert.equal(await atStep(page, 1, n), `1 / ${n}`);
  assert.deepEqual(await selectedIds(page), [first.event.id]);
  await page.keyboard.press("ArrowRight");
  assert.equal(await atStep(page, 2, n), `2 / ${n}`, "a click does not leave the arrow keys to the timeline");

  await page.getByRole("button", { name: "Sources" }).click();
  const credits = page.locator("#present-credits");
  await credits.waitFor();
  assert.match((await credits.textContent()) ?? "", /Sources:/);
  await page.keyboard.press("Escape");
  await credits.waitFor({ state: "detached" });
  assert.deepEqual(errors.pageErrors, []);
  await page.close();
});

test("F toggles full screen, Esc is harmless, and the cursor hides when idle", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1280, height: 720 } });
  const errors = watchErrors(page);
  await open(page, "&step=2");
  const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
  await page.keyboard.press("f");
  await page.waitForFunction(() => document.fullscreenElement !== null, undefined, { timeout: 3000 });
  await page.keyboard.press("F");
  await page.waitForFunction(() => document.fullscreenElement === null, undefined, { timeout: 3000 });
  assert.equal(await fullscreen(), false);
  await page.keyboard.press("Escape");
  assert.equal(await counter(page), `2 / ${bundled.length}`, "Esc changes nothing");

  const root = page.locator("[data-testid=present]");
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 240);
  assert.doesNotMatch((await root.getAttribute("class")) ?? "", /is-idle/);
  await page.waitForTimeout(3000);
  assert.match((await root.getAttribute("class")) ?? "", /is-idle/);
  assert.equal(await page.evaluate(() => getComputedStyle(document.elementFromPoint(220, 240) ?? document.body).cursor), "none");
  await page.mouse.move(300, 300);
  await page.waitForFunction(() => !document.querySelector("[data-testid=present]")?.classList.contains("is-idle"));
  assert.deepEqual(errors.pageErrors, []);
  await page.close();
});

/** In the page: the smallest rendered text, the lowest text contrast, the thinnest chart line, and any overflow. */
function measure() {
  const parse = (c: string): [number, number, number, number] | null => {
    const m = /rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)(?:,?\s*\/?\s*([\d.]+))?\)/.exec(c);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : null;
  };
  const over = (top: number[], bottom: number[], a: number) => top.slice(0, 3).map((v, i) => v * a + (bottom[i] ?? 255) * (1 - a));
  const lum = (rgb: number[]) => {
    const [r, g, b] = rgb.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const ratio = (a: number[], b: number[]) => { const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x); return ((l1 ?? 0) + 0.05) / ((l2 ?? 0) + 0.05); };
  const zoomOf = (el: Element) => (el instanceof SVGGraphicsElement ? el.getScreenCTM()?.a ?? 1 : (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
  const page = parse(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255, 1];
  // Under the text: a halo it paints first, else the nearest painted shape or background beneath.
  const backgroundOf = (el: Element, x: number, y: number): number[] => {
    const cs = getComputedStyle(el);
    if (el instanceof SVGElement && cs.paintOrder.startsWith("stroke") && parseFloat(cs.strokeWidth) >= 2) {
      const halo = parse(cs.stroke);
      if (halo && halo[3] > 0) return halo;
    }
    for (const under of document.elementsFromPoint(x, y)) {
      // An HTML element's own background counts; an SVG text only sits on what is painted below it.
      if (under !== el && el.contains(under)) continue;
      const s = getComputedStyle(under);
      if (under instanceof SVGGeometryElement && !(under instanceof SVGTextContentElement)) {
        const fill = parse(s.fill);
        const a = (fill?.[3] ?? 0) * parseFloat(s.fillOpacity) * parseFloat(s.opacity);
        if (fill && a > 0.05) return over(fill, page, a);
      } else if (!(under instanceof SVGElement)) {
        const bg = parse(s.backgroundColor);
        if (bg && bg[3] > 0.05) return over(bg, page, bg[3]);
      }
    }
    return page;
  };
  let minFont = Infinity, minFontText = "", minContrast = Infinity, minContrastText = "";
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = (node.textContent ?? "").trim();
    if (!el || text === "" || el.closest(".visually-hidden, [aria-hidden=true] title")) continue;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = [...range.getClientRects()].find((r) => r.width > 1 && r.height > 1 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth);
    if (!rect) continue;
    const cs = getComputedStyle(el);
    const font = parseFloat(cs.fontSize) * zoomOf(el);
    if (font < minFont) [minFont, minFontText] = [font, text.slice(0, 40)];
    const colour = parse(el instanceof SVGElement ? cs.fill : cs.color);
    if (!colour) continue;
    let alpha = colour[3];
    for (let e: Element | null = el; e; e = e.parentElement) alpha *= parseFloat(getComputedStyle(e).opacity);
    const bg = backgroundOf(el, rect.left + rect.width / 2, rect.top + rect.height / 2);
    const c = ratio(over(colour, bg, alpha), bg);
    if (c < minContrast) [minContrast, minContrastText] = [c, text.slice(0, 40)];
  }
  const lines = [...document.querySelectorAll(".tl-axis__line, .tl-band__line, .tl-event__bar")]
    .map((l) => parseFloat(getComputedStyle(l).strokeWidth) * zoomOf(l));
  const root = document.documentElement;
  const clipped = [...document.querySelectorAll(".present__card, .present__figure")].filter((b) => b.scrollHeight > b.clientHeight + 1);
  return {
    minFont, minFontText, minContrast, minContrastText, minLine: Math.min(...lines),
    overflowX: root.scrollWidth > root.clientWidth, overflowY: root.scrollHeight > root.clientHeight, clipped: clipped.length,
  };
}

for (const [label, steps, query] of [["bundled data", bundled, ""], ["the second dataset", alt, ALT]] as const) {
  test(`every step of ${label} fits, reads and contrasts at projector sizes`, async (t) => {
    for (const [width, height] of SIZES) {
      const page = await site.browser().newPage({ viewport: { width, height } });
      const errors = watchErrors(page);
      await open(page, query);
      const floor = width >= 1920 ? 24 : 18;
      const worst = { font: Infinity, contrast: Infinity, line: Infinity };
      for (let n = 1; n <= steps.length; n++) {
        if (n > 1) await page.keyboard.press("PageDown");
        assert.equal(await atStep(page, n, steps.length), `${n} / ${steps.length}`);
        await page.waitForTimeout(400); // the timeline's glide, and the slide settling its fit
        const m = await page.evaluate(measure);
        const where = `${label} ${width}×${height} step ${n}`;
        assert.equal(m.overflowX || m.overflowY, false, `${where}: no page overflow`);
        assert.equal(m.clipped, 0, `${where}: the step fits its screen`);
        assert.ok(m.minFont >= floor - 0.01, `${where}: smallest text ${m.minFont.toFixed(1)} px ("${m.minFontText}")`);
        assert.ok(m.minContrast >= 7, `${where}: lowest contrast ${m.minContrast.toFixed(2)}:1 ("${m.minContrastText}")`);
        assert.ok(m.minLine >= 2, `${where}: thinnest chart line ${m.minLine.toFixed(2)} px`);
        worst.font = Math.min(worst.font, m.minFont);
        worst.contrast = Math.min(worst.contrast, m.minContrast);
        worst.line = Math.min(worst.line, m.minLine);
      }
      t.diagnostic(`${label} ${width}×${height}: min text ${worst.font.toFixed(1)} px, min contrast ${worst.contrast.toFixed(2)}:1, min line ${worst.line.toFixed(2)} px`);
      if (query === "" && width !== 1280) {
        await open(page, `&step=${steps.length}`);
        await page.waitForTimeout(400);
        await page.screenshot({ path: resolve(OUTPUT, `present-${width}x${height}.png`) });
      }
      if (query !== "") assert.equal(await page.locator(".present-bar__title").textContent(), readDoc("test/fixtures/good/alt-events.json").title);
      assert.deepEqual(errors.pageErrors, []);
      assert.deepEqual(errors.consoleErrors, []);
      await page.close();
    }
  });
}

test("the dark theme keeps text at 7:1 too", async (t) => {
  const page = await site.browser().newPage({ viewport: { width: 1920, height: 1080 } });
  await open(page, "&theme=dark");
  let worst = Infinity;
  for (let n = 1; n <= bundled.length; n++) {
    if (n > 1) await page.keyboard.press("PageDown");
    assert.equal(await atStep(page, n, bundled.length), `${n} / ${bundled.length}`);
    await page.waitForTimeout(400);
    const m = await page.evaluate(measure);
    assert.ok(m.minContrast >= 7, `dark, step ${n}: lowest contrast ${m.minContrast.toFixed(2)}:1 ("${m.minContrastText}")`);
    worst = Math.min(worst, m.minContrast);
  }
  t.diagnostic(`dark theme 1920×1080: min contrast ${worst.toFixed(2)}:1`);
  await page.close();
});
