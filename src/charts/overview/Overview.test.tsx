import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { syntheticEvents } from "../timeline/syntheticEvents.ts";
import type { TimeDomain } from "../timeline/time.ts";
import { brushToDomain, domainToBrush, recentredDomain, timeAtPx } from "./brushDomain.ts";
import { Overview } from "./Overview.tsx";

// jsdom: ResizeObserver reports 1200 px (test/setup.ts); d3's pointer() falls
// back to clientX/clientY, since nothing has a position.
const WIDTH = 1200;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const full: TimeDomain = [utc(1978), utc(2024)];
const domain: TimeDomain = [utc(1988), utc(1993)];
const events = syntheticEvents(300, 3);

function setup(d: TimeDomain = domain) {
  const onBrush = vi.fn<(domain: TimeDomain, info: { settled: boolean }) => void>();
  const rendered = render(<Overview fullDomain={full} domain={d} events={events} onBrush={onBrush} />);
  const brush = screen.getByTestId("overview-brush");
  const rect = (cls: string) => {
    const el = brush.querySelector(cls);
    if (!el) throw new Error(`no ${cls}`);
    return el;
  };
  return { onBrush, brush, rect, rendered };
}

/**
 * A mouse event with `view` set: d3-brush follows the rest of a drag on event.view,
 * and jsdom under vitest refuses `view: window` in the event's init (window is
 * vitest's global there, not jsdom's Window), so it is defined afterwards.
 */
function mouse(target: Element | Window, type: "mousedown" | "mousemove" | "mouseup", clientX: number) {
  const event = new MouseEvent(type, { bubbles: true, cancelable: true, clientX, clientY: 20 });
  Object.defineProperty(event, "view", { value: window });
  fireEvent(target, event);
}

const num = (el: Element, attr: string) => Number(el.getAttribute(attr));

function expectDomain(actual: TimeDomain | undefined, expected: TimeDomain) {
  expect(actual?.[0]).toBeCloseTo(expected[0], -1);
  expect(actual?.[1]).toBeCloseTo(expected[1], -1);
}

