import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { siteForTests, ROOT } from "./context.ts";
import { waitForReady, watchErrors } from "../helpers/browser.ts";
import { startStaticServer } from "../helpers/server.ts";

// The shipped data files were checked when the site was built; readers take
// them as checked only while their content is the very content checked.

const site = siteForTests();
const shipped = readFileSync(resolve(ROOT, "data/events.json"), "utf8");
const bundled = JSON.parse(shipped) as { title: string; events: { id: string; sources: unknown[] }[] };

/** The scripts a page (its worker included) fetched. */
function scriptsOf(page: Page): string[] {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script" || r.url().endsWith(".js")) scripts.push(new URL(r.url()).pathname.split("/").pop() ?? "");
  });
  return scripts;
}

/** The built site with its data/events.json replaced by `events`, as after a deploy that changed the file alone. */
async function withEventsFile(events: string, check: (page: Page, scripts: string[]) => Promise<void>): Promise<void> {
  const copy = mkdtempSync(join(tmpdir(), "crossings-changed-"));
  cpSync(resolve(ROOT, "dist"), copy, { recursive: true });
  writeFileSync(join(copy, "data/events.json"), events);
  const server = await startStaticServer(copy);
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  try {
    const scripts = scriptsOf(page);
    await page.goto(`${server.url}/`);
    await check(page, scripts);
  } finally {
    await page.close();
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

test("the shipped files, unchanged, are drawn without loading the validator", async () => {
  const page = await site.browser().newPage({ viewport: { width: 1366, height: 768 } });
  const errors = watchErrors(page);
  const scripts = scriptsOf(page);
  await page.goto(site.url("/"));
  await waitForReady(page);
  assert.match((await page.getByTestId("event-count").textContent()) ?? "", new RegExp(`^${bundled.events.length} events`));
  assert.ok(scripts.some((s) => s.startsWith("data.worker-")), `the worker loads the files (scripts: ${scripts.join(", ")})`);
  assert.deepEqual(scripts.filter((s) => s.startsWith("validate-")), []);
  assert.deepEqual(errors.pageErrors, []);
  await page.close();
});

test("a shipped events file changed after the build is checked, and refused for what is wrong with it", async () => {
  const broken = { ...bundled, events: bundled.events.map((e, i) => (i === 2 ? { ...e, sources: [] } : e)) };
  await withEventsFile(JSON.stringify(broken, null, 2), async (page, scripts) => {
    const alert = page.getByRole("alert").filter({ hasText: "events.json" });
    await alert.waitFor({ timeout: 15_000 });
    assert.match((await alert.textContent()) ?? "", /events\[2\]\.sources/);
    assert.equal(await page.locator("[data-testid=timeline] [data-event-id]").count(), 0);
    assert.ok(scripts.some((s) => s.startsWith("validate-")), "the validator was loaded to check it");
  });
});

test("a shipped events file changed into another valid file is checked and drawn", async () => {
  const retitled = shipped.replace(JSON.stringify(bundled.title), JSON.stringify(`${bundled.title} (revised)`));
  assert.notEqual(retitled, shipped);
  await withEventsFile(retitled, async (page, scripts) => {
    await waitForReady(page);
    assert.equal(await page.locator("h1").textContent(), `${bundled.title} (revised)`);
    assert.ok(scripts.some((s) => s.startsWith("validate-")), "the validator was loaded to check it");
  });
});
