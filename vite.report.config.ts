import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { onRollupWarning } from "./vite.warnings.js";

/**
 * The report page (`bearing report`): the workbench's views from src/web, rendered from data
 * inlined in the page, built into one HTML file (dist/report/index.html) with every script and
 * style inline (vite-plugin-singlefile), so the report opens from disk with no other file.
 * `bearing report` adds the data and a Content-Security-Policy allowing exactly those inline
 * script and style elements by hash.
 */
const mainThreadPort = fileURLToPath(
  new URL("./src/web/smaa/main-thread-port.ts", import.meta.url),
);

/** A page opened from disk loads no worker file: SMAA runs on the page's thread instead. */
function smaaOnMainThread(): Plugin {
  return {
    name: "bearing-smaa-on-main-thread",
    enforce: "pre",
    resolveId(source, importer) {
      if (source === "./worker-port.js" && importer && /use-robustness\.ts$/.test(importer))
        return mainThreadPort;
      return null;
    },
  };
}

export default defineConfig({
  root: "src/web/report",
  base: "./",
  plugins: [smaaOnMainThread(), react(), viteSingleFile()],
  build: {
    outDir: "../../../dist/report",
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
    rollupOptions: { onwarn: onRollupWarning },
  },
});
