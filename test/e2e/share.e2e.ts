import { test } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { siteForTests, OUTPUT } from "./context.ts";
import { axisLabels, waitForReady, waitForStillTimeline } from "../helpers/browser.ts";

const site = siteForTests();

/** What a reader sees: the range, the selection, the filters, the search, the band and the theme. */
async function viewOf(page: Page) {
  await waitForStillTimeline(page);
  return {
    axis: await axisLabels(page),
    selected: await page.locator("[data-event-detail]").getAttribute("data-event-detail"),
    chips: await page.locator("button[data-category]").evaluateAll((els) => els.map((e) => `${e.getAttribute("data-category")}=${e.getAttribute("aria-pressed")}`)),
    query: await page.getByRole("searchbox").inputValue(),
    compare: await page.getByLabel(/Compare with/).isChecked(),
    theme: await page.locator("html").getAttribute("data-theme"),
    status: await page.getByTestId("event-count").textContent(),
  };
}

test("the Share link restores the same view in a new page", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(site.url("/?from=1988-01&to=2003-12"));
  await waitForReady(page);
  await page.locator('button[data-category="diplomacy"]').click();
  await page.getByRole("searchbox").fill("refugees");
  await page.getByLabel(/Compare with/).check();
  await page.getByRole("radio", { name: "Dark" }).check();
  await page.locator("[data-testid=timeline] [data-event-id]").first().click();
  const before = await viewOf(page);
  assert.ok(before.selected, "an event is selected");
  const link = await page.getByRole("button", { name: "Share" }).getAttribute("data-copy-url");
  assert.ok(link);
  const fresh = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  await fresh.goto(link);
  await waitForReady(fresh);
  assert.deepEqual(await viewOf(fresh), before);
  await fresh.screenshot({ path: resolve(OUTPUT, "shared-dark-1366.png") });
  await fresh.close();
  await page.close();
});
