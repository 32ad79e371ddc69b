import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { siteForTests, ROOT } from "./context.ts";
import { reading, waitForReady, watchErrors } from "../helpers/browser.ts";
import { alertsSeen, installTraps } from "../helpers/traps.ts";

// What a reader sees when the network or the server misbehaves. The data files
// are fetched by a Web Worker; the server counts what actually reaches it.
const site = siteForTests();
const EVENTS = "/fixtures/good/alt-events.json";
const POPULATION = "/fixtures/good/alt-population.json";
const eventCount = (JSON.parse(readFileSync(resolve(ROOT, "test/fixtures/good/alt-events.json"), "utf8")) as { events: unknown[] }).events.length;

/** A file behind a server that misbehaves (`how`) for its first n requests; see test/helpers/server.ts. */
const flaky = (key: string, n: number, how: string, file: string) => `/__flaky/${key}/${n}/${how}${file}`;

async function open(path: string): Promise<{ page: Page; context: BrowserContext; pageErrors: string[] }> {
  const context = await site.browser().newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await installTraps(page);
  const { pageErrors } = watchErrors(page); // console errors are expected here: Chromium logs every failed request
  await page.goto(site.url(path));
  return { page, context, pageErrors };
}

const outcomes = (key: string) => site.server().hits(key).map((h) => h.outcome);
const retryButton = (page: Page) => page.getByRole("alert").getByRole("button", { name: "Retry" });

