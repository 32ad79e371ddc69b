import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPairs, tokensOf } from "../../export/contrast.ts";
import { categoryStyles, PALETTE_SIZE } from "./categoryStyle.ts";
import { closePairs, contrastRatio, labOf, MIN_DELTA_E, type Vision } from "./colourVision.ts";
import { adjustAll, adjustForSurfaces, MARK_CONTRAST, THEME_SURFACES, themedColours, type Theme } from "./themeColour.ts";

// Categories differ by shape as well as colour; this keeps the colour half
// honest. The palette is read from tokens.css itself, so editing the CSS
// re-runs every check.

const css = readFileSync(resolve(import.meta.dirname, "../../styles/tokens.css"), "utf8");
const light = tokensOf(css, ":root");
const darkOverrides = tokensOf(css, ':root[data-theme="dark"]');
const TOKENS: Record<Theme, ReadonlyMap<string, string>> = { light, dark: new Map([...light, ...darkOverrides]) };
const THEMES = ["light", "dark"] as const satisfies readonly Theme[];
const palette = (theme: Theme) => Array.from({ length: PALETTE_SIZE }, (_, i) => TOKENS[theme].get(`--cat-${i}`) ?? "");
const SURFACE_TOKENS = ["--bg", "--surface", "--era-a", "--era-b"];

/**
 * Pairs of palette entries allowed to come closer than MIN_DELTA_E, for the
 * reader named, because their shapes alone tell them apart. Empty: no pair of
 * the current palette needs it. A pair added here needs its reason.
 */
const RELIES_ON_SHAPE: Record<Theme, readonly { a: number; b: number; vision: Vision; why: string }[]> = { light: [], dark: [] };

const below = (colours: readonly string[], surfaces: readonly string[], min: number) =>
  colours.flatMap((c) => surfaces.map((s) => ({ c, s, ratio: contrastRatio(c, s) ?? 0 }))).filter((x) => x.ratio < min);
const pairsOf = (colours: readonly string[]) => closePairs(colours).map(({ a, b, vision }) => ({ a, b, vision }));

describe("the category palette in tokens.css", () => {
  it.each(THEMES)("%s: the surfaces the adjustment assumes are the theme's", (theme) => {
    expect(SURFACE_TOKENS.map((t) => TOKENS[theme].get(t))).toEqual(THEME_SURFACES[theme]);
  });

  it.each(THEMES)("%s: every colour is a hex and each mark reaches 3:1 on every surface it sits on", (theme) => {
    expect(palette(theme).every((c) => /^#[0-9a-f]{6}$/i.test(c))).toBe(true);
    expect(below(palette(theme), THEME_SURFACES[theme], MARK_CONTRAST)).toEqual([]);
  });

  it.each(THEMES)(`%s: the eight stay ΔE00 ≥ ${MIN_DELTA_E} apart, normally and under each simulation`, (theme) => {
    const allowed = RELIES_ON_SHAPE[theme].map(({ a, b, vision }) => ({ a, b, vision }));
    expect(pairsOf(palette(theme))).toEqual(allowed);
  });

  it("one palette serves both themes and print: only --cat-6 (black, white when dark) changes with the theme", () => {
    const catOverrides = [...darkOverrides.keys()].filter((k) => k.startsWith("--cat-"));
    expect(catOverrides).toEqual(["--cat-6"]);
  });

  it.each(THEMES)("%s: text reaches 4.5:1 on every surface", (theme) => {
    const pairs = ["--text", "--text-muted"].flatMap((t) => SURFACE_TOKENS.map((s) => [t, s] as const));
    const checks = checkPairs(TOKENS[theme], pairs);
    expect(checks).toHaveLength(pairs.length);
    expect(checks.filter((c) => c.ratio < 4.5)).toEqual([]);
  });
});

/** The two sides of a light-dark() colour; a plain colour is both. */
function sides(colour: string): Record<Theme, string> {
  const m = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/.exec(colour);
  return m?.[1] && m[2] ? { light: m[1], dark: m[2] } : { light: colour, dark: colour };
}

const hue = (hex: string) => {
  const [, a, b] = labOf(hex);
  return (Math.atan2(b, a) * 180) / Math.PI;
};
const hueShift = (x: string, y: string) => Math.abs(((hue(x) - hue(y) + 540) % 360) - 180);

describe("colours a data file suggests", () => {
  const AWKWARD = {
    yellow: "#FFFF00", white: "#ffffff", black: "#000000",
    "near the light --era-a": "#eeece6", "near the dark --surface": "#202328",
    red: "#e41a1c", "a red one step off": "#e51a1c",
  };

  it.each(THEMES)("%s: each awkward suggestion reaches 3:1 on every surface, moved in lightness only", (theme) => {
    for (const hex of Object.values(AWKWARD)) {
      const out = adjustForSurfaces(hex, THEME_SURFACES[theme]);
      expect(below([out], THEME_SURFACES[theme], MARK_CONTRAST), `${hex} → ${out}`).toEqual([]);
      if (Math.hypot(labOf(hex)[1], labOf(hex)[2]) > 20) expect(hueShift(hex, out), `${hex} → ${out}`).toBeLessThan(3);
    }
  });

  it("leaves a colour alone where it already reaches 3:1", () => {
    expect(adjustForSurfaces("#0072B2", THEME_SURFACES.light)).toBe("#0072b2");
    expect(adjustForSurfaces("#E69F00", THEME_SURFACES.dark)).toBe("#e69f00");
    expect(adjustForSurfaces("#E69F00", THEME_SURFACES.light)).not.toBe("#e69f00");
  });

  it.each(THEMES)("%s: two nearly equal reds come apart, for every reader", (theme) => {
    const [a = "", b = ""] = adjustAll([AWKWARD.red, AWKWARD["a red one step off"]], THEME_SURFACES[theme]);
    expect(below([a, b], THEME_SURFACES[theme], MARK_CONTRAST)).toEqual([]);
    expect(closePairs([a, b])).toEqual([]);
    expect(hueShift(a, b)).toBeLessThan(3);
  });

  // The story's own categories, as the page draws them.
  const events = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../data/events.json"), "utf8")) as {
    categories: { id: string; label: string; color?: string }[];
  };
  const drawn = [...categoryStyles(events.categories).values()].map((s) => s.color);

  it.each(THEMES)("%s: the data file's colours, as adjusted, reach 3:1 and stay apart under every simulation", (theme) => {
    const hexes = drawn.filter((c) => !c.startsWith("var(")).map((c) => sides(c)[theme]);
    expect(below(hexes, THEME_SURFACES[theme], MARK_CONTRAST)).toEqual([]);
    expect(pairsOf(hexes)).toEqual([]);
  });

  it("categoryStyles draws a suggestion as adjusted for each theme, and the palette where there is none", () => {
    const styles = categoryStyles([
      { id: "orange", label: "Orange", color: "#E69F00" },
      { id: "plain", label: "No colour" },
      { id: "blue", label: "Blue", color: "#0072B2" },
    ]);
    const orange = styles.get("orange")?.color ?? "";
    expect(sides(orange)).toEqual({ light: adjustForSurfaces("#E69F00", THEME_SURFACES.light), dark: "#e69f00" });
    expect(orange).toMatch(/^light-dark\(/);
    expect(styles.get("plain")?.color).toBe("var(--cat-1)");
    expect(styles.get("blue")?.color).toBe("#0072b2");
    expect(themedColours([undefined, "#E69F00"])).toEqual([undefined, orange]);
  });
});
