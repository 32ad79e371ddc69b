// A colour a data file suggests for a category is written for one background;
// the page has two themes. Each theme gets the suggestion moved in lightness
// only (hue kept, chroma kept where the screen can show it) until the mark
// reaches 3:1 against every surface it is drawn on (WCAG 1.4.11, non-text).
import {
  contrastRatio, difference, labOf, labToLinear, lightnessOf, linearToSrgb, luminance, MIN_DELTA_E, parseHex, rgbToLab, toHex,
  VISIONS, type Lab, type Rgb,
} from "./colourVision.ts";

export const MARK_CONTRAST = 3;

/**
 * The surfaces markers sit on in each theme: --bg, --surface (detail panel),
 * --era-a and --era-b (timeline bands). Copied from tokens.css, which
 * palette.test.ts compares them with, so the two cannot drift apart.
 */
export const THEME_SURFACES = {
  light: ["#ffffff", "#f6f6f4", "#f3f1ec", "#fafaf8"],
  dark: ["#121417", "#1b1e22", "#1c1f23", "#16181b"],
} as const satisfies Record<string, readonly string[]>;
export type Theme = keyof typeof THEME_SURFACES;

const inGamut = (lab: Lab) => labToLinear(lab).every((c) => c >= -1e-9 && c <= 1 + 1e-9);

/** The most saturated in-gamut colour at lightness l and hue h (radians), chroma at most c. */
function atLightness(l: number, c: number, h: number): string {
  let lo = 0;
  let hi = c;
  if (!inGamut([l, hi * Math.cos(h), hi * Math.sin(h)])) {
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (inGamut([l, mid * Math.cos(h), mid * Math.sin(h)])) lo = mid;
      else hi = mid;
    }
    hi = lo;
  }
  const lin = labToLinear([l, hi * Math.cos(h), hi * Math.sin(h)]);
  return toHex(lin.map((v) => linearToSrgb(Math.min(1, Math.max(0, v)))) as unknown as Rgb);
}

const worst = (hex: string, surfaces: readonly string[]) =>
  Math.min(...surfaces.map((s) => contrastRatio(hex, s) ?? 1));

/**
 * `hex` with its lightness moved just far enough to reach `min`:1 against every
 * surface, darker on light surfaces and lighter on dark ones. A colour already
 * there comes back unchanged (as lower-case #rrggbb). Where no lightness
 * reaches `min` (mid-grey surfaces), the best of black and white.
 */
export function adjustForSurfaces(hex: string, surfaces: readonly string[], min = MARK_CONTRAST): string {
  const rgb = parseHex(hex);
  if (!rgb) throw new Error(`not a hex colour: ${hex}`);
  const own = toHex(rgb);
  if (worst(own, surfaces) >= min) return own;
  const ys = surfaces.map((s) => luminance(s) ?? 0);
  // WCAG contrast depends on luminance alone, and L* is a function of luminance,
  // so the lightness that just reaches `min` follows directly.
  const darkY = (Math.min(...ys) + 0.05) / min - 0.05;
  const lightY = min * (Math.max(...ys) + 0.05) - 0.05;
  const y = luminance(own) ?? 0;
  const canDark = darkY >= 0;
  const canLight = lightY <= 1;
  if (!canDark && !canLight) return worst("#000000", surfaces) >= worst("#ffffff", surfaces) ? "#000000" : "#ffffff";
  const darker = canDark && (!canLight || y - darkY <= lightY - y);
  const [, a, b] = rgbToLab(rgb);
  const c = Math.hypot(a, b);
  const h = Math.atan2(b, a);
  // Rounding to 8-bit channels can land a hair short: step on until it holds.
  for (let target = lightnessOf(darker ? darkY : lightY), i = 0; i < 100; i++, target += darker ? -0.2 : 0.2) {
    const out = atLightness(Math.min(100, Math.max(0, target)), c, h);
    if (worst(out, surfaces) >= min) return out;
  }
  return darker ? "#000000" : "#ffffff";
}

/** The smallest ΔE00 between `hex` and any of `others`, over every kind of vision. */
const separation = (hex: string, others: readonly string[]) =>
  Math.min(Infinity, ...others.flatMap((o) => VISIONS.map((v) => difference(hex, o, v))));

/**
 * Suggested colours as one theme draws them, in order. Each reaches `min`:1; one
 * that then sits within MIN_DELTA_E of an earlier one (for any reader, simulated
 * deficiencies included) is moved further from the surfaces in lightness, the
 * difference every kind of colour vision keeps, until it stands apart. If no
 * lightness does, it stays at the first that reached `min` and its shape alone
 * tells it apart.
 */
export function adjustAll(hexes: readonly string[], surfaces: readonly string[], min = MARK_CONTRAST): string[] {
  const out: string[] = [];
  for (const hex of hexes) {
    const first = adjustForSurfaces(hex, surfaces, min);
    let pick = first;
    if (separation(first, out) < MIN_DELTA_E) {
      const [l] = labOf(first);
      const [, a, b] = labOf(hex);
      const away = (luminance(first) ?? 0) < (luminance(surfaces[0] ?? "#fff") ?? 1) ? -2 : 2;
      for (let next = l + away; next >= 0 && next <= 100; next += away) {
        const candidate = atLightness(next, Math.hypot(a, b), Math.atan2(b, a));
        if (worst(candidate, surfaces) >= min && separation(candidate, out) >= MIN_DELTA_E) {
          pick = candidate;
          break;
        }
      }
    }
    out.push(pick);
  }
  return out;
}

let last: { readonly key: string; readonly colours: readonly (string | undefined)[] } | undefined;

/**
 * Each suggestion as one CSS colour right in both themes (undefined where none
 * was suggested). light-dark() follows the color-scheme that tokens.css sets
 * with each theme (print pins it to light), so callers need not know the theme,
 * and exports read the computed colour. A colour both themes keep stays a plain hex.
 */
export function themedColours(hexes: readonly (string | undefined)[]): (string | undefined)[] {
  // Every layout styles the same categories: the last answer is kept.
  const key = hexes.join(",");
  if (last?.key === key) return [...last.colours];
  const given = hexes.filter((h): h is string => h !== undefined);
  const light = adjustAll(given, THEME_SURFACES.light);
  const dark = adjustAll(given, THEME_SURFACES.dark);
  let i = 0;
  const colours = hexes.map((h) => {
    if (h === undefined) return undefined;
    const [l = h, d = h] = [light[i], dark[i]];
    i++;
    return l === d ? l : `light-dark(${l}, ${d})`;
  });
  last = { key, colours };
  return [...colours];
}
