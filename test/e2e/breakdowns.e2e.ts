import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { siteForTests, ROOT, OUTPUT } from "./context.ts";
import { reading, waitForReady, watchErrors } from "../helpers/browser.ts";

const site = siteForTests();
const read = (path: string) => JSON.parse(readFileSync(resolve(ROOT, path), "utf8")) as {
  breakdowns: { id: string; eventId?: string }[];
  series: { id: string }[];
};
const bundled = read("data/population.json");
const alt = read("test/fixtures/good/alt-population.json");

/** The year labels on a series chart's x axis, first and last. */
async function seriesYears(page: Page, seriesId: string): Promise<[number, number]> {
  const years = await page
    .locator(`figure[data-series-id~="${seriesId}"] .chart-tick`)
    .evaluateAll((els) => els.map((e) => Number(e.textContent)).filter((n) => n > 1000 && n < 3000));
  return [Math.min(...years), Math.max(...years)];
}

test("selecting the 7 January 2023 event highlights the release breakdown and brings it into view", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(site.url("/"));
  await waitForReady(page);
  const linked = bundled.breakdowns.filter((b) => b.eventId === "karachi-release-2023").map((b) => b.id);
  assert.ok(linked.length > 0);
  assert.equal(await page.locator('[data-highlighted="true"]').count(), 0);
  await page.locator('[data-event-id="karachi-release-2023"]').click();
  for (const id of linked) {
    const figure = page.locator(`figure[data-breakdown-id~="${id}"]`);
    assert.equal(await reading(() => figure.getAttribute("data-highlighted"), "true"), "true");
    assert.ok(await figure.isVisible());
    // Scrolled into view (smoothly, so allow it a moment).
    const inView = await reading(async () => {
      const box = await figure.boundingBox();
      return !!box && box.y < 768 && box.y + box.height > 0;
    }, true);
    assert.ok(inView, "in the viewport");
  }
  await page.screenshot({ path: resolve(OUTPUT, "linked-release-1366.png") });
  await page.close();
});

test("a breakdown's 'Show on timeline' marks its date there and selects its event", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(site.url("/?from=1989-01&to=2002-12"));
  await waitForReady(page);
  await page.locator('figure[data-breakdown-id="release-2023-01-07"]').getByRole("button", { name: /Show on timeline/ }).click();
  await page.getByTestId("breakdown-mark").waitFor();
  assert.equal(await page.locator('[data-event-id="karachi-release-2023"]').getAttribute("aria-pressed"), "true");
  await page.close();
});

test("brushing the timeline to 1989–2002 sets the series charts' x-range", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(site.url("/"));
  await waitForReady(page);
  await page.locator('figure[data-series-id~="refugees-pakistan"] .chart-tick').first().waitFor();
  const before = await seriesYears(page, "refugees-pakistan");
  assert.ok(before[0] <= 1980 && before[1] >= 2020, `full range first (${before.join("–")})`);
  // Draw a new brush window over 1989–2002 on the overview strip.
  const strip = page.getByTestId("overview-brush");
  const box = await strip.boundingBox();
  assert.ok(box);
  const full = await page.evaluate(() => {
    const labels = [...document.querySelectorAll("[data-testid=overview] text")].map((t) => ({ text: t.textContent ?? "", x: t.getBoundingClientRect().x + t.getBoundingClientRect().width / 2 }));
    return labels.filter((l) => /^\d{4}$/.test(l.text));
  });
  const xOf = (year: number) => {
    const a = full[0];
    const b = full[full.length - 1];
    assert.ok(a && b);
    return a.x + ((year - Number(a.text)) / (Number(b.text) - Number(a.text))) * (b.x - a.x);
  };
  // The brush covers the whole strip at the full span; narrow it first from the URL, then drag its edges.
  await page.goto(site.url("/?from=1995-01&to=1996-12"));
  await waitForReady(page);
  await page.getByTestId("overview-brush").locator(".selection").waitFor();
  const strip2 = await page.getByTestId("overview-brush").boundingBox();
  assert.ok(strip2);
  const y = strip2.y + strip2.height / 2;
  await page.mouse.move(xOf(1989), y);
  await page.mouse.down();
  await page.mouse.move(xOf(1996), y, { steps: 5 });
  await page.mouse.move(xOf(2003), y, { steps: 5 });
  await page.mouse.up();
  // The window drawn on the strip lands in the URL (to the nearest month)...
  const from = await reading(async () => Number(new URL(page.url()).searchParams.get("from")?.slice(0, 4)), 1995, { not: true });
  const to = Number(new URL(page.url()).searchParams.get("to")?.slice(0, 4));
  assert.ok(Math.abs(from - 1989) <= 1 && Math.abs(to - 2002) <= 1, `window ${from}–${to}`);
  // ...and the series charts follow it: their axis spans the same years.
  const [first, last] = await reading(async () => seriesYears(page, "refugees-pakistan"), [from, to], { timeoutMs: 3000 });
  assert.ok(first >= from && first <= from + 1, `series start ${first} for window from ${from}`);
  assert.ok(last >= to - 1 && last <= to + 1, `series end ${last} for window to ${to}`);
  await page.close();
});

test("?population= alone draws that file's charts and none of the bundled ones", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  const errors = watchErrors(page);
  await page.goto(site.url("/?population=/fixtures/good/alt-population.json"));
  await waitForReady(page);
  for (const b of alt.breakdowns) assert.ok((await page.locator(`[data-breakdown-id~="${b.id}"]`).count()) >= 1, `draws ${b.id}`);
  for (const s of alt.series) assert.ok((await page.locator(`[data-series-id~="${s.id}"]`).count()) >= 1, `draws ${s.id}`);
  for (const b of bundled.breakdowns) assert.equal(await page.locator(`[data-breakdown-id~="${b.id}"]`).count(), 0);
  for (const s of bundled.series) assert.equal(await page.locator(`[data-series-id~="${s.id}"]`).count(), 0);
  assert.equal(await page.locator("[data-testid=timeline]").count(), 0, "no events file, no timeline");
  assert.deepEqual(errors.pageErrors, []);
  await page.close();
});

test("at 390 px the charts stack, nothing overflows, and no visible text is under 12 px", async () => {
  const context = await site.browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(site.url("/"));
  await waitForReady(page);
  await page.locator("figure[data-breakdown-id]").first().waitFor();
  const result = await page.evaluate(() => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest(".visually-hidden")) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const scale = el instanceof SVGGraphicsElement ? (el.getScreenCTM()?.a ?? 1) : 1;
      const px = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (px < 12) small.push(`${px.toFixed(1)}px "${n.textContent.trim().slice(0, 24)}"`);
    }
    const figures = [...document.querySelectorAll("figure[data-breakdown-id], figure[data-series-id]")].map((f) => f.getBoundingClientRect());
    const stacked = figures.every((r, i) => i === 0 || r.top >= (figures[i - 1]?.bottom ?? 0) - 1);
    return { small, stacked, overflow: document.documentElement.scrollWidth > document.documentElement.clientWidth };
  });
  assert.deepEqual(result.small, []);
  assert.equal(result.stacked, true, "one chart per row");
  assert.equal(result.overflow, false);
  await page.screenshot({ path: resolve(OUTPUT, "breakdowns-390.png"), fullPage: true });
  await context.close();
});
