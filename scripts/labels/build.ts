/**
 * Builds the corpus labels from two independent readings and a third, adjudicating reading of
 * the fields they disagree on, and reports the agreement of the two readings (data/README.md):
 *
 *   npx tsx scripts/labels/build.ts            # check: the committed labels are the merge
 *   npx tsx scripts/labels/build.ts --write    # write data/labels/{jds,posts}.json, agreement.json
 *   npx tsx scripts/labels/build.ts --disputes DIR   # what the third reader must settle
 *
 * Inputs (ids and facts only, no text): data/labels/readings/{first,second}/{jds,posts}.json
 * and data/labels/adjudication/{jds,posts}.json. A field both readings agree on is taken as it
 * is; a field they differ on takes the third reading's value (for a set-valued field, the third
 * reader decides each id on which they differ). Settled corrections of a later review
 * (data/labels/review/{jds,posts}.json, {@link RoleReview}) are applied last. Exit 1 when a dispute has no adjudication or
 * when the committed labels differ from the merge.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PATH_IDS, RESPONSIBILITY_IDS, VALUE_IDS } from "../../src/core/taxonomy.js";
import { cohenKappa, type Kappa, type SetAgreement, setAgreement } from "./agreement.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const labelsDir = join(root, "data/labels");

export const FACT_KEYS = [
  "reports_to",
  "team_size",
  "hands_on",
  "compensation",
  "work_mode",
  "stage",
] as const;
type FactKey = (typeof FACT_KEYS)[number];

export interface RoleLabel {
  id: string;
  responsibilities: string[];
  archetype: string;
  nominal_archetype: string;
  facts: Record<FactKey, unknown>;
}
export interface PostLabel {
  id: string;
  values: string[];
  considered: string[];
  chosen: string;
}

/** The third reading of one text: only the fields in dispute. */
export interface Adjudication {
  id: string;
  /** For a set-valued field: each disputed id and whether it is present. */
  responsibilities?: Record<string, boolean>;
  values?: Record<string, boolean>;
  considered?: Record<string, boolean>;
  archetype?: string;
  nominal_archetype?: string;
  chosen?: string;
  facts?: Partial<Record<FactKey, unknown>>;
}

const same = (x: unknown, y: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);
const symmetricDifference = (a: readonly string[], b: readonly string[]) =>
  [...new Set([...a, ...b])].filter((id) => a.includes(id) !== b.includes(id)).sort();

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

function byId<T extends { id: string }>(list: readonly T[], what: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list) {
    if (map.has(item.id)) throw new Error(`${what}: ${item.id} appears twice`);
    map.set(item.id, item);
  }
  return map;
}

/**
 * The disputes of one text. For a set-valued field, each disputed id maps to the first
 * reading's stance; `--disputes` hands the third reader only the ids and the candidate values,
 * not who said what.
 */
export function roleDisputes(a: RoleLabel, b: RoleLabel): Adjudication | null {
  const d: Adjudication = { id: a.id };
  const r = symmetricDifference(a.responsibilities, b.responsibilities);
  if (r.length)
    d.responsibilities = Object.fromEntries(r.map((id) => [id, a.responsibilities.includes(id)]));
  if (a.archetype !== b.archetype) d.archetype = `${a.archetype} | ${b.archetype}`;
  if (a.nominal_archetype !== b.nominal_archetype)
    d.nominal_archetype = `${a.nominal_archetype} | ${b.nominal_archetype}`;
  const facts: Partial<Record<FactKey, unknown>> = {};
  for (const k of FACT_KEYS)
    if (!same(a.facts[k], b.facts[k])) facts[k] = [a.facts[k] ?? null, b.facts[k] ?? null];
  if (Object.keys(facts).length) d.facts = facts;
  return Object.keys(d).length > 1 ? d : null;
}

