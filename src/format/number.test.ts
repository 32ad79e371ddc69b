import { describe, expect, it } from "vitest";
import { formatCompact, formatMillions, formatPeople } from "./number.ts";

describe("formatCompact", () => {
  it.each([
    [0, "0"],
    [524, "524"],
    [500_000, "500k"],
    [1_000, "1k"],
    [1_500_000, "1.5M"],
    [1_490_562, "1.49M"],
    [3_270_000, "3.27M"],
    [2_000_000_000, "2B"],
    [Number.NaN, ""],
  ])("%s → %s", (value, expected) => {
    expect(formatCompact(value)).toBe(expected);
  });
});

describe("formatPeople", () => {
  it.each([
    [524, "524"],
    [0, "0"],
    [1_490_562, "1,490,562"],
    [3_272_000, "3,272,000"],
  ])("%s → %s", (value, expected) => {
    expect(formatPeople(value)).toBe(expected);
  });
});

describe("formatMillions", () => {
  it.each([
    [1_490_562, "1.49 million"],
    [3_000_000, "3 million"],
    [1_500_000, "1.5 million"],
    [12_345_678, "12.3 million"],
  ])("%s → %s", (value, expected) => {
    expect(formatMillions(value)).toBe(expected);
  });
});
