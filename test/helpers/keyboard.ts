import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";
import { waitForReady, waitForStillTimeline, watchErrors } from "./browser.ts";

// Keyboard-only browser tests: what has focus, whether a reader can see it,
// and a walk of the page's tab order, read in the page without moving focus.

/** The focused element, as a test reads it. */
export interface Focused {
  /** Stable for the element's life in the page: the same element, the same key. */
  readonly key: number;
  /** "BUTTON.legend__chip “War and power”", for messages. */
  readonly desc: string;
  /** Its accessible name as written (aria-label, else its text), trimmed. */
  readonly name: string;
  readonly eventId: string | null;
  readonly testId: string | null;
  /** aria-pressed, aria-expanded and aria-disabled as written. */
  readonly pressed: string | null;
  readonly expanded: string | null;
  readonly ariaDisabled: string | null;
  /** How focus shows on it ("outline 3px … on BUTTON", "stroke … on rect.tl-event__hit"), or null: invisible. */
  readonly indicator: string | null;
  /** Some of it is inside the viewport. */
  readonly inView: boolean;
}

interface Probe {
  readonly focused: () => Focused | null;
  /** The indicator an element shows now, by key (to check it goes when focus leaves). */
  readonly indicatorOf: (key: number) => string | null;
  /** Every control a reader could tab to: visible, enabled, not inert, not in a closed menu or dialog. */
  readonly controls: () => { key: number; desc: string }[];
}
declare global {
  interface Window {
    keyboardProbe?: Probe;
  }
}

/** Installs the probe in the page (again after each navigation). Changes nothing the page shows. */
export async function installProbe(page: Page): Promise<void> {
  // tsx names inner functions with an `__name` helper that the page does not have.
  await page.evaluate("globalThis.__name = (f) => f");
  await page.evaluate(() => {
    const keys = new WeakMap<Element, number>();
    const byKey = new Map<number, WeakRef<Element>>();
    const keyOf = (el: Element) => {
      let k = keys.get(el);
      if (k === undefined) {
        k = byKey.size + 1;
        keys.set(el, k);
        byKey.set(k, new WeakRef(el));
      }
      return k;
    };
    const nameOf = (el: Element) => (el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim();
    const descOf = (el: Element) => `${el.tagName}${el.classList.length ? `.${[...el.classList].join(".")}` : ""} “${nameOf(el).slice(0, 60)}”`;
    const ctx = document.createElement("canvas").getContext("2d");
    const hex = (colour: string) => {
      if (!ctx) return colour;
      ctx.fillStyle = "#010203";
      ctx.fillStyle = colour;
      return ctx.fillStyle;
    };
    const size = (v: string) => Number.parseFloat(v) || 0;
    const indicator = (el: Element): string | null => {
      // HTML: an outline or box-shadow on the element, or on the label or wrapper that draws it for a hidden input.
      const labels = el instanceof HTMLInputElement ? [...(el.labels ?? [])] : [];
      const around = [el, ...labels, el.parentElement, el.parentElement?.parentElement];
      for (const n of around) {
        if (!n) continue;
        const cs = getComputedStyle(n);
        const r = n.getBoundingClientRect();
        // Drawn on something unseen (transparent, or visually hidden: 1px and clipped), it does not show.
        if (Number(cs.opacity) === 0 || r.width <= 1 || r.height <= 1 || cs.clip.startsWith("rect(0")) continue;
        if (cs.outlineStyle !== "none" && size(cs.outlineWidth) > 0) return `outline ${cs.outlineWidth} ${cs.outlineStyle} ${cs.outlineColor} on ${n.tagName}`;
        if (cs.boxShadow !== "none" && /[1-9]/.test(cs.boxShadow.replace(/rgba?\([^)]*\)/g, ""))) return `box-shadow ${cs.boxShadow} on ${n.tagName}`;
      }
      // SVG: the element, or parts of it, stroked in the focus colour (all of them: a selected mark may use it too).
      if (el instanceof SVGElement) {
        const focus = hex(getComputedStyle(el).getPropertyValue("--focus").trim());
        const stroked = [el, ...el.querySelectorAll("*")].flatMap((n) => {
          const cs = getComputedStyle(n);
          if (cs.display === "none" || cs.visibility === "hidden" || cs.stroke === "none") return [];
          return hex(cs.stroke) === focus && size(cs.strokeWidth) > 0 ? [`stroke ${cs.stroke} ${cs.strokeWidth} on ${n.tagName}.${n.getAttribute("class") ?? ""}`] : [];
        });
        if (stroked.length > 0) return stroked.join("; ");
      }
      return null;
    };
    const SELECTOR = [
      "a[href]", "button", "input:not([type=hidden])", "select", "textarea", "summary", "iframe", "[tabindex]",
      "[contenteditable='']", "[contenteditable=true]",
      ...["button", "link", "slider", "menuitem", "tab", "checkbox", "radio", "switch", "option", "spinbutton", "combobox", "textbox"].map((r) => `[role=${r}]`),
    ].join(", ");
    const controls = () => {
      const out: { key: number; desc: string }[] = [];
      for (const el of document.querySelectorAll(SELECTOR)) {
        // An explicit tabindex="-1" is a roving group's member (its group has the tab stop) or deliberate.
        if (!(el instanceof HTMLElement || el instanceof SVGElement) || (el.hasAttribute("tabindex") && el.tabIndex < 0)) continue;
        if (el.matches(":disabled") || el.closest("[inert]") || !el.checkVisibility({ visibilityProperty: true })) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        // Radios: the group is one tab stop, on its checked member.
        if (el instanceof HTMLInputElement && el.type === "radio" && el.name) {
          const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(el.name)}"]`)];
          if (el !== (group.find((g) => g.checked) ?? group[0])) continue;
        }
        out.push({ key: keyOf(el), desc: descOf(el) });
      }
      return out;
    };
    const focused = () => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      const r = el.getBoundingClientRect();
      return {
        key: keyOf(el), desc: descOf(el), name: nameOf(el),
        eventId: el.getAttribute("data-event-id"), testId: el.getAttribute("data-testid"),
        pressed: el.getAttribute("aria-pressed"), expanded: el.getAttribute("aria-expanded"), ariaDisabled: el.getAttribute("aria-disabled"),
        indicator: indicator(el),
        inView: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
      };
    };
    const indicatorOf = (key: number) => {
      const el = byKey.get(key)?.deref();
      return el ? indicator(el) : null;
    };
    window.keyboardProbe = { focused, indicatorOf, controls };
  });
}

