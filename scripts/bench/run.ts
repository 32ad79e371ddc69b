// npm run bench: Crossings against vis-timeline and a bare canvas on the same
// generated files, alternating A B C A B C so that drift on the machine hits all
// three alike; then Crossings and the canvas on 50,000 events over a paced link
// (what a reader on a real network waits); then Crossings alone on a ~60 MB file
// and on its bundled data.
// Run `npm run build` first. `npm run bench -- --help` lists the options.
import { cpSync, existsSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Browser } from "playwright-core";
import { launchChromium } from "../../test/helpers/browser.ts";
import { ensureEventsFile, type GeneratedFile } from "./generate.ts";
import { measure, type MeasureOptions, type Target, type TargetName } from "./measure.ts";
import {
  assetSizes, assetsTable, comparisonTable, crossingsTable, describeMachine, kb, machine, renderMarkdown, renderText, targetsTable, writeJson,
} from "./report.ts";
import { PAGE_URLS, startBenchServer } from "./serve.ts";
import { checkTargets, RATIO_METRICS, ratio, summarize, type RecordedRun, type SizeSummary } from "./summarize.ts";

const USAGE = `npm run bench -- [options]
  --sizes 1000,10000,50000,100000   generated file sizes (events)
  --rounds 3                        rounds; each round runs Crossings, vis-timeline, canvas in turn
  --skip-vis                        leave vis-timeline out (it is by far the slowest)
  --skip-big                        leave out the ~60 MB file
  --peer-timeout 30                 seconds a peer may take to get ready before it counts as DNF
  --seed 1979                       seed of the generated files
  --out bench/results.json          where the JSON report goes
  --dist dist                       the build to measure`;

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,50000,100000" },
    rounds: { type: "string", default: "3" },
    "skip-vis": { type: "boolean", default: false },
    "skip-big": { type: "boolean", default: false },
    "peer-timeout": { type: "string", default: "30" },
    seed: { type: "string", default: "1979" },
    out: { type: "string", default: "bench/results.json" },
    dist: { type: "string", default: "dist" },
    help: { type: "boolean", short: "h", default: false },
  },
});
const fail = (message: string): never => {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
};
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
const rounds = Number(values.rounds);
const seed = Number(values.seed);
const capMs = Number(values["peer-timeout"]) * 1000;
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) fail(`--sizes takes positive whole numbers, not "${values.sizes}"`);
if (!Number.isInteger(rounds) || rounds < 1) fail("--rounds takes a whole number ≥ 1");
if (!Number.isInteger(seed)) fail("--seed takes a whole number");
if (!(capMs > 0)) fail("--peer-timeout takes seconds > 0");

const root = resolve(import.meta.dirname, "../..");
const dist = resolve(process.cwd(), values.dist);
if (!existsSync(resolve(dist, "index.html"))) fail(`${values.dist} has no build: run \`npm run build\` first.`);
const workDir = resolve(root, "bench-output");
// Measure a copy: a rebuild during the run would otherwise mix two builds in one table.
const site = resolve(workDir, "site");
rmSync(site, { recursive: true, force: true });
cpSync(dist, site, { recursive: true });
const dataDir = resolve(workDir, "data");
const log = (line: string) => process.stderr.write(`${line}\n`);

/** The ~60 MB case: long summaries, still under the 64 MB the dashboard accepts. */
const BIG = { events: 150_000, summaryChars: 135 };
const VIEWPORT = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const CROSSINGS_TIMEOUT_MS = 60_000;
const BIG_TIMEOUT_MS = 120_000;
/** A link of this speed, served by the bench's own server (a real network is rarely faster than loopback). */
const LINK = { mbit: 40, events: 50_000 };

const started = Date.now();
log("generating files (kept in bench-output/data for later runs)…");
const files = new Map<number, GeneratedFile>(sizes.map((n) => [n, ensureEventsFile(dataDir, n, { seed })]));
const big = values["skip-big"] ? null : ensureEventsFile(dataDir, BIG.events, { seed, summaryChars: BIG.summaryChars });

const server = await startBenchServer(site, dataDir, workDir);
let browser: Browser = await launchChromium();
const env = machine(browser);
log(`machine: ${describeMachine(env)}`);
const runs: RecordedRun[] = [];

