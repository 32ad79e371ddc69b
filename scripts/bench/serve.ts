import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import ts from "typescript";
import { startStaticServer, type StaticServer } from "../../test/helpers/server.ts";

// One server for everything a run loads: the built site at /, the generated files
// at /bench/data/, the reference pages at /bench/pages/ and vis-timeline straight
// from node_modules. The pages are written in TypeScript (so they are type-checked
// with the rest); here they only lose their types, the way Vite would.

const PAGES_SOURCE = join(import.meta.dirname, "pages");

export const PAGE_URLS = {
  canvas: "/bench/pages/canvas.html",
  visTimeline: "/bench/pages/vis-timeline.html",
} as const;

function transpile(file: string, module: ts.ModuleKind): string {
  return ts.transpileModule(readFileSync(file, "utf8"), {
    fileName: file,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module, verbatimModuleSyntax: module === ts.ModuleKind.ESNext, rewriteRelativeImportExtensions: true },
  }).outputText;
}

/**
 * inpage.ts as an init script that puts its functions on window.__benchLib and
 * starts the long-task observer before any page script runs. Sending the
 * functions one by one would not work: tsx wraps nested functions in a helper
 * that exists only in Node.
 */
export function pageLibScript(): string {
  const code = transpile(join(import.meta.dirname, "inpage.ts"), ts.ModuleKind.CommonJS);
  return `(() => { const exports = {};\n${code}\nwindow.__benchLib = exports; exports.installObservers(); })();`;
}

function buildPages(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(PAGES_SOURCE)) {
    const from = join(PAGES_SOURCE, name);
    if (name.endsWith(".html")) copyFileSync(from, join(outDir, name));
    if (!name.endsWith(".ts")) continue;
    writeFileSync(join(outDir, name.replace(/\.ts$/, ".js")), transpile(from, ts.ModuleKind.ESNext));
  }
}

export function startBenchServer(distDir: string, dataDir: string, outDir: string): Promise<StaticServer> {
  const pagesDir = join(outDir, "pages");
  buildPages(pagesDir);
  const visDir = dirname(createRequire(import.meta.url).resolve("vis-timeline/package.json"));
  return startStaticServer(distDir, {
    "/bench/data": dataDir,
    "/bench/pages": pagesDir,
    "/bench/vis-timeline": visDir,
  });
}
