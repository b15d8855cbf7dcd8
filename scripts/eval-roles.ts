/**
 * Evaluates the role analyser on a folder of labelled postings (`<id>.md` + `labels.json`, the
 * format of shared/dev/jds/README.md):
 *
 *   npm run eval:roles -- ../shared/dev/jds [--json] [--details]
 *   npm run eval:roles -- --cv [--folds K] [--seed N] [--set name=value,...] [--json]
 *   npm run eval:roles -- --facts-split [--details]
 *   npm run eval:roles -- --facts-cv [--folds K] [--set name=value,...]
 *   npm run eval:roles -- --resp-split [--details] [--set name=value,...]
 *
 * Prints per-id precision, recall and F1, micro and macro F1, archetype accuracy with a
 * confusion table, title-mismatch recall and false alarms, and per-fact accuracy and
 * invented-value rate. `--details` adds each posting's errors; `--json` prints the report as
 * JSON. Exit 2 when the folder or its labels cannot be read.
 *
 * `--cv` evaluates the learned analyser honestly: K-fold cross-validation (default 5) on the
 * labelled corpus (`data/labels/jds.json`, or the folder BEARING_LABELS names), each fold read by
 * a model trained on the other folds, with the same report plus archetype calibration by
 * confidence bin; then the dev set (`../shared/dev/jds`) read by a model trained on the corpus
 * alone; and, beside each, the hand-written analyser on the same postings. `--set` measures
 * other settings than the shipped ones (DEFAULT_ROLE_SETTINGS in scripts/learn/roles.ts), e.g.
 * `--set learnedResponsibilities=1,context=1,lambda=1`.
 *
 * `--facts-split` scores the facts (read by hand-written patterns, so the corpus is not held
 * out once their errors are read) on two fixed halves of the corpus: half A, whose errors may be
 * read (`--details` prints them: only half A's, since the dev set and half B are for scoring),
 * and half B, only ever scored; and on the dev set. The halves come from a hash of each id, the same on every machine.
 *
 * `--facts-cv` measures the learned facts models (scripts/learn/facts.ts) beside the rules: CV
 * inside half A (the figure their settings are chosen by: half B stays unread), CV over the
 * corpus, half B read by a model trained on A, the dev set read by a model trained on the corpus.
 *
 * `--resp-split` does the same for the responsibilities (hand-written cues in model.yaml): F1 per
 * responsibility and micro-F1 on half A, half B and the dev set, side by side; `--details` adds
 * half A's missed (-) and extra (+) responsibilities per posting. Tune cues on A, judge on B.
 * With `--set name=value,...` it adds columns B* and dev*: a role model of those settings trained
 * on half A alone, reading half B and the dev set (e.g. `--set learnedResponsibilities=1,context=1`
 * against the cues' B column).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeRole } from "../src/core/roles/index.js";
import { LEARNED_ROLE_MODEL } from "../src/core/roles/learned.generated.js";
import {
  FACT_FIELDS,
  formatReport,
  type RoleEvalReport,
  type RoleLabel,
  type RolePrediction,
  sameFact,
  scoreRoles,
} from "../src/core/roles/score.js";
import type { RoleAnalysis } from "../src/core/roles/types.js";
import { RESPONSIBILITY_IDS } from "../src/core/taxonomy.js";
import {
  crossValidateFacts,
  DEFAULT_FACTS_SETTINGS,
  type FactsSettings,
  formatFactScores,
  predictFacts,
  scoreFacts,
  trainFactsModel,
} from "./learn/facts.js";
import {
  crossValidateRoles,
  DEFAULT_ROLE_SETTINGS,
  loadRoleExamples,
  predictRole,
  type RoleExample,
  type RoleSettings,
  trainRoleModel,
} from "./learn/roles.js";

/** Analyses every labelled posting of `dir` and scores the results. */
export function evaluateFolder(dir: string): {
  report: RoleEvalReport;
  pairs: { label: RoleLabel; prediction: RolePrediction; title: string }[];
} {
  const labelsPath = join(dir, "labels.json");
  if (!existsSync(labelsPath))
    throw new Error(`${labelsPath}: not found (expected <id>.md files and labels.json)`);
  const labels = JSON.parse(readFileSync(labelsPath, "utf8")) as RoleLabel[];
  const pairs = labels.map((label) => {
    const text = readFileSync(join(dir, `${label.id}.md`), "utf8");
    const analysis = analyzeRole(text);
    return { label, prediction: analysis, title: analysis.title };
  });
  return { report: scoreRoles(pairs), pairs };
}

