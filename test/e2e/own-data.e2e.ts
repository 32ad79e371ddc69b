import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { siteForTests, ROOT, OUTPUT } from "./context.ts";
import { waitForReady, watchErrors } from "../helpers/browser.ts";

// Load your own data: files opened from the reader's computer, by the picker
// and by dropping them on the page.
const site = siteForTests();
const fixture = (p: string) => resolve(ROOT, "test/fixtures", p);
const read = (p: string) => JSON.parse(readFileSync(p, "utf8")) as { title?: string; events?: unknown[] };
const bundledTitle = read(resolve(ROOT, "data/events.json")).title ?? "";
const alt = read(fixture("good/alt-events.json"));

async function openPage(path = "/"): Promise<{ page: Page; errors: ReturnType<typeof watchErrors> }> {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  const errors = watchErrors(page);
  await page.goto(site.url(path));
  await waitForReady(page);
  return { page, errors };
}
const picker = (page: Page) => page.locator("input[type=file]");
const title = (page: Page) => page.locator("h1").textContent();

/** Drops files on the page the way a browser does: a DataTransfer holding Files, dragged over and dropped. */
async function drop(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: "application/json" }));
    const target = document.querySelector("[data-testid=timeline]") ?? document.body;
    for (const type of ["dragenter", "dragover", "drop"]) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, files);
}

test("a picked events file replaces the bundled data; Back to the bundled data restores it", async () => {
  const { page, errors } = await openPage("/?q=karachi");
  await picker(page).setInputFiles(fixture("good/alt-events.json"));
  await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, alt.title);
  assert.match((await page.getByTestId("event-count").textContent()) ?? "", new RegExp(`^${alt.events?.length ?? -1} events`), "a fresh view: no search carried over");
  assert.match((await page.getByRole("status").filter({ hasText: "Showing your file" }).textContent()) ?? "", /alt-events\.json, opened from this computer/);
  assert.match((await page.locator(".page__footer").textContent()) ?? "", /your file alt-events\.json, opened from this computer/);
  // The bundled population is not kept beside the reader's events.
  assert.equal(await page.locator("[data-breakdown-id]").count(), 0);
  const params = new URL(page.url()).searchParams;
  assert.equal(params.get("events"), null, "no address for a local file in the URL");
  assert.match((await page.locator(".share__note").textContent()) ?? "", /cannot carry alt-events\.json/);
  assert.equal(await page.getByRole("button", { name: /Embed/ }).count(), 0, "a local file cannot be embedded");
  await page.screenshot({ path: resolve(OUTPUT, "own-data-opened.png") });

  await page.getByRole("button", { name: "Back to the bundled data" }).click();
  await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, bundledTitle);
  assert.ok((await page.locator("[data-breakdown-id]").count()) > 0, "the bundled figures are back");
  assert.equal(await page.locator(".share__note").count(), 0);
  assert.deepEqual(errors.pageErrors, []);
  assert.deepEqual(errors.consoleErrors, []);
  await page.close();
});

test("bad files are refused with every problem grouped by file; what was shown stays", async () => {
  const { page, errors } = await openPage();
  await picker(page).setInputFiles([fixture("bad/e2e-two-problems.json"), fixture("bad/population-parts-not-adding-up.json")]);
  const alert = page.locator(".own-data__refused");
  await alert.waitFor();
  assert.equal(await title(page), bundledTitle);
  const groups = alert.locator(".own-data__file");
  assert.deepEqual(await groups.evaluateAll((els) => els.map((e) => e.getAttribute("data-file"))), [
    "e2e-two-problems.json", "population-parts-not-adding-up.json",
  ]);
  const first = (await groups.nth(0).textContent()) ?? "";
  assert.match(first, /events\[0\]\.date: "2023-02-30" is not a real date/);
  assert.match(first, /events\[1\]\.sources\[0\]\.url: "javascript:alert\(1\)" is not an absolute http/);
  assert.match((await groups.nth(1).textContent()) ?? "", /parts|add up|total/i);
  assert.equal(await page.locator("a[href^='javascript:']").count(), 0);
  await page.screenshot({ path: resolve(OUTPUT, "own-data-refused.png") });
  await page.getByRole("button", { name: "Dismiss" }).click();
  assert.equal(await alert.count(), 0);
  assert.deepEqual(errors.pageErrors, []);
  await page.close();
});

test("files dropped on the page open both kinds at once; a file of neither kind is named as such", async () => {
  const { page, errors } = await openPage();
  await drop(page, [
    { name: "mine-events.json", text: readFileSync(fixture("good/alt-events.json"), "utf8") },
    { name: "mine-population.json", text: readFileSync(fixture("good/alt-population.json"), "utf8") },
    { name: "notes.json", text: JSON.stringify({ schemaVersion: 1, notes: [] }) },
  ]);
  await page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, alt.title);
  const refused = page.locator(".own-data__refused");
  await refused.waitFor();
  assert.match((await refused.textContent()) ?? "", /notes\.json[\s\S]*neither an events file[\s\S]*nor a population file/);
  assert.match((await refused.textContent()) ?? "", /mine-events\.json and mine-population\.json opened/);
  assert.ok((await page.locator("[data-breakdown-id]").count()) > 0, "the reader's breakdowns are drawn");
  assert.match((await page.locator(".page__footer").textContent()) ?? "", /mine-events\.json and mine-population\.json/);
  assert.equal(await page.locator(".drop-zone").count(), 0, "the drop overlay is gone");
  assert.deepEqual(errors.pageErrors, []);
  await page.close();
});

test("a hostile file opened locally shows its markup as text and runs nothing", async () => {
  const { page, errors } = await openPage();
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await picker(page).setInputFiles(fixture("bad/events-markup-in-text-fields.json"));
  await page.locator("h1").filter({ hasText: "<" }).waitFor();
  assert.deepEqual(dialogs, [], "no script from the file ran");
  assert.equal(await page.locator("main script, main img[onerror], main [onclick]").count(), 0);
  assert.equal(await page.evaluate(() => ({} as Record<string, unknown>)["polluted"]), undefined);
  assert.deepEqual(errors.pageErrors, []);
  await page.close();
});
