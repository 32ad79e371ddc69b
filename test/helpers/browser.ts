import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

// Debian's Chromium, driven by playwright-core (which never downloads a browser).
export function chromiumPath(): string {
  const candidates = [process.env["CHROMIUM_PATH"], "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((p): p is string => typeof p === "string" && existsSync(p));
  if (!found) throw new Error("Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH");
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/** Collects what a page must never produce: console errors and uncaught exceptions. */
export function watchErrors(page: Page): { consoleErrors: string[]; pageErrors: string[] } {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  return { consoleErrors, pageErrors };
}

/**
 * Resolves with the ready mark's time once the page is complete too (what is
 * below the fold is drawn just after the first screen), or rejects after
 * timeoutMs. `complete: false` waits for the first screen alone, for a page
 * that is never complete (a file that never answers).
 */
export async function waitForReady(page: Page, { timeoutMs = 15_000, complete = true } = {}): Promise<number> {
  const handle = await page.waitForFunction(
    (waitForComplete) => {
      // No helper function here: the test runner would name it, and the page has no such helper.
      const ready = performance.getEntriesByName("dashboard:ready", "mark")[0]?.startTime;
      const complete = performance.getEntriesByName("dashboard:complete", "mark")[0]?.startTime;
      return ready !== undefined && (complete !== undefined || !waitForComplete) ? ready : null;
    },
    complete,
    { timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as number;
}

/** The main timeline's axis labels, left to right. */
export function axisLabels(page: Page): Promise<string[]> {
  return page.locator("[data-testid=timeline] .tl-axis__label").allTextContents();
}

/**
 * Events in the timeline's view: marks drawn one by one plus the sizes of the
 * clusters ([data-cluster-size]); a mark inside a cluster is not counted twice.
 */
export function eventsInView(page: Page): Promise<number> {
  return page.locator("[data-testid=timeline]").evaluate((root) => {
    const marks = [...root.querySelectorAll("[data-event-id]")].filter((m) => !m.closest("[data-cluster-size]"));
    const clustered = [...root.querySelectorAll("[data-cluster-size]")]
      .reduce((sum, c) => sum + Number(c.getAttribute("data-cluster-size")), 0);
    return marks.length + clustered;
  });
}

/**
 * Waits until the timeline stops moving (gestures settled, glides finished):
 * the axis labels and their positions read the same several times in a row.
 */
export async function waitForStillTimeline(page: Page, timeoutMs = 5_000): Promise<void> {
  const read = () =>
    page.locator("[data-testid=timeline] .tl-axis__label").evaluateAll((ls) =>
      ls.map((l) => `${l.textContent}@${l.getAttribute("x")}`).join("|"),
    );
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  let same = 0;
  while (same < 3) {
    if (Date.now() > deadline) throw new Error("the timeline did not stop moving");
    await page.waitForTimeout(60);
    const now = await read();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Reads until the value is `want` (or, with `not`, until it differs from it),
 * for at most timeoutMs, and returns the last reading: the DOM may follow the
 * URL or a key press a frame or two late. The caller still asserts on it.
 */
export async function reading<T>(read: () => Promise<T>, want: T, { not = false, timeoutMs = 3_000 } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (sameJson(value, want) === not && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}
