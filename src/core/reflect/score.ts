/**
 * Scoring reflection analyses against labels, as `npm run eval:reflect` reports them:
 * per-value precision, recall and F1; micro-F1 over all value decisions; macro-F1 (mean of
 * per-value F1 over the values that occur in the labels or the predictions); accuracy of
 * the chosen path (`undecided` is a class like any other); micro-F1 of considered paths.
 * Definitions as in scikit-learn's `precision_recall_fscore_support` (Pedregosa et al.
 * 2011), with 0 where a ratio has a zero denominator.
 */

import { type Counts, counts } from "../classification-scores.js";
import { PATH_IDS, type PathId, VALUE_IDS, type ValueId } from "../taxonomy.js";

/** One labelled text, in the format of `dev/posts/labels.json`. */
export interface ReflectionLabel {
  id: string;
  values: readonly ValueId[];
  considered: readonly PathId[];
  chosen: PathId | "undecided";
}

/** What the analyser said about the same text. */
export type ReflectionGuess = ReflectionLabel;

export interface ReflectionScores {
  posts: number;
  /** Per value id, for every value that occurs in labels or guesses. */
  perValue: Partial<Record<ValueId, Counts>>;
  valuesMicro: Counts;
  valuesMacroF1: number;
  chosen: { correct: number; total: number; accuracy: number };
  considered: Counts;
  /** Per path id (and `undecided`): the chosen path as a one-of-many label, P/R/F1 per class. */
  perChosen: Partial<Record<PathId | "undecided", Counts>>;
  /** Per path id: considered paths, P/R/F1 per path. */
  perConsidered: Partial<Record<PathId, Counts>>;
}

function setCounts<T>(gold: readonly T[], guess: readonly T[]): [number, number, number] {
  const g = new Set(gold);
  const p = new Set(guess);
  let tp = 0;
  for (const x of p) if (g.has(x)) tp++;
  return [tp, p.size - tp, g.size - tp];
}

/**
 * Scores guesses against labels, matched by `id`.
 * @throws Error when a label has no guess (the caller must analyse every labelled text).
 */
export function scoreReflections(
  labels: readonly ReflectionLabel[],
  guesses: readonly ReflectionGuess[],
): ReflectionScores {
  const byId = new Map(guesses.map((g) => [g.id, g]));
  const perValue = new Map<ValueId, [number, number, number]>();
  let micro: [number, number, number] = [0, 0, 0];
  let paths: [number, number, number] = [0, 0, 0];
  let correct = 0;
  const chosenCounts = new Map<PathId | "undecided", [number, number, number]>();
  const consideredCounts = new Map<PathId, [number, number, number]>();
  const bump = <K>(m: Map<K, [number, number, number]>, k: K, at: 0 | 1 | 2) => {
    const c = m.get(k) ?? [0, 0, 0];
    c[at]++;
    m.set(k, c);
  };
  for (const label of labels) {
    const guess = byId.get(label.id);
    if (!guess) throw new Error(`no analysis for labelled text ${label.id}`);
    for (const id of VALUE_IDS) {
      const gold = label.values.includes(id);
      const said = guess.values.includes(id);
      if (!gold && !said) continue;
      const c = perValue.get(id) ?? [0, 0, 0];
      if (gold && said) c[0]++;
      else if (said) c[1]++;
      else c[2]++;
      perValue.set(id, c);
    }
    micro = add(micro, setCounts(label.values, guess.values));
    paths = add(
      paths,
      setCounts(
        label.considered.filter((p) => PATH_IDS.includes(p)),
        guess.considered,
      ),
    );
    if (label.chosen === guess.chosen) {
      correct++;
      bump(chosenCounts, label.chosen, 0);
    } else {
      bump(chosenCounts, guess.chosen, 1);
      bump(chosenCounts, label.chosen, 2);
    }
    for (const id of PATH_IDS) {
      const gold = label.considered.includes(id);
      const said = guess.considered.includes(id);
      if (gold && said) bump(consideredCounts, id, 0);
      else if (said) bump(consideredCounts, id, 1);
      else if (gold) bump(consideredCounts, id, 2);
    }
  }
  const perChosen: ReflectionScores["perChosen"] = {};
  for (const id of [...PATH_IDS, "undecided" as const]) {
    const c = chosenCounts.get(id);
    if (c) perChosen[id] = counts(...c);
  }
  const perConsidered: ReflectionScores["perConsidered"] = {};
  for (const id of PATH_IDS) {
    const c = consideredCounts.get(id);
    if (c) perConsidered[id] = counts(...c);
  }
  const per: Partial<Record<ValueId, Counts>> = {};
  for (const id of VALUE_IDS) {
    const c = perValue.get(id);
    if (c) per[id] = counts(...c);
  }
  const f1s = Object.values(per).map((c) => c.f1);
  return {
    posts: labels.length,
    perValue: per,
    valuesMicro: counts(...micro),
    valuesMacroF1: f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length,
    chosen: {
      correct,
      total: labels.length,
      accuracy: labels.length === 0 ? 0 : correct / labels.length,
    },
    considered: counts(...paths),
    perChosen,
    perConsidered,
  };
}

function add(a: [number, number, number], b: [number, number, number]): [number, number, number] {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

/** A plain-text report of the scores: a per-value table, then the summary figures. */
export function formatScores(scores: ReflectionScores): string {
  const f = (x: number) => x.toFixed(2);
  const table = (head: string, rows: Partial<Record<string, Counts>>) => [
    `${head.padEnd(18)}  P     R     F1    tp  fp  fn`,
    ...Object.entries(rows).map(
      ([id, c]) =>
        `${id.padEnd(18)} ${f(c?.precision ?? 0)}  ${f(c?.recall ?? 0)}  ${f(c?.f1 ?? 0)}  ${String(c?.tp ?? 0).padStart(3)} ${String(c?.fp ?? 0).padStart(3)} ${String(c?.fn ?? 0).padStart(3)}`,
    ),
    "",
  ];
  const lines = [
    ...table("value", scores.perValue),
    ...(scores.perChosen ? table("chosen path", scores.perChosen) : []),
    ...(scores.perConsidered ? table("considered path", scores.perConsidered) : []),
    `posts                     ${scores.posts}`,
    `values micro P/R/F1       ${f(scores.valuesMicro.precision)} / ${f(scores.valuesMicro.recall)} / ${f(scores.valuesMicro.f1)}`,
    `values macro F1           ${f(scores.valuesMacroF1)}`,
    `chosen path accuracy      ${f(scores.chosen.accuracy)} (${scores.chosen.correct}/${scores.chosen.total})`,
    `considered paths micro F1 ${f(scores.considered.f1)} (P ${f(scores.considered.precision)}, R ${f(scores.considered.recall)})`,
  ];
  return `${lines.join("\n")}\n`;
}