function details(pairs: ReturnType<typeof evaluateFolder>["pairs"]): string {
  const lines: string[] = ["", "per posting (- missed, + extra):"];
  for (const { label, prediction, title } of pairs) {
    const truth = new Set<string>(label.responsibilities);
    const got = new Set<string>(prediction.responsibilities.map((r) => r.id));
    const missed = [...truth].filter((id) => !got.has(id)).map((id) => `-${id}`);
    const extra = [...got].filter((id) => !truth.has(id)).map((id) => `+${id}`);
    const facts = FACT_FIELDS.filter(
      ([f, k]) => !sameFact(label.facts[f] ?? null, prediction.facts[k] ?? null),
    ).map(
      ([f, k]) =>
        `${f}: ${JSON.stringify(label.facts[f])} got ${JSON.stringify(prediction.facts[k])}`,
    );
    const arch =
      prediction.archetype.id === label.archetype
        ? ""
        : `archetype ${label.archetype} got ${prediction.archetype.id}`;
    lines.push(`${label.id} ${title.slice(0, 50)}`);
    if (missed.length + extra.length > 0) lines.push(`  ${[...missed, ...extra].join(" ")}`);
    if (arch) lines.push(`  ${arch}`);
    for (const f of facts) lines.push(`  ${f}`);
  }
  return lines.join("\n");
}

/** Reliability of archetype confidence: accuracy and mean confidence per bin. */
export interface CalibrationBin {
  from: number;
  to: number;
  count: number;
  meanConfidence: number | null;
  accuracy: number | null;
}

export function calibration(
  readings: readonly { confidence: number; right: boolean }[],
  edges: readonly number[] = [0, 0.4, 0.6, 0.8, 0.9, 1.0001],
): { bins: CalibrationBin[]; ece: number } {
  const bins: CalibrationBin[] = [];
  let ece = 0;
  for (let b = 0; b + 1 < edges.length; b++) {
    const from = edges[b] as number;
    const to = edges[b + 1] as number;
    const inBin = readings.filter((r) => r.confidence >= from && r.confidence < to);
    const n = inBin.length;
    const mean = n === 0 ? null : inBin.reduce((s, r) => s + r.confidence, 0) / n;
    const acc = n === 0 ? null : inBin.filter((r) => r.right).length / n;
    if (n > 0) ece += (n / readings.length) * Math.abs((acc as number) - (mean as number));
    bins.push({ from, to: Math.min(to, 1), count: n, meanConfidence: mean, accuracy: acc });
  }
  return { bins, ece };
}

