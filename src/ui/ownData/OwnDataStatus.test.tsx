import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { OwnDataStatus } from "./OwnDataStatus.tsx";

const base = { checking: null, refused: [], opened: [], localFiles: [], custom: false, onBack: () => {}, onDismiss: () => {} };

describe("OwnDataStatus", () => {
  it("shows nothing for the bundled data", () => {
    const { container } = render(<OwnDataStatus {...base} />);
    expect(container.innerHTML).toBe("");
  });

  it("says which files are being checked", () => {
    render(<OwnDataStatus {...base} checking={["a.json", "b.json"]} />);
    expect(screen.getByRole("status").textContent).toBe("Checking a.json and b.json…");
  });

  it("names the reader's files, says a link cannot carry them, and goes back", () => {
    const onBack = vi.fn();
    render(<OwnDataStatus {...base} custom localFiles={["mine.json"]} onBack={onBack} />);
    expect(screen.getByRole("status").textContent).toMatch(/Showing your file mine\.json, opened from this computer\. A shared link cannot carry it\./);
    fireEvent.click(screen.getByRole("button", { name: "Back to the bundled data" }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it("groups every problem under its file, as text, and can be dismissed", () => {
    const onDismiss = vi.fn();
    const refused = [
      { file: "a.json", summary: "a.json does not follow the data format: 2 problems found.", problems: [
        { file: "a.json", path: "events[0].title", message: "should not be empty" },
        { file: "a.json", path: "", message: "<img src=x onerror=alert(1)>" },
      ] },
      { file: "b.json", summary: "b.json is 70 MB; files over 64 MB are refused.", problems: [] },
    ];
    const { container } = render(<OwnDataStatus {...base} refused={refused} opened={["c.json"]} onDismiss={onDismiss} />);
    const alert = screen.getByRole("alert");
    expect(alert.querySelector("h2")?.textContent).toBe("2 files could not be used");
    expect(alert.textContent).toMatch(/c\.json opened; the rest of what was shown stays\./);
    const groups = [...container.querySelectorAll("[data-file]")];
    expect(groups.map((g) => g.getAttribute("data-file"))).toEqual(["a.json", "b.json"]);
    expect([...(groups[0]?.querySelectorAll("li") ?? [])].map((li) => li.textContent)).toEqual([
      "events[0].title: should not be empty",
      "(whole file): <img src=x onerror=alert(1)>",
    ]);
    expect(container.querySelector("img")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
