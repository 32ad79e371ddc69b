import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { siteForTests, ROOT } from "./context.ts";
import { reading, waitForReady, watchErrors } from "../helpers/browser.ts";
import { findings, installTraps, notBlank, SAFE, workerPollution } from "../helpers/traps.ts";
import { CASES, DEEP_CASES, type CorpusCase } from "../schema/corpus.cases.ts";

// A sample of the bad-input corpus (test/fixtures/bad/, expectations in
// test/schema/corpus.cases.ts) loaded through the real page: each bad file is
// refused with its problems named, each hostile-but-valid one is shown as text,
// and none of them runs code, bends Object.prototype or leaves the page blank.
const site = siteForTests();
const KIND_LABEL = { events: "Events file", population: "Population file" } as const;
const fixture = <T>(file: string) => JSON.parse(readFileSync(resolve(ROOT, "test/fixtures/bad", file), "utf8")) as T;

const SAMPLE = [
  "events-trailing-comma.json", // not JSON
  "population-truncated.json", // cut short
  "events-empty.json",
  "population-bom-then-array.json", // a byte order mark, then a list
  "events-html-error-page.json",
  "population-top-level-string.json",
  "events-source-javascript-url.json",
  "population-source-javascript-url.json", // "JavaScript:", in another case
  "events-source-data-url.json",
  "events-date-feb-30.json",
  "population-points-unsorted.json",
  "population-points-negative.json",
  "population-parts-not-adding-up.json",
  "events-schema-version-2.json",
  "events-many-problems.json",
];
const corpusCase = (file: string): CorpusCase => {
  const found = CASES.find((c) => c.file === file);
  if (!found) throw new Error(`${file} is not in the corpus`);
  return found;
};

async function open(path: string): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  await installTraps(page);
  const { pageErrors } = watchErrors(page);
  await page.goto(site.url(path));
  return { page, pageErrors };
}

/** Nothing ran, nothing was injected, nothing was polluted, and the page is not blank. */
async function assertUnharmed(page: Page, pageErrors: string[]): Promise<void> {
  assert.deepEqual(await findings(page), SAFE);
  for (const worker of await workerPollution(page)) assert.deepEqual(worker, { polluted: undefined, keys: [] });
  assert.ok(await notBlank(page), "the page is not blank");
  assert.deepEqual(pageErrors, []);
}

/** The alert for the file: its kind and name, how many problems, and each problem as the corpus pins it. */
async function assertRefused(page: Page, { file, kind, expected }: CorpusCase): Promise<void> {
  assert.ok(Array.isArray(expected), `${file} is a bad file in the corpus`);
  const alert = page.locator(`[role=alert][data-file="${file}"]`);
  await alert.waitFor({ timeout: 10_000 });
  assert.equal(await alert.locator("h2").textContent(), `${KIND_LABEL[kind]} ${file} could not be used`);
  const n = expected.length;
  assert.match(await alert.innerText(), new RegExp(`does not follow the data format: ${n} problems? found\\.`));
  const problems = await alert.locator("li").allTextContents();
  assert.equal(problems[0], expected[0], "the first problem");
  assert.deepEqual(problems, expected, "every problem, in order");
  assert.equal(await alert.getByRole("button", { name: "Retry" }).count(), 0, "retrying cannot fix a file");
}

const param = (kind: string, path: string) => `/?${kind}=${encodeURIComponent(path)}`;

for (const file of SAMPLE) {
  test(`${file} is refused, naming the file and its problems`, async () => {
    const c = corpusCase(file);
    const { page, pageErrors } = await open(param(c.kind, `/fixtures/bad/${file}`));
    await assertRefused(page, c);
    await assertUnharmed(page, pageErrors);
    await page.close();
  });
}

for (const c of DEEP_CASES.filter((d) => d.file === "events-deep-events.json" || d.file === "events-deep-extra-objects.json")) {
  test(`${c.file} (5,000 levels deep) is ${c.expected === "ok" ? "shown" : "refused"} without a crash`, async () => {
    site.server().serveText(c.file, c.text);
    const { page, pageErrors } = await open(param(c.kind, `/__text/${c.file}`));
    if (c.expected === "ok") {
      await waitForReady(page);
      assert.equal(await page.getByRole("alert").count(), 0);
    } else {
      await assertRefused(page, c);
    }
    await assertUnharmed(page, pageErrors);
    await page.close();
  });
}

interface HostileEvents {
  title: string;
  categories: { label: string }[];
  events: { id: string; title: string; summary: string; sources: { name: string }[] }[];
}

