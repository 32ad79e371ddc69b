import { describe, expect, it } from "vitest";
import { detentions, provinces, release, sexGroup } from "./__fixtures__/population.ts";
import { describeBreakdownFamily, derivedFootnote } from "./breakdownFrame.ts";

describe("describeBreakdownFamily", () => {
  it("spells out a derived value's arithmetic from the data", () => {
    expect(derivedFootnote(release)).toEqual({ marker: "†", text: "Derived: 524 − 54 − 97; not itemised by any source." });
    expect(derivedFootnote(provinces)).toBeNull();
  });

  it("titles a breakdown with its label, date and total", () => {
    const text = describeBreakdownFamily({ kind: "single", key: "release", breakdown: release });
    expect(text.title).toBe("Who was released");
    expect(text.subtitle).toBe("7 Jan 2023 · 524 people in total");
    expect(text.notes).toEqual(["No source describes the other 373."]);
    expect(text.anchorId).toBe("breakdown-release");
  });

  it("lists the figure's source, then parts with a different one", () => {
    const text = describeBreakdownFamily({ kind: "single", key: "d", breakdown: detentions });
    expect(text.sources).toEqual([
      { name: "Test source", url: "https://example.org/data" },
      { name: "Other source", url: "https://example.org/other", for: "Detained" },
    ]);
  });

  it("tables every part with its qualifiers", () => {
    const waffle = describeBreakdownFamily({ kind: "single", key: "release", breakdown: release }).table;
    expect(waffle.rows.map((r) => r[1])).toEqual(["54", "97", "373 †", "524"]);
    const bars = describeBreakdownFamily({ kind: "single", key: "d", breakdown: detentions }).table;
    expect(bars.rows[0]?.[1]).toBe("at least 1,200");
    expect(bars.columns.map((c) => c.label)).toEqual(["Figure", "People", "Source"]);
  });

  it("titles a group by what its members share and tables a row per date", () => {
    const text = describeBreakdownFamily({ kind: "group", key: "group:sex", group: "sex", breakdowns: sexGroup });
    expect(text.title).toBe("Refugees by sex");
    expect(text.subtitle).toBe("2021–2023 · share of each total");
    expect(text.notes).toEqual(["From demographic data."]);
    expect(text.table.columns.map((c) => c.label)).toEqual(["Date", "Female", "Male", "Total"]);
    expect(text.table.rows[0]).toEqual(["2021", "677,388 (45.4%)", "813,174 (54.6%)", "1,490,562"]);
  });
});
