import { describe, expect, it } from "vitest";
import { approximateMeasure, createCanvasMeasurer, type TextMeasuringContext } from "./measureText.ts";

describe("approximateMeasure", () => {
  it.each([
    ["", 12, 0],
    ["1989", 12, 4 * 0.55 * 12],
    ["Feb 1989", 20, 8 * 0.55 * 20],
    // one code point, two UTF-16 units
    ["😀", 10, 0.55 * 10],
  ])("%j at %spx", (text, px, width) => {
    expect(approximateMeasure(text, px)).toBeCloseTo(width, 9);
  });
});

describe("createCanvasMeasurer", () => {
  it("falls back to the approximation when there is no canvas context", () => {
    const measure = createCanvasMeasurer({ createContext: () => null });
    expect(measure("abc", 10)).toBe(approximateMeasure("abc", 10));
  });

  it("falls back in jsdom without logging canvas errors", () => {
    expect(createCanvasMeasurer()("abcd", 10)).toBe(approximateMeasure("abcd", 10));
  });

  it("uses the context with the font set, and caches", () => {
    const fonts: string[] = [];
    const context: TextMeasuringContext = {
      font: "",
      measureText(text) {
        fonts.push(this.font);
        return { width: text.length * 7 };
      },
    };
    const measure = createCanvasMeasurer({ createContext: () => context, fontFamily: "Inter", fontWeight: 600 });
    expect(measure("abc", 14)).toBe(21);
    expect(measure("abc", 14)).toBe(21);
    expect(fonts).toEqual(["600 14px Inter"]);
  });
});
