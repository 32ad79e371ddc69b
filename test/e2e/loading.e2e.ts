import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { siteForTests, ROOT } from "./context.ts";
import { waitForReady, watchErrors } from "../helpers/browser.ts";
import { startStaticServer } from "../helpers/server.ts";
import { eventsDocument } from "../../scripts/bench/generate.ts";

const site = siteForTests();
const bundled = JSON.parse(readFileSync(resolve(ROOT, "data/events.json"), "utf8")) as { title: string; events: unknown[] };

test("the bundled data loads once each and reaches dashboard:ready with no console error", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  const errors = watchErrors(page);
  const requested: string[] = [];
  const failed: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith(".json")) requested.push(new URL(r.url()).pathname.split("/").pop() ?? "");
  });
  // Read whole, as they are small: no request reported cancelled after its last byte arrived.
  page.on("requestfailed", (r) => failed.push(`${r.url()}: ${r.failure()?.errorText ?? ""}`));
  await page.goto(site.url("/"));
  const ready = await waitForReady(page);
  assert.ok(ready > 0);
  // The first script starts both loads; the app takes them over rather than asking again.
  assert.deepEqual(requested.sort(), ["events.json", "population.json"]);
  assert.deepEqual(failed, []);
  assert.equal(await page.locator("h1").textContent(), bundled.title);
  assert.match((await page.getByTestId("event-count").textContent()) ?? "", new RegExp(`^${bundled.events.length} events`));
  assert.equal(await page.getByRole("alert").count(), 0);
  assert.deepEqual(errors.consoleErrors, []);
  assert.deepEqual(errors.pageErrors, []);
  await page.close();
});

test("the first screen marks ready; what is below the fold is in by dashboard:complete, just after", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  // What the page holds at the very moment of each mark.
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    const seen: Record<string, unknown> = {};
    (window as unknown as { seen: unknown }).seen = seen;
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      seen[name] = {
        markers: document.querySelectorAll("[data-testid=timeline] [data-event-id]").length,
        figures: document.querySelectorAll(".explore__breakdowns figure").length,
        sources: document.querySelectorAll("footer a[href^='http']").length,
      };
      return mark(name, options);
    };
  });
  await page.goto(site.url("/"));
  const ready = await waitForReady(page);
  const complete = await page.evaluate(() => performance.getEntriesByName("dashboard:complete", "mark")[0]?.startTime ?? -1);
  assert.ok(complete >= ready, `complete (${complete} ms) is not before ready (${ready} ms)`);
  const seen = (await page.evaluate(() => (window as unknown as { seen: unknown }).seen)) as Record<
    string,
    { markers: number; figures: number; sources: number }
  >;
  assert.equal(seen["dashboard:ready"]?.markers, bundled.events.length, "the timeline is drawn at ready");
  assert.equal(seen["dashboard:ready"]?.figures, 0, "the figures under the timeline wait for the first screen");
  const atComplete = seen["dashboard:complete"];
  assert.ok(atComplete && atComplete.figures > 0, "the figures under the timeline are drawn at complete");
  assert.ok(atComplete.sources > 0, "the footer lists the sources at complete");
  // Nothing more comes after it.
  await page.waitForTimeout(500);
  assert.equal(await page.locator(".explore__breakdowns figure").count(), atComplete.figures);
  await page.close();
});

test("a bad events file through ?events= shows an alert naming the file and every problem", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  const errors = watchErrors(page);
  await page.goto(site.url("/?events=/fixtures/bad/e2e-two-problems.json"));
  const alert = page.getByRole("alert").first();
  await alert.waitFor({ timeout: 10_000 });
  const text = (await alert.textContent()) ?? "";
  assert.match(text, /e2e-two-problems\.json/);
  assert.match(text, /events\[0\]\.date: "2023-02-30" is not a real date/);
  assert.match(text, /events\[1\]\.sources\[0\]\.url: "javascript:alert\(1\)" is not an absolute http/);
  assert.equal(await page.locator("a[href^='javascript:']").count(), 0);
  assert.deepEqual(errors.pageErrors, []);
  await page.close();
});

