import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { ZOOM_DELTAS, type TargetName } from "./measure.ts";
import { ratio, type Ratio, type RatioMetric, type SizeSummary, type Summary, type TargetCheck } from "./summarize.ts";

// The report: what ran where, the tables (as text for the terminal and as
// Markdown for the README), and the JSON file with every run.

export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGB: number;
  readonly chromium: string;
  readonly node: string;
  readonly os: string;
  /** 1, 5 and 15 minute load averages: other work on the machine skews timings. */
  readonly loadAverage: number[];
}

export function machine(browser: Browser): Machine {
  const cores = cpus();
  return {
    cpus: cores.length,
    cpuModel: cores[0]?.model.trim() ?? "unknown",
    memoryGB: Math.round(totalmem() / 2 ** 30),
    chromium: browser.version(),
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverage: loadavg().map((x) => Math.round(x * 10) / 10),
  };
}

export const describeMachine = (m: Machine) =>
  `${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB RAM, Chromium ${m.chromium} (headless), Node ${m.node}, ${m.os}; load average at start ${m.loadAverage.join(" / ")}`;

export interface Asset {
  readonly path: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

/** Sizes as the build report gives them: zlib's default level, over the file served. */
export function assetSizes(siteDir: string, paths: readonly string[]): Asset[] {
  return [...new Set(paths)].sort().map((path) => {
    const body = readFileSync(join(siteDir, path));
    return { path, bytes: body.length, gzipBytes: gzipSync(body).length };
  });
}

export const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export interface Table {
  readonly title: string;
  /** How many columns from the left hold text (left-aligned); the rest are numbers. */
  readonly textColumns: number;
  readonly notes?: readonly string[];
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const TARGETS: readonly TargetName[] = ["crossings", "vis-timeline", "canvas"];

const METRIC_ROWS: readonly { label: string; cell: (s: Summary) => string; ratio?: RatioMetric }[] = [
  { label: "ready (ms)", cell: (s) => num(s.readyMs), ratio: "readyMs" },
  { label: "longest task to ready (ms)", cell: (s) => num(s.longestTaskToReadyMs) },
  { label: "zoom frame median (ms)", cell: (s) => num(s.frameMedianMs), ratio: "frameMedianMs" },
  { label: "zoom frame p95 (ms)", cell: (s) => num(s.frameP95Ms), ratio: "frameP95Ms" },
  { label: "zoom frames that moved the view", cell: (s) => (s.viewChanges === null ? "—" : `${s.viewChanges} / ${s.wheelEventsSent}`) },
  { label: "long tasks in zoom (longest ms)", cell: (s) => (s.longTasksInZoom === null ? "—" : `${s.longTasksInZoom} (${s.longestTaskInZoomMs})`) },
  { label: "JS heap after load (MB)", cell: (s) => num(s.heapAfterLoadMB) },
  { label: "JS heap after zoom (MB)", cell: (s) => num(s.heapMB), ratio: "heapMB" },
];

const num = (v: number | null) => (v === null ? "—" : String(Math.round(v * 10) / 10));
const showRatio = (r: Ratio) => (r.value === null ? "—" : `${r.bound === "<" ? "<" : ""}${r.value}×`);

function cell(summary: Summary | undefined, metric: (s: Summary) => string, first: boolean, capS: number): string {
  if (!summary) return "skipped";
  if (summary.ready > 0) return metric(summary);
  // Only the first row says why there is no number; the rest stay quiet.
  if (!first) return "";
  if (summary.skipped) return "not run";
  return summary.didNotFinish > 0 ? `DNF (> ${capS} s)` : "failed";
}

export function comparisonTable(bySize: Readonly<Record<string, SizeSummary>>, capMs: number, rounds: number): Table {
  const rows: string[][] = [];
  for (const [size, sizes] of Object.entries(bySize)) {
    METRIC_ROWS.forEach((m, i) => {
      const r = (other: TargetName) => (m.ratio ? showRatio(ratio(sizes, other, m.ratio, capMs)) : "");
      rows.push([
        i === 0 ? Number(size).toLocaleString("en") : "",
        m.label,
        ...TARGETS.map((t) => cell(sizes[t], m.cell, i === 0, capMs / 1000)),
        r("vis-timeline"),
        r("canvas"),
      ]);
    });
  }
  const notes = Object.entries(bySize).flatMap(([size, sizes]) =>
    TARGETS.flatMap((t) => {
      const sent = sizes[t]?.wheelEventsSent ?? null;
      return sent !== null && sent < ZOOM_DELTAS.length
        ? [`${t} at ${Number(size).toLocaleString("en")} events: only ${sent} of ${ZOOM_DELTAS.length} wheel events were sent before the ${capMs / 1000} s cap; its frame times cover those.`]
        : [];
    }),
  );
  return {
    title: `Generated files, 1366×768, median of ${rounds} round(s)`,
    notes,
    textColumns: 2,
    head: ["events", "metric", "Crossings", "vis-timeline", "canvas", "Crossings / vis-timeline", "Crossings / canvas"],
    rows,
  };
}

export interface CrossingsCase {
  readonly label: string;
  readonly summary: Summary;
  readonly capS: number;
}

export function crossingsTable(cases: readonly CrossingsCase[]): Table {
  return {
    title: "Crossings alone",
    textColumns: 1,
    head: ["case", "ready (ms)", "longest task to ready (ms)", "JS heap (MB)"],
    rows: cases.map((c) => [
      c.label,
      cell(c.summary, (s) => num(s.readyMs), true, c.capS),
      cell(c.summary, (s) => num(s.longestTaskToReadyMs), false, c.capS),
      cell(c.summary, (s) => num(s.heapMB), false, c.capS),
    ]),
  };
}

export function assetsTable(assets: readonly Asset[], workerScripts: ReadonlySet<string>): Table {
  const total = (ext: string) => assets.filter((a) => a.path.endsWith(ext));
  const sum = (list: readonly Asset[], k: "bytes" | "gzipBytes") => String(kb(list.reduce((t, a) => t + a[k], 0)));
  const pageJs = total(".js").filter((a) => !workerScripts.has(a.path));
  return {
    title: "JS and CSS fetched before dashboard:ready (bundled data, 1366×768)",
    textColumns: 1,
    head: ["file", "KB", "KB gzip"],
    rows: [
      ...assets.map((a) => [`${a.path}${workerScripts.has(a.path) ? " (worker)" : ""}`, String(kb(a.bytes)), String(kb(a.gzipBytes))]),
      ["all JS", sum(total(".js"), "bytes"), sum(total(".js"), "gzipBytes")],
      ["JS on the page (without workers)", sum(pageJs, "bytes"), sum(pageJs, "gzipBytes")],
      ["all CSS", sum(total(".css"), "bytes"), sum(total(".css"), "gzipBytes")],
    ],
  };
}

export function targetsTable(checks: readonly TargetCheck[]): Table {
  return {
    title: "Targets (medians)",
    textColumns: 1,
    head: ["target", "limit", "measured", "result"],
    rows: checks.map((c) => [c.name, c.limit, c.measured, c.pass === null ? "not measured" : c.pass ? "pass" : "FAIL"]),
  };
}

export function renderText(t: Table): string {
  const all = [t.head, ...t.rows];
  const widths = t.head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i < t.textColumns ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [t.title, line(t.head), widths.map((w) => "-".repeat(w)).join("  "), ...t.rows.map(line), ...(t.notes ?? [])].join("\n");
}

export function renderMarkdown(t: Table): string {
  const line = (r: readonly string[]) => `| ${r.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
  const align = t.head.map((_, i) => (i < t.textColumns ? "---" : "---:"));
  const notes = t.notes?.length ? ["", ...t.notes.map((n) => `- ${n}`)] : [];
  return [`**${t.title}**`, "", line(t.head), line(align), ...t.rows.map(line), ...notes].join("\n");
}

export function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
