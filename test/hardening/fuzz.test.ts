/**
 * Property-based fuzzing (fast-check, fixed seed) of everything that reads untrusted text:
 * the workspace loader (front matter, YAML, validation) and the ranking of what it accepts,
 * the job-description analyser, the post reader and reflection analyser, and the `bearing
 * mcda` request. For any input the outcome is a result or a BearingError of kind `input`
 * (exit 2), never another exception, and no single call takes longer than BOUND_MS (a hang
 * bound, not a benchmark). Inputs are random text and bytes, and also near-valid documents:
 * the example workspace, job descriptions and posts with random edits, and well-formed mcda
 * requests with one field replaced.
 *
 * Replay a failure with the seed and path fast-check prints; soak with BEARING_SOAK=1 (the full
 * rounds), or FUZZ_RUNS and FUZZ_SEED.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse as parseYamlValue, stringify as stringifyYaml } from "yaml";
import { rank } from "../../src/core/decision/methods.js";
import { buildModel } from "../../src/core/decision/model.js";
import { robustness } from "../../src/core/decision/robustness.js";
import { BearingError, errorsOf } from "../../src/core/errors.js";
import { parseMcdaRequest, prepareMcda } from "../../src/core/mcda/request.js";
import { analyseReflection, readPost } from "../../src/core/reflect/index.js";
import { analyzeRole } from "../../src/core/roles/index.js";
import { repoRoot } from "../../src/testing/cli.js";
import { soakRounds } from "../../src/testing/tiers.js";
import { splitFrontMatter } from "../../src/workspace/frontmatter.js";
import { inspectWorkspace } from "../../src/workspace/load.js";
import { decodeText, documentValue, parseYaml } from "../../src/workspace/parse.js";
import { MemoryStorage } from "../../src/workspace/storage.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_307);
/** Runs per property: 100 by default, 300 in the soak tier (BEARING_SOAK=1), or FUZZ_RUNS. */
const RUNS = soakRounds(100, 300, "FUZZ_RUNS");
const BOUND_MS = 2000;
const params = (numRuns = RUNS) => ({ seed: SEED, numRuns, endOnFailure: true });

const slowest = new Map<string, number>();

/** CPU milliseconds this process has used: unlike the clock, it does not grow with the load
 * of whatever else runs on the machine (the test files run in separate processes). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `action`, failing if it takes more CPU time than the bound; records the slowest call. */
async function timed<T>(target: string, action: () => T | Promise<T>): Promise<T> {
  const started = cpuMs();
  const result = await action();
  const ms = cpuMs() - started;
  slowest.set(target, Math.max(slowest.get(target) ?? 0, ms));
  expect(ms, `${target} took ${ms.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
  return result;
}

/** A result, or undefined when `action` threw an input error; anything else fails. */
async function resultOrInputError<T>(
  target: string,
  action: () => T | Promise<T>,
): Promise<T | undefined> {
  try {
    return await timed(target, action);
  } catch (error) {
    if (error instanceof BearingError && error.kind === "input") return undefined;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------
// Material: the example workspace, job descriptions and posts from the repository.

const example = join(repoRoot, "examples/step-back");
const exampleProfile = readFileSync(join(example, "bearing.yaml"), "utf8");
const exampleOptions = readdirSync(join(example, "options")).map((name) =>
  readFileSync(join(example, "options", name), "utf8"),
);
const postings = [
  ...exampleOptions.map((text) => splitFrontMatter(text)?.body ?? text),
  ...readdirSync(join(repoRoot, "src/core/roles/fixtures")).flatMap((name) =>
    name.endsWith(".md") || name.endsWith(".txt")
      ? [readFileSync(join(repoRoot, "src/core/roles/fixtures", name), "utf8")]
      : [],
  ),
];
const posts = readdirSync(join(repoRoot, "src/core/reflect/fixtures")).map((name) =>
  readFileSync(join(repoRoot, "src/core/reflect/fixtures", name), "utf8"),
);

// ---------------------------------------------------------------------------------------
// Arbitraries.

/** Pieces that matter to YAML, front matter and Markdown parsers. */
const FRAGMENTS = [
  "---",
  "+++",
  "---json",
  "...",
  "key: value",
  "- item",
  "  nested:",
  "&a [1, 2]",
  "*a",
  "<<: *a",
  "[",
  "]",
  "{",
  "}",
  ": ",
  "? ",
  "!!binary aGk=",
  "!custom",
  "%YAML 1.2",
  "|",
  ">-",
  "# comment",
  "\t",
  "\r\n",
  "\r",
  "\uFEFF",
  "\u0000",
  "\u2028",
  "\uD800",
  ".nan",
  "-.inf",
  "1e400",
  "0x1F",
  "2026-02-31",
  "__proto__:",
  "constructor:",
  "ratings:",
  "title:",
  "criteria:",
  "- id: x",
  "weight: 1e308",
  "# heading",
  "```",
  "<!-- more -->",
  "{% raw %}",
  "| a | b |",
  "~~x~~",
  "**Responsibilities**",
  "You will lead",
  "$250,000 - $300,000",
  "Reports to the CEO",
];

const fragmentText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), {
    maxLength: 80,
  })
  .chain((parts) =>
    fc
      .array(fc.constantFrom("\n", " ", "", "\n  ", "\r\n"), {
        minLength: parts.length,
        maxLength: parts.length,
      })
      .map((seps) => parts.map((p, i) => p + (seps[i] ?? "")).join("")),
  );

