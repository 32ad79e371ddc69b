import { readFileSync, existsSync, mkdirSync, copyFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";

// The dashboard's data lives in data/ at the top of the project (beside its raw
// sources and provenance) and is served from the site's own data/ path: by this
// middleware in dev, and copied into the build. raw/ and the schemas' sources stay out.
const SHIPPED = ["events.json", "population.json"];
const SHIPPED_SCHEMAS = ["events.schema.json", "population.schema.json"];

export function serveData(dataDir = resolve(import.meta.dirname, "../data")): Plugin {
  let outDir = "dist";
  return {
    name: "crossings-serve-data",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
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
