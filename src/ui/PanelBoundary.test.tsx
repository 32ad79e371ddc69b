import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import { PanelBoundary } from "./PanelBoundary.tsx";

function Broken(): never {
  throw new Error("bad scale");
}

describe("PanelBoundary", () => {
  it("contains a crash: names the panel, and its neighbours keep rendering", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <>
        <PanelBoundary name="Provinces chart"><Broken /></PanelBoundary>
        <PanelBoundary name="Timeline"><p>still here</p></PanelBoundary>
      </>,
    );
    expect(screen.getByRole("alert").textContent).toContain("Provinces chart could not be drawn: bad scale");
    expect(screen.getByText("still here")).toBeTruthy();
    warn.mockRestore();
    error.mockRestore();
  });
});
