import { describe, expect, it } from "vitest";
import { isHttpUrl, parsesAsHttpUrl } from "./httpUrl.ts";
import { seededRandom } from "../charts/timeline/syntheticEvents.ts";

describe("isHttpUrl", () => {
  it.each([
    "https://www.unhcr.org/refugee-statistics/",
    "http://example.org",
    "HTTPS://Example.ORG/a?b=c#d",
    "https://a-b.c-d.org/x%20y",
    "https://localhost/",
    "https://1.2.3.4/",
    "https://example.org:8080/",
    "https://user@example.org/",
  ])("accepts %s", (url) => {
    expect(isHttpUrl(url)).toBe(true);
  });

  it.each([
    "",
    "ftp://example.org/",
    "javascript:alert(1)",
    "//example.org/",
    "https://",
    "https://999.1.1.1/",
    "https://example.org:99999/",
    "https://exa mple.org/",
    "https://[::1/",
    "https://xn--a/",
  ])("refuses %j", (url) => {
    expect(isHttpUrl(url)).toBe(false);
  });

  it("agrees with the URL parser on 20,000 near-miss addresses", () => {
    // Built from the pieces that trip parsers: numeric and hex labels, hyphens,
    // ports, users, backslashes, spaces, percent signs and non-ASCII letters.
    const random = seededRandom(8);
    const pieces = [
      "a", "z", "0", "9", "x", "-", "--", ".", "..", ":", ":80", ":99999", "@", "/", "\\", "?", "#", "%", "%zz",
      " ", "\t", "é", "xn--", "0x1f", "255", "256", "[", "]", "com", "org",
    ];
    const starts = ["http://", "https://", "HTTP://", "http:/", "https:\\\\"];
    const disagreements: string[] = [];
    for (let i = 0; i < 20_000; i += 1) {
      let text = starts[Math.floor(random() * starts.length)] ?? "";
      const n = 1 + Math.floor(random() * 8);
      for (let j = 0; j < n; j += 1) text += pieces[Math.floor(random() * pieces.length)] ?? "";
      if (isHttpUrl(text) !== parsesAsHttpUrl(text)) disagreements.push(text);
    }
    expect(disagreements).toEqual([]);
  });
});
