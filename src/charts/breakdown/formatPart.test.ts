import { describe, expect, it } from "vitest";
import { formatAmount, formatPartValue, formatPartValueMarked, formatShare, partPhrase } from "./formatPart.ts";

describe("formatShare", () => {
  it.each([
    [0.4943, "49.4%"],
    [1, "100.0%"],
    [0, "0.0%"],
    [0.0001, "<0.1%"],
  ])("%s → %s", (share, text) => expect(formatShare(share)).toBe(text));
});

describe("formatPartValue", () => {
  it("reads numbers the way a reader says them", () => {
    expect(formatAmount(524)).toBe("524");
    expect(formatAmount(736_686)).toBe("736,686");
    expect(formatAmount(1_490_562)).toBe("1.49 million");
  });

  it("carries every qualifier into the text", () => {
    expect(formatPartValue({ label: "a", value: 1200, atLeast: true })).toBe("at least 1,200");
    expect(formatPartValue({ label: "a", value: 1_200_000, approximate: true }, { full: true })).toBe("~1,200,000");
    expect(formatPartValue({ label: "a", value: 1200, low: 1000, high: 1500 })).toBe("1,200 (1,000–1,500)");
    expect(formatPartValueMarked({ label: "a", value: 373, derived: true })).toBe("373 †");
  });

  it("makes a phrase of number and label", () => {
    expect(partPhrase({ label: "Women", value: 54 })).toBe("54 women");
    expect(partPhrase({ label: "PoR holders", value: 3 })).toBe("3 PoR holders");
  });
});