export function postDisputes(a: PostLabel, b: PostLabel): Adjudication | null {
  const d: Adjudication = { id: a.id };
  const v = symmetricDifference(a.values, b.values);
  if (v.length) d.values = Object.fromEntries(v.map((id) => [id, a.values.includes(id)]));
  const c = symmetricDifference(a.considered, b.considered);
  if (c.length) d.considered = Object.fromEntries(c.map((id) => [id, a.considered.includes(id)]));
  if (a.chosen !== b.chosen) d.chosen = `${a.chosen} | ${b.chosen}`;
  return Object.keys(d).length > 1 ? d : null;
}

function settleSet(
  a: readonly string[],
  b: readonly string[],
  third: Record<string, boolean> | undefined,
  where: string,
): string[] {
  const out = new Set(a.filter((id) => b.includes(id)));
  for (const id of symmetricDifference(a, b)) {
    const verdict = third?.[id];
    if (verdict === undefined) throw new Error(`${where}: '${id}' is disputed and not adjudicated`);
    if (verdict) out.add(id);
  }
  return [...out].sort();
}

function settleOne<T>(a: T, b: T, third: T | undefined, where: string): T {
  if (same(a, b)) return a;
  if (third === undefined) throw new Error(`${where}: disputed and not adjudicated`);
  return third;
}

export function mergeRole(a: RoleLabel, b: RoleLabel, t: Adjudication | undefined): RoleLabel {
  const w = `jds ${a.id}`;
  const facts = {} as Record<FactKey, unknown>;
  for (const k of FACT_KEYS)
    facts[k] = settleOne(a.facts[k] ?? null, b.facts[k] ?? null, t?.facts?.[k], `${w} facts.${k}`);
  return {
    id: a.id,
    responsibilities: settleSet(
      a.responsibilities,
      b.responsibilities,
      t?.responsibilities,
      `${w} responsibilities`,
    ),
    archetype: settleOne(a.archetype, b.archetype, t?.archetype, `${w} archetype`),
    nominal_archetype: settleOne(
      a.nominal_archetype,
      b.nominal_archetype,
      t?.nominal_archetype,
      `${w} nominal_archetype`,
    ),
    facts,
  };
}

export function mergePost(a: PostLabel, b: PostLabel, t: Adjudication | undefined): PostLabel {
  const w = `posts ${a.id}`;
  return {
    id: a.id,
    values: settleSet(a.values, b.values, t?.values, `${w} values`),
    considered: settleSet(a.considered, b.considered, t?.considered, `${w} considered`),
    chosen: settleOne(a.chosen, b.chosen, t?.chosen, `${w} chosen`),
  };
}

/**
 * A settled correction from the review (data/README.md, "Review"): a blind further reading of
 * one field, and where it was sure and differed from the merged label, a settling reading that
 * was shown both values but not whose they were. `was` is the merged label it replaces: the
 * build fails when the merge no longer gives it (the review was of other labels).
 */
export interface RoleReview {
  id: string;
  facts: Partial<Record<FactKey, unknown>>;
  was: Partial<Record<FactKey, unknown>>;
  /** The settling reader's reason, in their own words. */
  why: string;
}
export interface PostReview {
  id: string;
  chosen: string;
  was: { chosen: string };
  why: string;
}

function review<T extends { id: string }>(kind: "jds" | "posts"): Map<string, T> {
  const path = join(labelsDir, "review", `${kind}.json`);
  return byId(existsSync(path) ? readJson<T[]>(path) : [], `review ${kind}`);
}

export function reviewRole(label: RoleLabel, r: RoleReview | undefined): RoleLabel {
  if (!r) return label;
  const facts = { ...label.facts };
  for (const [k, v] of Object.entries(r.facts) as [FactKey, unknown][]) {
    if (!same(facts[k], r.was[k]))
      throw new Error(`review jds ${r.id} facts.${k}: the merged label is no longer ${r.was[k]}`);
    facts[k] = v;
  }
  return { ...label, facts };
}

