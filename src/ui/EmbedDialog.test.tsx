import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resolveDataSources } from "../data/sources.ts";
import { AppStoreContext, createAppStore, storeInitFromUrl } from "../state/store.ts";
import { parseUrlState } from "../state/url.ts";
import { embedSnippet, escapeHtml, postedHeight } from "./EmbedDialog.tsx";
import { EmbedButton } from "./EmbedButton.tsx";

// jsdom has <dialog> but not showModal/close: these play the browser's part.
const showModal = vi.fn(function (this: HTMLDialogElement) {
  this.setAttribute("open", "");
});
const close = vi.fn(function (this: HTMLDialogElement) {
  this.removeAttribute("open");
  this.dispatchEvent(new Event("close"));
});
beforeEach(() => {
  showModal.mockClear();
  Object.defineProperty(HTMLDialogElement.prototype, "showModal", { value: showModal, configurable: true, writable: true });
  Object.defineProperty(HTMLDialogElement.prototype, "close", { value: close, configurable: true, writable: true });
});
afterEach(() => {
  Reflect.deleteProperty(HTMLDialogElement.prototype, "showModal");
  Reflect.deleteProperty(HTMLDialogElement.prototype, "close");
  vi.unstubAllGlobals();
});

const PAGE = `${window.location.origin}${window.location.pathname}`;

