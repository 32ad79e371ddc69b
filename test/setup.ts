// jsdom lacks layout: charts measure their container with ResizeObserver and text
// with canvas. Both are replaced here, on purpose, in one place.
import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";

afterEach(() => cleanup());

class FixedSizeObserver {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element): void {
    const rect = { width: 1200, height: 400, top: 0, left: 0, right: 1200, bottom: 400, x: 0, y: 0 };
    const entry = { target, contentRect: rect, borderBoxSize: [{ inlineSize: 1200, blockSize: 400 }] };
    this.callback([entry as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= FixedSizeObserver as unknown as typeof ResizeObserver;