test("events-markup-in-text-fields.json is valid: it is shown, with every piece of markup as text", async () => {
  const file = "events-markup-in-text-fields.json";
  assert.equal(corpusCase(file).expected, "ok");
  const doc = fixture<HostileEvents>(file);
  const { page, pageErrors } = await open(param("events", `/fixtures/bad/${file}`));
  await waitForReady(page);
  assert.equal(await page.locator("h1").textContent(), doc.title);
  const [event] = doc.events;
  assert.ok(event);
  await page.locator(`[data-testid=timeline] [data-event-id="${event.id}"]`).click();
  const detail = page.locator(`[data-event-detail="${event.id}"]`);
  await detail.waitFor({ timeout: 5_000 });
  const shown = (await detail.textContent()) ?? "";
  for (const text of [event.title, event.summary.split("\n")[0] ?? "", event.sources[0]?.name ?? ""]) {
    assert.ok(shown.includes(text), `the detail shows ${JSON.stringify(text)} as text`);
  }
  assert.ok(((await page.locator("body").textContent()) ?? "").includes(doc.categories[0]?.label ?? "?"), "the category label as text");
  await assertUnharmed(page, pageErrors);
  await page.close();
});

test("population-markup-in-text-fields.json is valid: it is shown, with every piece of markup as text", async () => {
  const file = "population-markup-in-text-fields.json";
  assert.equal(corpusCase(file).expected, "ok");
  const doc = fixture<{ series: { label: string }[] }>(file);
  const { page, pageErrors } = await open(param("population", `/fixtures/bad/${file}`));
  await waitForReady(page);
  const chart = page.locator("figure[data-series-id]").first();
  assert.equal(await chart.locator("h3").textContent(), doc.series[0]?.label);
  await chart.getByRole("button", { name: "Show as table" }).click();
  await chart.locator("table").waitFor({ timeout: 5_000 });
  await assertUnharmed(page, pageErrors);
  await page.close();
});

for (const file of ["events-proto-and-constructor-keys.json", "population-proto-and-constructor-keys.json"]) {
  test(`${file} is valid and pollutes no prototype, on the page or in the worker`, async () => {
    const c = corpusCase(file);
    assert.equal(c.expected, "ok");
    const { page, pageErrors } = await open(param(c.kind, `/fixtures/bad/${file}`));
    await waitForReady(page);
    assert.equal(await page.getByRole("alert").count(), 0);
    assert.ok(page.workers().length > 0, "the file went through the data worker");
    await assertUnharmed(page, pageErrors);
    await page.close();
  });
}

test("population-breakdown-event-missing.json is drawn unlinked, with a warning naming the breakdown and its event", async () => {
  const file = "population-breakdown-event-missing.json";
  assert.equal(corpusCase(file).expected, "ok"); // a rule across two files: one file on its own is valid
  const [breakdown] = fixture<{ breakdowns: { id: string; label: string; eventId: string }[] }>(file).breakdowns;
  assert.ok(breakdown);
  const { page, pageErrors } = await open(`/?events=/fixtures/good/alt-events.json&population=/fixtures/bad/${file}`);
  await waitForReady(page);
  const warning = page.getByRole("alert").filter({ hasText: "not in the events file" });
  await warning.waitFor({ timeout: 5_000 });
  assert.ok((await warning.innerText()).includes(`${breakdown.label} (eventId "${breakdown.eventId}")`));
  assert.ok(await page.locator(`figure[data-breakdown-id~="${breakdown.id}"]`).isVisible());
  await assertUnharmed(page, pageErrors);
  await page.close();
});

// Generated while the test runs (256 MB of valid JSON, streamed with no declared
// length), so the page must count the bytes itself and stop at 64 MB.
test("a file over 64 MB is refused with the size in words, its download stopped early, the page responsive", async () => {
  const { page, pageErrors } = await open(param("events", "/__huge/huge/256/huge-events.json"));
  const hit = () => site.server().hits("huge")[0];
  const streaming = () => hit()?.outcome === "streaming";
  let answeredWhileStreaming = 0;
  let slowest = 0;
  for (const start = Date.now(); Date.now() - start < 30_000 && (!hit() || streaming());) {
    if (!hit()) {
      await new Promise((r) => setTimeout(r, 10));
      continue;
    }
    const t = Date.now();
    await page.evaluate(() => document.title); // answered by the page's main thread
    slowest = Math.max(slowest, Date.now() - t);
    if (streaming()) answeredWhileStreaming += 1;
  }
  const alert = page.locator('[role=alert][data-file="huge-events.json"]');
  await alert.waitFor({ timeout: 30_000 });
  assert.match(await alert.innerText(), /huge-events\.json is larger than 64 MB, so its download was stopped; files over 64 MB are refused\./);
  assert.equal(await alert.getByRole("button", { name: "Retry" }).count(), 0);
  assert.equal(await reading(async () => hit()?.outcome, "stopped"), "stopped");
  const sent = hit()?.sent ?? 0;
  assert.ok(sent > 64 * 1024 * 1024 && sent < 128 * 1024 * 1024, `sent ${(sent / 1024 / 1024).toFixed(1)} MB of 256`);
  assert.ok(answeredWhileStreaming >= 3, `the page answered ${answeredWhileStreaming} times while the file streamed`);
  assert.ok(slowest < 2_000, `the page answered within ${slowest} ms while the file streamed`);
  await assertUnharmed(page, pageErrors);
  await page.close();
});
