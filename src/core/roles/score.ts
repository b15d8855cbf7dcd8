/**
 * Scoring role analyses against labelled postings (the format of shared/dev/jds/labels.json):
 * per-responsibility precision, recall and F1 with micro and macro averages (Manning, Raghavan &
 * Schütze, Introduction to Information Retrieval, 2008, section 13.6), archetype accuracy with
 * a confusion table, title-mismatch recall and false-alarm rate, and per-fact accuracy on the
 * postings that state the fact plus the rate of invented values on those that do not.
 */

import { type Counts, counts as classificationCounts } from "../classification-scores.js";
import type {
  ArchetypeId,
  Compensation,
  ResponsibilityId,
  RoleFacts,
  TeamSize,
} from "../taxonomy.js";

/** One labelled posting, as in labels.json (snake_case facts). */
export interface RoleLabel {
  id: string;
  responsibilities: ResponsibilityId[];
  archetype: ArchetypeId;
  nominal_archetype: ArchetypeId;
  facts: {
    reports_to: string | null;
    team_size: TeamSize | null;
    hands_on: string | null;
    compensation: Compensation | null;
    work_mode: string | null;
    stage: string | null;
  };
}

/** The parts of an analysis the scorer reads. */
export interface RolePrediction {
  responsibilities: { id: ResponsibilityId }[];
  archetype: { id: ArchetypeId };
  titleMismatch: boolean;
  facts: RoleFacts;
}

export interface IdScore extends Counts {
  id: string;
  support: number;
}

export interface FactScore {
  field: string;
  /** Postings whose label states the fact, and how many of those the analysis got right. */
  stated: number;
  correct: number;
  accuracy: number | null;
  /** Postings whose label has no value, and how many of those got one anyway. */
  unstated: number;
  invented: number;
  inventedRate: number | null;
}

export interface RoleEvalReport {
  postings: number;
  responsibilities: {
    perId: IdScore[];
    micro: { precision: number; recall: number; f1: number };
    macroF1: number;
  };
  archetype: { accuracy: number; confusion: Record<string, Record<string, number>> };
  mismatch: {
    positives: number;
    negatives: number;
    recall: number | null;
    falseAlarmRate: number | null;
  };
  facts: FactScore[];
}

export const FACT_FIELDS = [
  ["reports_to", "reportsTo"],
  ["team_size", "teamSize"],
  ["hands_on", "handsOn"],
  ["compensation", "compensation"],
  ["work_mode", "workMode"],
  ["stage", "stage"],
] as const;

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/**
 * Are two fact values the same? Pay matches when currency and period are equal and both bounds
 * are within 1% (rounding of "$174,320.00"); team sizes match exactly; ids match exactly.
 */
export function sameFact(label: unknown, predicted: unknown): boolean {
  if (label === null || predicted === null || label === undefined || predicted === undefined) {
    return (label ?? null) === (predicted ?? null);
  }
  if (typeof label === "object" && typeof predicted === "object") {
    const l = label as Record<string, unknown>;
    const p = predicted as Record<string, unknown>;
    if ("currency" in l) {
      const close = (a: unknown, b: unknown) =>
        typeof a === "number" &&
        typeof b === "number" &&
        Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), 1);
      return (
        l.currency === p.currency &&
        l.period === p.period &&
        close(l.min, p.min) &&
        close(l.max, p.max)
      );
    }
    return l.min === p.min && l.max === p.max;
  }
  return label === predicted;
}

/**
 * Scores predictions against labels, pairwise.
 *
 * @param pairs one `{label, prediction}` per posting
 * @returns the report; ratios are in [0, 1], null when their denominator is 0
 */