const randomText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 3000 }),
  fc.string({ unit: "grapheme", maxLength: 600 }),
  fragmentText,
);

/** Random edits of a real document: insertions of fragments, deletions, repeated lines. */
function mutated(texts: readonly string[]) {
  const edit = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    kind: fc.constantFrom("insert", "delete", "repeat-line", "truncate", "indent"),
    text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 20 })),
    length: fc.nat({ max: 200 }),
  });
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 6 }))
    .map(([text, edits]) =>
      edits.reduce((t, e) => {
        const i = Math.floor(e.at * t.length);
        switch (e.kind) {
          case "insert":
            return t.slice(0, i) + e.text + t.slice(i);
          case "delete":
            return t.slice(0, i) + t.slice(i + e.length);
          case "truncate":
            return t.slice(0, i);
          case "indent": {
            const start = t.lastIndexOf("\n", i) + 1;
            return `${t.slice(0, start)}${" ".repeat(e.length % 7)}${t.slice(start)}`;
          }
          default: {
            const start = t.lastIndexOf("\n", i) + 1;
            const end = t.indexOf("\n", i);
            const line = t.slice(start, end === -1 ? undefined : end + 1);
            return t.slice(0, start) + line.repeat(1 + (e.length % 5)) + t.slice(start);
          }
        }
      }, text),
    );
}

/** Numbers and values that break naive code. */
const nasty = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER + 2,
    -1,
    0,
    0.5,
    1,
    2,
    1e6,
    "",
    "x",
    null,
    true,
    [],
    {},
    [[]],
    [1, 2],
    [2, 1],
    { a: 1 },
  ),
  fc.integer({ min: -5, max: 1000 }),
  fc.double(),
  fc.string({ maxLength: 8 }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Json = unknown;

/** Every path to a node of a JSON-like value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (value === null || typeof value !== "object") return out;
  for (const [k, v] of Object.entries(value)) {
    out.push(...paths(v, [...prefix, Array.isArray(value) ? Number(k) : k]));
  }
  return out;
}

function replaced(value: Json, path: (string | number)[], by: Json): Json {
  if (path.length === 0) return by;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    Json
  >;
  copy[head] = replaced(copy[head], rest, by);
  return copy;
}

/** Numbers only: what a valid document may hold, and what overflows or is not a number. */
const nastyNumber = fc.oneof(
  fc.constantFrom(0, -0, 1, 2, 5, 100, 1e6, 1e15, 1e300, 1.7e308, -1.7e308, 5e-324, -1, 0.5),
  fc.double(),
  fc.integer({ min: -10, max: 400_000 }),
);

/** A valid document with a few of its numbers replaced: mostly still valid, often extreme. */
function withReplacedNumbers(documents: readonly Json[], most = 4) {
  return fc.constantFrom(...documents).chain((doc) => {
    const numeric = paths(doc).filter((path) => typeof valueAt(doc, path) === "number");
    return fc
      .array(fc.tuple(fc.constantFrom(...numeric), nastyNumber), { minLength: 1, maxLength: most })
      .map((changes) => changes.reduce((d, [path, by]) => replaced(d, path, by), doc));
  });
}

function valueAt(value: Json, path: (string | number)[]): Json {
  return path.reduce<Json>((v, key) => (v as Record<string | number, Json>)?.[key], value);
}

/** A valid document with one node (or a few) replaced by something nasty. */
function withReplacedNodes(documents: readonly Json[]) {
  return fc.constantFrom(...documents).chain((doc) => {
    const all = paths(doc);
    return fc
      .array(fc.tuple(fc.constantFrom(...all), nasty), { minLength: 1, maxLength: 3 })
      .map((changes) => changes.reduce((d, [path, by]) => replaced(d, path, by), doc));
  });
}

// ---------------------------------------------------------------------------------------
// The workspace loader, and the ranking of what it accepts.

const profileValue = parseYamlValue(exampleProfile) as Json;
const optionParts = exampleOptions.map((text) => {
  const split = splitFrontMatter(text);
  return { data: parseYamlValue(split?.yaml ?? "") as Json, body: split?.body ?? "" };
});

const profileText = fc.oneof(
  { weight: 1, arbitrary: randomText },
  { weight: 1, arbitrary: mutated([exampleProfile]) },
  { weight: 2, arbitrary: withReplacedNodes([profileValue]).map((v) => stringifyYaml(v)) },
  { weight: 4, arbitrary: withReplacedNumbers([profileValue]).map((v) => stringifyYaml(v)) },
);
const frontMatter = (data: Json, body: string) => `---\n${stringifyYaml(data)}---\n${body}`;
const optionText = fc.oneof(
  { weight: 1, arbitrary: randomText },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }) },
  { weight: 1, arbitrary: fragmentText.map((t) => `---\n${t}\n---\nBody\n`) },
  { weight: 1, arbitrary: mutated(exampleOptions) },
  { weight: 2, arbitrary: fc.constantFrom(...exampleOptions) },
  {
    weight: 2,
    arbitrary: withReplacedNodes(optionParts.map((p) => p.data)).map((v) => frontMatter(v, "")),
  },
  {
    weight: 4,
    arbitrary: withReplacedNumbers(optionParts.map((p) => p.data)).map((v) => frontMatter(v, "")),
  },
);

