import { test } from "node:test";
import assert from "node:assert/strict";
import { siteForTests } from "./context.ts";
import { axeViolations } from "../helpers/axe.ts";
import { reading, waitForReady } from "../helpers/browser.ts";

const site = siteForTests();

const VIEWS = [
  { mode: "explore", width: 1366, height: 768 },
  { mode: "embed", width: 640, height: 900 },
  { mode: "present", width: 1920, height: 1080 },
] as const;

for (const view of VIEWS) {
  for (const theme of ["light", "dark"] as const) {
    test(`axe finds no violations in ${view.mode}, ${theme}`, async () => {
      const page = await site.browser().newPage({ viewport: { width: view.width, height: view.height } });
      await page.goto(site.url(`/?mode=${view.mode}&theme=${theme}`));
      await waitForReady(page);
      assert.equal(await page.locator("html").getAttribute("data-theme"), theme);
      // With an event selected too: the detail panel and linked figures are part of every mode.
      await page.waitForTimeout(300);
      const before = await axeViolations(page);
      assert.deepEqual(before, [], JSON.stringify(before, null, 1));
      if (view.mode !== "present") {
        await page.goto(site.url(`/?mode=${view.mode}&theme=${theme}&event=karachi-release-2023`));
        await waitForReady(page);
        await page.waitForTimeout(300);
        const selected = await axeViolations(page);
        assert.deepEqual(selected, [], JSON.stringify(selected, null, 1));
      }
      await page.close();
    });
  }
}

test("the timeline describes its view, and 'Events as list' lists the events in range with dates and sources", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(site.url("/"));
  await waitForReady(page);
  const svg = page.locator(".timeline__svg");
  // The span settles once both files are in (the population band can widen it): read it when still.
  const full = "Timeline: 39 events from 1979 to 2023; showing 1979–2023";
  assert.equal(await reading(() => svg.getAttribute("aria-label"), full), full);
  await page.goto(site.url("/?from=1989-01&to=2001-12"));
  await waitForReady(page);
  const part = "Timeline: 39 events from 1979 to 2023; showing 1989–2001";
  assert.equal(await reading(() => svg.getAttribute("aria-label"), part), part);
  assert.equal(await page.getByTestId("print-events").isVisible(), false);
  await page.getByRole("button", { name: "Events as list" }).click();
  const list = page.getByTestId("print-events");
  assert.equal(await list.isVisible(), true);
  const items = list.locator("li");
  const inView = await page.evaluate(() => {
    const marks = document.querySelectorAll("[data-testid=timeline] [data-event-id]").length;
    const clustered = [...document.querySelectorAll("[data-cluster-size]")].reduce((n, e) => n + Number(e.getAttribute("data-cluster-size")), 0);
    return marks + clustered;
  });
  assert.equal(await items.count(), inView, "one item per event in view");
  const first = (await items.first().textContent()) ?? "";
  assert.match(first, /19(89|9\d|0\d)|20(0[01])/);
  assert.match(first, /Sources?:/);
  assert.ok((await items.first().locator("a[href^='http']").count()) >= 1);
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});
