/**
 * Compiles `src/core/roles/model.yaml` into `src/core/roles/model.generated.ts`.
 *
 *   npx tsx scripts/gen-role-model.ts           # write the generated module
 *   npx tsx scripts/gen-role-model.ts --check   # exit 1 when it is stale (compares data)
 *
 * Cue words are tokenised and keyed with the same wink-nlp pipeline and stemmer the analyser
 * uses at run time, so a cue written "hands-on" meets "hands on" and "Hands-On" alike.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { parse } from "yaml";
import { z } from "zod";
import { nlpTagger } from "../src/core/nlp.js";
import type { CompiledCue, RoleModel } from "../src/core/roles/model.js";
import { tokenKey } from "../src/core/roles/text.js";
import { ARCHETYPE_IDS, RESPONSIBILITY_IDS } from "../src/core/taxonomy.js";

const rolesDir = join(dirname(fileURLToPath(import.meta.url)), "../src/core/roles");
export const modelYamlPath = join(rolesDir, "model.yaml");
export const generatedPath = join(rolesDir, "model.generated.ts");

const WEIGHTS = { strong: 0.9, medium: 0.6, weak: 0.35 } as const;
const DEFAULT_GAP = 2;
const WIDE_GAP = 8;

const cueList = z.array(z.string().min(1)).optional();
const responsibilitySchema = z.strictObject({
  sources: z.array(z.string()).min(1),
  strong: cueList,
  medium: cueList,
  weak: cueList,
  not: cueList,
});
const titleRule = z.strictObject({ archetype: z.enum(ARCHETYPE_IDS), pattern: z.string() });
const schema = z.strictObject({
  responsibilities: z.record(z.enum(RESPONSIBILITY_IDS), responsibilitySchema),
  sections: z.strictObject({
    duties: z.array(z.string()),
    role: z.array(z.string()),
    requirements: z.array(z.string()),
    company: z.array(z.string()),
    benefits: z.array(z.string()),
    other: z.array(z.string()),
  }),
  titles: z.strictObject({ functions: z.array(titleRule), levels: z.array(titleRule) }),
  archetypes: z.record(
    z.enum(ARCHETYPE_IDS),
    z.strictObject({
      source: z.string().min(1),
      requires: z.literal("cto_title").optional(),
      weights: z.record(z.string(), z.number()),
    }),
  ),
});

function keysOf(phrase: string): string[] {
  // `=word`: compare the exact lowercase word, not its stem.
  if (phrase.startsWith("=")) return [phrase.toLowerCase()];
  const w = nlpTagger();
  const tokens = w.readDoc(phrase).tokens();
  const values = tokens.out() as string[];
  const types = tokens.out(w.its.type) as string[];
  const keys: string[] = [];
  values.forEach((v, i) => {
    if (types[i] === "punctuation" || types[i] === "symbol" || v.trim() === "") return;
    // Cue words are written in base form; out of context the tagger may read a noun as a
    // verb ("thought" -> "think"), so they are stemmed without lemmatising.
    keys.push(tokenKey(v, undefined, undefined));
  });
  return keys;
}

function compileCue(text: string, weight: number): CompiledCue {
  const gaps: Record<number, number> = {};
  const parts: string[] = [];
  for (const part of text.trim().split(/\s+/)) {
    if (part === "...") gaps[parts.length] = WIDE_GAP;
    else parts.push(part);
  }
  const positions = parts.map((position) =>
    position
      .split("|")
      .map(keysOf)
      .filter(
        (alt, i, all) =>
          alt.length > 0 && all.findIndex((a) => a.join(" ") === alt.join(" ")) === i,
      ),
  );
  if (positions.some((alts) => alts.length === 0)) {
    throw new Error(`cue "${text}" has a position without words`);
  }
  const cue: CompiledCue = { text, weight, gap: DEFAULT_GAP, positions };
  if (Object.keys(gaps).length > 0) cue.gaps = gaps;
  return cue;
}

/** Validates the YAML and compiles it; throws with the offending path on bad data. */
export function compileRoleModel(yamlText: string): RoleModel {
  const data = schema.parse(parse(yamlText));
  for (const id of RESPONSIBILITY_IDS) {
    if (!data.responsibilities[id]) throw new Error(`responsibility ${id} has no cues`);
  }
  for (const id of ARCHETYPE_IDS) {
    if (!data.archetypes[id]) throw new Error(`archetype ${id} has no profile`);
  }
  for (const patterns of Object.values(data.sections)) for (const p of patterns) new RegExp(p);
  for (const rule of [...data.titles.functions, ...data.titles.levels]) new RegExp(rule.pattern);
  const responsibilities = Object.fromEntries(
    RESPONSIBILITY_IDS.map((id) => {
      const r = data.responsibilities[id];
      if (!r) throw new Error(`responsibility ${id} missing`);
      const cues = (["strong", "medium", "weak"] as const).flatMap((level) =>
        (r[level] ?? []).map((text) => compileCue(text, WEIGHTS[level])),
      );
      const negatives = (r.not ?? []).map((text) => compileCue(text, 0));
      return [id, { sources: r.sources, cues, negatives }];
    }),
  ) as RoleModel["responsibilities"];
  return {
    responsibilities,
    sections: data.sections,
    titles: data.titles,
    archetypes: data.archetypes as RoleModel["archetypes"],
  };
}

/** The TypeScript source of the generated module for a given YAML text. */
export function renderGenerated(yamlText: string): string {
  const model = compileRoleModel(yamlText);
  return [
    "// Generated by scripts/gen-role-model.ts from model.yaml. Do not edit by hand.",
    'import type { RoleModel } from "./model.js";',
    "",
    `export const ROLE_MODEL: RoleModel = ${JSON.stringify(model)};`,
    "",
  ].join("\n");
}

async function run(): Promise<void> {
  const yamlText = readFileSync(modelYamlPath, "utf8");
  if (process.argv.includes("--check")) {
    // Compare data, not text: the generated file is formatted by Biome after it is written.
    const { ROLE_MODEL } = await import("../src/core/roles/model.generated.js");
    if (!isDeepStrictEqual(ROLE_MODEL, compileRoleModel(yamlText))) {
      process.stderr.write("model.generated.ts is stale: run npx tsx scripts/gen-role-model.ts\n");
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(generatedPath, renderGenerated(yamlText));
  execFileSync("npx", ["biome", "format", "--write", generatedPath], { stdio: "ignore" });
  process.stdout.write(`wrote ${generatedPath}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
