import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { siteForTests, ROOT, OUTPUT } from "./context.ts";
import { eventsInView, waitForReady, watchErrors } from "../helpers/browser.ts";

const site = siteForTests();
const read = (path: string) => JSON.parse(readFileSync(resolve(ROOT, path), "utf8")) as {
  title: string;
  events: { id: string; title: string }[];
  categories: { label: string }[];
  breakdowns?: { id: string }[];
  series?: { id: string }[];
};
const bundled = read("data/events.json");
const bundledPopulation = read("data/population.json");
const alt = read("test/fixtures/good/alt-events.json");
const altPopulation = read("test/fixtures/good/alt-population.json");

test("at 1366×768 the bundled data shows every event and every breakdown, with no error", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  const errors = watchErrors(page);
  await page.goto(site.url("/"));
  await waitForReady(page);
  assert.equal(await page.locator("[data-testid=timeline] [data-event-id]").count(), bundled.events.length);
  for (const b of bundledPopulation.breakdowns ?? []) {
    assert.equal(await page.locator(`[data-breakdown-id="${b.id}"]`).count(), 1, `breakdown ${b.id} is drawn`);
  }
  for (const s of bundledPopulation.series ?? []) {
    assert.ok((await page.locator(`[data-series-id~="${s.id}"]`).count()) >= 1, `series ${s.id} is drawn`);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(overflow, false, "no horizontal overflow");
  await page.screenshot({ path: resolve(OUTPUT, "explore-1366x768.png") });
  assert.deepEqual(errors.consoleErrors, []);
  assert.deepEqual(errors.pageErrors, []);
  await page.close();
});

test("clicking a marker opens its detail with sources that open safely in a new tab", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(site.url("/"));
  await waitForReady(page);
  await page.locator('[data-event-id="karachi-release-2023"]').click();
  const detail = page.locator("[data-event-detail=karachi-release-2023]");
  await detail.waitFor();
  assert.match((await detail.textContent()) ?? "", /524/);
  const rels = await detail.locator("a").evaluateAll((as) => as.map((a) => [a.getAttribute("rel"), a.getAttribute("target")]));
  assert.ok(rels.length > 0);
  for (const [rel, target] of rels) {
    assert.equal(rel, "noopener noreferrer");
    assert.equal(target, "_blank");
  }
  await page.close();
});

test("a second dataset through the URL replaces the bundled one completely", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  const errors = watchErrors(page);
  await page.goto(site.url("/?events=/fixtures/good/alt-events.json&population=/fixtures/good/alt-population.json"));
  await waitForReady(page);
  assert.equal(await page.locator("h1").textContent(), alt.title);
  const ids = await page.locator("[data-testid=timeline] [data-event-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")));
  assert.deepEqual(ids.sort(), alt.events.map((e) => e.id).sort());
  const legend = (await page.locator(".legend").textContent()) ?? "";
  for (const c of alt.categories) assert.ok(legend.includes(c.label), `legend shows ${c.label}`);
  for (const b of altPopulation.breakdowns ?? []) assert.equal(await page.locator(`[data-breakdown-id="${b.id}"]`).count(), 1);
  for (const b of bundledPopulation.breakdowns ?? []) assert.equal(await page.locator(`[data-breakdown-id="${b.id}"]`).count(), 0);
  const text = (await page.locator("main").textContent()) ?? "";
  assert.doesNotMatch(text, /Afghan|Pakistan|Karachi/, "nothing of the bundled story remains");
  assert.deepEqual(errors.pageErrors, []);
  assert.deepEqual(errors.consoleErrors, []);
  await page.close();
});

test("the wheel zooms the timeline and Reset returns to the whole span", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(site.url("/"));
  await waitForReady(page);
  const axis = () => page.locator(".tl-axis__label").allTextContents();
  const before = await axis();
  const box = await page.locator(".timeline__svg").boundingBox();
  assert.ok(box);
  await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -300);
  await page.waitForTimeout(300);
  const after = await axis();
  assert.notDeepEqual(after, before, "the axis changed");
  assert.ok((await page.locator("[data-event-id]").count()) < bundled.events.length, "fewer events in view");
  await page.getByRole("button", { name: "Reset zoom" }).click();
  // The reset glides for a quarter of a second; wait for it to arrive.
  await page.waitForFunction(
    (want) => [...document.querySelectorAll(".tl-axis__label")].map((e) => e.textContent).join("|") === want,
    before.join("|"),
    { timeout: 3000 },
  );
  assert.deepEqual(await axis(), before);
  await page.close();
});

test("at 390×844 the page fits the screen and the timeline is drawn", async () => {
  const context = await site.browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(site.url("/"));
  await waitForReady(page);
  // On a phone, dense stretches merge into clusters: marks plus cluster sizes still count every event.
  assert.equal(await eventsInView(page), bundled.events.length);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(overflow, false);
  await page.screenshot({ path: resolve(OUTPUT, "explore-390x844.png") });
  assert.deepEqual(errors.pageErrors, []);
  await context.close();
});

test("?mode=embed and ?mode=present are accepted", async () => {
  for (const mode of ["embed", "present"]) {
    const page = await site.browser().newPage({ viewport: { width: 1024, height: 768 } });
    const errors = watchErrors(page);
    await page.goto(site.url(`/?mode=${mode}`));
    await waitForReady(page);
    assert.equal(await page.locator("[data-testid=timeline]").count(), 1);
    assert.deepEqual(errors.pageErrors, []);
    await page.close();
  }
});