describe("workspace loader", () => {
  it("front matter and YAML: any text gives a document or located issues, never a throw", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(randomText, mutated(exampleOptions)), async (text) => {
        await timed("frontmatter+yaml", () => {
          const split = splitFrontMatter(text);
          const { parsed, issues } = parseYaml("f.md", split?.yaml ?? text, split?.lineOffset);
          for (const issue of issues) expect(issue.file).toBe("f.md");
          documentValue("f.md", parsed);
        });
      }),
      params(RUNS * 2),
    );
  });

  it("bytes: decoded as UTF-8 text or refused with an issue", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), async (bytes) => {
        const decoded = await timed("decode", () => decodeText("f.md", bytes));
        if (!decoded.ok) expect(decoded.issue.file).toBe("f.md");
      }),
      params(),
    );
  });

  /** The example with one file changed by a few numbers: often valid, and then extreme. */
  const oneFileRenumbered = fc.oneof(
    withReplacedNumbers([profileValue], 2).map((v) => ({
      profile: stringifyYaml(v),
      options: exampleOptions,
    })),
    fc
      .tuple(
        fc.nat({ max: exampleOptions.length - 1 }),
        withReplacedNumbers(
          optionParts.map((p) => p.data),
          2,
        ),
      )
      .map(([k, data]) => ({
        profile: exampleProfile,
        options: exampleOptions.map((text, i) => (i === k ? frontMatter(data, "") : text)),
      })),
  );

  it("a workspace of any bearing.yaml and option files loads with issues, and ranks when valid", async () => {
    let valid = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({
            profile: profileText,
            options: fc.array(optionText, { minLength: 1, maxLength: 3 }),
          }),
          oneFileRenumbered,
        ),
        async ({ profile, options }) => {
          const files: Record<string, string | Uint8Array> = { "bearing.yaml": profile };
          options.forEach((option, i) => {
            files[`options/o${i}.md`] = option;
          });
          const state = await timed("inspectWorkspace", () =>
            inspectWorkspace(new MemoryStorage(files)),
          );
          for (const issue of state.issues) expect(issue.file).toBeTruthy();
          if (errorsOf(state.issues).length > 0 || !state.profile) return;
          valid++;
          // What `bearing rank` computes: the additive ranking, its robustness (fewer
          // samples, to stay quick) and the ranking by every other method.
          const p = { ...state.profile, settings: { ...state.profile.settings, samples: 300 } };
          const outcome = await resultOrInputError("rank", () => {
            const model = buildModel(p, state.options);
            const ranking = rank(model);
            const robust = robustness(model);
            const others = [
              ...(["topsis", "promethee2", "vikor"] as const).map((method) =>
                rank(model, { method }),
              ),
              rank(model, { method: "smaa2", robustness: robust }),
            ];
            return { ranking, robust, others };
          });
          if (!outcome) return;
          for (const alternative of outcome.ranking.alternatives) {
            expect(Number.isFinite(alternative.score), JSON.stringify(alternative)).toBe(true);
          }
          for (const alternative of outcome.robust.alternatives) {
            expect(Number.isFinite(alternative.firstRankAcceptability)).toBe(true);
          }
          for (const ranking of outcome.others) {
            for (const alternative of ranking.alternatives) {
              expect(Number.isFinite(alternative.methodScore), ranking.method).toBe(true);
            }
          }
        },
      ),
      params(),
    );
    console.log(`fuzz: ${valid} of ${RUNS} generated workspaces were valid and ranked`);
  });
});

