import { describe, expect, it } from "vitest";
import { wrapText } from "./wrap.ts";

// One unit per character makes the expected breaks easy to read.
const chars = (t: string) => Array.from(t).length;

describe("wrapText", () => {
  it("fits as many words per line as the width allows", () => {
    expect(wrapText("the quick brown fox jumps", 10, chars)).toEqual(["the quick", "brown fox", "jumps"]);
    expect(wrapText("exactly ten", 11, chars)).toEqual(["exactly ten"]);
  });
  it("collapses runs of spaces and keeps line breaks in the text", () => {
    expect(wrapText("  a   b \n c", 10, chars)).toEqual(["a b", "c"]);
    expect(wrapText("", 10, chars)).toEqual([]);
  });
  it("cuts a word wider than a line, after a slash where it can", () => {
    expect(wrapText("see https://www.unhcr.org/refugee-statistics/ now", 16, chars)).toEqual([
      "see",
      "https://",
      "www.unhcr.org/",
      "refugee-",
      "statistics/ now",
    ]);
    expect(wrapText("abcdefghij", 4, chars)).toEqual(["abcd", "efgh", "ij"]);
  });
  it("never loops on a width too small for one character", () => {
    expect(wrapText("ab", 0, chars)).toEqual(["a", "b"]);
  });
  it("uses the measure it is given (wide letters take more room)", () => {
    const wide = (t: string) => [...t].reduce((w, c) => w + (c === "W" ? 3 : 1), 0);
    expect(wrapText("WW aa", 6, wide)).toEqual(["WW", "aa"]);
  });
  it("counts characters outside the BMP as one", () => {
    expect(wrapText("😀😀😀 x", 3, chars)).toEqual(["😀😀😀", "x"]);
  });
});
