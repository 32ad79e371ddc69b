import { describe, expect, it } from "vitest";
import { pannedDomain } from "./touchPan.ts";
import { DAY_MS } from "./zoom.ts";

const d = (days: number) => days * DAY_MS;
const full: readonly [number, number] = [0, d(1000)];

describe("pannedDomain", () => {
  it("moves the content with the finger: dragging right shows earlier times", () => {
    expect(pannedDomain([d(400), d(600)], 100, 200, full)).toEqual([d(300), d(500)]);
    expect(pannedDomain([d(400), d(600)], -100, 200, full)).toEqual([d(500), d(700)]);
  });
  it("stops at the ends of the data, keeping the span", () => {
    expect(pannedDomain([d(100), d(300)], 1000, 200, full)).toEqual([0, d(200)]);
    expect(pannedDomain([d(700), d(900)], -1000, 200, full)).toEqual([d(800), d(1000)]);
  });
});
