/**
 * `bearing report` and `bearing feedback import`: the report page built by Vite
 * (vite.report.config.ts) with the workspace's data inlined and a Content-Security-Policy that
 * allows exactly its own inline script and style; reviewers' feedback checked and added.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BearingError, formatIssue } from "../core/errors.js";
import { reportData } from "../server/report-data.js";
import { importFeedback } from "../workspace/feedback.js";
import { FsStorage } from "../workspace/fs-storage.js";
import { loadWorkspace } from "../workspace/load.js";
import { printJson } from "./report.js";
import { renderLeftOut } from "./share-render.js";
import { decisionInputs } from "./workspace-actions.js";

/** The built report page: `dist/report/index.html` (from dist/cli or src/cli alike). */
export const REPORT_TEMPLATE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../../dist/report/index.html",
);

const DATA_MARK = "<!--bearing-data-->";

/** Today in the local time zone, YYYY-MM-DD. */
export function localToday(): string {
  const now = new Date();
  const pad = (x: number) => String(x).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The fingerprint of a shared report's letters: which option each stands for, hashed. */
export function lettersFingerprint(ids: Record<string, string>): string {
  const pairs = Object.entries(ids).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash("sha256").update(JSON.stringify(pairs)).digest("hex").slice(0, 16);
}

/**
 * The report page with the data inlined (as a JSON data block, never executed; `<` escaped so
 * no text in it can close the element) and a CSP meta element, first in `<head>`, that allows
 * no source but the page's own inline scripts and styles, each by its SHA-256 hash.
 */
export function assembleReport(template: string, data: unknown): string {
  if (!template.includes(DATA_MARK)) throw new Error("the report page has no data mark");
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  const page = template.replace(
    DATA_MARK,
    () => `<script type="application/json" id="bearing-data">${json}</script>`,
  );
  const hashes = (pattern: RegExp) =>
    [...page.matchAll(pattern)]
      .map(
        (m) =>
          `'sha256-${createHash("sha256")
            .update(m[1] ?? "", "utf8")
            .digest("base64")}'`,
      )
      .join(" ");
  const scripts = hashes(/<script(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g);
  const styles = hashes(/<style[^>]*>([\s\S]*?)<\/style>/g);
  const policy = [
    "default-src 'none'",
    `script-src ${scripts || "'none'"}`,
    `style-src ${styles || "'none'"}`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return page.replace(/<head>/, () => `<head>\n    ${meta}`);
}

export async function report(
  dir: string,
  options: { out: string; share?: boolean; json?: boolean },
): Promise<void> {
  let template: string;
  try {
    template = await readFile(REPORT_TEMPLATE, "utf8");
  } catch {
    throw new BearingError(
      `the report page is not built (${REPORT_TEMPLATE}): run npm run build`,
      [],
      "internal",
    );
  }
  const { data, leftOut } = await reportData(new FsStorage(dir), {
    share: options.share === true,
    date: localToday(),
    fingerprint: lettersFingerprint,
  });
  const html = assembleReport(template, data);
  const out = resolve(options.out);
  await new FsStorage(dirname(out)).write(basename(out), html);
  const bytes = Buffer.byteLength(html);
  if (options.json) {
    printJson({ file: options.out, kind: data.kind, bytes, leftOut });
    return;
  }
  process.stdout.write(
    `Wrote ${options.out} (${Math.round(bytes / 1024)} KB, ${data.kind === "shared" ? "shared: redacted" : "your own full copy"})\n`,
  );
  if (data.kind === "shared") process.stdout.write(renderLeftOut(leftOut));
}

export async function importFeedbackFile(
  file: string,
  dir: string,
  options: { json?: boolean },
): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw BearingError.input({
      code: "not_found",
      file,
      message: `cannot read the feedback file (${(error as NodeJS.ErrnoException).code ?? "error"})`,
      hint: "give the path of the .yaml file the shared report saved",
    });
  }
  const storage = new FsStorage(dir);
  const workspace = await loadWorkspace(storage);
  const inputs = await decisionInputs(storage, workspace);
  const imported = await importFeedback(
    storage,
    { file, bytes },
    workspace.profile,
    inputs.options,
    lettersFingerprint,
  );
  if (options.json) {
    printJson(imported);
    return;
  }
  for (const warning of imported.warnings)
    process.stderr.write(`warning: ${formatIssue(warning)}\n`);
  const count = Object.keys(imported.feedback.comments).length;
  process.stdout.write(
    `Added ${imported.file}: ${imported.feedback.name}'s weights and ${count} comment(s). \`bearing rank\` now shows the group view.\n`,
  );
}
