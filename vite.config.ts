import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { onRollupWarning } from "./vite.warnings.js";

// The workbench's single-page app: sources in src/web (importing src/core directly), built
// into dist/web, which `bearing serve` serves. Nothing is loaded from a CDN.
export default defineConfig({
  root: "src/web",
  base: "./",
  plugins: [react()],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: { onwarn: onRollupWarning },
  },
});