const probe = (page: Page) => page.evaluate(() => window.keyboardProbe?.focused() ?? null);

/** What has focus now (null: nothing, the page itself). */
export function focused(page: Page): Promise<Focused | null> {
  return probe(page);
}

/** The controls a reader could tab to now. */
export function controls(page: Page): Promise<{ key: number; desc: string }[]> {
  return page.evaluate(() => window.keyboardProbe?.controls() ?? []);
}

export function indicatorOf(page: Page, key: number): Promise<string | null> {
  return page.evaluate((k) => window.keyboardProbe?.indicatorOf(k) ?? null, key);
}

/** Presses `key` (Tab by default) until what has focus passes `want`; throws after `max` presses. */
export async function pressUntil(
  page: Page, want: (f: Focused) => boolean | Promise<boolean>, what: string, { key = "Tab", max = 300 } = {},
): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (f && (await want(f))) return f;
  }
  throw new Error(`${key} never reached ${what} in ${max} presses`);
}

/** The text `name` in an element's accessible name, case and spacing as written. */
export const named = (name: string | RegExp) => (f: Focused) => (typeof name === "string" ? f.name === name : name.test(f.name));

/**
 * Tabs (or Shift+Tabs) around the whole page once, from where focus is, back to
 * the first stop: every stop in order, and the stops whose focus indicator
 * stayed when focus left them (so it was not a focus indicator). Leaving the
 * page (focus on the body, or the browser's own controls) is not a stop.
 * Throws when focus never comes back: a trap.
 */
export async function tabCycle(page: Page, key: "Tab" | "Shift+Tab", max = 400): Promise<{ stops: Focused[]; lingering: string[] }> {
  const stops: Focused[] = [];
  const lingering: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    const last = stops.at(-1);
    if (!f || f.key === last?.key) continue;
    if (last && last.indicator !== null && (await indicatorOf(page, last.key)) === last.indicator) lingering.push(last.desc);
    if (stops[0]?.key === f.key) return { stops, lingering };
    stops.push(f);
  }
  throw new Error(`${key} did not come back to the first stop in ${max} presses: ${stops.map((s) => s.desc).join(" → ")}`);
}

/**
 * Opens `url` ready for a keyboard-only test: drawn, still, with the probe in,
 * and nothing focused (the one scripted focus change: a reader arriving starts
 * at the top). `done` closes it and checks it logged no error.
 */
export async function openForKeys(
  browser: Browser, url: string, viewport: { width: number; height: number },
): Promise<{ page: Page; done: () => Promise<void> }> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const errors = watchErrors(page);
  await page.goto(url);
  await waitForReady(page);
  await waitForStillTimeline(page);
  await installProbe(page);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return {
    page,
    done: async () => {
      await page.close();
      assert.deepEqual(errors.consoleErrors, [], "no console error");
      assert.deepEqual(errors.pageErrors, [], "no uncaught exception");
    },
  };
}

/** The focused element's key, or null. */
export const keyOfFocus = async (page: Page): Promise<number | null> => (await focused(page))?.key ?? null;

/** Focus is on or inside an element that matches `selector`. */
export const focusInside = (page: Page, selector: string): Promise<boolean> =>
  page.evaluate((s) => document.activeElement?.closest(s) != null, selector);

/**
 * The whole tab order, both ways: every control reached, focus shown on each
 * stop and scrolled into view, Shift+Tab the same order backwards, no trap.
 * Returns the stops, for a report.
 */
export async function assertTabOrder(page: Page): Promise<{ stops: Focused[]; controls: number }> {
  const all = await controls(page);
  const forward = await tabCycle(page, "Tab");
  const reached = new Set(forward.stops.map((s) => s.key));
  assert.deepEqual(all.filter((c) => !reached.has(c.key)).map((c) => c.desc), [], "every visible, enabled control is a tab stop");
  for (const s of forward.stops) {
    assert.ok(s.indicator, `focus shows on ${s.desc}`);
    assert.ok(s.inView, `${s.desc} is scrolled into view when focused`);
  }
  assert.deepEqual(forward.lingering, [], "what shows focus goes when focus leaves");
  const back = await tabCycle(page, "Shift+Tab");
  assert.deepEqual(back.stops.map((s) => s.desc), forward.stops.map((s) => s.desc).reverse(), "Shift+Tab is Tab backwards");
  return { stops: forward.stops, controls: all.length };
}
