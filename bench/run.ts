/**
 * Runs the benchmarks: every `bench/*.bench.ts`, in name order, each imported and its default
 * export awaited (each prints its own figures). An argument filters by file name:
 *
 *   npm run bench            # all
 *   npm run bench -- mcda    # bench/mcda.bench.ts only
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? "";
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts") && f.includes(filter))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark matches ${JSON.stringify(filter)} in bench/`);
  process.exitCode = 2;
}
for (const file of files) {
  console.log(`\n== ${file} ==`);
  const module = (await import(pathToFileURL(join(here, file)).href)) as {
    default?: () => unknown;
  };
  if (typeof module.default !== "function") {
    console.error(`${file}: no default export to run`);
    process.exitCode = 1;
    continue;
  }
  await module.default();
}
