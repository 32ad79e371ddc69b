import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DataLoadError } from "../data/errors.ts";
import { ErrorPanel } from "./ErrorPanel.tsx";

const invalid = new DataLoadError({
  dataKind: "events",
  file: "my-events.json",
  url: "https://example.org/my-events.json",
  detail: {
    kind: "invalid",
    problems: [
      { file: "my-events.json", path: "events[12].date", message: '"2023-02-30" is not a real date: February 2023 has 28 days' },
      { file: "my-events.json", path: "events[13].title", message: '<img src=x onerror="alert(1)">' },
      { file: "my-events.json", path: "", message: "…and 3 more problems" },
    ],
  },
});

describe("ErrorPanel", () => {
  it("names the file and lists every problem as an alert", () => {
    render(<ErrorPanel error={invalid} />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("my-events.json");
    const items = screen.getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual([
      'my-events.json › events[12].date: "2023-02-30" is not a real date: February 2023 has 28 days',
      'my-events.json › events[13].title: <img src=x onerror="alert(1)">',
      "my-events.json: …and 3 more problems",
    ]);
  });

  it("renders data as text, never as markup", () => {
    const { container } = render(<ErrorPanel error={invalid} />);
    expect(container.querySelector("img")).toBeNull();
  });

  it("offers Retry only when given a way to retry", async () => {
    const network = new DataLoadError({
      dataKind: "population", file: "population.json", url: "https://example.org/population.json",
      detail: { kind: "network", message: "Failed to fetch" },
    });
    const onRetry = vi.fn();
    const { rerender } = render(<ErrorPanel error={network} onRetry={onRetry} />);
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(onRetry).toHaveBeenCalledOnce();
    rerender(<ErrorPanel error={invalid} />);
    expect(screen.queryByRole("button", { name: "Retry" })).toBeNull();
  });
});
