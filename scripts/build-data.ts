// npm run data            rebuild data/population.json and data/schema/*.json
// npm run data -- --check  exit 1 if the committed files differ from a rebuild
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { buildOutputs } from "./data/build.ts";

const dataDir = resolve(import.meta.dirname, "../data");
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== "--check");
if (unknown.length > 0) {
  console.error(`Unknown argument ${unknown.join(" ")}. Usage: tsx scripts/build-data.ts [--check]`);
  process.exit(2);
}

let outputs: Map<string, string>;
try {
  outputs = buildOutputs(dataDir);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}

if (args.includes("--check")) {
  const stale = [...outputs].filter(([name, text]) => {
    const file = join(dataDir, name);
    return !existsSync(file) || readFileSync(file, "utf8") !== text;
  });
  if (stale.length > 0) {
    console.error(`These files differ from what the data script builds now: ${stale.map(([n]) => `data/${n}`).join(", ")}.`);
    console.error("Run `npm run data` and commit the result.");
    process.exit(1);
  }
  console.log(`data/ is up to date (${outputs.size} files checked).`);
} else {
  for (const [name, text] of outputs) {
    const file = join(dataDir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote data/${name}`);
  }
}
