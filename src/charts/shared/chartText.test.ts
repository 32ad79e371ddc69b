import { describe, expect, it } from "vitest";
import { approximateMeasure } from "../shared/measureText.ts";
import { joinLabels, lowerFirst, sharedTitle, wrapText } from "./chartText.ts";

describe("chart text", () => {
  it("wraps words into lines that fit", () => {
    const lines = wrapText("Afghan refugees in Pakistan", 100, 12);
    expect(lines.join(" ")).toBe("Afghan refugees in Pakistan");
    for (const line of lines) expect(approximateMeasure(line, 12)).toBeLessThanOrEqual(100);
    expect(lines.length).toBeGreaterThan(1);
  });

  it("lowers only plain sentence-case first words", () => {
    expect(lowerFirst("Women")).toBe("women");
    expect(lowerFirst("UNHCR staff")).toBe("UNHCR staff");
    expect(lowerFirst("PoR holders")).toBe("PoR holders");
  });

  it("joins labels that share their first words", () => {
    expect(joinLabels(["Afghan refugees in Pakistan", "Afghan refugees in Iran"])).toBe("Afghan refugees in Pakistan and Iran");
    expect(joinLabels(["Returns", "Arrivals"])).toBe("Returns and Arrivals");
  });

  it("finds the title a family shares", () => {
    expect(sharedTitle(["Refugees by sex, end of 2021", "Refugees by sex, end of 2022"])).toBe("Refugees by sex");
    expect(sharedTitle(["Alpha", "Beta"])).toBeNull();
  });
});
