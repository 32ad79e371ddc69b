import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parsePeriod } from "../../src/data/dates.ts";
import type { EventsDocument } from "../../src/data/schema/events.ts";
import type { PopulationDocument } from "../../src/data/schema/population.ts";
import { rangeToDomain } from "../../src/state/url.ts";
import { siteForTests, ROOT } from "./context.ts";
import { reading } from "../helpers/browser.ts";
import { focused, focusInside, keyOfFocus, named, openForKeys, pressUntil, type Focused } from "../helpers/keyboard.ts";
import { parseCsv } from "../helpers/parseCsv.ts";

// More of the explore view with the keyboard alone: a breakdown and its table,
// export, the list of events, the embed dialog (keyboard.e2e.ts has the rest).

const site = siteForTests();
const read = <T>(path: string) => JSON.parse(readFileSync(resolve(ROOT, path), "utf8")) as T;
const doc = read<EventsDocument>("data/events.json");
const population = read<PopulationDocument>("data/population.json");
const total = doc.events.length;
const open = (path: string) => openForKeys(site.browser(), site.url(path), { width: 1366, height: 768 });

test("breakdowns: every chart's table opens by keys and is a tab stop; 'Show on timeline' opens the linked event", async () => {
  const { page, done } = await open("/");
  const charts = await page.locator("figure.chart-frame").count();
  assert.ok(charts > 0);
  let tables = 0;
  let tablesReached = 0;
  for (let i = 0; i < 400 && tablesReached < charts; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f?.desc.startsWith("DIV.data-table")) {
      tablesReached++;
      assert.ok(f.indicator, `focus shows on the table ${f.name}`);
    }
    if (f?.name !== "Show as table" || f.pressed !== "false") continue;
    await page.keyboard.press("Enter");
    const rows = await page.waitForFunction(() => {
      const body = document.getElementById(document.activeElement?.getAttribute("aria-controls") ?? "");
      return body?.querySelectorAll("table tbody tr").length || null;
    });
    assert.ok(((await rows.jsonValue()) as number) > 0, `${f.desc}: the table has rows`);
    assert.equal((await focused(page))?.pressed, "true");
    tables++;
  }
  assert.equal(tables, charts, "every chart has a table equivalent, opened with Enter");
  assert.equal(tablesReached, charts, "and each table is a tab stop (it scrolls)");

  const linked = population.breakdowns.find((b) => b.eventId);
  assert.ok(linked?.eventId);
  await pressUntil(page, named("Show on timeline"), "a 'Show on timeline' button");
  const figure = await page.evaluate(() => document.activeElement?.closest("figure")?.getAttribute("data-breakdown-id") ?? null);
  const eventId = population.breakdowns.find((b) => b.id === figure)?.eventId;
  assert.ok(eventId, `the button belongs to a linked breakdown (${figure})`);
  const button = await keyOfFocus(page);
  await page.keyboard.press("Enter");
  await page.locator(`aside[data-event-detail="${eventId}"]`).waitFor();
  assert.equal(await keyOfFocus(page), button, "focus stays on the button");
  await done();
});

test("export: Download opens its menu by keys, Esc closes it, Enter on 'Events in view (CSV)' downloads the events", async () => {
  const { page, done } = await open("/");
  const button = await pressUntil(page, named(/^Download/), "the Download button");
  await page.keyboard.press("Enter");
  assert.equal(await reading(async () => (await focused(page))?.name, "PNG image"), "PNG image", "Enter opens the menu on its first item");
  await page.keyboard.press("Escape");
  assert.equal(await reading(() => keyOfFocus(page), button.key), button.key, "Esc closes it and focus returns to Download");
  assert.equal(await page.locator("[role=menu]").isVisible(), false);
  await page.keyboard.press("ArrowDown");
  await pressUntil(page, named("Events in view (CSV)"), "the events CSV item", { key: "ArrowDown", max: 5 });
  const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  assert.match(file.suggestedFilename(), /-events\.csv$/);
  const cells = new Set(parseCsv(await readFile(await file.path(), "utf8")).flat());
  assert.deepEqual(doc.events.filter((e) => !cells.has(e.title)).map((e) => e.id), [], "the CSV lists every event");
  assert.equal(await reading(() => keyOfFocus(page), button.key), button.key, "focus is back on Download");
  await done();
});

test("'Events as list' opens by keys and lists the events in the window with dates and source links", async () => {
  const from = "1989-01";
  const to = "2001-12";
  const { page, done } = await open(`/?from=${from}&to=${to}`);
  const part = `Timeline: ${total} events from 1979 to 2023; showing 1989–2001`;
  assert.equal(await reading(() => page.locator(".timeline__svg").getAttribute("aria-label"), part), part, "the timeline says what it shows");
  const toggle = await pressUntil(page, named("Events as list"), "the 'Events as list' button");
  assert.equal(toggle.pressed, "false");
  await page.keyboard.press("Enter");
  assert.equal((await focused(page))?.pressed, "true");
  await pressUntil(page, (f) => f.testId === "print-events", "the list");
  const d = rangeToDomain(from, to);
  assert.ok(d);
  const inRange = doc.events.filter((e) => {
    const s = parsePeriod(e.date);
    const t = parsePeriod(e.endDate ?? e.date);
    return s && t && s.start < d[1] && t.end > d[0];
  });
  const items = page.getByTestId("print-events").locator("li");
  assert.deepEqual((await items.locator(".print-events__title").allTextContents()).sort(), inRange.map((e) => e.title).sort());
  for (const item of await items.all()) {
    assert.match((await item.locator(".print-events__date").textContent()) ?? "", /\b(19[89]\d|200[01])\b/, "each item has its date");
    assert.ok((await item.locator(".print-events__sources a[href^='http']").count()) >= 1, "and a source link");
  }
  await page.keyboard.press("Tab");
  assert.ok(await focusInside(page, "[data-testid=print-events] a[href]"), "Tab goes on to the list's links");
  await done();
});

test("the Embed dialog: Enter opens it with focus inside, Tab stays inside, Esc (also in the preview) or Close shuts it, focus back on Embed", async () => {
  const { page, done } = await open("/");
  const embed = await pressUntil(page, named("Embed"), "the Embed button");
  const inPreview = (f: Focused) => f.desc.startsWith("IFRAME");
  for (const how of ["Esc", "Esc in the preview", "Close"] as const) {
    await page.keyboard.press("Enter");
    await page.locator("dialog.embed-dialog[open]").waitFor();
    await page.waitForFunction(() => document.activeElement?.closest("dialog[open]") != null);
    if (how !== "Esc") {
      // The preview is a page of its own: let it load and draw, as a reader would see it before tabbing in.
      const preview = await (await page.getByTestId("embed-preview").elementHandle())?.contentFrame();
      await preview?.waitForFunction(() => document.readyState === "complete" && performance.getEntriesByName("dashboard:ready", "mark").length > 0);
      const seen: string[] = [];
      // From its first control (Close) round to the preview, or round to Close again.
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press("Tab");
        const f = await focused(page);
        if (!f) continue;
        assert.ok(await focusInside(page, "dialog[open]"), `Tab stays in the dialog (${f.desc})`);
        seen.push(f.name);
        if (how === "Close" ? f.name === "Close" : inPreview(f)) break;
      }
      assert.ok(seen.includes("Copy code"), "its controls are reached");
    }
    await page.keyboard.press(how === "Close" ? "Enter" : "Escape");
    await page.locator("dialog.embed-dialog").waitFor({ state: "detached" });
    assert.equal(await reading(() => keyOfFocus(page), embed.key), embed.key, `${how} returns focus to Embed`);
  }
  await done();
});
