import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resolveDataSources } from "../data/sources.ts";
import { AppStoreContext, createAppStore, storeInitFromUrl } from "../state/store.ts";
import { parseUrlState } from "../state/url.ts";
import { ThemeToggle } from "./ThemeToggle.tsx";

function setup(search = "") {
  const url = parseUrlState(search);
  const store = createAppStore(storeInitFromUrl(url, resolveDataSources(url, `http://localhost/${search}`, "/")));
  render(
    <AppStoreContext.Provider value={store}>
      <ThemeToggle />
    </AppStoreContext.Provider>,
  );
  return store;
}

afterEach(() => vi.unstubAllGlobals());

describe("ThemeToggle", () => {
  it("is a labelled group of three choices, System when the URL names none", () => {
    setup();
    expect(screen.getByRole("radiogroup", { name: "Colour theme" })).toBeTruthy();
    expect(screen.getAllByRole("radio").map((r) => r.closest("label")?.textContent)).toEqual(["Light", "Dark", "System"]);
    expect(screen.getByRole("radio", { name: "System" })).toHaveProperty("checked", true);
  });
  it("shows the theme the URL chose", () => {
    setup("?theme=dark");
    expect(screen.getByRole("radio", { name: "Dark" })).toHaveProperty("checked", true);
  });
  it("sets the store's theme, null for System", async () => {
    const store = setup();
    await userEvent.click(screen.getByRole("radio", { name: "Dark" }));
    expect(store.getState().ui.theme).toBe("dark");
    await userEvent.click(screen.getByRole("radio", { name: "Light" }));
    expect(store.getState().ui.theme).toBe("light");
    await userEvent.click(screen.getByRole("radio", { name: "System" }));
    expect(store.getState().ui.theme).toBeNull();
  });
  it("moves between the choices with the arrow keys, as radio buttons do", async () => {
    // user-event finds the next radio with CSS.escape, which jsdom lacks.
    vi.stubGlobal("CSS", { escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`) });
    const store = setup("?theme=light");
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "Light" }));
    await user.keyboard("{ArrowRight}");
    expect(store.getState().ui.theme).toBe("dark");
  });
});
