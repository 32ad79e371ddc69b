import { act, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type * as FirstScreen from "./firstScreen.ts";

// The flag lives for a page load: each test takes a fresh copy of the module.
let firstScreen: typeof FirstScreen;
beforeEach(async () => {
  vi.resetModules();
  firstScreen = await import("./firstScreen.ts");
});

function Below() {
  return <p>{firstScreen.useFirstScreenDrawn() ? "below the fold" : "waiting"}</p>;
}

describe("useFirstScreenDrawn", () => {
  it("waits for the first screen, then lets what is below the fold follow", async () => {
    render(<Below />);
    expect(screen.getByText("waiting")).toBeTruthy();
    await act(async () => firstScreen.firstScreenDrawn());
    expect(screen.getByText("below the fold")).toBeTruthy();
  });

  it("is true at once in a component that mounts after the first screen", () => {
    firstScreen.firstScreenDrawn();
    render(<Below />);
    expect(screen.getByText("below the fold")).toBeTruthy();
  });

  it("turns once: saying it again changes nothing", async () => {
    const renders = vi.fn();
    function Counted() {
      renders(firstScreen.useFirstScreenDrawn());
      return null;
    }
    render(<Counted />);
    await act(async () => firstScreen.firstScreenDrawn());
    await act(async () => firstScreen.firstScreenDrawn());
    expect(renders.mock.calls.map(([v]) => v as boolean)).toEqual([false, true]);
  });
});
