import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { contentSecurityPolicy } from "./scripts/vite-plugin-csp.ts";
import { serveData } from "./scripts/vite-plugin-data.ts";
import { preloadApp } from "./scripts/vite-plugin-preload-app.ts";

// Relative base: the built site works from any sub-path (and inside an iframe).
export default defineConfig({
  base: "./",
  plugins: [react(), serveData(), contentSecurityPolicy(), preloadApp("/src/app/startApp.tsx")],
  worker: { format: "es" },
  build: { target: "es2022", sourcemap: false },
});