test("a population file that lands after the events is drawn with them: the timeline is placed once, not again narrower", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  // What the page holds at the very moment it says it is ready.
  await page.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name: string, options?: PerformanceMarkOptions) => {
      if (name === "dashboard:ready") {
        const timeline = document.querySelector("[data-testid=timeline]");
        (window as unknown as { atReady: unknown }).atReady = {
          width: Math.round(timeline?.getBoundingClientRect().width ?? 0),
          side: document.querySelectorAll(".explore__side").length,
        };
      }
      return mark(name, options);
    };
  });
  // About half a second for population.json, well after the events.
  await page.goto(site.url("/?events=/data/events.json&population=/__paced/0.4/data/population.json"));
  await waitForReady(page);
  await page.waitForTimeout(1_500);
  const later = await page.getByTestId("timeline").evaluate((el) => ({
    width: Math.round(el.getBoundingClientRect().width),
    side: document.querySelectorAll(".explore__side").length,
  }));
  assert.deepEqual(await page.evaluate(() => (window as unknown as { atReady: unknown }).atReady), later);
  assert.equal(later.side, 1);
  await page.close();
});

test("a population file that never answers holds the timeline back for a second at most", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(site.url("/?events=/data/events.json&population=/__flaky/never/99/hang/data/population.json"));
  const ready = await waitForReady(page, { complete: false });
  assert.ok(ready < 5_000, `ready after ${ready} ms`);
  assert.ok((await page.locator("[data-testid=timeline] [data-event-id]").count()) > 0);
  assert.match((await page.getByRole("status").allTextContents()).join(" "), /population/i);
  await page.close();
});

// More than two of the parts (5,000 events) a big file is checked and sent in as it downloads.
const BIG = 10_123;

test("a big events file arrives whole: every event, once", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  const errors = watchErrors(page);
  site.server().serveText("big-events.json", JSON.stringify(eventsDocument(BIG)));
  await page.goto(site.url("/?events=/__text/big-events.json"));
  await waitForReady(page, { timeoutMs: 60_000 });
  assert.match((await page.getByTestId("event-count").textContent()) ?? "", /^10123 events/);
  assert.equal(await page.getByRole("alert").count(), 0);
  assert.deepEqual(errors.pageErrors, []);
  await page.close();
});

test("a big events file with a problem deep inside is refused with that problem, and nothing of it drawn", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  const doc = eventsDocument(BIG);
  const spoiled = { ...doc, events: doc.events.map((e, i) => (i === 7_000 ? { ...e, date: "1990-02-30" } : e)) };
  site.server().serveText("big-spoiled.json", JSON.stringify(spoiled));
  await page.goto(site.url("/?events=/__text/big-spoiled.json"));
  const alert = page.getByRole("alert").first();
  await alert.waitFor({ timeout: 60_000 });
  assert.match((await alert.textContent()) ?? "", /events\[7000\]\.date: "1990-02-30" is not a real date/);
  assert.equal(await page.locator("[data-testid=timeline] [data-event-id]").count(), 0);
  await page.close();
});

test("a missing file is reported at once as a 404, without retries", async () => {
  const page = await site.browser().newPage();
  const requests: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.endsWith("/no-such-file.json")) requests.push(r.url());
  });
  await page.goto(site.url("/?events=/fixtures/no-such-file.json"));
  const alert = page.getByRole("alert").first();
  await alert.waitFor({ timeout: 10_000 });
  assert.match((await alert.textContent()) ?? "", /404/);
  assert.equal(requests.length, 1);
  await page.close();
});

test("the built site carries a strict Content-Security-Policy that the page never violates", async () => {
  const page = await site.browser().newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(site.url("/"));
  await waitForReady(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.ok(csp);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-eval/);
  assert.equal(await page.locator("script:not([src])").count(), 0, "no inline scripts");
  await page.locator("[data-event-id]").first().click();
  assert.deepEqual(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations), []);
  await page.close();
});

test("without its data worker (its script missing), the page loads the files itself", async () => {
  // A copy of the site whose worker script is gone, as after a deploy that lost a file.
  const copy = mkdtempSync(join(tmpdir(), "crossings-noworker-"));
  cpSync(resolve(ROOT, "dist"), copy, { recursive: true });
  const workerScripts = readdirSync(join(copy, "assets")).filter((f) => f.startsWith("data.worker-"));
  assert.equal(workerScripts.length, 1);
  for (const f of workerScripts) rmSync(join(copy, "assets", f));
  const server = await startStaticServer(copy);
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  const errors = watchErrors(page);
  try {
    await page.goto(`${server.url}/`);
    await waitForReady(page);
    assert.match((await page.getByTestId("event-count").textContent()) ?? "", new RegExp(`^${bundled.events.length} events`));
    assert.equal(await page.getByRole("alert").count(), 0);
    assert.deepEqual(errors.pageErrors, []);
  } finally {
    await page.close();
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  }
});