export function scoreRoles(
  pairs: readonly { label: RoleLabel; prediction: RolePrediction }[],
): RoleEvalReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number; support: number }>();
  const bump = (id: string, key: "tp" | "fp" | "fn" | "support") => {
    const c = counts.get(id) ?? { tp: 0, fp: 0, fn: 0, support: 0 };
    c[key]++;
    counts.set(id, c);
  };
  let archetypeRight = 0;
  const confusion: Record<string, Record<string, number>> = {};
  let pos = 0;
  let neg = 0;
  let caught = 0;
  let falseAlarms = 0;
  const facts = FACT_FIELDS.map(([field]) => ({
    field,
    stated: 0,
    correct: 0,
    unstated: 0,
    invented: 0,
  }));
  for (const { label, prediction } of pairs) {
    const truth = new Set<string>(label.responsibilities);
    const predicted = new Set<string>(prediction.responsibilities.map((r) => r.id));
    for (const id of truth) bump(id, "support");
    for (const id of predicted) bump(id, truth.has(id) ? "tp" : "fp");
    for (const id of truth) if (!predicted.has(id)) bump(id, "fn");

    const got = prediction.archetype.id;
    if (got === label.archetype) archetypeRight++;
    const row = confusion[label.archetype] ?? {};
    row[got] = (row[got] ?? 0) + 1;
    confusion[label.archetype] = row;

    const mismatch = label.archetype !== label.nominal_archetype;
    if (mismatch) {
      pos++;
      if (prediction.titleMismatch) caught++;
    } else {
      neg++;
      if (prediction.titleMismatch) falseAlarms++;
    }

    FACT_FIELDS.forEach(([field, key], i) => {
      const score = facts[i];
      if (!score) return;
      const want = label.facts[field] ?? null;
      const have = prediction.facts[key] ?? null;
      if (want === null) {
        score.unstated++;
        if (have !== null) score.invented++;
      } else {
        score.stated++;
        if (sameFact(want, have)) score.correct++;
      }
    });
  }
  const perId: IdScore[] = [...counts.entries()]
    .map(([id, c]) => {
      const { precision, recall, f1 } = classificationCounts(c.tp, c.fp, c.fn);
      return { id, ...c, precision, recall, f1 };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const tp = perId.reduce((s, x) => s + x.tp, 0);
  const fp = perId.reduce((s, x) => s + x.fp, 0);
  const fn = perId.reduce((s, x) => s + x.fn, 0);
  const micro = classificationCounts(tp, fp, fn);
  return {
    postings: pairs.length,
    responsibilities: {
      perId,
      micro: { precision: micro.precision, recall: micro.recall, f1: micro.f1 },
      macroF1: ratio(
        perId.reduce((s, x) => s + x.f1, 0),
        perId.length,
      ),
    },
    archetype: { accuracy: ratio(archetypeRight, pairs.length), confusion },
    mismatch: {
      positives: pos,
      negatives: neg,
      recall: pos === 0 ? null : caught / pos,
      falseAlarmRate: neg === 0 ? null : falseAlarms / neg,
    },
    facts: facts.map((f) => ({
      ...f,
      accuracy: f.stated === 0 ? null : f.correct / f.stated,
      inventedRate: f.unstated === 0 ? null : f.invented / f.unstated,
    })),
  };
}

const pct = (x: number | null) => (x === null ? "  n/a" : x.toFixed(2).padStart(5));

/** The report as aligned plain-text tables. */
export function formatReport(report: RoleEvalReport): string {
  const out: string[] = [];
  out.push(
    `postings: ${report.postings}`,
    "",
    "responsibility        support  tp  fp  fn  precision  recall    f1",
  );
  for (const s of report.responsibilities.perId) {
    out.push(
      `${s.id.padEnd(22)}${String(s.support).padStart(7)}${String(s.tp).padStart(4)}${String(s.fp).padStart(4)}${String(s.fn).padStart(4)}${pct(s.precision).padStart(11)}${pct(s.recall).padStart(8)}${pct(s.f1).padStart(6)}`,
    );
  }
  const m = report.responsibilities.micro;
  out.push(
    `micro: precision ${pct(m.precision)}  recall ${pct(m.recall)}  F1 ${pct(m.f1)}    macro F1 ${pct(report.responsibilities.macroF1)}`,
    "",
    `archetype accuracy: ${pct(report.archetype.accuracy)}`,
  );
  const labels = Object.keys(report.archetype.confusion).sort();
  const predicted = [
    ...new Set(Object.values(report.archetype.confusion).flatMap((r) => Object.keys(r))),
  ].sort();
  out.push(
    `${"label \\ predicted".padEnd(22)}${predicted.map((p) => p.slice(0, 10).padStart(11)).join("")}`,
  );
  for (const l of labels) {
    const row = report.archetype.confusion[l] ?? {};
    out.push(`${l.padEnd(22)}${predicted.map((p) => String(row[p] ?? "").padStart(11)).join("")}`);
  }
  const mm = report.mismatch;
  out.push(
    "",
    `title mismatch: recall ${pct(mm.recall)} (of ${mm.positives})  false alarms ${pct(mm.falseAlarmRate)} (of ${mm.negatives})`,
    "",
    "fact           stated  correct  accuracy  unstated  invented  rate",
  );
  for (const f of report.facts) {
    out.push(
      `${f.field.padEnd(15)}${String(f.stated).padStart(6)}${String(f.correct).padStart(9)}${pct(f.accuracy).padStart(10)}${String(f.unstated).padStart(10)}${String(f.invented).padStart(10)}${pct(f.inventedRate).padStart(6)}`,
    );
  }
  return out.join("\n");
}
