import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPairs, contrastRatio, luminance, tokensOf } from "./contrast.ts";

describe("contrast", () => {
  it("matches WCAG's reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#fff", "#fff")).toBe(1);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(luminance("#ff0000")).toBeCloseTo(0.2126, 4);
    expect(contrastRatio("red", "#fff")).toBeNull();
  });
  it("reads a rule's tokens, also inside @media", () => {
    const css = `/* x */ :root { --a: #111; --b:#222 } @media (x) { :root:not([t]) { --a: #eee; } }`;
    expect(tokensOf(css, ":root").get("--b")).toBe("#222");
    expect(tokensOf(css, ":root:not([t])").get("--a")).toBe("#eee");
    expect(tokensOf(css, ".nope").size).toBe(0);
  });
});

describe("the themes in tokens.css", () => {
  const css = readFileSync(resolve(import.meta.dirname, "../styles/tokens.css"), "utf8");
  const light = tokensOf(css, ":root");
  const darkOverrides = tokensOf(css, ':root[data-theme="dark"]');
  const dark = new Map([...light, ...darkOverrides]);
  // Every text colour on every surface text sits on (eras and breakdown cards included).
  const TEXT = ["--text", "--text-muted", "--accent", "--danger", "--focus"];
  const SURFACES = ["--bg", "--surface", "--era-a", "--era-b", "--danger-bg", "--warning-bg"];
  const pairs = [...TEXT.flatMap((t) => SURFACES.map((s) => [t, s] as const)), ["--accent-text", "--accent"] as const];

  it.each([["light", light], ["dark", dark]] as const)("%s: every text pair reaches 4.5:1", (_, tokens) => {
    const checks = checkPairs(tokens, pairs);
    expect(checks).toHaveLength(pairs.length);
    expect(checks.filter((c) => c.ratio < c.min)).toEqual([]);
  });
  it("dark: the main text pairs hold with room to spare (7:1 on --bg and --surface)", () => {
    const checks = checkPairs(dark, [["--text", "--bg", 7], ["--text", "--surface", 7], ["--text-muted", "--bg", 7], ["--text-muted", "--surface", 7]]);
    expect(checks.filter((c) => c.ratio < c.min)).toEqual([]);
  });
  it("the dark theme is the same whether chosen or followed from the system", () => {
    expect(Object.fromEntries(tokensOf(css, ':root:not([data-theme="light"])'))).toEqual(Object.fromEntries(darkOverrides));
  });
});
