import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EventsDocument } from "../data/schema/events.ts";
import type { PopulationDocument } from "../data/schema/population.ts";
import { resolveDataSources } from "../data/sources.ts";
import { AppStoreContext, createAppStore, storeInitFromUrl } from "../state/store.ts";
import { parseUrlState } from "../state/url.ts";
import { DownloadMenu } from "./DownloadMenu.tsx";

const SRC = { name: "DW", url: "https://www.dw.com/" };
const doc: EventsDocument = {
  schemaVersion: 1, title: "Crossings: Test data",
  categories: [{ id: "a", label: "A" }],
  events: [
    { id: "e1", date: "1980", title: "=cmd", category: "a", sources: [SRC] },
    { id: "e2", date: "2000", title: "Later", category: "a", sources: [SRC] },
  ],
};
const population: PopulationDocument = {
  schemaVersion: 1,
  series: [{ id: "s1", label: "Refugees", unit: "people", source: SRC, points: [{ date: "1980", value: 1 }] }],
  breakdowns: [{ id: "b1", label: "By sex", kind: "parts", unit: "people", source: SRC, parts: [{ label: "Women", value: 1 }] }],
};

let saved: { name: string; blob: Blob }[] = [];
beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal("URL", Object.assign(URL, {
    createObjectURL: (b: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, b);
      return url;
    },
    revokeObjectURL: () => {},
  }));
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ name: this.download, blob });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function setup(search = "") {
  const url = parseUrlState(search);
  const store = createAppStore(storeInitFromUrl(url, resolveDataSources(url, `http://localhost/${search}`, "/")));
  render(
    <AppStoreContext.Provider value={store}>
      <DownloadMenu events={doc} population={population} shown={doc.events} />
      <button type="button">elsewhere</button>
    </AppStoreContext.Provider>,
  );
  return { button: screen.getByRole("button", { name: "Download" }), store };
}

describe("DownloadMenu", () => {
  it("is a menu button: closed, then open with the first item focused", async () => {
    const { button } = setup();
    expect(button.getAttribute("aria-haspopup")).toBe("menu");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("menu")).toBeNull();
    await userEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const items = screen.getAllByRole("menuitem").map((i) => i.textContent);
    expect(items).toEqual(["PNG image", "SVG image", "Events in view (CSV)", "Refugees (CSV)", "By sex (CSV)"]);
    expect(document.activeElement).toBe(screen.getByRole("menuitem", { name: "PNG image" }));
    expect(screen.getAllByRole("separator")).toHaveLength(3);
  });

  it("moves with the arrow keys, Home and End, wrapping around, and closes on Escape", async () => {
    const { button } = setup();
    const user = userEvent.setup();
    await user.click(button);
    const focused = () => document.activeElement?.textContent;
    await user.keyboard("{ArrowDown}");
    expect(focused()).toBe("SVG image");
    await user.keyboard("{End}");
    expect(focused()).toBe("By sex (CSV)");
    await user.keyboard("{ArrowDown}");
    expect(focused()).toBe("PNG image");
    await user.keyboard("{ArrowUp}");
    expect(focused()).toBe("By sex (CSV)");
    await user.keyboard("{Home}");
    expect(focused()).toBe("PNG image");
    await user.keyboard("r");
    expect(focused()).toBe("Refugees (CSV)");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).toBeNull();
    expect(document.activeElement).toBe(button);
    await user.keyboard("{ArrowUp}");
    expect(focused()).toBe("By sex (CSV)");
  });

  it("closes when the reader presses elsewhere", async () => {
    const { button } = setup();
    await userEvent.click(button);
    await userEvent.click(screen.getByRole("button", { name: "elsewhere" }));
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("downloads the events in the visible window as CSV, named for the data and the day", async () => {
    vi.spyOn(Date, "now").mockReturnValue(Date.UTC(2024, 4, 1, 12));
    setup("?from=1979&to=1990");
    await userEvent.click(screen.getByRole("button", { name: "Download" }));
    await userEvent.click(screen.getByRole("menuitem", { name: "Events in view (CSV)" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toBe("crossings-test-data-2024-05-01-events.csv");
    const text = (await saved[0]?.blob.text()) ?? "";
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("Date,End date,Title,Category,Importance,Summary,Figures,Sources");
    expect(lines[1]).toBe("1980,,'=cmd,A,,,,DW <https://www.dw.com/>");
    expect(lines[2]).toBe("");
    expect(lines).toContain("Source,DW,https://www.dw.com/,,,,,");
    expect(text).toContain(`How to cite,"Crossings: Test data, Crossings, ${window.location.href}, accessed 2024-05-01; data: DW"`);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Download" }));
  });

  it("downloads a series, one row per point", async () => {
    setup();
    await userEvent.click(screen.getByRole("button", { name: "Download" }));
    await userEvent.click(screen.getByRole("menuitem", { name: "Refugees (CSV)" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toMatch(/^crossings-test-data-\d{4}-\d{2}-\d{2}-s1\.csv$/);
    const bytes = new Uint8Array((await saved[0]?.blob.arrayBuffer()) ?? new ArrayBuffer(0));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM that tells Excel it is UTF-8
    expect((await saved[0]?.blob.text())?.split("\r\n").slice(0, 2)).toEqual(["Date,Value (people),Approximate", "1980,1,false"]);
  });

  it("says so when the image cannot be made (no timeline drawn)", async () => {
    setup();
    await userEvent.click(screen.getByRole("button", { name: "Download" }));
    await act(async () => fireEvent.click(screen.getByRole("menuitem", { name: "PNG image" })));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/Could not download PNG image: The timeline is not drawn yet/));
    expect(saved).toHaveLength(0);
  });
});
