import { describe, expect, it } from "vitest";
import {
  closePairs, contrastRatio, deltaE2000, DEFICIENCIES, difference, labOf, linearToSrgb, parseHex, simulate,
  srgbToLinear, toHex, type Lab,
} from "./colourVision.ts";

// Reference values come from outside this code: WCAG's own examples, the
// published CIEDE2000 test set, and the Machado et al. matrices worked by hand.

describe("hex and sRGB", () => {
  it("parses #rgb and #rrggbb, and nothing else", () => {
    expect(parseHex("#fff")).toEqual([1, 1, 1]);
    expect(parseHex("#FF8000")?.map((c) => Math.round(c * 255))).toEqual([255, 128, 0]);
    expect(parseHex("red")).toBeNull();
    expect(parseHex("var(--cat-0)")).toBeNull();
    expect(toHex([1, 0.5019607843, 0])).toBe("#ff8000");
    expect(toHex([1.2, -0.1, 0])).toBe("#ff0000");
  });
  it("round-trips the sRGB transfer curve", () => {
    for (const c of [0, 0.02, 0.04045, 0.2, 0.5, 1]) expect(linearToSrgb(srgbToLinear(c))).toBeCloseTo(c, 6);
    expect(srgbToLinear(0.5)).toBeCloseTo(0.214, 3);
  });
});

describe("contrast (WCAG 2)", () => {
  it("matches the guidelines' reference values", () => {
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
  });
});

describe("CIELAB and CIEDE2000", () => {
  it("puts sRGB primaries and white where the CIE formulas do (D65)", () => {
    const [l, a, b] = labOf("#ff0000");
    expect([l, a, b].map((v) => Math.round(v * 100) / 100)).toEqual([53.24, 80.09, 67.2]);
    expect(labOf("#ffffff")[0]).toBeCloseTo(100, 3);
    expect(Math.abs(labOf("#808080")[1]) + Math.abs(labOf("#808080")[2])).toBeLessThan(0.01);
  });
  // Sharma, Wu & Dalal (2005), table 1: pairs chosen to catch the usual mistakes
  // (hue wrap-around, the blue rotation term, near-neutral and very dark colours).
  const SHARMA: readonly (readonly [Lab, Lab, number])[] = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
    [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
  ];
  it.each(SHARMA)("ΔE00 %j → %j is the published value", (x, y, want) => {
    expect(deltaE2000(x, y)).toBeCloseTo(want, 3);
    expect(deltaE2000(y, x)).toBeCloseTo(want, 3);
  });
});

describe("simulated colour-vision deficiency (Machado et al. 2009, severity 1)", () => {
  it("leaves greys alone: each matrix row sums to 1", () => {
    for (const kind of DEFICIENCIES) {
      for (const grey of ["#000000", "#777777", "#ffffff"]) expect(simulate(grey, kind)).toBe(grey);
    }
  });
  it("matches the published matrices worked by hand", () => {
    // Pure red is the first column: deutan (0.367322, 0.280085, -0.01182 → 0) in
    // linear light, which sRGB-encodes to (163, 144, 0): the familiar olive.
    expect(simulate("#ff0000", "deutan")).toBe("#a39000");
    // Protan: (0.152286, 0.114503, -0.003882 → 0) → (109, 95, 0), a darker olive.
    expect(simulate("#ff0000", "protan")).toBe("#6d5f00");
    // Tritan, pure blue is the third column: (-0.178779 → 0, 0.147602, 0.3039) → (0, 107, 150).
    expect(simulate("#0000ff", "tritan")).toBe("#006b96");
  });
  it("makes a red–green confusion pair look alike, and only to that reader", () => {
    expect(difference("#ff0000", "#a39000", "normal")).toBeGreaterThan(30);
    expect(difference("#ff0000", "#a39000", "deutan")).toBeLessThan(3);
    expect(difference("#ff0000", "#a39000", "tritan")).toBeGreaterThan(10);
    expect(closePairs(["#ff0000", "#0000ff", "#a39000"]).map((p) => [p.a, p.b, p.vision])).toContainEqual([0, 2, "deutan"]);
  });
});