function formatCalibration(c: ReturnType<typeof calibration>): string {
  const f = (x: number | null) => (x === null ? "  n/a" : x.toFixed(2).padStart(5));
  return [
    "archetype confidence   count  mean conf  accuracy",
    ...c.bins.map(
      (b) =>
        `${`[${b.from.toFixed(1)}, ${b.to.toFixed(1)}${b.to >= 1 ? "]" : ")"}`.padEnd(22)}${String(b.count).padStart(6)}${f(b.meanConfidence).padStart(11)}${f(b.accuracy).padStart(10)}`,
    ),
    `expected calibration error: ${c.ece.toFixed(3)}`,
  ].join("\n");
}

export interface HonestEvaluation {
  cv: { report: RoleEvalReport; hand: RoleEvalReport; calibration: ReturnType<typeof calibration> };
  dev: { report: RoleEvalReport; hand: RoleEvalReport } | null;
  folds: number;
  corpus: number;
}

function score(examples: readonly RoleExample[], analyses: readonly RoleAnalysis[]) {
  return scoreRoles(
    examples.map((e, i) => ({ label: e.label, prediction: analyses[i] as RoleAnalysis })),
  );
}

/**
 * Settings overridden on the command line: `--set name=value,name=value` (numbers; names of
 * RoleSettings in scripts/learn/roles.ts), to measure a candidate before it becomes the default.
 *
 * @throws Error naming the setting when a name is unknown or a value is not a number
 */
export function parseSettings(spec: string | undefined): Partial<RoleSettings> {
  const out: Partial<RoleSettings> = {};
  if (!spec) return out;
  for (const part of spec.split(",")) {
    const [name, value] = part.split("=");
    if (!name || !(name in DEFAULT_ROLE_SETTINGS))
      throw new Error(
        `--set: unknown setting "${name ?? ""}" (one of ${Object.keys(DEFAULT_ROLE_SETTINGS).join(", ")})`,
      );
    const n = Number(value);
    if (value === undefined || value.trim() === "" || !Number.isFinite(n))
      throw new Error(`--set: ${name} needs a number, as in ${name}=1`);
    out[name as keyof RoleSettings] = n;
  }
  return out;
}

/** K-fold cross-validation on the corpus labels and the corpus-only model on the dev set. */
export function evaluateLearned(
  folds: number,
  seed: number,
  overrides: Partial<RoleSettings> = {},
): HonestEvaluation {
  const settings = { ...DEFAULT_ROLE_SETTINGS, ...overrides, seed };
  const corpus = loadRoleExamples("corpus");
  const held = crossValidateRoles(corpus, folds, settings);
  const hand = corpus.map((e) => predictRole(null, e));
  const cal = calibration(
    held.map((a, i) => ({
      confidence: a.archetype.confidence,
      right: a.archetype.id === corpus[i]?.label.archetype,
    })),
  );
  let dev: HonestEvaluation["dev"] = null;
  const devExamples = loadRoleExamples("dev");
  if (devExamples.length > 0) {
    const model = trainRoleModel(corpus, settings, { command: "eval", seed, data: "corpus" });
    dev = {
      report: score(
        devExamples,
        devExamples.map((e) => predictRole(model, e)),
      ),
      hand: score(
        devExamples,
        devExamples.map((e) => predictRole(null, e)),
      ),
    };
  }
  return {
    cv: { report: score(corpus, held), hand: score(corpus, hand), calibration: cal },
    dev,
    folds,
    corpus: corpus.length,
  };
}

function headline(r: RoleEvalReport): string {
  const facts = r.facts
    .map(
      (f) =>
        `${f.field} ${f.accuracy === null ? "n/a" : f.accuracy.toFixed(2)} (invented ${f.inventedRate === null ? "n/a" : f.inventedRate.toFixed(2)})`,
    )
    .join(", ");
  return `resp micro-F1 ${r.responsibilities.micro.f1.toFixed(2)} (macro ${r.responsibilities.macroF1.toFixed(2)}), archetype ${r.archetype.accuracy.toFixed(2)}, mismatch recall ${r.mismatch.recall?.toFixed(2) ?? "n/a"} / false alarms ${r.mismatch.falseAlarmRate?.toFixed(2) ?? "n/a"}; ${facts}`;
}

function formatHonest(h: HonestEvaluation): string {
  const out = [
    `== ${h.folds}-fold cross-validation on the labelled corpus (${h.corpus} postings), learned analyser ==`,
    formatReport(h.cv.report),
    "",
    formatCalibration(h.cv.calibration),
    "",
    `hand-written analyser on the same postings: ${headline(h.cv.hand)}`,
  ];
  if (h.dev) {
    out.push(
      "",
      "== dev set (../shared/dev/jds) read by a model trained on the corpus alone (honest estimate) ==",
      formatReport(h.dev.report),
      "",
      `hand-written analyser on the dev set (tuned on it): ${headline(h.dev.hand)}`,
    );
  }
  return out.join("\n");
}

/** Half A or B of the corpus for `--facts-split`: FNV-1a of the id, fixed for good. */
export function factsHalf(id: string): "A" | "B" {
  let h = 0x811c9dc5;
  for (const c of `facts-split:${id}`) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 0x01000193);
  return (h >>> 0) % 2 === 0 ? "A" : "B";
}

function factsTable(name: string, r: RoleEvalReport): string {
  const cells = r.facts.map(
    (f) =>
      `${f.field} ${f.accuracy === null ? "n/a" : f.accuracy.toFixed(2)} of ${f.stated}, invented ${f.inventedRate === null ? "n/a" : f.inventedRate.toFixed(2)} of ${f.unstated}`,
  );
  return [`${name} (${r.postings} postings):`, ...cells.map((c) => `  ${c}`)].join("\n");
}

/** The shipped analyser's readings of corpus halves A and B (by `factsHalf`) and of the dev set. */
function readSplit() {
  const corpus = loadRoleExamples("corpus");
  const read = (examples: readonly RoleExample[]) =>
    examples.map((e) => ({
      label: e.label,
      prediction: predictRole(LEARNED_ROLE_MODEL, e),
      title: e.reading.title,
    }));
  return {
    a: read(corpus.filter((e) => factsHalf(e.id) === "A")),
    b: read(corpus.filter((e) => factsHalf(e.id) === "B")),
    dev: read(loadRoleExamples("dev")),
  };
}

/** The shipped analyser's facts on corpus halves A and B and on the dev set. */
function factsSplit(showDetails: boolean): string {
  const { a, b, dev } = readSplit();
  const out = [
    factsTable("corpus half A (errors may be read)", scoreRoles(a)),
    factsTable("corpus half B (scored only)", scoreRoles(b)),
    factsTable("dev set", scoreRoles(dev)),
  ];
  if (showDetails) {
    const errors = (pairs: typeof a) =>
      details(pairs)
        .split("\n")
        .filter((l) => !l.startsWith("  ") || /^ {2}\w+: /.test(l));
    out.push("", "half A fact errors:", ...errors(a));
  }
  return out.join("\n");
}

