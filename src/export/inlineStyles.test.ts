import { describe, expect, it } from "vitest";
import { declarations, inlineStyles, localUrls, resolveVars, type StyleLike } from "./inlineStyles.ts";

const style = (values: Record<string, string>): StyleLike => ({ getPropertyValue: (n) => values[n] ?? "" });
const VARS: Record<string, string> = { "--bg": "#121417", "--cat-1": " #d55e00 ", "--alias": "var(--bg)" };
const lookup = (name: string) => VARS[name] ?? "";

describe("declarations", () => {
  it("writes every inherited property at the root, only changes below it, and opacity when not 1", () => {
    const root = style({ fill: "rgb(0, 0, 0)", "font-size": "16px", "font-family": 'Inter, "Noto Sans"', opacity: "1" });
    expect(declarations(root, null)).toBe('fill: rgb(0, 0, 0); font-family: Inter, "Noto Sans"; font-size: 16px');
    const child = style({ fill: "rgb(0, 0, 0)", "font-size": "12px", "font-family": 'Inter, "Noto Sans"', opacity: "0.35" });
    expect(declarations(child, root)).toBe("font-size: 12px; opacity: 0.35");
  });
  it("writes computed transparency as none", () => {
    expect(declarations(style({ fill: "rgba(0, 0, 0, 0)", stroke: "transparent" }), null)).toBe("fill: none; stroke: none");
    expect(declarations(style({ fill: "rgba(0, 0, 0, 0.5)" }), null)).toBe("fill: rgba(0, 0, 0, 0.5)");
  });
});

describe("resolveVars and localUrls", () => {
  it("replaces variables, with fallbacks, nested ones and aliases", () => {
    expect(resolveVars("fill: var(--bg)", lookup)).toBe("fill: #121417");
    expect(resolveVars("color: var(--cat-1)", lookup)).toBe("color: #d55e00");
    expect(resolveVars("var(--nope, var(--bg))", lookup)).toBe("#121417");
    expect(resolveVars("var(--nope, rgb(1, 2, 3))", lookup)).toBe("rgb(1, 2, 3)");
    expect(resolveVars("var(--alias)", lookup)).toBe("#121417");
    expect(resolveVars("var(--nope)", lookup)).toBe("");
  });
  it("keeps url(#id) only for ids in the file", () => {
    const ids = new Set(["clip"]);
    expect(localUrls('url("#clip")', ids)).toBe("url(#clip)");
    expect(localUrls('url("http://localhost/page#clip")', ids)).toBe("url(#clip)");
    expect(localUrls("url(#gone)", ids)).toBe("none");
    expect(localUrls("url(https://evil.example/x.svg)", ids)).toBe("none");
  });
});

describe("inlineStyles", () => {
  const NS = "http://www.w3.org/2000/svg";
  function build(): SVGSVGElement {
    const host = document.createElement("div");
    host.innerHTML = `<svg class="timeline__svg" role="group" aria-label="Timeline" tabindex="-1">
      <g class="tl-event is-receded" data-event-id="e1" role="button" tabindex="0" style="color: var(--cat-1)">
        <path class="tl-event__symbol" d="M0,0h1"/><rect class="tl-event__hit" width="4" height="4"/>
      </g>
      <g class="gone"><text>hidden</text></g>
      <rect id="clip" class="c" clip-path="url(#clip)" fill="var(--bg)"/>
      <a href="https://example.org"><text class="t">link</text></a>
      <use href="#clip"/>
    </svg>`;
    const svg = host.querySelector("svg");
    if (!(svg instanceof SVGSVGElement) || svg.namespaceURI !== NS) throw new Error("jsdom did not make an SVG");
    return svg;
  }
  const TABLE: Record<string, Record<string, string>> = {
    "timeline__svg": { fill: "rgb(0, 0, 0)", "font-size": "16px", "font-family": "Inter", opacity: "1" },
    "tl-event": { fill: "rgb(0, 0, 0)", "font-size": "16px", "font-family": "Inter", opacity: "0.35" },
    "tl-event__symbol": { fill: "rgb(213, 94, 0)", stroke: "var(--bg)", "font-size": "16px", "font-family": "Inter" },
    "tl-event__hit": { fill: "rgba(0, 0, 0, 0)", "font-size": "16px", "font-family": "Inter" },
    gone: { display: "none" },
  };
  const styleOf = (el: Element) => style(TABLE[el.getAttribute("class")?.split(" ")[0] ?? ""] ?? { fill: "rgb(0, 0, 0)", "font-size": "16px", "font-family": "Inter" });

  it("writes each element's paint into the clone and strips what only the page understood", () => {
    const svg = build();
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone, styleOf, lookup);
    const markup = new XMLSerializer().serializeToString(clone);
    expect(clone.getAttribute("style")).toBe("fill: rgb(0, 0, 0); font-family: Inter; font-size: 16px");
    const g = clone.querySelector("g");
    expect(g?.getAttribute("style")).toBe("opacity: 0.35");
    expect(clone.querySelector("path")?.getAttribute("style")).toBe("fill: rgb(213, 94, 0); stroke: #121417");
    expect(clone.querySelector("g rect")?.getAttribute("style")).toBe("fill: none");
    expect(clone.querySelector("rect#clip")?.getAttribute("fill")).toBe("#121417");
    expect(clone.querySelector("rect#clip")?.getAttribute("clip-path")).toBe("url(#clip)");
    expect(clone.querySelector("a")?.hasAttribute("href")).toBe(false);
    expect(clone.querySelector("use")?.getAttribute("href")).toBe("#clip");
    expect(markup).not.toMatch(/var\(|class=|data-|tabindex|role=|aria-|hidden</);
    // The page's own SVG is left as it was.
    expect(svg.querySelector("g")?.getAttribute("class")).toBe("tl-event is-receded");
  });
});