test("a 503 is tried three times with growing pauses, then shown with Retry", async () => {
  const { page, context, pageErrors } = await open(`/?events=${flaky("s503", 99, "503", EVENTS)}`);
  const alert = page.getByRole("alert");
  await alert.waitFor({ timeout: 15_000 });
  assert.match(await alert.innerText(), /alt-events\.json could not be loaded: the server answered 503 Service Unavailable \(a server error\)\./);
  assert.ok(await retryButton(page).isVisible());
  await page.waitForTimeout(600); // room for an attempt too many to show up
  const hits = site.server().hits("s503");
  assert.deepEqual(hits.map((h) => h.outcome), ["503", "503", "503"]);
  const [first, second, third] = hits.map((h) => h.at) as [number, number, number];
  const gaps = [second - first, third - second] as const;
  assert.ok(gaps[0] >= 480, `first pause ${gaps[0]} ms`);
  assert.ok(gaps[1] >= 980, `second pause ${gaps[1]} ms`);
  assert.ok(gaps[1] > gaps[0], `pauses grow: ${gaps.join(", ")} ms`);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("a server that fails twice and then answers loads without ever showing an alert", async () => {
  const { page, context, pageErrors } = await open(`/?events=${flaky("s503x2", 2, "503", EVENTS)}`);
  await waitForReady(page);
  assert.deepEqual(outcomes("s503x2"), ["503", "503", "served"]);
  assert.match((await page.getByTestId("event-count").textContent()) ?? "", new RegExp(`^${eventCount} events`));
  assert.deepEqual(await alertsSeen(page), []);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("a 403 or a 410 is shown at once, asked for once, and offers no Retry", async () => {
  const cases = [
    { status: 403, words: /the server answered 403 Forbidden \(access refused\)\./ },
    { status: 410, words: /the server answered 410 Gone\./ },
  ];
  for (const { status, words } of cases) {
    const key = `s${status}`;
    const { page, context, pageErrors } = await open(`/?events=${flaky(key, 99, String(status), EVENTS)}`);
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 10_000 });
    assert.match(await alert.innerText(), words);
    await page.waitForTimeout(700); // a first retry would have come after 500 ms
    assert.deepEqual(outcomes(key), [String(status)], `${status} requested once`);
    assert.equal(await retryButton(page).count(), 0, `${status}: no Retry`);
    assert.deepEqual(pageErrors, []);
    await context.close();
  }
});

// A timeout is tried once more by itself; while it is, the loading line says
// why the wait is long. (One that never answers shows the alert after a second
// 10 s; the unit tests pin that count, which would cost this suite 20 s.)
test("a server that does not answer within 10 seconds is tried once more, and the reader is told", async () => {
  const started = Date.now();
  const { page, context, pageErrors } = await open(`/?events=${flaky("hang", 1, "hang", EVENTS)}`);
  await page.getByRole("status").filter({ hasText: "Loading events" }).waitFor({ timeout: 5_000 });
  const notice = page.getByRole("status").filter({ hasText: "did not answer within 10 seconds" });
  await notice.waitFor({ timeout: 15_000 });
  const waited = Date.now() - started;
  assert.ok(waited >= 10_000 && waited < 15_000, `notice after ${waited} ms`);
  assert.match(await notice.innerText(), /alt-events\.json could not be loaded: the server did not answer within 10 seconds\. Trying again/);
  await waitForReady(page);
  assert.deepEqual(outcomes("hang"), ["hang", "served"]);
  assert.equal(await page.getByRole("alert").count(), 0, "the retry succeeded: no alert");
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("a dropped connection says the network failed, and Retry loads the file once the server is back", async () => {
  const { page, context, pageErrors } = await open(`/?events=${flaky("drop", 99, "drop", EVENTS)}`);
  const attempts: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/__flaky/drop/")) attempts.push(r.url());
  });
  const alert = page.getByRole("alert");
  await alert.waitFor({ timeout: 15_000 });
  assert.match(await alert.innerText(), /alt-events\.json could not be loaded: the network request failed \(.+\)\./);
  assert.equal(attempts.length, 3, "tried three times"); // the server may see more: Chromium itself resends on a reset socket
  site.server().heal("drop");
  await retryButton(page).click();
  await waitForReady(page);
  assert.equal(outcomes("drop").at(-1), "served");
  assert.equal(await page.getByRole("alert").count(), 0);
  assert.match((await page.getByTestId("event-count").textContent()) ?? "", new RegExp(`^${eventCount} events`));
  assert.deepEqual(pageErrors, []);
  await context.close();
});

// context.setOffline reaches the data worker in this Chromium (its own
// navigator.onLine turns false, checked below), so nothing is faked. A page
// cannot be opened while offline (there is no service worker), so the load is
// started offline from an open page, with Retry.
test("offline: a load started offline says so, sends nothing, and loads by itself when the connection returns", async () => {
  const { page, context, pageErrors } = await open(`/?events=${flaky("offline", 3, "503", EVENTS)}`);
  await retryButton(page).waitFor({ timeout: 15_000 });
  await context.setOffline(true);
  const workersOnline = () => Promise.all(page.workers().map((w) => w.evaluate(() => navigator.onLine)));
  assert.deepEqual(await reading(workersOnline, [false]), [false], "the data worker is offline too");
  await retryButton(page).click();
  const alert = page.getByRole("alert").filter({ hasText: "offline" });
  await alert.waitFor({ timeout: 10_000 });
  assert.match(await alert.innerText(), /alt-events\.json could not be loaded: this device is offline\./);
  assert.ok(await retryButton(page).isVisible());
  assert.deepEqual(outcomes("offline"), ["503", "503", "503"], "nothing was sent while offline");
  await context.setOffline(false);
  await waitForReady(page);
  assert.deepEqual(outcomes("offline"), ["503", "503", "503", "served"]);
  assert.equal(await page.getByRole("alert").count(), 0);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("when the population file fails, the events timeline still works and only that file is named", async () => {
  const { page, context, pageErrors } = await open(`/?events=${EVENTS}&population=${flaky("p500", 99, "500", POPULATION)}`);
  await waitForReady(page);
  const alert = page.getByRole("alert");
  await alert.waitFor({ timeout: 15_000 });
  assert.equal(await alert.count(), 1);
  assert.equal(await alert.getAttribute("data-file"), "alt-population.json");
  const text = await alert.innerText();
  assert.match(text, /^Population file alt-population\.json could not be used/);
  assert.match(text, /the server answered 500 Internal Server Error/);
  assert.doesNotMatch(text, /alt-events/);
  const mark = page.locator("[data-testid=timeline] [data-event-id]").first();
  const id = await mark.getAttribute("data-event-id");
  assert.ok(id);
  await mark.click();
  await page.locator(`[data-event-detail="${id}"]`).waitFor({ timeout: 5_000 });
  assert.equal(await page.locator("[data-testid=timeline] [data-event-id]").count(), eventCount);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("when the events file is missing, the population charts still draw and respond", async () => {
  const { page, context, pageErrors } = await open(`/?events=/fixtures/good/no-such-events.json&population=${POPULATION}`);
  await waitForReady(page);
  const alert = page.getByRole("alert");
  assert.equal(await alert.count(), 1);
  assert.equal(await alert.getAttribute("data-file"), "no-such-events.json");
  assert.match(await alert.innerText(), /^Events file no-such-events\.json could not be used[\s\S]*answered 404/);
  const chart = page.locator("figure[data-series-id]").first();
  assert.ok(await chart.locator("svg path").count() > 0, "the series is drawn");
  const toggle = chart.getByRole("button", { name: "Show as table" });
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-pressed"), "true");
  assert.ok(await chart.locator("table").isVisible());
  assert.deepEqual(pageErrors, []);
  await context.close();
});
