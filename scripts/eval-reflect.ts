/**
 * Scores the reflection analyser on labelled posts:
 *
 *   npm run eval:reflect -- DIR [--json]
 *   npm run eval:reflect -- --cv [--folds K] [--seed N] [--set NAME=V]... [--json]
 *   npm run eval:reflect -- --cv --grid NAME=V1,V2,... [--grid ...] [--set NAME=V]...
 *
 * DIR is a folder in the format of `shared/dev/posts/` (`<id>.md` texts and a `labels.json`
 * list of `{id, values, considered, chosen}`); the report gives per-value precision, recall
 * and F1, values micro- and macro-F1, chosen-path accuracy and considered-path micro-F1.
 * Scoring is `src/core/reflect/score.ts`; this script only reads files. Exit 2 when the
 * folder or its labels cannot be read.
 *
 * `--cv` evaluates the learned values model honestly: K-fold cross-validation (default 5) on
 * the labelled corpus (`data/labels/posts.json`, or the folder BEARING_LABELS names), each
 * fold read by a model trained on the other folds; then the dev set (`../shared/dev/posts`)
 * read by a model trained on the corpus alone; and, beside each, the hand-written analyser on
 * the same posts (on the dev set it was tuned on them, so its figure there is not honest).
 * `--set` changes one setting of the training (scripts/learn/reflect.ts ValueSettings);
 * `--grid` prints one line of cross-validated figures per combination of settings (the dev
 * set is not shown: settings are chosen on the corpus alone).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { analyseReflection, type Reflection } from "../src/core/reflect/analyse.js";
import {
  formatScores,
  type ReflectionLabel,
  type ReflectionScores,
  scoreReflections,
} from "../src/core/reflect/score.js";
import {
  crossValidateReflections,
  DEFAULT_VALUE_SETTINGS,
  loadReflectExamples,
  predictReflection,
  type ReflectExample,
  trainValuesModel,
  type ValueSettings,
} from "./learn/reflect.js";

export interface Evaluation {
  scores: ReflectionScores;
  rows: Array<{ label: ReflectionLabel; reflection: Reflection }>;
}

const EXTENSIONS = [".md", ".markdown", ".txt", ""];

/** Analyses every labelled text of `dir` and scores the results. */
export function evaluateDir(dir: string): Evaluation {
  const labelsPath = join(dir, "labels.json");
  if (!existsSync(labelsPath)) throw new Error(`${labelsPath}: no labels.json in this folder`);
  const labels = JSON.parse(readFileSync(labelsPath, "utf8")) as ReflectionLabel[];
  const rows = labels.map((label) => {
    const file = EXTENSIONS.map((ext) => join(dir, `${label.id}${ext}`)).find((p) => existsSync(p));
    if (!file) throw new Error(`${join(dir, label.id)}.md: labelled text not found`);
    const reflection = analyseReflection(readFileSync(file, "utf8"), { fileName: file });
    return { label, reflection };
  });
  const scores = scoreReflections(
    labels,
    rows.map(({ label, reflection }) => ({
      id: label.id,
      values: reflection.values.map((v) => v.id),
      considered: reflection.paths.considered,
      chosen: reflection.paths.chosen,
    })),
  );
  return { scores, rows };
}

function scoreOf(examples: readonly ReflectExample[], reflections: readonly Reflection[]) {
  return scoreReflections(
    examples.map((e) => e.label),
    examples.map((e, i) => {
      const r = reflections[i] as Reflection;
      return {
        id: e.id,
        values: r.values.map((v) => v.id),
        considered: r.paths.considered,
        chosen: r.paths.chosen,
      };
    }),
  );
}

export interface HonestReflectEvaluation {
  folds: number;
  corpus: number;
  cv: { learned: ReflectionScores; hand: ReflectionScores };
  dev: { learned: ReflectionScores; hand: ReflectionScores } | null;
}

let loaded: { corpus: ReflectExample[]; dev: ReflectExample[] } | null = null;

/**
 * K-fold cross-validation on the corpus labels and the corpus-only model on the dev set.
 * `overrides` change settings of {@link DEFAULT_VALUE_SETTINGS} (e.g. `{ lambda: 30 }`).
 */