const dataUrl = (f: GeneratedFile) => encodeURIComponent(`/bench/data/${f.name}`);
const targetFor = (name: TargetName, f: GeneratedFile, link = ""): Target =>
  name === "crossings"
    ? { name, path: `/?events=${link}${dataUrl(f)}`, readyMark: "dashboard:ready", selector: "[data-testid=timeline]" }
    : { name, path: `${name === "canvas" ? PAGE_URLS.canvas : PAGE_URLS.visTimeline}?events=${link}${dataUrl(f)}`, readyMark: "bench:ready", selector: "#timeline" };

async function record(kind: RecordedRun["case"], events: number | null, round: number, target: Target, o: MeasureOptions) {
  const run = await measure(browser, server.url, target, o);
  runs.push({ ...run, case: kind, events, round });
  const zoom = run.zoom ? `, zoom p50/p95 ${run.zoom.frameMedianMs}/${run.zoom.frameP95Ms} ms, heap ${run.heapMB} MB` : "";
  log(`  ${target.name} ${run.viewport}: ready ${run.readyMs ?? "—"} ms, longest task ${run.longestTaskToReadyMs ?? "—"} ms${zoom}${run.failure ? ` [${run.failure}]` : ""}`);
  // A page that never got ready may still be busy; a fresh browser keeps it from slowing the next run.
  if (run.timedOut) {
    await browser.close().catch(() => undefined);
    browser = await launchChromium();
  }
  return run;
}

