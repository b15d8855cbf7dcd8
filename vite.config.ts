import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

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
    rollupOptions: {
      onwarn(warning, warn) {
        // zod 4 places `@__PURE__` comments where Rollup cannot use them; Rollup drops the
        // comment and bundles the code unchanged. Only that notice, and only for code under
        // node_modules, is silenced: every other warning, and any in our own code, is shown.
        if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("/node_modules/")) {
          return;
        }
        warn(warning);
      },
    },
  },
});
