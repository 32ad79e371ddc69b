import type { KeyboardEvent, MouseEvent, PointerEvent } from "react";
import type { StoryStep } from "../../data/derive/story.ts";

const eventIdOf = (target: EventTarget | null): string | null =>
  target instanceof Element ? (target.closest("[data-event-id]")?.getAttribute("data-event-id") ?? null) : null;

/**
 * Handlers for the section around the presenter's timeline. Choosing one of
 * the story's marks (click, or Enter/Space on a focused mark) goes to its step
 * instead of only selecting it, so the slide and the timeline never disagree.
 * And a mouse click does not leave focus in the timeline: there the arrow keys
 * walk the marks, and a clicker's arrows must keep stepping the story.
 * Keyboard users who Tab in keep the marks' own arrow keys.
 */
export function timelineStepLinks(steps: readonly StoryStep[], go: (n: number) => void) {
  const stepOf = (target: EventTarget | null): number => {
    const id = eventIdOf(target);
    return id === null ? -1 : steps.findIndex((s) => s.event.id === id);
  };
  const choose = (e: MouseEvent | KeyboardEvent): void => {
    const i = stepOf(e.target);
    if (i < 0) return;
    // Capture phase: the timeline's own handler would only select the event (and add a history entry).
    e.stopPropagation();
    e.preventDefault();
    go(i + 1);
  };
  return {
    onClickCapture: choose,
    onKeyDownCapture: (e: KeyboardEvent) => {
      if (e.key === "Enter" || e.key === " ") choose(e);
    },
    onPointerUp: (e: PointerEvent) => {
      const active = document.activeElement;
      if ((active instanceof HTMLElement || active instanceof SVGElement) && e.currentTarget.contains(active)) active.blur();
    },
  };
}
