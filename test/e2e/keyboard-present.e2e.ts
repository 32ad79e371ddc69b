import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { siteForTests } from "./context.ts";
import { reading } from "../helpers/browser.ts";
import { assertTabOrder, focused, focusInside, keyOfFocus, named, openForKeys, pressUntil } from "../helpers/keyboard.ts";

// The presenter with the keyboard alone at 1920×1080: every control is a tab
// stop that shows its focus, keys step the story, and focus is never dropped
// (at either end of the story, or when the sources panel closes).

const site = siteForTests();
const open = () => openForKeys(site.browser(), site.url("/?mode=present"), { width: 1920, height: 1080 });
const counter = (page: Page) => page.getByTestId("step-counter").textContent();

/** Presses `key` and waits for the counter to say `n / count`. */
async function step(page: Page, key: string, n: number, count: number): Promise<void> {
  await page.keyboard.press(key);
  const want = `${n} / ${count}`;
  assert.equal(await reading(() => counter(page), want), want, `${JSON.stringify(key)} goes to step ${n}`);
}

test("presenter: Tab reaches every control with its focus shown; Shift+Tab walks back; no trap", async (t) => {
  const { page, done } = await open();
  const { stops, controls } = await assertTabOrder(page);
  const names = stops.map((s) => s.name);
  for (const name of [/Previous$/, /^Next/, /^Sources$/]) assert.ok(names.some((n) => name.test(n)), `${name} is a tab stop: ${names.join(", ")}`);
  t.diagnostic(`${stops.length} tab stops for ${controls} controls: ${stops.map((s) => s.desc).join(" → ")}`);
  await done();
});

test("presenter: Enter, Space and the arrows step; Previous and Next keep focus at either end of the story", async () => {
  const { page, done } = await open();
  const count = Number(((await counter(page)) ?? "").split(" / ")[1]);
  assert.ok(count >= 4, `a story of several steps (${count})`);
  const next = await pressUntil(page, named(/^Next/), "Next");
  await step(page, "Enter", 2, count);
  await step(page, "Space", 3, count);
  await step(page, "ArrowRight", 4, count);
  await step(page, "ArrowLeft", 3, count);
  assert.equal(await keyOfFocus(page), next.key, "focus stays on Next");
  await step(page, "End", count, count);
  assert.equal(await keyOfFocus(page), next.key, "at the last step Next keeps focus");
  assert.equal((await focused(page))?.ariaDisabled, "true", "and says it is unavailable");
  await step(page, "Enter", count, count);

  const previous = await pressUntil(page, named(/Previous$/), "Previous", { key: "Shift+Tab" });
  await step(page, "Enter", count - 1, count);
  await step(page, "Home", 1, count);
  assert.equal(await keyOfFocus(page), previous.key, "at the first step Previous keeps focus");
  assert.equal((await focused(page))?.ariaDisabled, "true");
  await step(page, "Space", 1, count);
  await done();
});

test("presenter: Sources opens by keys; Esc closes it, from the button or from inside, and focus is on Sources", async () => {
  const { page, done } = await open();
  const first = await counter(page);
  const sources = await pressUntil(page, named("Sources"), "Sources");
  const panel = page.locator("#present-credits");
  for (const from of ["the button", "a link inside"] as const) {
    await page.keyboard.press("Enter");
    await panel.waitFor();
    assert.equal((await focused(page))?.expanded, "true");
    if (from === "a link inside") await pressUntil(page, () => focusInside(page, "#present-credits a[href]"), "a link in the panel");
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    assert.equal(await reading(() => keyOfFocus(page), sources.key), sources.key, `Esc from ${from} leaves focus on Sources`);
    assert.equal((await focused(page))?.expanded, "false");
  }
  assert.equal(await counter(page), first, "no step was taken");
  await done();
});