describe("Overview", () => {
  it("draws the strip with the brush on the domain's pixels", () => {
    const { rect, brush } = setup();
    expect(screen.getByTestId("overview").querySelector("svg")?.getAttribute("width")).toBe(String(WIDTH));
    const px = domainToBrush(domain, full, WIDTH);
    const sel = rect(".selection");
    expect(num(sel, "x")).toBeCloseTo(px.x0, 6);
    expect(num(sel, "width")).toBeCloseTo(px.x1 - px.x0, 6);
    expect(brush.getAttribute("role")).toBe("slider");
    expect(brush.getAttribute("tabindex")).toBe("0");
    expect(brush.getAttribute("aria-valuetext")).toBe("visible window 1988–1992");
    expect(brush.getAttribute("aria-label")).toBe("Overview of 1978–2023");
  });

  it("moves the brush when the domain changes, without calling onBrush", () => {
    const { rect, rendered, onBrush } = setup();
    const next: TimeDomain = [utc(2001), utc(2003)];
    rendered.rerender(<Overview fullDomain={full} domain={next} events={events} onBrush={onBrush} />);
    expect(num(rect(".selection"), "x")).toBeCloseTo(domainToBrush(next, full, WIDTH).x0, 6);
    expect(onBrush).not.toHaveBeenCalled();
  });

  it("commits ←, →, Shift+→, Home and End as settled domains", () => {
    const { brush, onBrush } = setup();
    const span = domain[1] - domain[0];
    const cases: [string, boolean, TimeDomain][] = [
      ["ArrowLeft", false, [domain[0] - span / 10, domain[1] - span / 10]],
      ["ArrowRight", false, [domain[0] + span / 10, domain[1] + span / 10]],
      ["ArrowRight", true, [domain[0] + span, domain[1] + span]],
      ["Home", false, [full[0], full[0] + span]],
      ["End", false, [full[1] - span, full[1]]],
    ];
    for (const [key, shiftKey, expected] of cases) {
      onBrush.mockClear();
      fireEvent.keyDown(brush, { key, shiftKey });
      expect(onBrush).toHaveBeenCalledTimes(1);
      expectDomain(onBrush.mock.calls[0]?.[0], expected);
      expect(onBrush.mock.calls[0]?.[1]).toEqual({ settled: true });
    }
    onBrush.mockClear();
    fireEvent.keyDown(brush, { key: "a" });
    expect(onBrush).not.toHaveBeenCalled();
  });

  it("does not commit a key that changes nothing", () => {
    const atStart: TimeDomain = [full[0], full[0] + (domain[1] - domain[0])];
    const { brush, onBrush } = setup(atStart);
    fireEvent.keyDown(brush, { key: "Home" });
    expect(onBrush).not.toHaveBeenCalled();
  });

  it("drags the window: unsettled while moving, settled at the end", () => {
    const { rect, onBrush } = setup();
    const px = domainToBrush(domain, full, WIDTH);
    const start = (px.x0 + px.x1) / 2;
    mouse(rect(".selection"), "mousedown", start);
    mouse(window, "mousemove", start + 100);
    mouse(window, "mouseup", start + 100);
    const expected = brushToDomain(px.x0 + 100, px.x1 + 100, full, WIDTH);
    expect(onBrush.mock.calls.map((c) => c[1].settled)).toEqual([false, true]);
    expectDomain(onBrush.mock.calls[1]?.[0], expected);
  });

  it("recentres the window on a click on the background, keeping its span", () => {
    const { rect, onBrush } = setup();
    mouse(rect(".overlay"), "mousedown", 900);
    mouse(window, "mouseup", 900);
    expect(onBrush).toHaveBeenCalledTimes(1);
    expectDomain(onBrush.mock.calls[0]?.[0], recentredDomain(domain, timeAtPx(900, full, WIDTH), full));
    expect(onBrush.mock.calls[0]?.[1]).toEqual({ settled: true });
    // Never left empty: the brush shows a window (the recentred one) straight away.
    expect(num(rect(".selection"), "width")).toBeGreaterThan(0);
  });

  it("draws a new window on a drag over the background", () => {
    const { rect, onBrush } = setup();
    mouse(rect(".overlay"), "mousedown", 700);
    mouse(window, "mousemove", 701);
    expect(onBrush).not.toHaveBeenCalled();
    mouse(window, "mousemove", 800);
    mouse(window, "mouseup", 800);
    expect(onBrush.mock.calls.map((c) => c[1].settled)).toEqual([false, true]);
    expectDomain(onBrush.mock.calls[1]?.[0], brushToDomain(700, 800, full, WIDTH));
  });

  it("does nothing on a click on the window itself", () => {
    const { rect, onBrush } = setup();
    const px = domainToBrush(domain, full, WIDTH);
    mouse(rect(".selection"), "mousedown", (px.x0 + px.x1) / 2);
    mouse(window, "mouseup", (px.x0 + px.x1) / 2);
    expect(onBrush).not.toHaveBeenCalled();
    expect(num(rect(".selection"), "x")).toBeCloseTo(px.x0, 6);
  });

  it("keeps a drag going when the container re-renders with an equal full domain", () => {
    const { rect, rendered, onBrush } = setup();
    const px = domainToBrush(domain, full, WIDTH);
    mouse(rect(".selection"), "mousedown", px.x0 + 5);
    rendered.rerender(<Overview fullDomain={[full[0], full[1]]} domain={domain} events={events} onBrush={onBrush} />);
    mouse(window, "mousemove", px.x0 + 55);
    mouse(window, "mouseup", px.x0 + 55);
    expect(onBrush.mock.calls.map((c) => c[1].settled)).toEqual([false, true]);
  });

  it("is taller, with 44 px handles, on a touch screen", () => {
    vi.stubGlobal("matchMedia", (query: string) => ({
      matches: query === "(pointer: coarse)", media: query, addEventListener: () => {}, removeEventListener: () => {},
    }));
    try {
      const { brush } = setup();
      expect(screen.getByTestId("overview").querySelector("svg")?.getAttribute("height")).toBe("64");
      for (const h of brush.querySelectorAll(".handle")) expect(num(h, "width")).toBe(44);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
