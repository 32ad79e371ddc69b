import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { serveData } from "./scripts/vite-plugin-data.ts";

// Relative base: the built site works from any sub-path (and inside an iframe).
export default defineConfig({
  base: "./",
  plugins: [react(), serveData()],
  worker: { format: "es" },
  build: { target: "es2022", sourcemap: false },
});
