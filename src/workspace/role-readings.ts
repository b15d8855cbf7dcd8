/**
 * Reads the job descriptions in option bodies, with a cache so that `check` and `rank` stay
 * fast: the analyser and its model load only when a body is new or changed.
 *
 * The cache is `.bearing/cache/roles.json`: analyses keyed by a hash of the option's title and body,
 * valid for one version of the analyser (a fingerprint of its source files, so a change to
 * the model or the code empties it). It is derived data: deleting it is always safe, it is
 * ignored by git (`.bearing/cache/.gitignore`), and failing to read or write it never fails
 * a command.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  acceptChanges,
  effectiveOption,
  type RoleReading,
  readRole,
} from "../core/decision/role-reading.js";
import { BearingError } from "../core/errors.js";
import type { DecisionOption } from "../core/model/option.js";
import type { Profile } from "../core/model/profile.js";
import type { RoleAnalysis } from "../core/roles/types.js";
import { unknownIdHint } from "../core/suggest.js";
import { setOptionFields } from "./edit.js";
import { loadWorkspace } from "./load.js";
import { contentHash, type Storage } from "./storage.js";

export const ROLE_CACHE_FILE = ".bearing/cache/roles.json";
const CACHE_IGNORE_FILE = ".bearing/cache/.gitignore";

interface CacheFile {
  fingerprint: string;
  entries: Record<string, RoleAnalysis>;
}

let cachedFingerprint: string | undefined;

/**
 * A hash of the analyser's own code and models (the compiled `core/roles` and `core/learn` folders when run from
 * `dist`, the sources when run from `src`): any change to either changes it. About 1 ms.
 */
export function analyserFingerprint(): string {
  if (cachedFingerprint === undefined) {
    const hash = createHash("sha256");
    // The learned models' inference (core/learn) is part of the analyser too.
    for (const folder of ["../core/roles/", "../core/learn/"]) {
      const dir = fileURLToPath(new URL(folder, import.meta.url));
      const names = readdirSync(dir).filter(
        (n) => /(?<!\.d)\.(js|ts)$/.test(n) && !n.includes(".test."),
      );
      for (const name of names.sort())
        hash
          .update(name)
          .update("\0")
          .update(readFileSync(dir + name));
    }
    cachedFingerprint = hash.digest("hex").slice(0, 32);
  }
  return cachedFingerprint;
}

/**
 * Analyses each option's body (from the cache when it can), and reads it against the profile.
 *
 * @param options every option of the workspace as loaded (their own fields): the cache is
 *   rewritten to hold exactly their analyses, so a subset would evict the others'
 * @returns readings by option id; options whose body is empty or is not a job description
 *   (personal notes) have none
 */
export async function readOptionRoles(
  storage: Storage,
  profile: Profile,
  options: readonly DecisionOption[],
): Promise<Map<string, RoleReading>> {
  const withBody = options.filter((o) => o.body.trim() !== "");
  const readings = new Map<string, RoleReading>();
  if (withBody.length === 0) return readings;
  const fingerprint = analyserFingerprint();
  const cache = await readCache(storage, fingerprint);
  const next: Record<string, RoleAnalysis> = {};
  let changed = false;
  let analyze: typeof import("../core/roles/analyze.js").analyzeRole | undefined;
  for (const option of withBody) {
    // The title takes part: the analyser falls back on it when the posting names no role.
    const key = contentHash(`${option.title}\0${option.body}`);
    let analysis = cache.entries[key];
    if (!analysis) {
      // The analyser and its model load only on a miss: most runs never pay for them.
      analyze ??= (await import("../core/roles/analyze.js")).analyzeRole;
      analysis = analyze(option.body, { title: option.title });
      changed = true;
    }
    next[key] = analysis;
    const reading = readRole(profile, option, analysis);
    if (reading) readings.set(option.id, reading);
  }
  const dropped = Object.keys(cache.entries).some((key) => !(key in next));
  if (changed || dropped || cache.fingerprint !== fingerprint) {
    await writeCache(storage, { fingerprint, entries: next });
  }
  return readings;
}