export function reviewPost(label: PostLabel, r: PostReview | undefined): PostLabel {
  if (!r) return label;
  if (label.chosen !== r.was.chosen)
    throw new Error(`review posts ${r.id} chosen: the merged label is no longer ${r.was.chosen}`);
  return { ...label, chosen: r.chosen };
}

export interface AgreementReport {
  jds: { texts: number; responsibilities: SetAgreement; single: Record<string, Kappa> };
  posts: { texts: number; values: SetAgreement; considered: SetAgreement; chosen: Kappa };
}

export function agreement(
  roles: { a: RoleLabel; b: RoleLabel }[],
  posts: { a: PostLabel; b: PostLabel }[],
): AgreementReport {
  const single: Record<string, Kappa> = {
    archetype: cohenKappa(
      roles.map((p) => p.a.archetype),
      roles.map((p) => p.b.archetype),
    ),
    nominal_archetype: cohenKappa(
      roles.map((p) => p.a.nominal_archetype),
      roles.map((p) => p.b.nominal_archetype),
    ),
  };
  for (const k of FACT_KEYS)
    single[`facts.${k}`] = cohenKappa(
      roles.map((p) => p.a.facts[k] ?? null),
      roles.map((p) => p.b.facts[k] ?? null),
    );
  return {
    jds: {
      texts: roles.length,
      responsibilities: setAgreement(
        roles.map((p) => p.a.responsibilities),
        roles.map((p) => p.b.responsibilities),
        RESPONSIBILITY_IDS,
      ),
      single,
    },
    posts: {
      texts: posts.length,
      values: setAgreement(
        posts.map((p) => p.a.values),
        posts.map((p) => p.b.values),
        VALUE_IDS,
      ),
      considered: setAgreement(
        posts.map((p) => p.a.considered),
        posts.map((p) => p.b.considered),
        PATH_IDS,
      ),
      chosen: cohenKappa(
        posts.map((p) => p.a.chosen),
        posts.map((p) => p.b.chosen),
      ),
    },
  };
}

function pairs<T extends { id: string }>(kind: "jds" | "posts"): { a: T; b: T }[] {
  const first = byId(
    readJson<T[]>(join(labelsDir, "readings/first", `${kind}.json`)),
    `first ${kind}`,
  );
  const second = byId(
    readJson<T[]>(join(labelsDir, "readings/second", `${kind}.json`)),
    `second ${kind}`,
  );
  const ids = [...first.keys()].sort();
  const missing = [...second.keys()]
    .filter((id) => !first.has(id))
    .concat(ids.filter((id) => !second.has(id)));
  if (missing.length) throw new Error(`${kind}: read only once: ${missing.join(", ")}`);
  return ids.map((id) => ({ a: first.get(id) as T, b: second.get(id) as T }));
}

const f2 = (x: number) => x.toFixed(2);

function formatAgreement(r: AgreementReport): string {
  const lines = [
    `postings: ${r.jds.texts} texts read twice`,
    `  responsibilities  micro-F1 ${f2(r.jds.responsibilities.microF1)}  κ ${f2(r.jds.responsibilities.kappa)}`,
  ];
  for (const [k, v] of Object.entries(r.jds.single))
    lines.push(`  ${k.padEnd(17)} agree ${f2(v.observed)}  κ ${f2(v.kappa)}`);
  lines.push(
    `posts: ${r.posts.texts} texts read twice`,
    `  values            micro-F1 ${f2(r.posts.values.microF1)}  κ ${f2(r.posts.values.kappa)}`,
    `  considered        micro-F1 ${f2(r.posts.considered.microF1)}  κ ${f2(r.posts.considered.kappa)}`,
    `  chosen            agree ${f2(r.posts.chosen.observed)}  κ ${f2(r.posts.chosen.kappa)}`,
  );
  return lines.join("\n");
}