/**
 * The shipped analyser's responsibilities on corpus halves A and B and on the dev set; with
 * `overrides` (`--set`), also a role model of those settings trained on half A alone, reading
 * B and the dev set (columns B* and dev*): the honest check of a learned variant against the
 * cues on the half whose errors nobody read.
 */
function respSplit(showDetails: boolean, overrides?: Partial<RoleSettings>): string {
  const { a, b, dev } = readSplit();
  const reports = [scoreRoles(a), scoreRoles(b), scoreRoles(dev)];
  let header = "     A     B   dev";
  if (overrides) {
    const corpus = loadRoleExamples("corpus");
    const settings = { ...DEFAULT_ROLE_SETTINGS, ...overrides };
    const model = trainRoleModel(
      corpus.filter((e) => factsHalf(e.id) === "A"),
      settings,
      { command: "eval", seed: settings.seed, data: "corpus half A" },
    );
    const read = (examples: readonly RoleExample[]) =>
      scoreRoles(examples.map((e) => ({ label: e.label, prediction: predictRole(model, e) })));
    reports.push(
      read(corpus.filter((e) => factsHalf(e.id) === "B")),
      read(loadRoleExamples("dev")),
    );
    header += "    B*  dev*";
  }
  const f1 = (x: number) => x.toFixed(2).padStart(6);
  const out = [
    `responsibility F1: corpus half A (${a.length}, errors may be read), half B (${b.length}, scored only), dev (${dev.length})${overrides ? "; B* and dev*: read by a model of the --set settings trained on half A" : ""}`,
    "(A, B, dev: the shipped analyser, whose archetype and mismatch models learned from all three: in-sample there)",
    `${"".padEnd(22)}${header}`,
  ];
  // Each report lists only the ids it saw, so cells are looked up by id ("-": never seen).
  for (const id of RESPONSIBILITY_IDS) {
    const cell = (r: RoleEvalReport) => {
      const s = r.responsibilities.perId.find((x) => x.id === id);
      return s ? f1(s.f1) : "-".padStart(6);
    };
    out.push(`${id.padEnd(22)}${reports.map(cell).join("")}`);
  }
  out.push(
    `${"micro".padEnd(22)}${reports.map((r) => f1(r.responsibilities.micro.f1)).join("")}`,
    `${"micro, 3 places".padEnd(22)}${reports.map((r) => r.responsibilities.micro.f1.toFixed(3).padStart(6)).join("")}`,
    `${"micro precision".padEnd(22)}${reports.map((r) => f1(r.responsibilities.micro.precision)).join("")}`,
  );
  out.push(`${"macro".padEnd(22)}${reports.map((r) => f1(r.responsibilities.macroF1)).join("")}`);
  out.push(`${"archetype".padEnd(22)}${reports.map((r) => f1(r.archetype.accuracy)).join("")}`);
  out.push(
    `${"mismatch recall".padEnd(22)}${reports.map((r) => f1(r.mismatch.recall ?? 0)).join("")}`,
    `${"mismatch false alarms".padEnd(22)}${reports.map((r) => f1(r.mismatch.falseAlarmRate ?? 0)).join("")}`,
  );
  if (showDetails) {
    const errors = details(a)
      .split("\n")
      .filter((l) => !l.startsWith("  ") || /^ {2}[-+]/.test(l));
    out.push("", "half A responsibility errors:", ...errors);
  }
  return out.join("\n");
}

/**
 * The learned facts (scripts/learn/facts.ts) beside the hand-written readers: k-fold CV inside
 * corpus half A (the figure variants are chosen by), k-fold CV over the whole corpus, half B
 * read by a model trained on half A, and the dev set read by a model trained on the corpus.
 */
