import { readFileSync, existsSync, mkdirSync, copyFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";
import { checkData } from "./checkedData.ts";

// The dashboard's data lives in data/ at the top of the project (beside its raw
// sources and provenance) and is served from the site's own data/ path: by this
// middleware in dev, and copied into the build. raw/ and the schemas' sources stay out.
const SHIPPED = ["events.json", "population.json"];
const SHIPPED_SCHEMAS = ["events.schema.json", "population.schema.json"];

export function serveData(dataDir = resolve(import.meta.dirname, "../data")): Plugin {
  let outDir = "dist";
  const checked = checkData({ events: join(dataDir, "events.json"), population: join(dataDir, "population.json") });
  return {
    name: "crossings-serve-data",
    // The shipped files, checked here once, are not checked again by each reader (src/data/checkedAtBuild.ts).
    config: () => ({ define: { __CHECKED_DATA__: JSON.stringify(checked.digests) } }),
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      for (const note of checked.notes) config.logger.warn(`data: ${note}; readers will check it as they load it.`);
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? "").split("?")[0] ?? "";
        const m = /\/data\/(schema\/)?([\w.-]+\.json)$/.exec(path);
        const name = m?.[2];
        const allowed = m?.[1] ? SHIPPED_SCHEMAS : SHIPPED;
        if (!m || name === undefined || !allowed.includes(name)) return next();
        const file = join(dataDir, m[1] ?? "", name);
        if (!existsSync(file)) return next();
        res.setHeader("Content-Type", "application/json; charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.end(readFileSync(file));
      });
    },
    writeBundle() {
      mkdirSync(join(outDir, "data", "schema"), { recursive: true });
      for (const name of SHIPPED) copyFileSync(join(dataDir, name), join(outDir, "data", name));
      for (const name of SHIPPED_SCHEMAS) {
        const file = join(dataDir, "schema", name);
        if (existsSync(file)) copyFileSync(file, join(outDir, "data", "schema", name));
      }
    },
  };
}