// ---------------------------------------------------------------------------------------
// The job-description analyser.

describe("analyzeRole", () => {
  it("reads any text as a role or refuses it as input", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(randomText, mutated(postings)),
        fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
        async (text, title) => {
          const analysis = await resultOrInputError("analyzeRole", () =>
            analyzeRole(text, { title }),
          );
          if (analysis) JSON.stringify(analysis);
        },
      ),
      params(),
    );
  });
});

// ---------------------------------------------------------------------------------------
// The post reader and the reflection analyser.

const frontMatterPost = fc
  .tuple(
    fc.constantFrom(["---", "---"], ["+++", "+++"], ["---json", "---"], ["---", "..."]),
    fc.oneof(
      fragmentText,
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      withReplacedNodes([{ title: "Why I left", date: "2024-05-01", tags: ["career"] }]).map((v) =>
        stringifyYaml(v),
      ),
    ),
    fc.constantFrom(...posts),
  )
  .map(([[open, close], matter, body]) => `${open}\n${matter}\n${close}\n${body}`);

describe("readPost and analyseReflection", () => {
  it("read any text as a post or refuse it as input", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(randomText, mutated(posts), frontMatterPost),
        fc.option(fc.constantFrom("2024-05-01-why.md", "x.md", "2024-13-45-bad.md"), {
          nil: undefined,
        }),
        async (text, fileName) => {
          const post = await resultOrInputError("readPost", () => readPost(text, { fileName }));
          if (post) JSON.stringify(post);
          const reflection = await resultOrInputError("analyseReflection", () =>
            analyseReflection(text, { fileName }),
          );
          if (reflection) JSON.stringify(reflection);
        },
      ),
      {
        ...params(),
        // Found by this property: a numeric date far beyond year 9999 threw a RangeError.
        examples: [
          ["---\ndate: 1.6650204663393238e+198\n---\nText.\n", "x.md"],
          ["---\ndate: 9007199254740992\n---\nText.\n", undefined],
          ["---\ndate: 300000000000000\n---\nText.\n", undefined],
        ],
      },
    );
  });
});

// ---------------------------------------------------------------------------------------
// The `bearing mcda` request.

const matrix = (n: number, m: number) =>
  Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => ((i + 2) * (j + 3)) % 7));
const criteria = (m: number) =>
  Array.from({ length: m }, (_, j) => ({
    id: `c${j}`,
    direction: j % 2 ? "min" : "max",
    weight: j + 1,
  }));
const REQUESTS: Json[] = [
  { method: "wsm", criteria: criteria(3), matrix: matrix(4, 3), params: { normalization: "max" } },
  { method: "topsis", alternatives: ["a", "b", "c"], criteria: criteria(2), matrix: matrix(3, 2) },
  {
    method: "promethee2",
    criteria: criteria(2).map((c) => ({ ...c, preference: { type: "linear", q: 1, p: 3 } })),
    matrix: matrix(3, 2),
  },
  { method: "vikor", criteria: criteria(3), matrix: matrix(4, 3), params: { v: 0.5 } },
  {
    method: "smaa2",
    criteria: criteria(2),
    matrix: [
      [1, null],
      [2, 3],
      [3, 1],
    ],
    params: { samples: 200, seed: 3 },
  },
  {
    method: "smaa2",
    criteria: criteria(2),
    matrix: matrix(3, 2),
    params: {
      samples: 200,
      weights: {
        type: "intervals",
        intervals: [
          [0.1, 0.6],
          [0.2, 0.9],
        ],
      },
    },
  },
  {
    method: "ahp",
    pairwise: [
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ],
  },
  {
    method: "ahp",
    criteria: [{ id: "x" }, { id: "y" }],
    pairwise: [
      [
        [1, 2],
        [0.5, 1],
      ],
      [
        [1, 4],
        [0.25, 1],
      ],
    ],
  },
];

/** Above this many samples a request is slow by design, not hanging: parse it, do not run it. */
const RUN_SAMPLES_UP_TO = 20_000;