/** The labels and agreement report the readings and adjudication make, with where they belong. */
export function buildLabels(
  rolePairs = pairs<RoleLabel>("jds"),
  postPairs = pairs<PostLabel>("posts"),
): { report: AgreementReport; outputs: [string, unknown][] } {
  const adj = (kind: string) => {
    const path = join(labelsDir, "adjudication", `${kind}.json`);
    return byId(existsSync(path) ? readJson<Adjudication[]>(path) : [], `adjudication ${kind}`);
  };
  const adjRoles = adj("jds");
  const adjPosts = adj("posts");
  const report = agreement(rolePairs, postPairs);
  const reviewRoles = review<RoleReview>("jds");
  const reviewPosts = review<PostReview>("posts");
  const roles = rolePairs.map((p) =>
    reviewRole(mergeRole(p.a, p.b, adjRoles.get(p.a.id)), reviewRoles.get(p.a.id)),
  );
  const posts = postPairs.map((p) =>
    reviewPost(mergePost(p.a, p.b, adjPosts.get(p.a.id)), reviewPosts.get(p.a.id)),
  );
  for (const [kind, map, ids] of [
    ["jds", reviewRoles, rolePairs],
    ["posts", reviewPosts, postPairs],
  ] as const)
    for (const id of map.keys())
      if (!ids.some((p) => p.a.id === id)) throw new Error(`review ${kind}: no text ${id}`);
  return {
    report,
    outputs: [
      [join(labelsDir, "jds.json"), roles],
      [join(labelsDir, "posts.json"), posts],
      [join(labelsDir, "agreement.json"), report],
    ],
  };
}

/** The committed label files that differ from what `buildLabels` makes. */
export function staleLabelFiles(): string[] {
  return buildLabels()
    .outputs.filter(
      ([path, data]) =>
        !existsSync(path) || readFileSync(path, "utf8") !== `${JSON.stringify(data, null, 1)}\n`,
    )
    .map(([path]) => path);
}

function main(argv: string[]): number {
  const rolePairs = pairs<RoleLabel>("jds");
  const postPairs = pairs<PostLabel>("posts");
  const disputesAt = argv.indexOf("--disputes");
  if (disputesAt >= 0) {
    const dir = argv[disputesAt + 1];
    if (!dir) throw new Error("--disputes needs a folder");
    mkdirSync(dir, { recursive: true });
    const neutral = (d: Adjudication | null) => {
      if (d === null) return null;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(d))
        out[k] =
          k === "id" || k === "facts" || typeof v === "string" ? v : Object.keys(v as object);
      return out;
    };
    const jd = rolePairs.map((p) => neutral(roleDisputes(p.a, p.b))).filter((d) => d !== null);
    const po = postPairs.map((p) => neutral(postDisputes(p.a, p.b))).filter((d) => d !== null);
    writeFileSync(join(dir, "jds.jsonl"), `${jd.map((d) => JSON.stringify(d)).join("\n")}\n`);
    writeFileSync(join(dir, "posts.jsonl"), `${po.map((d) => JSON.stringify(d)).join("\n")}\n`);
    console.log(`${jd.length} postings and ${po.length} posts with disputes written to ${dir}`);
    return 0;
  }
  const { report, outputs } = buildLabels(rolePairs, postPairs);
  console.log(formatAgreement(report));
  if (argv.includes("--write")) {
    for (const [path, data] of outputs) writeFileSync(path, `${JSON.stringify(data, null, 1)}\n`);
    console.log(`wrote ${outputs.map(([p]) => p.slice(root.length + 1)).join(", ")}`);
    return 0;
  }
  const stale = outputs.filter(
    ([path, data]) =>
      !existsSync(path) || readFileSync(path, "utf8") !== `${JSON.stringify(data, null, 1)}\n`,
  );
  if (stale.length) {
    console.error(`stale: ${stale.map(([p]) => p).join(", ")} (run with --write)`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}
