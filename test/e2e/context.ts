import { after, before } from "node:test";
import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../helpers/browser.ts";
import { startStaticServer, type StaticServer } from "../helpers/server.ts";

export const ROOT = resolve(import.meta.dirname, "../..");
export const OUTPUT = resolve(ROOT, "test-output");

/** One browser and one server for a test file, on the built site. */
export function siteForTests(): { browser: () => Browser; url: (path?: string) => string; server: () => StaticServer } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  before(async () => {
    const dist = resolve(ROOT, "dist");
    if (!existsSync(resolve(dist, "index.html"))) throw new Error("dist/ is missing: run `npm run build` first");
    mkdirSync(OUTPUT, { recursive: true });
    server = await startStaticServer(dist, { "/fixtures": resolve(ROOT, "test/fixtures"), "/host": resolve(ROOT, "test/host") });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    browser: () => {
      if (!browser) throw new Error("browser not started");
      return browser;
    },
    url: (path = "/") => {
      if (!server) throw new Error("server not started");
      return `${server.url}${path}`;
    },
    server: () => {
      if (!server) throw new Error("server not started");
      return server;
    },
  };
}
