import { test } from "node:test";
import assert from "node:assert/strict";
import { siteForTests } from "./context.ts";
import { axeViolations } from "../helpers/axe.ts";
import { waitForReady } from "../helpers/browser.ts";

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
