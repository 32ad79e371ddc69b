// Colour maths for checking that categories stay apart for every reader:
// simulated colour-vision deficiency and a perceptual difference. Pure, so the
// palette test and the theme adjustment (themeColour.ts) share one definition.
// WCAG luminance and contrast already live in export/contrast.ts: reused, so
// the token test and these checks cannot disagree. Its sRGB curve is private
// there, and the simulation needs it on its own, hence srgbToLinear below.
import { contrastRatio, luminance } from "../../export/contrast.ts";

export { contrastRatio, luminance };

/** sRGB channels, gamma-encoded, each 0–1. */
export type Rgb = readonly [r: number, g: number, b: number];
/** CIELAB under D65, L* 0–100. */
export type Lab = readonly [l: number, a: number, b: number];
export type Deficiency = "protan" | "deutan" | "tritan";
export type Vision = "normal" | Deficiency;
export const DEFICIENCIES: readonly Deficiency[] = ["protan", "deutan", "tritan"];
export const VISIONS: readonly Vision[] = ["normal", ...DEFICIENCIES];

/**
 * The ΔE00 two category colours must keep, under normal vision and each
 * simulation. ΔE00 ≈ 1–2 is a just-noticeable difference between large patches
 * side by side; timeline markers are a few pixels and rarely adjacent, and the
 * difference needed grows as marks shrink (Stone, Szafir & Setlur 2014, "An
 * engineering model for color difference as a function of size"). 10 asks for
 * colours told apart at a glance, not merely on close comparison.
 */
export const MIN_DELTA_E = 10;

/** #rgb or #rrggbb; null for anything else (named colours, var(), rgb()). */
export function parseHex(hex: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as unknown as Rgb;
}