function factsCv(folds: number, overrides: Partial<FactsSettings>): string {
  const settings = { ...DEFAULT_FACTS_SETTINGS, ...overrides };
  const corpus = loadRoleExamples("corpus");
  const dev = loadRoleExamples("dev");
  const a = corpus.filter((e) => factsHalf(e.id) === "A");
  const b = corpus.filter((e) => factsHalf(e.id) === "B");
  const hand = (examples: readonly RoleExample[]) =>
    scoreFacts(
      examples,
      examples.map((e) => predictFacts(null, e)),
    );
  const trained = (train: readonly RoleExample[], test: readonly RoleExample[]) => {
    const model = trainFactsModel(train, settings, {
      command: "eval",
      seed: settings.seed,
      data: "",
    });
    return scoreFacts(
      test,
      test.map((e) => predictFacts(model, e)),
    );
  };
  const pair = (
    name: string,
    learned: ReturnType<typeof scoreFacts>,
    rules: ReturnType<typeof scoreFacts>,
  ) =>
    [
      formatFactScores(`${name}, learned:`, learned),
      formatFactScores(`${name}, hand-written:`, rules),
    ].join("\n");
  return [
    `settings: ${JSON.stringify(settings)}`,
    pair(
      `${folds}-fold CV inside half A (${a.length}; variants are chosen by this)`,
      scoreFacts(a, crossValidateFacts(a, folds, settings)),
      hand(a),
    ),
    pair(
      `${folds}-fold CV over the corpus (${corpus.length})`,
      scoreFacts(corpus, crossValidateFacts(corpus, folds, settings)),
      hand(corpus),
    ),
    pair(`half B (${b.length}) read by a model trained on half A`, trained(a, b), hand(b)),
    pair(
      `dev (${dev.length}) read by a model trained on the corpus`,
      trained(corpus, dev),
      hand(dev),
    ),
  ].join("\n");
}

/** `--set name=value,...` for the facts settings (numbers; names of FactsSettings). */
export function parseFactsSettings(spec: string | undefined): Partial<FactsSettings> {
  const out: Partial<FactsSettings> = {};
  if (!spec) return out;
  for (const part of spec.split(",")) {
    const [name, value] = part.split("=");
    if (!name || !(name in DEFAULT_FACTS_SETTINGS))
      throw new Error(
        `--set: unknown facts setting "${name ?? ""}" (one of ${Object.keys(DEFAULT_FACTS_SETTINGS).join(", ")})`,
      );
    const n = Number(value);
    if (value === undefined || value.trim() === "" || !Number.isFinite(n))
      throw new Error(`--set: ${name} needs a number, as in ${name}=1`);
    out[name as keyof FactsSettings] = n;
  }
  return out;
}

function main(argv: string[]): number {
  if (argv.includes("--facts-cv")) {
    const at = argv.indexOf("--set");
    const fi = argv.indexOf("--folds");
    try {
      const text = factsCv(
        fi >= 0 ? Number(argv[fi + 1]) : 5,
        parseFactsSettings(at >= 0 ? argv[at + 1] : undefined),
      );
      process.stdout.write(`${text}\n`);
      return 0;
    } catch (error) {
      process.stderr.write(
        `eval-roles: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
  }
  if (argv.includes("--resp-split")) {
    try {
      const at = argv.indexOf("--set");
      const overrides = at >= 0 ? parseSettings(argv[at + 1]) : undefined;
      process.stdout.write(`${respSplit(argv.includes("--details"), overrides)}\n`);
      return 0;
    } catch (error) {
      process.stderr.write(
        `eval-roles: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
  }
  if (argv.includes("--facts-split")) {
    process.stdout.write(`${factsSplit(argv.includes("--details"))}\n`);
    return 0;
  }
  if (argv.includes("--cv")) {
    const num = (flag: string, fallback: number) => {
      const at = argv.indexOf(flag);
      return at >= 0 ? Number(argv[at + 1]) : fallback;
    };
    try {
      const at = argv.indexOf("--set");
      const h = evaluateLearned(
        num("--folds", 5),
        num("--seed", DEFAULT_ROLE_SETTINGS.seed),
        parseSettings(at >= 0 ? argv[at + 1] : undefined),
      );
      process.stdout.write(
        argv.includes("--json") ? `${JSON.stringify(h, null, 2)}\n` : `${formatHonest(h)}\n`,
      );
      return 0;
    } catch (error) {
      process.stderr.write(
        `eval-roles: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
  }
  const dir = argv.find((a) => !a.startsWith("--"));
  if (!dir) {
    process.stderr.write(
      "usage: npm run eval:roles -- DIR [--json] [--details] | --cv [--folds K] [--seed N] [--set name=value,...] | --facts-split [--details] | --facts-cv [--folds K] [--set name=value,...] | --resp-split [--details] [--set name=value,...]\n",
    );
    return 2;
  }
  let result: ReturnType<typeof evaluateFolder>;
  try {
    result = evaluateFolder(resolve(dir));
  } catch (error) {
    process.stderr.write(`eval-roles: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (argv.includes("--json")) process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
  else {
    process.stdout.write(`${formatReport(result.report)}\n`);
    if (argv.includes("--details")) process.stdout.write(`${details(result.pairs)}\n`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
