import { act, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { HEIGHT_MESSAGE, MEASURE_REQUEST, useAutoHeight, type HeightTarget } from "./useAutoHeight.ts";

// A ResizeObserver we fire by hand, and animation frames we run by hand, so
// each test says exactly when the size changes and when a frame passes.
let observers: { callback: () => void; targets: Element[] }[] = [];
let frames = new Map<number, FrameRequestCallback>();
let nextFrame = 1;

class ManualObserver {
  readonly entry: { callback: () => void; targets: Element[] };
  constructor(callback: () => void) {
    this.entry = { callback, targets: [] };
    observers.push(this.entry);
  }
  observe(target: Element) {
    this.entry.targets.push(target);
  }
  unobserve() {}
  disconnect() {
    observers = observers.filter((o) => o !== this.entry);
  }
}

const resize = () => act(() => observers.forEach((o) => o.callback()));
const runFrame = () =>
  act(() => {
    const due = [...frames.values()];
    frames = new Map();
    due.forEach((f) => f(0));
  });

let height = 500;
function Probe({ target }: { readonly target: HeightTarget | null }) {
  const ref = useAutoHeight<HTMLDivElement>({ target });
  return <div ref={ref} data-testid="root" />;
}

function mount(target: HeightTarget | null) {
  const result = render(<Probe target={target} />);
  const root = result.getByTestId("root");
  root.getBoundingClientRect = () => ({ bottom: height, height, top: 0, left: 0, right: 300, width: 300, x: 0, y: 0, toJSON: () => ({}) });
  return result;
}

beforeEach(() => {
  observers = [];
  frames = new Map();
  height = 500;
  vi.stubGlobal("ResizeObserver", ManualObserver);
  vi.stubGlobal("requestAnimationFrame", (f: FrameRequestCallback) => {
    frames.set(nextFrame, f);
    return nextFrame++;
  });
  vi.stubGlobal("cancelAnimationFrame", (id: number) => frames.delete(id));
});
afterEach(() => vi.unstubAllGlobals());

describe("useAutoHeight", () => {
  it("posts the root's height to the parent once the frame after a size change", () => {
    const postMessage = vi.fn();
    mount({ postMessage });
    runFrame();
    expect(postMessage).toHaveBeenCalledTimes(1);
    expect(postMessage).toHaveBeenLastCalledWith({ type: HEIGHT_MESSAGE, height: 500 }, "*");
    height = 812.4;
    resize();
    expect(postMessage).toHaveBeenCalledTimes(1); // not before the frame
    runFrame();
    expect(postMessage).toHaveBeenLastCalledWith({ type: HEIGHT_MESSAGE, height: 813 }, "*");
  });

  it("posts once per frame however many changes come in it, and never the same height twice in a row", () => {
    const postMessage = vi.fn();
    mount({ postMessage });
    runFrame();
    height = 600;
    resize();
    resize();
    resize();
    expect(frames.size).toBe(1);
    runFrame();
    resize();
    runFrame();
    expect(postMessage.mock.calls.map((c) => (c[0] as { height: number }).height)).toEqual([500, 600]);
  });

  it("ignores a measure request that does not come from its parent", () => {
    const postMessage = vi.fn();
    mount({ postMessage });
    runFrame();
    act(() => window.dispatchEvent(new MessageEvent("message", { data: { type: MEASURE_REQUEST } })));
    runFrame();
    expect(postMessage).toHaveBeenCalledTimes(1);
  });

  it("posts the same height again when its parent asks it to measure", () => {
    // jsdom's MessageEvent accepts only a real window as its source: this window plays the parent.
    const postMessage = vi.spyOn(window, "postMessage").mockImplementation(() => undefined);
    mount(window);
    runFrame();
    act(() => window.dispatchEvent(new MessageEvent("message", { data: { type: MEASURE_REQUEST }, source: window })));
    runFrame();
    expect(postMessage.mock.calls.map((c) => c[0])).toEqual([
      { type: HEIGHT_MESSAGE, height: 500 },
      { type: HEIGHT_MESSAGE, height: 500 },
    ]);
    postMessage.mockRestore();
  });

  it("does nothing when the page is not framed", () => {
    mount(null);
    expect(observers).toHaveLength(0);
    expect(frames.size).toBe(0);
  });

  it("stops watching when unmounted", () => {
    const postMessage = vi.fn();
    const { unmount } = mount({ postMessage });
    runFrame();
    unmount();
    expect(observers).toHaveLength(0);
    height = 900;
    runFrame();
    expect(postMessage).toHaveBeenCalledTimes(1);
  });
});
