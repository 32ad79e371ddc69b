import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DataTable } from "./DataTable.tsx";

describe("DataTable", () => {
  it("is a captioned table with scoped headers and right-aligned numbers", () => {
    render(
      <DataTable
        caption="Detentions"
        columns={[{ label: "Figure" }, { label: "People", numeric: true }]}
        rows={[["Detained", "at least 1,200"], ["Released", "524"]]}
      />,
    );
    const table = screen.getByRole("table", { name: "Detentions" });
    expect(within(table).getByRole("columnheader", { name: "People" }).getAttribute("scope")).toBe("col");
    expect(within(table).getByRole("rowheader", { name: "Detained" }).getAttribute("scope")).toBe("row");
    expect(within(table).getByText("at least 1,200").className).toBe("data-table__num");
  });
});
