import { test } from "node:test";
import { parseCsv } from "../helpers/parseCsv.ts";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { axeViolations } from "../helpers/axe.ts";
import { siteForTests, ROOT, OUTPUT } from "./context.ts";
import { eventsInView, waitForReady, watchErrors } from "../helpers/browser.ts";
import { standaloneProblems } from "../../src/export/standalone.ts";

// Downloads (image and CSV), the theme control and the printed handout, in
// the explore view at 1366×768 with the bundled data.

const site = siteForTests();
const events = JSON.parse(readFileSync(resolve(ROOT, "data/events.json"), "utf8")) as {
  title: string;
  categories: { id: string; label: string }[];
  events: { id: string; category: string }[];
};
const population = JSON.parse(readFileSync(resolve(ROOT, "data/population.json"), "utf8")) as {
  series: { id: string; label: string; points: unknown[] }[];
};
const DAY = /\d{4}-\d{2}-\d{2}/.source;
const SLUG = "crossings-afghan-refugees-in-pakistan-1979-2023";

async function openExplore(search = ""): Promise<Page> {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  await page.goto(site.url(`/${search}`));
  await waitForReady(page);
  return page;
}

/** Chooses an item of the Download menu and returns the file the browser saved. */
async function download(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole("button", { name: "Download", exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("menuitem", { name: item }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}


/** The table part of a downloaded CSV (up to the blank record) and the rows after it. */
function csvParts(bytes: Buffer): { header: string[]; rows: string[][]; tail: string[][] } {
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  const records = parseCsv(text);
  const blank = records.findIndex((r) => r.length === 1 && r[0] === "");
  assert.ok(blank > 0, "a blank record separates the table from the sources");
  return { header: records[0] ?? [], rows: records.slice(1, blank), tail: records.slice(blank + 1) };
}

test("the view downloads as a standalone SVG and as a PNG at twice its size", async () => {
  const page = await openExplore();
  const errors = watchErrors(page);

  const svg = await download(page, "SVG image");
  assert.match(svg.name, new RegExp(`^${SLUG}-${DAY}\\.svg$`));
  const text = svg.bytes.toString("utf8");
  writeFileSync(resolve(OUTPUT, "export.svg"), text);
  assert.deepEqual(standaloneProblems(text), []);
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    const root = doc.documentElement;
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      width: Number(root.getAttribute("width")),
      height: Number(root.getAttribute("height")),
      text: [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "").join("\n"),
      marks: doc.querySelectorAll("path, rect").length,
    };
  }, text);
  assert.equal(parsed.error, null);
  assert.ok(parsed.text.includes(events.title), "the dataset's title is in the image");
  assert.match(parsed.text, /UNHCR/);
  assert.match(parsed.text, /Sources: .*DW/, "the source line names the publishers");
  assert.match(parsed.text, /CC BY 4\.0/);
  assert.match(parsed.text, /Data as of /);
  for (const c of events.categories) assert.ok(parsed.text.includes(c.label), `the key names ${c.label}`);
  assert.ok(parsed.marks > events.events.length, "the timeline's marks are in the image");

  const png = await download(page, "PNG image");
  assert.match(png.name, new RegExp(`^${SLUG}-${DAY}\\.png$`));
  writeFileSync(resolve(OUTPUT, "export.png"), png.bytes);
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG signature");
  assert.equal(png.bytes.readUInt32BE(16), 2 * parsed.width, "PNG width is twice the SVG's");
  assert.equal(png.bytes.readUInt32BE(20), 2 * parsed.height, "PNG height is twice the SVG's");

  // Opened on its own (no page, no stylesheet), the SVG still draws: screenshot it for review.
  const alone = await site.browser().newPage({ viewport: { width: parsed.width, height: parsed.height } });
  await alone.setContent(`<!doctype html><body style="margin:0"><img src="data:image/svg+xml;base64,${svg.bytes.toString("base64")}"></body>`);
  await alone.locator("img").evaluate((img) => (img as HTMLImageElement).decode());
  assert.equal(await alone.locator("img").evaluate((img) => (img as HTMLImageElement).naturalWidth), parsed.width);
  await alone.screenshot({ path: resolve(OUTPUT, "export-svg-alone.png") });
  await alone.close();

  assert.deepEqual(errors.pageErrors, []);
  assert.deepEqual(errors.consoleErrors, []);
  await page.close();
});

