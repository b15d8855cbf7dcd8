/**
 * The `bearing mcda` shell: reads the JSON problem (a file or standard input), lets the core
 * check and solve it (`core/mcda/request.ts`), and prints the contract's JSON or a table.
 * `--time` measures the computation alone, the median over `--repeat` runs.
 */
import { BearingError, formatIssue } from "../core/errors.js";
import { type McdaOutput, parseMcdaRequest, prepareMcda } from "../core/mcda/request.js";
import { readTextInput } from "./read-input.js";
import { printJson } from "./report.js";

/** A decision problem far beyond this is not something to rank by hand. */
const MAX_BYTES = 200_000_000;
const MAX_REPEAT = 100_000;

export interface McdaOptions {
  json?: boolean;
  time?: boolean;
  repeat?: string;
}

export async function runMcda(file: string, options: McdaOptions): Promise<void> {
  const repeat = options.time ? parseRepeat(options.repeat) : 1;
  const request = parseMcdaRequest(readJson(file));
  const prepared = await prepareMcda(request);
  const times: number[] = [];
  let result: unknown;
  for (let k = 0; k < repeat; k++) {
    const start = performance.now();
    result = prepared.compute();
    times.push(performance.now() - start);
  }
  const out = prepared.present(result);
  for (const warning of out.warnings)
    process.stderr.write(`bearing: warning: ${formatIssue(warning)}\n`);
  const computeMs = median(times);
  if (options.json) {
    const { warnings: _, ...contract } = out;
    printJson(options.time ? { ...contract, timing: { computeMs, repeat } } : contract);
    return;
  }
  process.stdout.write(renderTable(out));
  if (options.time)
    process.stdout.write(`\ncompute time: ${computeMs.toFixed(3)} ms (median of ${repeat})\n`);
}

function parseRepeat(value: string | undefined): number {
  const k = Number(value ?? "1");
  if (!Number.isInteger(k) || k < 1 || k > MAX_REPEAT) {
    throw BearingError.input({
      code: "invalid_value",
      message: `expected an integer from 1 to ${MAX_REPEAT}, got ${JSON.stringify(value)}`,
      path: ["--repeat"],
    });
  }
  return k;
}

function readJson(file: string): unknown {
  const name = file === "-" ? "standard input" : file;
  const text = readTextInput(file, {
    what: "a JSON decision problem",
    hint: "give a JSON file as in the bearing mcda contract",
    maxBytes: MAX_BYTES,
  });
  if (text.trim() === "") {
    throw BearingError.input({
      code: "invalid_value",
      file: name,
      message: "is empty; expected a JSON decision problem",
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8's message may quote the input (newlines included): keep its first line only.
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    const at = /position (\d+)/.exec(message ?? "");
    // Some messages give no position; find the first offending character ourselves.
    const offset = at ? Number(at[1]) : (syntaxErrorOffset(text) ?? 0);
    const reason = at
      ? message
      : `unexpected ${text[offset] === undefined ? "end of input" : JSON.stringify(text[offset])}`;
    throw BearingError.input({
      code: "json_syntax",
      file: name,
      ...lineColumn(text, offset),
      message: `not valid JSON: ${reason}`,
    });
  }
}

/**
 * Offset of the first JSON syntax error (RFC 8259 grammar; the text's length for an
 * unexpected end), or null when the text is valid JSON.
 */
export function syntaxErrorOffset(text: string): number | null {
  let i = 0;
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i] as string)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail();
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? "x")) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  /** An object's members or an array's items: `open`, then none, or `item`s between commas. */
  const members = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      space();
      if (text[i] === ",") i++;
      else if (text[i] === close) {
        i++;
        return;
      } else fail();
    }
  };
  const member = () => {
    space();
    if (text[i] !== '"') fail();
    string();
    space();
    if (text[i] !== ":") fail();
    i++;
    value();
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === "{") {
      members("}", member);
      return;
    }
    if (c === "[") {
      members("]", value);
      return;
    }
    if (c === '"') {
      string();
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (c === word[0]) {
        literal(word);
        return;
      }
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!number) fail();
    i += (number as RegExpExecArray)[0].length;
  };
  try {
    value();
    space();
    return i < text.length ? i : null;
  } catch (offset) {
    return Math.min(offset as number, text.length);
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const TITLES: Record<McdaOutput["method"], string> = {
  wsm: "Weighted sum (additive value model)",
  topsis: "TOPSIS",
  promethee2: "PROMETHEE II",
  vikor: "VIKOR",
  smaa2: "SMAA-2",
  ahp: "AHP priorities",
};

/** A readable table: one row per alternative, best first, with the method's own measures. */
export function renderTable(out: McdaOutput): string {
  const d = out.details as Record<string, unknown>;
  const vec = (key: string) => (d[key] as Array<number | null> | undefined) ?? [];
  const columns: Array<[string, Array<number | null>]> = [];
  const notes: string[] = [];
  switch (out.method) {
    case "wsm":
      columns.push(["value", out.scores]);
      break;
    case "topsis":
      columns.push(["closeness", out.scores], ["d+", vec("dPlus")], ["d-", vec("dMinus")]);
      notes.push(`normalisation: ${String(d.normalization)}`);
      break;
    case "promethee2":
      columns.push(["phi", out.scores], ["phi+", vec("phiPlus")], ["phi-", vec("phiMinus")]);
      break;
    case "vikor": {
      columns.push(["Q", out.scores], ["S", vec("S")], ["R", vec("R")]);
      const names = (d.compromise as number[]).map((i) => out.alternatives[i]).join(", ");
      notes.push(
        `compromise: ${names} (acceptable advantage: ${d.acceptableAdvantage ? "yes" : "no"}, acceptable stability: ${d.acceptableStability ? "yes" : "no"})`,
      );
      break;
    }
    case "smaa2":
      columns.push(["first-rank acceptability", out.scores], ["confidence", vec("confidence")]);
      notes.push(`${String(d.samples)} samples, seed ${String(d.seed)}`);
      break;
    case "ahp": {
      columns.push(["weight", out.scores]);
      const cr = d.cr as number | null;
      notes.push(
        `lambda max ${(d.lambdaMax as number).toFixed(4)}, CI ${(d.ci as number).toFixed(4)}, CR ${cr === null ? "n/a" : cr.toFixed(4)}`,
      );
      break;
    }
  }
  const order = out.alternatives
    .map((_, i) => i)
    .sort((a, b) => (out.ranking[a] as number) - (out.ranking[b] as number) || a - b);
  const header = ["rank", "alternative", ...columns.map(([name]) => name)];
  const body = order.map((i) => [
    String(out.ranking[i]),
    out.alternatives[i] as string,
    ...columns.map(([, values]) => {
      const x = values[i];
      return x === null || x === undefined ? "-" : x.toFixed(4);
    }),
  ]);
  const widths = header.map((h, c) =>
    Math.max(h.length, ...body.map((row) => (row[c] as string).length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, c) =>
        c === 1 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number),
      )
      .join("  ");
  const lines = [
    `${TITLES[out.method]}: ${out.alternatives.length} alternatives, ${out.higherIsBetter ? "higher" : "lower"} ${columns[0]?.[0]} is better`,
    "",
    line(header),
    ...body.map(line),
  ];
  if (notes.length > 0) lines.push("", ...notes);
  return `${lines.join("\n")}\n`;
}
