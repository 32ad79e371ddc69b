import { describe, expect, it } from "vitest";
import { flow, stockA, stockB } from "../breakdown/__fixtures__/population.ts";
import { readoutText } from "./highlight.ts";
import { describeSeriesFamily } from "./seriesFrame.ts";

describe("describeSeriesFamily", () => {
  const text = describeSeriesFamily([stockB, stockA]);

  it("names the series, primary first, without repeating shared words", () => {
    expect(text.title).toBe("Refugees in Country A and B");
  });

  it("says what is counted, when, and in what unit", () => {
    expect(text.subtitle).toBe("People at the end of each year, 1979–1985");
    expect(describeSeriesFamily([flow]).subtitle).toBe("People during each year, 1979–1985");
  });

  it("carries notes and every break from the data", () => {
    expect(text.notes[0]).toBe("Refugees in Country A: End-of-year figures.");
    expect(text.notes.join(" ")).toContain("1983: a change in counting; 1984: another change");
    expect(text.notes.join(" ")).toContain("1983: Country B counts more groups");
  });

  it("tables estimates and missing figures as such", () => {
    expect(text.table.columns.map((c) => c.label)).toEqual(["Date", "Refugees in Country A (people)", "Refugees in Country B (people)"]);
    expect(text.table.rows[0]).toEqual(["1979", "~400,000", "100,000"]);
    expect(text.table.rows[2]).toEqual(["1981", "2,300,000", "no figure"]);
  });

  it("reads a year's values out in words", () => {
    expect(readoutText([stockA, stockB], 1981)).toBe("1981: Refugees in Country A 2,300,000; Refugees in Country B no figure");
    expect(readoutText([stockA], 1979)).toBe("1979: Refugees in Country A about 400,000");
  });
});