try {
  const bundled = { name: "crossings" as const, path: "/", readyMark: "dashboard:ready", selector: "[data-testid=timeline]" };
  for (let round = 1; round <= rounds; round += 1) {
    log(`bundled data, round ${round}/${rounds}`);
    await record("bundled", null, round, bundled, { viewport: VIEWPORT, readyTimeoutMs: CROSSINGS_TIMEOUT_MS, zoom: false, maxZoomMs: 0, assets: true });
    await record("bundled", null, round, bundled, { viewport: PHONE, mobile: true, readyTimeoutMs: CROSSINGS_TIMEOUT_MS, zoom: false, maxZoomMs: 0 });
  }

  // Once vis-timeline misses the cap it is not run again at that size or above: it only gets slower.
  let visGaveUpAt = Infinity;
  for (const n of sizes) {
    const file = files.get(n);
    if (!file) continue;
    for (let round = 1; round <= rounds; round += 1) {
      log(`${n.toLocaleString("en")} events (${(file.bytes / 2 ** 20).toFixed(1)} MB), round ${round}/${rounds}`);
      for (const name of ["crossings", "vis-timeline", "canvas"] as const) {
        if (name === "vis-timeline" && (values["skip-vis"] || n >= visGaveUpAt)) continue;
        const peer = name !== "crossings";
        const run = await record("events", n, round, targetFor(name, file), {
          viewport: VIEWPORT, readyTimeoutMs: peer ? capMs : CROSSINGS_TIMEOUT_MS, zoom: true, maxZoomMs: peer ? capMs : CROSSINGS_TIMEOUT_MS,
        });
        if (name === "vis-timeline" && run.timedOut) visGaveUpAt = n;
      }
    }
  }

  const linkFile = files.get(LINK.events);
  if (linkFile) {
    for (let round = 1; round <= rounds; round += 1) {
      log(`${LINK.events.toLocaleString("en")} events over a ${LINK.mbit} Mbit/s link, round ${round}/${rounds}`);
      for (const name of ["crossings", "canvas"] as const) {
        await record("link", LINK.events, round, targetFor(name, linkFile, encodeURIComponent(`/__paced/${LINK.mbit}`)), {
          viewport: VIEWPORT, readyTimeoutMs: CROSSINGS_TIMEOUT_MS, zoom: false, maxZoomMs: 0,
        });
      }
    }
  }

  if (big) {
    for (let round = 1; round <= rounds; round += 1) {
      log(`~60 MB file: ${big.count.toLocaleString("en")} events, ${(big.bytes / 2 ** 20).toFixed(1)} MB, round ${round}/${rounds}`);
      await record("big", big.count, round, targetFor("crossings", big), { viewport: VIEWPORT, readyTimeoutMs: BIG_TIMEOUT_MS, zoom: false, maxZoomMs: 0 });
    }
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}

const of = (kind: RecordedRun["case"], target: TargetName, events: number | null, viewport = "1366x768") =>
  runs.filter((r) => r.case === kind && r.target === target && r.events === events && r.viewport === viewport);
const bySize: Record<string, SizeSummary> = {};
const ratios: Record<string, Record<string, unknown>> = {};
for (const n of sizes) {
  const visRuns = of("events", "vis-timeline", n);
  bySize[n] = {
    crossings: summarize(of("events", "crossings", n)),
    ...(values["skip-vis"] ? {} : { "vis-timeline": summarize(visRuns, visRuns.length === 0) }),
    canvas: summarize(of("events", "canvas", n)),
  };
  ratios[n] = Object.fromEntries(
    RATIO_METRICS.map((m) => [m, { overVisTimeline: ratio(bySize[n] ?? {}, "vis-timeline", m, capMs), overCanvas: ratio(bySize[n] ?? {}, "canvas", m, capMs) }]),
  );
}
const bundledDesktop = summarize(of("bundled", "crossings", null));
const bundledPhone = summarize(of("bundled", "crossings", null, "390x844"));
const bigSummary = big ? summarize(of("big", "crossings", big.count)) : null;
const linkRan = of("link", "crossings", LINK.events).length > 0;
const link = linkRan ? { crossings: summarize(of("link", "crossings", LINK.events)), canvas: summarize(of("link", "canvas", LINK.events)) } : null;
const assets = assetSizes(site, of("bundled", "crossings", null).flatMap((r) => r.assets ?? []));
const workers = new Set(of("bundled", "crossings", null).flatMap((r) => r.workerScripts ?? []));
const gzipKB = (ext: string, skip: ReadonlySet<string> = new Set()) =>
  assets.length ? kb(assets.filter((a) => a.path.endsWith(ext) && !skip.has(a.path)).reduce((t, a) => t + a.gzipBytes, 0)) : null;
// The budget is the page's own JS: validation was moved into its worker so that
// the page need not wait for it; the worker's script is listed beside it in the table.
const checks = checkTargets({
  bySize, capMs, big: bigSummary, bundledReadyMs: bundledDesktop.readyMs, jsGzipKB: gzipKB(".js", workers), cssGzipKB: gzipKB(".css"),
});

const tables = [
  comparisonTable(bySize, capMs, rounds),
  crossingsTable([
    ...(link ? [
      { label: `${LINK.events.toLocaleString("en")} events over a ${LINK.mbit} Mbit/s link`, summary: link.crossings, capS: CROSSINGS_TIMEOUT_MS / 1000 },
      { label: `(bare canvas, same file and link)`, summary: link.canvas, capS: CROSSINGS_TIMEOUT_MS / 1000 },
    ] : []),
    ...(big && bigSummary ? [{ label: `${(big.bytes / 2 ** 20).toFixed(1)} MB file (${big.count.toLocaleString("en")} events)`, summary: bigSummary, capS: BIG_TIMEOUT_MS / 1000 }] : []),
    { label: "bundled data, 1366×768", summary: bundledDesktop, capS: CROSSINGS_TIMEOUT_MS / 1000 },
    { label: "bundled data, 390×844", summary: bundledPhone, capS: CROSSINGS_TIMEOUT_MS / 1000 },
  ]),
  assetsTable(assets, new Set(of("bundled", "crossings", null).flatMap((r) => r.workerScripts ?? []))),
  targetsTable(checks),
];
const seconds = Math.round((Date.now() - started) / 1000);
const out = resolve(process.cwd(), values.out);
writeJson(out, {
  date: new Date().toISOString(),
  durationSeconds: seconds,
  machine: env,
  loadAverageAtEnd: loadavg().map((x) => Math.round(x * 10) / 10),
  options: { sizes, rounds, seed, skipVis: values["skip-vis"], peerTimeoutSeconds: capMs / 1000, viewport: VIEWPORT, phone: PHONE },
  files: [...files.values(), ...(big ? [big] : [])],
  bySize, ratios,
  big: bigSummary, link: link && { mbit: LINK.mbit, events: LINK.events, ...link }, bundled: { "1366x768": bundledDesktop, "390x844": bundledPhone, assets },
  targets: checks,
  runs,
});

const print = (s: string) => process.stdout.write(`${s}\n`);
print(`\nMachine: ${describeMachine(env)}\n`);
for (const t of tables) print(`${renderText(t)}\n`);
print("Markdown (for the README's Performance section):\n");
print(`Measured ${new Date().toISOString().slice(0, 10)} on ${describeMachine(env)}.\n`);
for (const t of tables) print(`${renderMarkdown(t)}\n`);
print(`Run took ${Math.floor(seconds / 60)} min ${seconds % 60} s (load average at the end ${loadavg().map((x) => x.toFixed(1)).join(" / ")}); every run is in ${values.out}.`);
