import { describe, expect, it } from "vitest";
import { composeSvg, esc, footerLines, type ComposeInput } from "./compose.ts";
import { inlineStyles } from "./inlineStyles.ts";
import { standaloneProblems } from "./standalone.ts";

const measure: ComposeInput["measure"] = (text, style) => Array.from(text).length * style.size * 0.55;
const SOURCES = [
  { name: "UNHCR Refugee Data Finder (refugees R package)", url: "https://www.unhcr.org/refugee-statistics/" },
  { name: "DW", url: "https://www.dw.com/" },
];

/** A chart as the page would hand it over: cloned, its paint inlined, serialised. */
function chart() {
  const host = document.createElement("div");
  host.innerHTML = `<svg class="timeline__svg" width="600" height="200" viewBox="0 0 600 200">
    <rect class="tl-era__band" width="600" height="180" style="fill: var(--era-a)"/>
    <g class="tl-event" style="color: var(--cat-1)"><path d="M0,0L5,5" transform="translate(40,90)"/></g>
    <text class="tl-label" x="50" y="90">Soviet withdrawal &amp; after</text>
  </svg>`;
  const svg = host.querySelector("svg");
  if (!svg) throw new Error("no svg");
  const clone = svg.cloneNode(true);
  if (!(clone instanceof Element)) throw new Error("no clone");
  const vars: Record<string, string> = { "--era-a": "#f3f1ec", "--cat-1": "#d55e00" };
  inlineStyles(svg, clone, () => ({ getPropertyValue: (n) => (n === "fill" ? "rgb(26, 26, 26)" : "") }), (n) => vars[n] ?? "");
  return { markup: new XMLSerializer().serializeToString(clone), width: 600, height: 200 };
}

function compose(over: Partial<ComposeInput> = {}) {
  return composeSvg({
    title: "Crossings: Afghan refugees in Pakistan, 1979–2023",
    subtitle: "Four decades of war, flight, return and registration, traced up to Pakistan's release of 524 Afghan detainees from Karachi prisons in January 2023.",
    legend: [
      { label: "War and power", color: "rgb(213, 94, 0)", path: "M0,-4L4,4L-4,4Z" },
      { label: "Flight and refuge", color: "rgb(230, 159, 0)", path: "M-4,-4h8v8h-8Z" },
    ],
    chart: chart(),
    footer: footerLines({ sources: SOURCES, updated: "2026-11-26", unhcr: true, view: "1979–2023 · 39 of 39 events", notes: ["(1) 1995–99: one flat estimate"], pageUrl: "https://example.org/crossings/?from=1979&to=2023&cat=conflict,displacement" }),
    palette: { bg: "#ffffff", text: "#1a1a1a", muted: "#555555", fontFamily: `Inter, "Noto Naskh Arabic", sans-serif` },
    measure,
    ...over,
  });
}

const texts = (svg: string) => {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  return { doc, lines: [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "") };
};

describe("composeSvg", () => {
  it("is a well-formed SVG document that stands alone", () => {
    const { svg, width, height } = compose();
    const { doc } = texts(svg);
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.documentElement.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(doc.documentElement.getAttribute("viewBox")).toBe(`0 0 ${width} ${height}`);
    expect(width).toBe(640);
    expect(standaloneProblems(svg)).toEqual([]);
    expect(svg).not.toMatch(/var\(--|foreignObject|url\(#|href=/);
  });
  it("carries the title, subtitle, key, the chart and the source lines as text", () => {
    const { lines } = texts(compose().svg);
    const all = lines.join(" ");
    expect(lines[0]).toBe("Crossings: Afghan refugees in Pakistan, 1979–2023");
    expect(all).toContain("Four decades of war");
    expect(lines).toContain("War and power");
    expect(lines).toContain("Soviet withdrawal & after");
    expect(all).toContain("Sources: UNHCR Refugee Data Finder (refugees R package); DW.");
    expect(all).toContain("Data as of 26 Nov 2026.");
    expect(all).toContain("Notes: (1) 1995–99: one flat estimate.");
    expect(all.replace(/\s+/g, " ")).toContain("via the refugees R package, CC BY 4.0");
  });
  it("wraps long lines to the image's width, and grows to fit them", () => {
    const narrow = compose({ chart: { ...chart(), width: 300 } });
    const wide = compose();
    const { doc } = texts(narrow.svg);
    for (const t of doc.querySelectorAll("text")) {
      if (t.closest("g[transform]")) continue; // the chart's own labels
      const size = Number(t.getAttribute("font-size"));
      expect(measure(t.textContent ?? "", { size, weight: 400 })).toBeLessThanOrEqual(300);
    }
    expect(narrow.height).toBeGreaterThan(wide.height);
  });
  it("escapes text from the data", () => {
    const { svg } = compose({ title: `Tom & "Jerry" <script>` });
    expect(texts(svg).lines[0]).toBe(`Tom & "Jerry" <script>`);
    expect(svg).not.toContain("<script>");
    expect(esc("a\u0007b")).toBe("ab");
  });
  it("leaves out the licence when no UNHCR data is shown, and the key when there is none", () => {
    const { svg } = compose({ legend: [], footer: footerLines({ sources: [], unhcr: false }) });
    expect(svg).not.toContain("UNHCR");
    expect(texts(svg).lines).not.toContain("War and power");
  });
});

describe("standaloneProblems", () => {
  const ok = `<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" viewBox="0 0 1 1">`;
  it("finds what would tie a file to the page", () => {
    expect(standaloneProblems(`${ok}<rect id="a"/><use href="#a"/><rect style="fill: url(#a)"/></svg>`)).toEqual([]);
    expect(standaloneProblems("<svg>")).toHaveLength(4);
    expect(standaloneProblems("<div/>")).toEqual(["the file does not start with <svg>"]);
    expect(standaloneProblems(`${ok}<rect style="fill: var(--bg)"/></svg>`)).toHaveLength(1);
    expect(standaloneProblems(`${ok}<foreignObject/></svg>`)).toHaveLength(1);
    expect(standaloneProblems(`${ok}<a href="https://x.example"/></svg>`)).toHaveLength(1);
    expect(standaloneProblems(`${ok}<rect fill="url(#missing)"/></svg>`)).toHaveLength(1);
    expect(standaloneProblems(`${ok}<rect style="fill: url(&quot;http://x/#a&quot;)"/></svg>`)).toHaveLength(1);
    expect(standaloneProblems(`${ok}<image href="data:x"/></svg>`)).toHaveLength(2);
  });
});