/** Lower-case #rrggbb; channels are clamped to the gamut and rounded. */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(1, Math.max(0, c)) * 255).toString(16).padStart(2, "0")).join("")}`;
}

export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function linearToSrgb(c: number): number {
  return c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055;
}

type Matrix = readonly [Rgb, Rgb, Rgb];
const apply = (m: Matrix, v: Rgb): Rgb =>
  m.map((row) => row[0] * v[0] + row[1] * v[1] + row[2] * v[2]) as unknown as Rgb;

/**
 * Machado, Oliveira & Fernandes (2009), "A physiologically-based model for
 * simulation of color vision deficiency", IEEE TVCG 15(6): the published
 * matrices at severity 1.0 (dichromacy), applied to linear sRGB. The model is
 * least tested for tritanopia, where Brettel, Viénot & Mollon (1997) is the usual
 * alternative; one model for all three keeps the checks comparable.
 */
const MACHADO: Readonly<Record<Deficiency, Matrix>> = {
  protan: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deutan: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritan: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

/** How a colour looks under a deficiency (clamped to what a screen can show). */
export function simulateRgb(rgb: Rgb, vision: Vision): Rgb {
  if (vision === "normal") return rgb;
  const lin = apply(MACHADO[vision], rgb.map(srgbToLinear) as unknown as Rgb);
  return lin.map((c) => linearToSrgb(Math.min(1, Math.max(0, c)))) as unknown as Rgb;
}

export function simulate(hex: string, vision: Vision): string {
  const rgb = parseHex(hex);
  if (!rgb) throw new Error(`not a hex colour: ${hex}`);
  return toHex(simulateRgb(rgb, vision));
}

// sRGB (D65) to XYZ; the middle row is WCAG's luminance, so L* and contrast agree.
const TO_XYZ: Matrix = [[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.072175], [0.0193339, 0.119192, 0.9503041]];
const FROM_XYZ: Matrix = [[3.2404542, -1.5371385, -0.4985314], [-0.969266, 1.8760108, 0.041556], [0.0556434, -0.2040259, 1.0572252]];
const WHITE: Rgb = [0.95047, 1, 1.08883];
const EPS = 216 / 24389;
const KAPPA = 24389 / 27;

const f = (t: number) => (t > EPS ? Math.cbrt(t) : (KAPPA * t + 16) / 116);
const fInv = (t: number) => (t ** 3 > EPS ? t ** 3 : (116 * t - 16) / KAPPA);

/** L* of a relative luminance Y (0–1). */
export function lightnessOf(y: number): number {
  return 116 * f(y) - 16;
}

export function rgbToLab(rgb: Rgb): Lab {
  const [x, y, z] = apply(TO_XYZ, rgb.map(srgbToLinear) as unknown as Rgb);
  const [fx, fy, fz] = [x / WHITE[0], y / WHITE[1], z / WHITE[2]].map(f) as [number, number, number];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** Linear sRGB of a Lab colour, unclamped: a channel outside 0–1 means out of gamut. */
export function labToLinear([l, a, b]: Lab): Rgb {
  const fy = (l + 16) / 116;
  const xyz: Rgb = [fInv(fy + a / 500) * WHITE[0], fInv(fy) * WHITE[1], fInv(fy - b / 200) * WHITE[2]];
  return apply(FROM_XYZ, xyz);
}

// Palette checks compare the same few colours many times over.
const labCache = new Map<string, Lab>();

export function labOf(hex: string, vision: Vision = "normal"): Lab {
  const key = `${hex}:${vision}`;
  let lab = labCache.get(key);
  if (!lab) {
    const rgb = parseHex(hex);
    if (!rgb) throw new Error(`not a hex colour: ${hex}`);
    lab = rgbToLab(simulateRgb(rgb, vision));
    if (labCache.size > 4096) labCache.clear();
    labCache.set(key, lab);
  }
  return lab;
}

const DEG = Math.PI / 180;

/** CIEDE2000 (Sharma, Wu & Dalal 2005 implementation notes), kL = kC = kH = 1. */
export function deltaE2000(x: Lab, y: Lab): number {
  const [l1, a1, b1] = x;
  const [l2, a2, b2] = y;
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const ap1 = (1 + g) * a1;
  const ap2 = (1 + g) * a2;
  const c1 = Math.hypot(ap1, b1);
  const c2 = Math.hypot(ap2, b2);
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (Math.atan2(b, a) / DEG + 360) % 360);
  const h1 = hue(b1, ap1);
  const h2 = hue(b2, ap2);
  const dL = l2 - l1;
  const dC = c2 - c1;
  let dh = 0;
  if (c1 * c2 !== 0) dh = h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh / 2) * DEG);
  const lBar = (l1 + l2) / 2;
  const cpBar = (c1 + c2) / 2;
  let hBar = h1 + h2;
  if (c1 * c2 !== 0) hBar = Math.abs(h1 - h2) > 180 ? (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2 : (h1 + h2) / 2;
  const t = 1 - 0.17 * Math.cos((hBar - 30) * DEG) + 0.24 * Math.cos(2 * hBar * DEG)
    + 0.32 * Math.cos((3 * hBar + 6) * DEG) - 0.2 * Math.cos((4 * hBar - 63) * DEG);
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sc = 1 + 0.045 * cpBar;
  const sh = 1 + 0.015 * cpBar * t;
  const rt = -2 * Math.sqrt(cpBar ** 7 / (cpBar ** 7 + 25 ** 7)) * Math.sin(60 * Math.exp(-(((hBar - 275) / 25) ** 2)) * DEG);
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

/** ΔE00 between two hex colours as a reader with `vision` sees them. */
export function difference(a: string, b: string, vision: Vision = "normal"): number {
  return deltaE2000(labOf(a, vision), labOf(b, vision));
}

export interface ClosePair {
  readonly a: number;
  readonly b: number;
  readonly vision: Vision;
  readonly deltaE: number;
}

/** Every pair of `colours` (by index) closer than `min` under some vision, closest first. */
export function closePairs(colours: readonly string[], min = MIN_DELTA_E, visions = VISIONS): ClosePair[] {
  const out: ClosePair[] = [];
  for (const vision of visions) {
    const labs = colours.map((c) => labOf(c, vision));
    labs.forEach((x, a) => labs.slice(a + 1).forEach((y, i) => {
      const deltaE = deltaE2000(x, y);
      if (deltaE < min) out.push({ a, b: a + 1 + i, vision, deltaE });
    }));
  }
  return out.sort((p, q) => p.deltaE - q.deltaE);
}
