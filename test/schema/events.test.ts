// events.json: every rule of FORMAT.md, "events.json".
import { describe, expect, it } from "vitest";
import { validateText } from "../../src/data/validate.ts";
import {
  at, check, checkMutated, ev, event, EVENTS_FILE, eventsDoc, expectProblems, expectValid, listAt, remove, source, type Mutation,
} from "./builders.ts";

interface BadCase {
  readonly name: string;
  readonly mutate: Mutation;
  readonly expected: readonly string[];
}
interface GoodCase {
  readonly name: string;
  readonly mutate: Mutation;
}

const first = (d: Record<string, unknown>): Record<string, unknown> => at(d, "events", 0);
const setEvent = (key: string, value: unknown): Mutation => (d) => {
  first(d)[key] = value;
};
const dropEvent = (key: string): Mutation => (d) => {
  remove(first(d), key);
};
const setTop = (key: string, value: unknown): Mutation => (d) => {
  d[key] = value;
};
const dropTop = (key: string): Mutation => (d) => {
  remove(d, key);
};
const setSourceUrl = (url: string): Mutation => (d) => {
  at(d, "events", 0, "sources", 0)["url"] = url;
};
const notHttp = (url: string): string => `${JSON.stringify(url)} is not an absolute http:// or https:// address`;

describe("events.json: the dataset", () => {
  it.each<GoodCase>([
    { name: "the minimal document", mutate: () => undefined },
    { name: "a subtitle", mutate: setTop("subtitle", "A subtitle") },
    { name: "an updated date", mutate: setTop("updated", "2023-11-30") },
    // The format says only "string" for the dataset's title; the page falls back to a generic heading.
    { name: "an empty dataset title", mutate: setTop("title", "") },
    { name: "a colour in lower case", mutate: (d) => void (at(d, "categories", 0)["color"] = "#1a2b3c") },
    { name: "a colour in upper case", mutate: (d) => void (at(d, "categories", 0)["color"] = "#AABBCC") },
    { name: "several categories, some unused", mutate: (d) => void listAt(d, "categories").push({ id: "cat-b", label: "B" }, { id: "cat-c", label: "C" }) },
  ])("accepts $name", ({ mutate }) => {
    expectValid(checkMutated("events", mutate));
  });

  it.each<BadCase>([
    { name: "no title", mutate: dropTop("title"), expected: [ev("title: is required but missing")] },
    { name: "a title that is not text", mutate: setTop("title", 7), expected: [ev("title: should be text, not the number 7")] },
    { name: "a subtitle that is not text", mutate: setTop("subtitle", ["a"]), expected: [ev("subtitle: should be text, not a list")] },
    { name: "no categories", mutate: dropTop("categories"), expected: [ev("categories: is required but missing")] },
    { name: "an empty categories list", mutate: setTop("categories", []), expected: [ev("categories: should list at least 1 item")] },
    {
      name: "categories that are not a list",
      mutate: setTop("categories", { id: "cat-a", label: "A" }),
      expected: [ev("categories: should be a list ([ … ]), not an object")],
    },
    {
      name: "duplicate category ids",
      mutate: (d) => void listAt(d, "categories").push({ id: "cat-b", label: "B" }, { id: "cat-a", label: "A again" }),
      expected: [ev(`categories[2].id: "cat-a" is already the id of categories[0]`)],
    },
    {
      name: "a category without label",
      mutate: (d) => void delete at(d, "categories", 0)["label"],
      expected: [ev("categories[0].label: is required but missing")],
    },
    {
      name: "a colour by name",
      mutate: (d) => void (at(d, "categories", 0)["color"] = "red"),
      expected: [ev("categories[0].color: should be a colour written as #rrggbb")],
    },
    {
      name: "a short colour",
      mutate: (d) => void (at(d, "categories", 0)["color"] = "#abc"),
      expected: [ev("categories[0].color: should be a colour written as #rrggbb")],
    },
    {
      name: "a colour with alpha",
      mutate: (d) => void (at(d, "categories", 0)["color"] = "#aabbccdd"),
      expected: [ev("categories[0].color: should be a colour written as #rrggbb")],
    },
    { name: "no events", mutate: dropTop("events"), expected: [ev("events: is required but missing")] },
    { name: "an empty events list", mutate: setTop("events", []), expected: [ev("events: should list at least 1 item")] },
  ])("refuses $name", ({ mutate, expected }) => {
    expectProblems(checkMutated("events", mutate), expected);
  });
});