/** The options as the decision sees them: with what their job descriptions filled in. */
export function effectiveOptions<T extends DecisionOption>(
  options: readonly T[],
  readings: ReadonlyMap<string, RoleReading>,
): DecisionOption[] {
  return options.map((option) => effectiveOption(option, readings.get(option.id)));
}

async function readCache(storage: Storage, fingerprint: string): Promise<CacheFile> {
  const empty: CacheFile = { fingerprint, entries: {} };
  try {
    const bytes = await storage.read(ROLE_CACHE_FILE);
    if (!bytes) return empty;
    const data = JSON.parse(new TextDecoder().decode(bytes)) as Partial<CacheFile>;
    if (data.fingerprint !== fingerprint || typeof data.entries !== "object" || !data.entries) {
      return { fingerprint: data.fingerprint ?? "", entries: {} };
    }
    return { fingerprint, entries: data.entries };
  } catch {
    // A damaged cache is rebuilt, never reported: it holds nothing the user wrote.
    return empty;
  }
}

async function writeCache(storage: Storage, cache: CacheFile): Promise<void> {
  try {
    if (!(await storage.exists(CACHE_IGNORE_FILE))) {
      await storage.write(CACHE_IGNORE_FILE, "# bearing's derived data: safe to delete\n*\n");
    }
    await storage.write(ROLE_CACHE_FILE, `${JSON.stringify(cache)}\n`);
  } catch {
    // A read-only workspace still ranks; it only re-analyses next time.
  }
}

/** What `acceptRoleReading` wrote into an option file. */
export interface AcceptedReading {
  facts: Record<string, unknown>;
  ratings: Record<string, number>;
  /** The base pay the posting states, written as `compensation.base` (when it was). */
  compensationBase?: NonNullable<RoleReading["compensationBase"]>;
}

/**
 * Writes what an option's job description filled in (facts its front matter leaves empty, and
 * role-fit ratings it does not give itself) into the option file, so they become the user's
 * own and stop changing with the analyser. Never overwrites a value the user wrote.
 *
 * @param what `facts`, `ratings`, or both (default)
 * @throws BearingError (input, `unknown_id`) for an unknown option; (input, `invalid_value`)
 *   when its body is not a job description; the errors of `loadWorkspace` and `setOptionFields` (a conflict when the file changed meanwhile)
 */
export async function acceptRoleReading(
  storage: Storage,
  slug: string,
  what: { facts?: boolean; ratings?: boolean } = {},
): Promise<AcceptedReading> {
  const workspace = await loadWorkspace(storage);
  const option = workspace.options.find((o) => o.id === slug);
  if (!option) {
    throw BearingError.input({
      code: "unknown_id",
      message: `no option "${slug}"`,
      hint: unknownIdHint(
        slug,
        workspace.options.map((o) => o.id),
        "options",
      ),
    });
  }
  // All options, not just this one: the cache keeps what it is given and drops the rest.
  const reading = (await readOptionRoles(storage, workspace.profile, workspace.options)).get(slug);
  if (!reading) {
    throw BearingError.input({
      code: "invalid_value",
      file: option.file,
      message: "its body does not read as a job description, so there is nothing to accept",
      hint: "paste the posting's text below the front matter",
    });
  }
  const accepted: AcceptedReading = {
    facts: what.facts === false ? {} : { ...reading.facts },
    ratings: what.ratings === false ? {} : { ...reading.ratings },
    ...(what.facts !== false && reading.compensationBase
      ? { compensationBase: reading.compensationBase }
      : {}),
  };
  const changes = acceptChanges(reading, what);
  // One write, compared against the version just read: all of it lands, or none.
  if (changes.length > 0) await setOptionFields(storage, slug, changes);
  return accepted;
}