async function openDialog(search = "?from=1988&to=1992&event=karachi-raids-2022-12", title = "Crossings") {
  const url = parseUrlState(search);
  const store = createAppStore(storeInitFromUrl(url, resolveDataSources(url, PAGE + search, "/")));
  render(
    <AppStoreContext.Provider value={store}>
      <EmbedButton title={title} />
    </AppStoreContext.Provider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Embed" }));
  const dialog = await screen.findByRole("dialog", { name: "Embed this view" });
  const code = () => (within(dialog).getByLabelText("Embed code") as HTMLTextAreaElement).value;
  return { dialog, code, store };
}

describe("embedSnippet", () => {
  it("escapes the title and URLs wherever they go into HTML", () => {
    const snippet = embedSnippet({
      embedUrl: "https://x.example/?event=a&mode=embed",
      exploreUrl: "https://x.example/?event=a",
      scriptUrl: "https://x.example/embed.js",
      title: `Refugees' "return" <b>& more</b>`,
      height: 812.4,
    });
    expect(snippet).toBe(
      [
        `<iframe src="https://x.example/?event=a&amp;mode=embed" title="Refugees&#39; &quot;return&quot; &lt;b&gt;&amp; more&lt;/b&gt; (interactive timeline)" width="100%" height="812" style="border:0;width:100%" loading="lazy" data-crossings></iframe>`,
        `<script src="https://x.example/embed.js" async></script>`,
        `<p><a href="https://x.example/?event=a">Open the interactive timeline: Refugees&#39; &quot;return&quot; &lt;b&gt;&amp; more&lt;/b&gt;</a></p>`,
      ].join("\n"),
    );
    // Parsed back, the markup is exactly one iframe, one script and one link, with the text intact.
    const doc = new DOMParser().parseFromString(snippet, "text/html");
    expect(doc.querySelectorAll("iframe, script, a, b")).toHaveLength(3);
    expect(doc.querySelector("iframe")?.getAttribute("title")).toBe(`Refugees' "return" <b>& more</b> (interactive timeline)`);
    expect(doc.querySelector("a")?.textContent).toBe(`Open the interactive timeline: Refugees' "return" <b>& more</b>`);
  });

  it("escapes every character that could end an attribute or start a tag", () => {
    expect(escapeHtml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&#39;");
  });
});

describe("postedHeight", () => {
  it("reads only finite positive heights of crossings:height messages, clamped", () => {
    expect(postedHeight({ type: "crossings:height", height: 640.4 })).toBe(640);
    expect(postedHeight({ type: "crossings:height", height: 5 })).toBe(100);
    for (const bad of [null, "x", { type: "other", height: 5 }, { type: "crossings:height", height: Number.NaN }, { type: "crossings:height", height: -1 }]) {
      expect(postedHeight(bad)).toBeNull();
    }
  });
});

describe("EmbedDialog", () => {
  it("opens as a modal dialog with the snippet for the current view", async () => {
    const { code } = await openDialog();
    expect(showModal).toHaveBeenCalledTimes(1);
    const doc = new DOMParser().parseFromString(code(), "text/html");
    const iframe = doc.querySelector("iframe");
    expect(iframe?.getAttribute("src")).toBe(`${PAGE}?from=1988&to=1992&event=karachi-raids-2022-12&mode=embed`);
    expect(iframe?.hasAttribute("data-crossings")).toBe(true);
    expect(iframe?.getAttribute("loading")).toBe("lazy");
    expect(iframe?.getAttribute("title")).toBe("Crossings (interactive timeline)");
    expect(doc.querySelector("script")?.getAttribute("src")).toBe(new URL("/embed.js", PAGE).href);
    expect(doc.querySelector("a")?.getAttribute("href")).toBe(`${PAGE}?from=1988&to=1992&event=karachi-raids-2022-12`);
  });

  it("follows the store: a new selection changes the snippet", async () => {
    const { code, store } = await openDialog("");
    act(() => store.getState().actions.selectEvent("karachi-release-2023"));
    expect(code()).toContain(`src="${PAGE}?event=karachi-release-2023&amp;mode=embed"`);
  });

  it("previews at 320, 640 or 1000 px, and takes its fallback height from what the preview measures", async () => {
    const { dialog, code } = await openDialog();
    const frame = within(dialog).getByTestId("embed-preview") as HTMLIFrameElement;
    expect(frame.getAttribute("width")).toBe("640");
    fireEvent.click(within(dialog).getByRole("button", { name: "1000 px" }));
    expect(within(dialog).getByRole("button", { name: "1000 px" }).getAttribute("aria-pressed")).toBe("true");
    expect(frame.getAttribute("width")).toBe("1000");
    const source = frame.contentWindow;
    act(() => window.dispatchEvent(new MessageEvent("message", { data: { type: "crossings:height", height: 1234 }, source })));
    expect(code()).toContain(`height="1234"`);
    // The same message from anywhere else changes nothing.
    act(() => window.dispatchEvent(new MessageEvent("message", { data: { type: "crossings:height", height: 999 }, source: window })));
    expect(code()).toContain(`height="1234"`);
  });

  it("copies the snippet to the clipboard", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    const { dialog, code } = await openDialog();
    fireEvent.click(within(dialog).getByRole("button", { name: "Copy code" }));
    expect(writeText).toHaveBeenCalledWith(code());
    await waitFor(() => expect(within(dialog).getByRole("status").textContent).toBe("Copied"));
  });

  it("selects the code for copying by hand when the clipboard refuses", async () => {
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText: () => Promise.reject(new Error("denied")) } });
    const { dialog, code } = await openDialog();
    fireEvent.click(within(dialog).getByRole("button", { name: "Copy code" }));
    await waitFor(() => expect(within(dialog).getByRole("status").textContent).toMatch(/press Ctrl\+C/));
    const area = within(dialog).getByLabelText("Embed code") as HTMLTextAreaElement;
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, code().length]);
  });

  it("closes with Esc pressed inside the preview (a document of its own), unless the preview used the key", async () => {
    const { dialog } = await openDialog();
    const frame = within(dialog).getByTestId("embed-preview") as HTMLIFrameElement;
    fireEvent.load(frame);
    const inside = frame.contentWindow;
    if (!inside) throw new Error("the preview has no window");
    const used = new KeyboardEvent("keydown", { key: "Escape", cancelable: true });
    used.preventDefault();
    act(() => void inside.dispatchEvent(used));
    expect(screen.queryByRole("dialog")).not.toBeNull();
    act(() => void inside.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" })));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("closes with its Close button", async () => {
    const { dialog } = await openDialog();
    fireEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
