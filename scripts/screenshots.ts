// Renders the built site in Chromium and saves the pictures used in the README
// (docs/). Run after `npm run build`.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { launchChromium } from "../test/helpers/browser.ts";
import { startStaticServer } from "../test/helpers/server.ts";

const root = resolve(import.meta.dirname, "..");
const out = resolve(root, "docs");
const shots = [
  { name: "explore-1366x768", query: "", width: 1366, height: 768 },
  { name: "embed-640x420", query: "?mode=embed", width: 640, height: 420 },
  { name: "present-1920x1080", query: "?mode=present", width: 1920, height: 1080 },
];

mkdirSync(out, { recursive: true });
const server = await startStaticServer(resolve(root, "dist"));
const browser = await launchChromium();
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(`${server.url}/${shot.query}`);
    await page.waitForFunction(() => performance.getEntriesByName("dashboard:ready").length > 0, undefined, { timeout: 15_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(out, `${shot.name}.png`) });
    console.log(`docs/${shot.name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