test("the events CSV holds exactly the events in view, after a category is switched off", async () => {
  const page = await openExplore();
  const off = events.categories[0];
  assert.ok(off);
  await page.locator(`.legend [data-category="${off.id}"]`).click();
  const expected = events.events.filter((e) => e.category !== off.id).length;
  await page.locator("[data-testid=event-count]", { hasText: `${expected} of ${events.events.length}` }).waitFor();

  const csv = await download(page, "Events in view (CSV)");
  assert.match(csv.name, new RegExp(`^${SLUG}-${DAY}-events\\.csv$`));
  writeFileSync(resolve(OUTPUT, "export-events.csv"), csv.bytes);
  const { header, rows, tail } = csvParts(csv.bytes);
  assert.deepEqual(header, ["Date", "End date", "Title", "Category", "Importance", "Summary", "Figures", "Sources"]);
  assert.equal(rows.length, expected);
  assert.equal(rows.length, await eventsInView(page));
  assert.ok(rows.every((r) => r[3] !== off.label), `no ${off.label} event is left`);
  assert.ok(tail.length >= 2);
  assert.ok(tail.slice(0, -1).every((r) => r[0] === "Source" || r[0] === "Licence"));
  const cite = tail.at(-1) ?? [];
  assert.equal(cite[0], "How to cite");
  assert.match(cite[1] ?? "", new RegExp(`^${events.title}, Crossings, http.*cat=.*, accessed ${DAY}; data: `));
  await page.close();
});

test("zoomed in, the events CSV keeps only the events in the visible window", async () => {
  const page = await openExplore("?from=2021&to=2023");
  const csv = await download(page, "Events in view (CSV)");
  const { rows } = csvParts(csv.bytes);
  assert.ok(rows.length > 0 && rows.length < events.events.length);
  assert.equal(rows.length, await eventsInView(page));
  await page.close();
});

test("a series CSV has one row per point", async () => {
  const page = await openExplore();
  const series = population.series[0];
  assert.ok(series);
  const csv = await download(page, `${series.label} (CSV)`);
  assert.match(csv.name, new RegExp(`^${SLUG}-${DAY}-${series.id}\\.csv$`));
  const { header, rows, tail } = csvParts(csv.bytes);
  assert.deepEqual(header, ["Date", "Value (people)", "Approximate"]);
  assert.equal(rows.length, series.points.length);
  assert.ok(tail.some((r) => r[0] === "Licence" && /CC BY 4\.0/.test(r[1] ?? "")));
  await page.close();
});

test("Dark sets the theme on the page and in the URL, and axe finds nothing in it", async () => {
  const page = await openExplore();
  await page.getByRole("radio", { name: "Dark" }).check();
  await page.waitForFunction(() => document.documentElement.dataset["theme"] === "dark");
  await page.waitForURL(/[?&]theme=dark/);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r = 255, g = 255, b = 255] = (bg.match(/\d+/g) ?? []).map(Number);
  assert.ok(r + g + b < 3 * 60, `the background is dark (${bg})`);

  const violations = await axeViolations(page);
  await page.getByRole("button", { name: "Download", exact: true }).click();
  await page.getByRole("menu").waitFor();
  const withMenu = await axeViolations(page);
  writeFileSync(resolve(OUTPUT, "axe-explore-dark.json"), JSON.stringify({ violations, withMenu }, null, 2));
  await page.screenshot({ path: resolve(OUTPUT, "explore-dark-menu.png") });
  assert.deepEqual(violations, []);
  assert.deepEqual(withMenu, []);
  await page.keyboard.press("Escape");
  assert.equal(await page.getByRole("menu").count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("aria-haspopup")), "menu", "Esc gives focus back to the button");

  await page.getByRole("radio", { name: "System" }).check();
  await page.waitForFunction(() => document.documentElement.dataset["theme"] === undefined);
  assert.doesNotMatch(page.url(), /theme=/);
  await page.close();
});

test("on a phone the open menu fits the screen, and Tab leaves it closed", async () => {
  const page = await site.browser().newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await page.goto(site.url("/"));
  await waitForReady(page);
  await page.getByRole("button", { name: "Download", exact: true }).tap();
  const box = await page.getByRole("menu").boundingBox();
  assert.ok(box);
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `the menu spans ${box.x}–${box.x + box.width}`);
  await page.screenshot({ path: resolve(OUTPUT, "download-menu-390.png") });
  await page.keyboard.press("Tab");
  assert.equal(await page.getByRole("menu").count(), 0);
  await page.close();
});

test("printed, the view is a handout: no controls, black on white, and the events in view with their sources", async () => {
  const page = await openExplore("?theme=dark&from=2021&to=2023");
  await page.emulateMedia({ media: "print" });
  for (const name of ["Download", "Reset zoom"]) {
    assert.equal(await page.getByRole("button", { name, exact: true }).isVisible(), false, `${name} is hidden`);
  }
  assert.equal(await page.locator(".search__input").isVisible(), false);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(255, 255, 255)");
  const list = page.locator("[data-testid=print-events]");
  assert.equal(await list.isVisible(), true);
  assert.equal(await list.locator("li").count(), await eventsInView(page));
  const after = await list.locator("a[href]").first().evaluate((a) => getComputedStyle(a, "::after").content);
  assert.match(after, /\(https?:/, "a printed link shows its address");
  await page.screenshot({ path: resolve(OUTPUT, "print.png"), fullPage: true });
  await page.pdf({ path: resolve(OUTPUT, "print.pdf"), format: "A4" });

  await page.emulateMedia({ media: "screen" });
  assert.equal(await list.isVisible(), false, "on screen the list is not shown");
  await page.close();
});
