import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// public/embed.js is plain ES5 for any host page; here it runs in jsdom, beside
// iframes that play a Crossings embed, another widget, and one added later.

const SCRIPT = readFileSync(resolve(import.meta.dirname, "../../../public/embed.js"), "utf8");
const CROSSINGS = "https://crossings.example";

interface EmbedApi {
  readonly heightOf: (data: unknown) => number | null;
}
const api = () => (window as unknown as { crossingsEmbed?: EmbedApi }).crossingsEmbed;

function frame(src: string, crossings: boolean): HTMLIFrameElement {
  const el = document.createElement("iframe");
  el.src = src;
  if (crossings) el.setAttribute("data-crossings", "");
  document.body.append(el);
  return el;
}

function post(data: unknown, from: HTMLIFrameElement | Window | null, origin = CROSSINGS): void {
  const source = from instanceof HTMLIFrameElement ? from.contentWindow : from;
  window.dispatchEvent(new MessageEvent("message", { data, origin, source }));
}

let embed: HTMLIFrameElement;
let other: HTMLIFrameElement;
let measureRequests: unknown[];

beforeAll(() => {
  document.body.innerHTML = "";
  embed = frame(`${CROSSINGS}/?mode=embed`, true);
  other = frame("https://widgets.example/w", false);
  measureRequests = [];
  const target = embed.contentWindow;
  if (target) vi.spyOn(target, "postMessage").mockImplementation((m: unknown) => void measureRequests.push(m));
  // Run it the way a <script> would: in the page's global scope.
  new Function(SCRIPT)();
});

beforeEach(() => {
  embed.style.height = "";
  other.style.height = "";
});

describe("public/embed.js", () => {
  it("asks the frames already on the page to say their height again", () => {
    expect(measureRequests).toEqual([{ type: "crossings:measure" }]);
  });

  it("sets the height of the Crossings frame that sent it", () => {
    post({ type: "crossings:height", height: 812 }, embed);
    expect(embed.style.height).toBe("812px");
  });

  it("ignores the same message from the host page, another frame, or another origin", () => {
    post({ type: "crossings:height", height: 333 }, window);
    post({ type: "crossings:height", height: 333 }, other);
    post({ type: "crossings:height", height: 333 }, null);
    post({ type: "crossings:height", height: 333 }, embed, "https://evil.example");
    expect(embed.style.height).toBe("");
    expect(other.style.height).toBe("");
  });

  it("ignores other types and heights that are not finite positive numbers", () => {
    for (const data of [
      { type: "other", height: 500 },
      { type: "crossings:height", height: "500" },
      { type: "crossings:height", height: Number.NaN },
      { type: "crossings:height", height: Number.POSITIVE_INFINITY },
      { type: "crossings:height", height: -5 },
      { type: "crossings:height", height: 0 },
      "crossings:height",
      null,
    ]) post(data, embed);
    expect(embed.style.height).toBe("");
  });

  it("clamps heights to 100…20000 px and rounds them", () => {
    const heightOf = api()?.heightOf;
    expect(heightOf?.({ type: "crossings:height", height: 12 })).toBe(100);
    expect(heightOf?.({ type: "crossings:height", height: 1e9 })).toBe(20000);
    expect(heightOf?.({ type: "crossings:height", height: 640.6 })).toBe(641);
  });

  it("finds Crossings frames added after it started", () => {
    const late = frame(`${CROSSINGS}/?mode=embed&event=x`, true);
    post({ type: "crossings:height", height: 700 }, late);
    expect(late.style.height).toBe("700px");
    late.remove();
  });

  it("listens once even when the page includes it twice", () => {
    const add = vi.spyOn(window, "addEventListener");
    new Function(SCRIPT)();
    expect(add).not.toHaveBeenCalled();
    add.mockRestore();
  });
});