describe("events.json: an event", () => {
  const title = (n: number, ch = "a"): string => ch.repeat(n);

  it.each<GoodCase>([
    { name: "an id of one letter", mutate: setEvent("id", "x") },
    { name: "an id of one digit", mutate: setEvent("id", "9") },
    { name: "an id with digits and hyphens", mutate: setEvent("id", "1979-12-soviet-entry") },
    { name: "an id ending in a hyphen", mutate: setEvent("id", "x-") },
    { name: "a title of 1 character", mutate: setEvent("title", "a") },
    { name: "a title of 140 characters", mutate: setEvent("title", title(140)) },
    { name: "a title of 140 emoji (each one character)", mutate: setEvent("title", title(140, "😀")) },
    { name: "a title of 139 accented letters and an emoji", mutate: setEvent("title", `${title(139, "é")}🏳`) },
    { name: "a summary with line breaks", mutate: setEvent("summary", "First line.\nSecond line.\r\n\nThird paragraph.") },
    { name: "importance 1", mutate: setEvent("importance", 1) },
    { name: "importance 2", mutate: setEvent("importance", 2) },
    { name: "importance 3", mutate: setEvent("importance", 3) },
    {
      name: "figures with every flag",
      mutate: setEvent("figures", [
        { label: "Returned", value: 0 },
        { label: "Crossed", value: 1.5, unit: "million people", approximate: true, atLeast: true, derived: true },
        { label: "Killed", value: 300, approximate: false, atLeast: false, derived: false },
      ]),
    },
    { name: "an empty figures list", mutate: setEvent("figures", []) },
    { name: "an http source", mutate: setSourceUrl("http://example.org/report") },
    { name: "an https source with query and fragment", mutate: setSourceUrl("https://example.org/a/b?c=d&e=f#g") },
    { name: "an https source with a port", mutate: setSourceUrl("https://example.org:8443/x") },
    { name: "several sources", mutate: setEvent("sources", [source("AP, via DTN"), source("UNHCR", "http://unhcr.example/x")]) },
    {
      name: "events in any order",
      mutate: (d) => void listAt(d, "events").push(event("e0", { date: "1979-12-27" }), event("e2", { date: "1990-06" })),
    },
  ])("accepts $name", ({ mutate }) => {
    expectValid(checkMutated("events", mutate));
  });

  const badId = "should use only lower-case letters, digits and hyphens, starting with a letter or digit";
  it.each<BadCase>([
    { name: "no id", mutate: dropEvent("id"), expected: [ev("events[0].id: is required but missing")] },
    { name: 'the id "Bad Id"', mutate: setEvent("id", "Bad Id"), expected: [ev(`events[0].id: ${badId}`)] },
    { name: 'the id "-x"', mutate: setEvent("id", "-x"), expected: [ev(`events[0].id: ${badId}`)] },
    { name: 'the id "x_y"', mutate: setEvent("id", "x_y"), expected: [ev(`events[0].id: ${badId}`)] },
    { name: 'the id "E1"', mutate: setEvent("id", "E1"), expected: [ev(`events[0].id: ${badId}`)] },
    { name: "an empty id", mutate: setEvent("id", ""), expected: [ev(`events[0].id: ${badId}`)] },
    { name: "a numeric id", mutate: setEvent("id", 1), expected: [ev("events[0].id: should be text, not the number 1")] },
    {
      name: "duplicate event ids",
      mutate: (d) => void listAt(d, "events").push(event("e2"), event("e1", { date: "2001" })),
      expected: [ev(`events[2].id: "e1" is already the id of events[0]`)],
    },
    { name: "no title", mutate: dropEvent("title"), expected: [ev("events[0].title: is required but missing")] },
    { name: "an empty title", mutate: setEvent("title", ""), expected: [ev("events[0].title: should not be empty")] },
    {
      name: "a title of 141 characters",
      mutate: setEvent("title", title(141)),
      expected: [ev("events[0].title: is 141 characters long; a title may have at most 140")],
    },
    {
      name: "a title of 141 emoji",
      mutate: setEvent("title", title(141, "😀")),
      expected: [ev("events[0].title: is 141 characters long; a title may have at most 140")],
    },
    { name: "a summary that is not text", mutate: setEvent("summary", 5), expected: [ev("events[0].summary: should be text, not the number 5")] },
    { name: "no category", mutate: dropEvent("category"), expected: [ev("events[0].category: is required but missing")] },
    {
      name: "an unknown category",
      mutate: setEvent("category", "cat-z"),
      expected: [ev(`events[0].category: "cat-z" is not one of the categories (cat-a)`)],
    },
    {
      name: "a category that matches a label, not an id",
      mutate: setEvent("category", "Category A"),
      expected: [ev(`events[0].category: "Category A" is not one of the categories (cat-a)`)],
    },
    { name: "importance 0", mutate: setEvent("importance", 0), expected: [ev("events[0].importance: should be 1, 2 or 3, not the number 0")] },
    { name: "importance 4", mutate: setEvent("importance", 4), expected: [ev("events[0].importance: should be 1, 2 or 3, not the number 4")] },
    { name: 'importance "1"', mutate: setEvent("importance", "1"), expected: [ev(`events[0].importance: should be 1, 2 or 3, not the text "1"`)] },
    { name: "importance 1.5", mutate: setEvent("importance", 1.5), expected: [ev("events[0].importance: should be 1, 2 or 3, not the number 1.5")] },
    {
      name: "a negative figure",
      mutate: setEvent("figures", [{ label: "Returned", value: -1 }]),
      expected: [ev("events[0].figures[0].value: should be 0 or more, not the number -1")],
    },
    {
      name: 'a figure of "NaN"',
      mutate: setEvent("figures", [{ label: "Returned", value: "NaN" }]),
      expected: [ev(`events[0].figures[0].value: should be a number, not the text "NaN"`)],
    },
    {
      name: "a figure written as text",
      mutate: setEvent("figures", [{ label: "Returned", value: "1,200" }]),
      expected: [ev(`events[0].figures[0].value: should be a number, not the text "1,200"`)],
    },
    {
      name: "a figure without value",
      mutate: setEvent("figures", [{ label: "Returned" }]),
      expected: [ev("events[0].figures[0].value: is required but missing")],
    },
    {
      name: "a figure without label",
      mutate: setEvent("figures", [{ value: 3 }]),
      expected: [ev("events[0].figures[0].label: is required but missing")],
    },
    {
      name: 'a figure flag written "yes"',
      mutate: setEvent("figures", [{ label: "Returned", value: 3, approximate: "yes" }]),
      expected: [ev(`events[0].figures[0].approximate: should be true or false, not the text "yes"`)],
    },
    { name: "no sources", mutate: dropEvent("sources"), expected: [ev("events[0].sources: is required but missing")] },
    { name: "an empty sources list", mutate: setEvent("sources", []), expected: [ev("events[0].sources: should list at least 1 item")] },
    {
      name: "a source without name",
      mutate: setEvent("sources", [{ url: "https://example.org" }]),
      expected: [ev("events[0].sources[0].name: is required but missing")],
    },
    {
      name: "a source without url",
      mutate: setEvent("sources", [{ name: "UNHCR" }]),
      expected: [ev("events[0].sources[0].url: is required but missing")],
    },
    {
      name: "a source given as a bare url",
      mutate: setEvent("sources", ["https://example.org"]),
      expected: [ev(`events[0].sources[0]: should be an object ({ … }), not the text "https://example.org"`)],
    },
    { name: "a javascript: url", mutate: setSourceUrl("javascript:alert(1)"), expected: [ev(`events[0].sources[0].url: ${notHttp("javascript:alert(1)")}`)] },
    {
      name: "a data: url",
      mutate: setSourceUrl("data:text/html,<script>alert(1)</script>"),
      expected: [ev(`events[0].sources[0].url: "data:text/html,<script>alert(1)</script>" is not an absolute http:// or https:// address`)],
    },
    {
      name: "a long data: url (quoted up to 40 characters)",
      mutate: setSourceUrl("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
      expected: [ev(`events[0].sources[0].url: "data:text/html;base64,PHNjcmlwdD5hbGVydC…" is not an absolute http:// or https:// address`)],
    },
    { name: "a relative url", mutate: setSourceUrl("/x"), expected: [ev(`events[0].sources[0].url: ${notHttp("/x")}`)] },
    { name: "an ftp url", mutate: setSourceUrl("ftp://example.org/x"), expected: [ev(`events[0].sources[0].url: ${notHttp("ftp://example.org/x")}`)] },
    { name: "a url without scheme", mutate: setSourceUrl("example.org/x"), expected: [ev(`events[0].sources[0].url: ${notHttp("example.org/x")}`)] },
    { name: "a protocol-relative url", mutate: setSourceUrl("//example.org/x"), expected: [ev(`events[0].sources[0].url: ${notHttp("//example.org/x")}`)] },
    { name: "a url without host", mutate: setSourceUrl("https://"), expected: [ev(`events[0].sources[0].url: ${notHttp("https://")}`)] },
    { name: "an empty url", mutate: setSourceUrl(""), expected: [ev(`events[0].sources[0].url: ${notHttp("")}`)] },
  ])("refuses $name", ({ mutate, expected }) => {
    expectProblems(checkMutated("events", mutate), expected);
  });
});

describe("events.json: story", () => {
  it.each<GoodCase>([
    { name: "a story of known ids", mutate: (d) => void (listAt(d, "events").push(event("e2")), (d["story"] = ["e2", "e1"])) },
    { name: "an empty story", mutate: setTop("story", []) },
  ])("accepts $name", ({ mutate }) => {
    expectValid(checkMutated("events", mutate));
  });

  it.each<BadCase>([
    {
      name: "an unknown id",
      mutate: setTop("story", ["e1", "nope"]),
      expected: [ev(`story[1]: "nope" is not the id of any event`)],
    },
    {
      name: "an id that differs only in case",
      mutate: setTop("story", ["E1"]),
      expected: [ev(`story[0]: "E1" is not the id of any event`)],
    },
    { name: "a story that is not a list", mutate: setTop("story", "e1"), expected: [ev(`story: should be a list ([ … ]), not the text "e1"`)] },
    { name: "a story step that is not text", mutate: setTop("story", [1]), expected: [ev("story[0]: should be text, not the number 1")] },
  ])("refuses $name", ({ mutate, expected }) => {
    expectProblems(checkMutated("events", mutate), expected);
  });
});

describe("events.json: numbers that JSON.stringify cannot write", () => {
  it("refuses 1e400 (JSON.parse reads it as Infinity)", () => {
    const text = JSON.stringify(eventsDoc()).replace('"sources":', '"figures":[{"label":"Huge","value":1e400}],"sources":');
    expectProblems(validateText("events", text, EVENTS_FILE), [
      ev("events[0].figures[0].value: should be a number, not Infinity (numbers must be finite)"),
    ]);
  });

  it("refuses -1e400 (read as -Infinity)", () => {
    const text = JSON.stringify(eventsDoc()).replace('"sources":', '"figures":[{"label":"Huge","value":-1e400}],"sources":');
    expectProblems(validateText("events", text, EVENTS_FILE), [
      ev("events[0].figures[0].value: should be a number, not -Infinity (numbers must be finite)"),
    ]);
  });
});

describe("events.json: unknown fields are ignored; text is text", () => {
  it("accepts unknown fields everywhere and leaves them out of the result", () => {
    const doc = eventsDoc();
    doc["generator"] = { name: "a script", version: 3 };
    at(doc, "categories", 0)["icon"] = "tent";
    at(doc, "events", 0)["location"] = { lat: 34, lon: 71 };
    at(doc, "events", 0, "sources", 0)["accessed"] = "2023-01-01";
    const data = expectValid(check("events", doc));
    expect(data).toEqual(eventsDoc());
    expect(Object.keys(data)).not.toContain("generator");
    expect(Object.keys(data.events[0] ?? {})).not.toContain("location");
  });

  it("keeps markup in text fields as text, unchanged", () => {
    const markup = `<script>alert("x")</script><b>bold</b> & <img src=x onerror=alert(1)>`;
    const doc = eventsDoc();
    doc["title"] = markup;
    doc["subtitle"] = markup;
    at(doc, "categories", 0)["label"] = markup;
    Object.assign(at(doc, "events", 0), { title: markup, summary: `${markup}\n${markup}` });
    at(doc, "events", 0, "sources", 0)["name"] = markup;
    const data = expectValid(check("events", doc));
    expect(data.title).toBe(markup);
    expect(data.events[0]?.title).toBe(markup);
    expect(data.events[0]?.summary).toBe(`${markup}\n${markup}`);
    expect(data.events[0]?.sources[0]?.name).toBe(markup);
  });

  it("keeps a summary's line breaks", () => {
    const data = expectValid(checkMutated("events", setEvent("summary", "a\nb\r\nc")));
    expect(data.events[0]?.summary).toBe("a\nb\r\nc");
  });
});