export function evaluateLearnedReflect(
  folds: number,
  seed: number,
  overrides: Partial<ValueSettings> = {},
  withDev = true,
): HonestReflectEvaluation {
  const settings = { ...DEFAULT_VALUE_SETTINGS, ...overrides, seed };
  loaded ??= { corpus: loadReflectExamples("corpus"), dev: loadReflectExamples("dev") };
  const corpus = loaded.corpus;
  const held = crossValidateReflections(corpus, folds, settings);
  const hand = corpus.map((e) => predictReflection(null, e));
  const devExamples = loaded.dev;
  let dev: HonestReflectEvaluation["dev"] = null;
  if (withDev && devExamples.length > 0) {
    const model = trainValuesModel(corpus, settings, { command: "eval", seed, data: "corpus" });
    dev = {
      learned: scoreOf(
        devExamples,
        devExamples.map((e) => predictReflection(model, e)),
      ),
      hand: scoreOf(
        devExamples,
        devExamples.map((e) => predictReflection(null, e)),
      ),
    };
  }
  return {
    folds,
    corpus: corpus.length,
    cv: { learned: scoreOf(corpus, held), hand: scoreOf(corpus, hand) },
    dev,
  };
}

function formatHonest(h: HonestReflectEvaluation): string {
  const out = [
    `== ${h.folds}-fold cross-validation on the labelled corpus (${h.corpus} posts), learned values ==`,
    formatScores(h.cv.learned),
    "== hand-written analyser on the same posts ==",
    formatScores(h.cv.hand),
  ];
  if (h.dev) {
    out.push(
      "== dev set (../shared/dev/posts) read by a model trained on the corpus alone (honest estimate) ==",
      formatScores(h.dev.learned),
      "== hand-written analyser on the dev set (tuned on it) ==",
      formatScores(h.dev.hand),
    );
  }
  return out.join("\n");
}

function main(argv: readonly string[]): number {
  if (argv.includes("--cv")) {
    const num = (flag: string, fallback: number) => {
      const at = argv.indexOf(flag);
      return at >= 0 ? Number(argv[at + 1]) : fallback;
    };
    try {
      const overrides: Partial<ValueSettings> = {};
      const grid: [keyof ValueSettings, number[]][] = [];
      argv.forEach((a, i) => {
        if (a !== "--set" && a !== "--grid") return;
        const [key, list] = (argv[i + 1] ?? "").split("=");
        if (!key || !(key in DEFAULT_VALUE_SETTINGS) || !list)
          throw new Error(
            `${a} ${argv[i + 1] ?? ""}: expected NAME=VALUE, a setting of ValueSettings`,
          );
        const values = list.split(",").map(Number);
        if (values.some((v) => !Number.isFinite(v)))
          throw new Error(`${a} ${argv[i + 1]}: values must be numbers`);
        if (a === "--set") overrides[key as keyof ValueSettings] = values[0] as number;
        else grid.push([key as keyof ValueSettings, values]);
      });
      const folds = num("--folds", 5);
      const seed = num("--seed", DEFAULT_VALUE_SETTINGS.seed);
      if (grid.length > 0) {
        // Every combination of the grid, one line each: CV figures only (choose on these).
        let combos: Partial<ValueSettings>[] = [{}];
        for (const [key, values] of grid)
          combos = combos.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
        for (const combo of combos) {
          const h = evaluateLearnedReflect(folds, seed, { ...overrides, ...combo }, false);
          const l = h.cv.learned;
          process.stdout.write(
            `${JSON.stringify(combo)}  CV values micro ${l.valuesMicro.f1.toFixed(3)} macro ${l.valuesMacroF1.toFixed(3)}  chosen ${l.chosen.accuracy.toFixed(3)}  considered ${l.considered.f1.toFixed(3)}\n`,
          );
        }
        return 0;
      }
      const h = evaluateLearnedReflect(folds, seed, overrides);
      process.stdout.write(
        argv.includes("--json") ? `${JSON.stringify(h, null, 2)}\n` : formatHonest(h),
      );
      return 0;
    } catch (error) {
      process.stderr.write(
        `eval-reflect: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return 2;
    }
  }
  const dir = argv.find((a) => !a.startsWith("-"));
  if (!dir) {
    process.stderr.write(
      "usage: npm run eval:reflect -- DIR [--json] | --cv [--folds K] [--seed N] [--set NAME=V] [--grid NAME=V1,V2] [--json]\n",
    );
    return 2;
  }
  try {
    const { scores } = evaluateDir(resolve(dir));
    process.stdout.write(
      argv.includes("--json") ? `${JSON.stringify(scores, null, 2)}\n` : formatScores(scores),
    );
    return 0;
  } catch (error) {
    process.stderr.write(
      `eval-reflect: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
