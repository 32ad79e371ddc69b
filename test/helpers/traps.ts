import type { Page } from "playwright-core";

// Traps set before any of the page's own code runs, for files that try to run
// code or bend the page's objects. The Content-Security-Policy already stops
// inline script, so a violation report is itself the sign that data reached the
// DOM as markup; the alert trap catches whatever would get past it.

interface Trapped {
  __pwned: string[];
  __cspViolations: string[];
  __alertsSeen: string[];
  __prototypeNames: string[];
}

export async function installTraps(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Trapped & Record<string, unknown>;
    w.__pwned = [];
    w.__cspViolations = [];
    w.__alertsSeen = [];
    w.__prototypeNames = Object.getOwnPropertyNames(Object.prototype);
    for (const name of ["alert", "confirm", "prompt", "print", "open"]) {
      w[name] = (...args: unknown[]) => void w.__pwned.push(`${name}(${args.join(", ")})`);
    }
    document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    // Every alert the page ever shows, even one that is gone by the time the test looks.
    new MutationObserver(() => {
      for (const el of document.querySelectorAll("[role=alert]")) {
        const text = el.textContent ?? "";
        if (!w.__alertsSeen.includes(text)) w.__alertsSeen.push(text);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

/** Texts of every alert shown since the page opened. */
export function alertsSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Trapped).__alertsSeen);
}

export interface Findings {
  readonly pwned: string[];
  readonly cspViolations: string[];
  /** <script> elements that are not the site's own bundles. */
  readonly foreignScripts: string[];
  /** Event-handler attributes (onerror=…) anywhere in the document. */
  readonly handlerAttributes: string[];
  readonly scriptLinks: string[];
  readonly embedded: number;
  /** Keys Object.prototype has gained since the page opened, and `({}).polluted`. */
  readonly prototypeGained: string[];
  readonly polluted: unknown;
}

/** What data must never have done to the page. Every field is empty (or undefined) on a safe page. */
export function findings(page: Page): Promise<Findings> {
  return page.evaluate(() => {
    const w = window as unknown as Trapped;
    const all = [...document.querySelectorAll("*")];
    return {
      pwned: w.__pwned,
      cspViolations: w.__cspViolations,
      foreignScripts: [...document.scripts]
        .filter((s) => !(s.src.startsWith(`${location.origin}/assets/`) && s.type === "module"))
        .map((s) => s.outerHTML.slice(0, 120)),
      handlerAttributes: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}=${a.value}`),
      ),
      scriptLinks: all.flatMap((el) =>
        [...el.attributes]
          .filter((a) => /^(href|xlink:href|src|action|formaction)$/i.test(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value))
          .map((a) => `${el.tagName} ${a.name}=${a.value}`),
      ),
      embedded: document.querySelectorAll("iframe, object, embed, img[src='x']").length,
      prototypeGained: Object.getOwnPropertyNames(Object.prototype).filter((n) => !w.__prototypeNames.includes(n)),
      polluted: ({} as Record<string, unknown>)["polluted"],
    };
  });
}

export const SAFE: Findings = {
  pwned: [], cspViolations: [], foreignScripts: [], handlerAttributes: [], scriptLinks: [], embedded: 0,
  prototypeGained: [], polluted: undefined,
};

/**
 * The prototype check inside each worker, where files are parsed: built-in
 * properties are never enumerable, so any enumerable key was added.
 */
export async function workerPollution(page: Page): Promise<{ polluted: unknown; keys: string[] }[]> {
  return Promise.all(
    page.workers().map((worker) =>
      worker.evaluate(() => ({ polluted: ({} as Record<string, unknown>)["polluted"], keys: Object.keys(Object.prototype) })),
    ),
  );
}

/** Never a blank page: a heading or an alert is visible, and the body has text. */
export async function notBlank(page: Page): Promise<boolean> {
  const text = (await page.locator("body").innerText()).trim();
  const shown = (await page.locator("h1").isVisible()) || (await page.getByRole("alert").first().isVisible());
  return shown && text.length > 0;
}