describe("bearing mcda requests", () => {
  it("any JSON value is a request that runs, or an input error", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
          { weight: 4, arbitrary: withReplacedNodes(REQUESTS) },
        ),
        async (input) => {
          const request = await resultOrInputError("parseMcdaRequest", () =>
            parseMcdaRequest(input),
          );
          if (!request) return;
          const samples = request.params.samples;
          if (typeof samples === "number" && samples > RUN_SAMPLES_UP_TO) return;
          const output = await resultOrInputError("mcda compute", async () => {
            const prepared = await prepareMcda(request);
            return prepared.present(prepared.compute());
          });
          if (!output) return;
          expect(output.scores).toHaveLength(output.alternatives.length);
          const n = output.alternatives.length;
          for (const rank of output.ranking) {
            expect(Number.isInteger(rank) && rank >= 1 && rank <= n, `rank ${rank}`).toBe(true);
          }
          for (const score of output.scores) expect(Number.isFinite(score)).toBe(true);
          JSON.stringify(output);
        },
      ),
      params(RUNS * 2),
    );
  });
});

// ---------------------------------------------------------------------------------------
// Long inputs: one short piece repeated to the largest size each reader accepts. The
// quadratic readers this found took 20 s to minutes; linear ones take up to a few seconds of
// CPU on a slow machine. So the check is how the time grows, not a clock bound: a quarter of
// the text is read first, and the whole must take under GROWTH_LIMIT times as long (4 when
// linear, 16 when quadratic). Calls too quick to time reliably pass below FLOOR_MS.

const GROWTH_LIMIT = 8;
const FLOOR_MS = 1000;
const LONG_CHARS = 200_000;
/** Random long inputs per property besides the FOUND_SLOW ones: 1 by default, 8 when soaking. */
const LONG_RUNS = soakRounds(1, Math.max(8, Math.round(RUNS / 40)));
/** Pieces that made a reader quadratic before it was fixed; always tried. */
const FOUND_SLOW = ["#", "a.", "$1", "1,", "\t-"];

const longText = fc
  .oneof(
    fc.constantFrom(...FRAGMENTS, "a", "1 ", "- ", "[", "\n", "*", "(", "<", "|"),
    fc.string({ minLength: 1, maxLength: 6 }),
  )
  .map((piece) => piece.repeat(Math.ceil(LONG_CHARS / piece.length)).slice(0, LONG_CHARS));

/** CPU milliseconds `action` takes on `text`; an input error is an answer like any other. */
async function cpuTimeOf(action: (text: string) => unknown, text: string): Promise<number> {
  const started = cpuMs();
  try {
    await action(text);
  } catch (error) {
    if (!(error instanceof BearingError && error.kind === "input")) throw error;
  }
  return cpuMs() - started;
}

/** Fails when `action` on `text` takes more than linear time (see GROWTH_LIMIT). */
async function boundedLong(
  target: string,
  text: string,
  action: (text: string) => unknown,
): Promise<void> {
  const whole = await cpuTimeOf(action, text);
  slowest.set(target, Math.max(slowest.get(target) ?? 0, whole));
  if (whole < FLOOR_MS) return;
  const quarter = await cpuTimeOf(action, text.slice(0, Math.ceil(text.length / 4)));
  expect(
    whole / Math.max(quarter, FLOOR_MS / GROWTH_LIMIT),
    `${target} took ${whole.toFixed(0)} ms of CPU, ${quarter.toFixed(0)} ms on a quarter of it`,
  ).toBeLessThan(GROWTH_LIMIT);
}

describe("long inputs take time in proportion to their length", () => {
  const examples = FOUND_SLOW.map((piece): [string] => [
    piece.repeat(Math.ceil(LONG_CHARS / piece.length)).slice(0, LONG_CHARS),
  ]);

  it("job descriptions and posts", async () => {
    await fc.assert(
      fc.asyncProperty(longText, async (text) => {
        await boundedLong("long analyzeRole", text, analyzeRole);
        await boundedLong("long analyseReflection", text, analyseReflection);
        await boundedLong("long post front matter", text, (t) =>
          readPost(`---\ntitle: ${t}\n---\nText.\n`),
        );
      }),
      { ...params(LONG_RUNS), examples },
    );
  });

  it("bearing.yaml and option front matter", async () => {
    await fc.assert(
      fc.asyncProperty(longText, async (text) => {
        await boundedLong("long workspace", text, (t) =>
          inspectWorkspace(
            new MemoryStorage({
              "bearing.yaml": `question: ${t}\n`,
              "options/a.md": `---\ntitle: ${t}\n---\n`,
            }),
          ),
        );
      }),
      { ...params(LONG_RUNS), examples },
    );
  });
});

it("prints the slowest call per target", () => {
  console.log(
    `fuzz (seed ${SEED}, ${RUNS} runs per property), slowest call in ms of CPU: ${[...slowest]
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(", ")}`,
  );
});
