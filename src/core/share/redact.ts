/**
 * What leaves the workspace when the user shares it: one redaction, used by the shared report
 * (`bearing report --share`) and the "What I'm looking for" post (`bearing journal export`).
 *
 * Given the profile and the options as the decision sees them (with the facts and ratings their
 * postings fill in), it returns a profile and options that rank exactly as the originals do —
 * same weights, same partial values, same must-have outcomes — but that no longer hold what
 * identifies the person or the employers: organisation names, contacts, option bodies and notes,
 * money amounts, the journal, the private question, and anything marked `private: true`. Options
 * are renamed "Option A", "Option B", … (with their kind of path), in the order of their ids.
 * Beside the result comes the list of what was left out, for the user to read before sharing.
 *
 * Money criteria (a `number` scale whose unit is a currency, e.g. `USD/year`, or the
 * `compensation` value) keep their weight but lose their amounts: each rating becomes its partial
 * value on a 0–1 rating scale (the image of the rating through the criterion's value function,
 * as the decision model computes it), so a reviewer re-weighting the criteria sees the same
 * ranking the user does without seeing a figure. Must-haves on money criteria are carried over
 * to the same 0–1 scale when the value function is monotone (linear, or piecewise through
 * points whose values never turn), and left out otherwise.
 *
 * Pure: no files; the journal is not an input, so it can never leave.
 */
import {
  buildModel,
  checkMustHave,
  type DecisionModel,
  type ModelAlternative,
  type ModelCriterion,
} from "../decision/model.js";
import { partialValue } from "../decision/value-function.js";
import { CLOSED_STATUSES, type DecisionOption, type Rating } from "../model/option.js";
import type { Criterion, MustHave, Profile } from "../model/profile.js";
import { PATHS } from "../taxonomy.js";

/** The kinds of private material the redaction leaves out (each can be kept on request). */
export const PRIVATE_KINDS = [
  "question",
  "names",
  "organisations",
  "contacts",
  "notes",
  "money",
  "private",
] as const;
export type PrivateKind = (typeof PRIVATE_KINDS)[number];

/** Plain words for each kind, for the list shown before sharing. */
export const PRIVATE_KIND_LABELS: Record<PrivateKind, string> = {
  question: "the question you are deciding, in your words",
  names: "option titles and ids (options become Option A, B, …)",
  organisations: "organisation names and company details",
  contacts: "contacts",
  notes: "option bodies, notes, next steps, dates, tags and your notes on values",
  money: "money amounts (pay ratings, pay ranges, compensation, bounds of money scales)",
  private: "anything marked private: true",
};

/** One thing left out: what it was and where it came from (a workspace-relative file). */
export interface LeftOut {
  kind: PrivateKind;
  /** Workspace-relative file, e.g. `options/scaleup-cto.md` or `bearing.yaml`. */
  file: string;
  /** What was left out, in plain words, never the private text itself. */
  what: string;
}

export interface RedactOptions {
  /** Kinds to keep rather than leave out (an explicit request by the user). */
  keep?: Iterable<PrivateKind>;
}

export interface Redacted {
  profile: Profile;
  options: DecisionOption[];
  /** Everything left out, in file order. */
  leftOut: LeftOut[];
  /** Ids of criteria on money (their ratings are partial values once `money` is left out). */
  moneyCriteria: string[];
  /** Each original option id → the id it has in the redacted data (identity when names kept). */
  ids: Record<string, string>;
}

/** The question put in place of the user's own. */
export const SHARED_QUESTION = "Which of these options should come next?";

const CURRENCY_UNIT = /^(?:[A-Z]{3}\b|[$£€¥₹])/;

/** Whether a criterion is about money: a currency unit, or the `compensation` value. */
export function isMoneyCriterion(criterion: Criterion): boolean {
  if (criterion.scale.kind === "number" && CURRENCY_UNIT.test(criterion.scale.unit.trim()))
    return true;
  const derived = (criterion as { derived?: string }).derived;
  return derived === "totalCompensation" || criterion.values.includes("compensation");
}

/** Letter names: A … Z, then AA, AB, … (spreadsheet columns). */
export function optionLetter(index: number): string {
  let n = index;
  let out = "";
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/**
 * Redacts a workspace for sharing.
 *
 * @param profile the validated profile.
 * @param options the options as the decision sees them (e.g. `effectiveOption` of each), all of
 *   them: declined and withdrawn ones are left out whole (unless `settings.rankClosedOptions`).
 * @returns the redacted profile and options (which rank as the originals do) and what was left
 *   out. Options marked `private: true` are left out whole unless `private` is kept.
 * @throws BearingError (input) when the weights cannot be derived (as `buildModel`).
 */
export function redactWorkspace(
  profile: Profile,
  options: readonly DecisionOption[],
  settings: RedactOptions = {},
): Redacted {
  const keep = new Set(settings.keep ?? []);
  const leave = (kind: PrivateKind) => !keep.has(kind);
  const leftOut: LeftOut[] = [];
  const note = (kind: PrivateKind, file: string, what: string) => {
    if (!leftOut.some((l) => l.kind === kind && l.file === file && l.what === what))
      leftOut.push({ kind, file, what });
  };

  // Options out of play and private ones go first, whole: not even their letter is shared.
  const shared = options.filter((option) => {
    if (!profile.settings.rankClosedOptions && CLOSED_STATUSES.includes(option.status)) {
      note("notes", option.file, `an option ${option.status}, out of play (left out whole)`);
      return false;
    }
    if (!leave("private") || !isMarkedPrivate(option)) return true;
    note("private", option.file, "an option marked private (left out whole)");
    return false;
  });
  const model = buildModel(profile, shared);
  const money = leave("money") ? profile.criteria.filter(isMoneyCriterion) : [];
  const moneyIds = new Set(money.map((c) => c.id));

  // Free text that stays (criterion names, descriptions, questions, must-have labels) is scrubbed
  // of the organisations, contact names and amounts that the options name.
  const secrets = secretWords(shared, keep);
  const scrub = (text: string, file: string, field: string): string => {
    const clean = scrubText(text, secrets, leave("money"));
    if (clean !== text) note(clean.includes("[amount]") ? "money" : "organisations", file, field);
    return clean;
  };

  const profileFile = "bearing.yaml";
  const redactedProfile = redactProfile(profile, model, {
    leave,
    note,
    scrub,
    moneyIds,
    file: profileFile,
  });

  const sorted = [...shared].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids: Record<string, string> = {};
  sorted.forEach((option, index) => {
    ids[option.id] = leave("names") ? `option-${optionLetter(index).toLowerCase()}` : option.id;
  });
  const alternatives = new Map(model.alternatives.map((a) => [a.id, a]));
  const redactedOptions = sorted.map((option, index) => {
    const letter = optionLetter(index);
    // Only the fields of an option as written: whatever else rides along (a loaded file's
    // text, a posting's analysis) never leaves.
    const out = pick(option, OPTION_FIELDS) as unknown as DecisionOption;
    out.id = ids[option.id] as string;
    const extra = out as unknown as Record<string, unknown>;
    if (leave("names")) {
      const kind = option.path ? ` — ${PATHS[option.path].label}` : "";
      out.title = `Option ${letter}${kind}`;
      out.file = `options/${out.id}.md`;
      note("names", option.file, "title and id");
    }
    if (leave("organisations")) {
      if (option.organisation !== undefined) {
        delete out.organisation;
        note("organisations", option.file, "organisation");
      }
      if (option.company !== undefined) {
        // The stage stands in for the role's in must-haves on `stage`: it stays, nothing else.
        const stage = option.company.stage;
        if (stage !== undefined && !option.facts?.stage)
          out.facts = { ...(out.facts ?? {}), stage };
        delete out.company;
        note("organisations", option.file, "company details");
      }
    }
    if (leave("contacts") && option.contacts.length > 0) {
      out.contacts = [];
      note("contacts", option.file, `${option.contacts.length} contact(s)`);
    }
    if (leave("notes")) {
      if (option.body.trim() !== "") note("notes", option.file, "the body (posting and notes)");
      out.body = "";
      for (const field of ["nextStep", "dates"] as const) {
        if (option[field] !== undefined) {
          delete out[field];
          note("notes", option.file, field === "nextStep" ? "next step" : "dates");
        }
      }
      if (option.tags.length > 0) {
        out.tags = [];
        note("notes", option.file, "tags");
      }
    }
    if (leave("money")) {
      if (option.facts?.compensation) {
        const { compensation: _, ...facts } = option.facts;
        out.facts = { ...facts, ...(out.facts?.stage ? { stage: out.facts.stage } : {}) };
        note("money", option.file, "pay range");
      }
      for (const key of ["compensation", "money"]) {
        if (extra[key] !== undefined) {
          delete extra[key];
          note("money", option.file, key);
        }
      }
      const alternative = alternatives.get(option.id);
      if (moneyIds.size > 0) {
        out.ratings = alternative
          ? withMoneyValues(alternative, model.criteria, moneyIds).ratings
          : Object.fromEntries(Object.entries(option.ratings).filter(([id]) => !moneyIds.has(id)));
        for (const criterion of model.criteria)
          if (moneyIds.has(criterion.id))
            note("money", option.file, `${criterion.name} amount (shared as a 0–1 value)`);
      }
    }
    return out;
  });
  return {
    profile: redactedProfile,
    options: redactedOptions,
    leftOut,
    moneyCriteria: [...moneyIds],
    ids,
  };
}

interface ProfileContext {
  leave: (kind: PrivateKind) => boolean;
  note: (kind: PrivateKind, file: string, what: string) => void;
  scrub: (text: string, file: string, field: string) => string;
  moneyIds: ReadonlySet<string>;
  file: string;
}

function redactProfile(
  profile: Profile,
  model: DecisionModel,
  { leave, note, scrub, moneyIds, file }: ProfileContext,
): Profile {
  const out: Profile = { ...profile };
  const extra = out as unknown as Record<string, unknown>;
  if (leave("question")) {
    out.question = SHARED_QUESTION;
    note("question", file, "the question");
  }
  if (leave("notes")) {
    out.values = profile.values.map(({ id }) => ({ id }));
    if (profile.values.some((v) => v.note)) note("notes", file, "notes on values");
  }
  if (leave("private")) {
    const kept = out.values.filter((v) => !isMarkedPrivate(v));
    if (kept.length < out.values.length) note("private", file, "values marked private");
    out.values = kept;
  }
  if (leave("money") && extra.money !== undefined) {
    delete extra.money;
    note("money", file, "money settings (exchange rates)");
  }
  let hidden = 0;
  out.criteria = profile.criteria.map((criterion, j) => {
    let c: Criterion = { ...criterion };
    const where = `criteria[${j}]`;
    if (leave("private") && isMarkedPrivate(criterion)) {
      hidden++;
      c = { ...c, name: `Criterion ${hidden} (private)` };
      delete c.description;
      delete c.ask;
      c.values = [];
      note("private", file, `${where}: name, description and question of a private criterion`);
    } else {
      c.name = scrub(c.name, file, `${where}.name`);
      if (c.description !== undefined)
        c.description = scrub(c.description, file, `${where}.description`);
      if (c.ask !== undefined) c.ask = scrub(c.ask, file, `${where}.ask`);
    }
    if (moneyIds.has(criterion.id)) {
      // Ratings become partial values: the scale is 0–1, linear, better is more.
      c = { ...c, direction: "max", scale: { kind: "rating", min: 0, max: 1 } };
      delete c.valueFunction;
      delete (c as { derived?: unknown }).derived;
      note("money", file, `${where}: the scale and value function of ${criterion.name}`);
    }
    return c;
  });
  out.mustHaves = profile.mustHaves.flatMap((mustHave, i): MustHave[] => {
    const where = `mustHaves[${i}]`;
    if (!("criterion" in mustHave) || !moneyIds.has(mustHave.criterion)) {
      if (mustHave.label === undefined) return [mustHave];
      return [{ ...mustHave, label: scrub(mustHave.label, file, `${where}.label`) }];
    }
    const criterion = model.criteria.find((c) => c.id === mustHave.criterion);
    const carried = criterion ? moneyMustHave(mustHave, criterion) : null;
    // Clamping at the scale's ends can make the 0–1 bound screen differently from the amount:
    // carried over only when it screens every option exactly as the original does.
    const exact =
      carried !== null &&
      criterion !== undefined &&
      model.alternatives.every(
        (alternative) =>
          checkMustHave(mustHave, alternative.option, profile).outcome ===
          checkMustHave(carried, withMoneyValues(alternative, model.criteria, moneyIds), profile)
            .outcome,
      );
    note(
      "money",
      file,
      exact
        ? `${where}: the amount of a must-have (kept on the 0–1 scale)`
        : `${where}: a must-have on an amount (no 0–1 bound screens exactly as it does)`,
    );
    return exact && carried ? [carried] : [];
  });
  return out;
}

/**
 * The option with each money criterion's rating replaced by its partial value as the model
 * holds it: a point, an interval `[low, high]`, or null when missing (the model's [0, 1]).
 */
function withMoneyValues(
  alternative: ModelAlternative,
  criteria: readonly ModelCriterion[],
  moneyIds: ReadonlySet<string>,
): DecisionOption {
  const ratings: Record<string, Rating> = { ...alternative.option.ratings };
  criteria.forEach((criterion, j) => {
    if (!moneyIds.has(criterion.id)) return;
    const low = alternative.valueLow[j] ?? 0;
    const high = alternative.valueHigh[j] ?? 1;
    if (alternative.missing.includes(criterion.id)) ratings[criterion.id] = null;
    else ratings[criterion.id] = low === high ? low : [low, high];
  });
  return { ...alternative.option, ratings };
}

/** A must-have on a money criterion, carried to the criterion's 0–1 partial-value scale. */
function moneyMustHave(
  mustHave: Extract<MustHave, { criterion: string }>,
  criterion: ModelCriterion,
): MustHave | null {
  const direction = monotone(criterion);
  if (direction === null) return null;
  const v = (x: number | undefined) =>
    x === undefined ? undefined : partialValue(criterion.valueFunction, x);
  const [atLeast, atMost] =
    direction === "up"
      ? [v(mustHave.atLeast), v(mustHave.atMost)]
      : [v(mustHave.atMost), v(mustHave.atLeast)];
  const bound =
    atLeast !== undefined && atMost !== undefined
      ? "within a range you set"
      : atLeast !== undefined
        ? "at least an amount you set"
        : "at most an amount you set";
  return {
    criterion: mustHave.criterion,
    label: `${criterion.name} ${bound}`,
    ...(atLeast !== undefined ? { atLeast } : {}),
    ...(atMost !== undefined ? { atMost } : {}),
  };
}

/** Whether the criterion's value function only rises ("up") or only falls ("down"). */
function monotone(criterion: ModelCriterion): "up" | "down" | null {
  const spec = criterion.spec.valueFunction;
  if (spec?.type !== "piecewise") return criterion.direction === "max" ? "up" : "down";
  const values = [...spec.points].sort((a, b) => a[0] - b[0]).map((p) => p[1]);
  const rises = values.every((value, k) => k === 0 || value >= (values[k - 1] ?? value));
  const falls = values.every((value, k) => k === 0 || value <= (values[k - 1] ?? value));
  return rises ? "up" : falls ? "down" : null;
}

/** The fields of an option's front matter and body (`compensation`: the money block). */
const OPTION_FIELDS = [
  "id",
  "title",
  "organisation",
  "path",
  "status",
  "dates",
  "nextStep",
  "contacts",
  "company",
  "facts",
  "ratings",
  "tags",
  "private",
  "compensation",
  "file",
  "body",
] as const;

function pick(item: object, keys: readonly string[]): Record<string, unknown> {
  const source = item as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

function isMarkedPrivate(item: object): boolean {
  return (item as { private?: unknown }).private === true;
}

/** The words that identify employers and people, to scrub from the free text that stays. */
function secretWords(options: readonly DecisionOption[], keep: ReadonlySet<PrivateKind>): string[] {
  const words = new Set<string>();
  for (const option of options) {
    if (!keep.has("organisations") && option.organisation) words.add(option.organisation);
    if (!keep.has("contacts")) for (const contact of option.contacts) words.add(contact.name);
  }
  return [...words].filter((w) => w.trim().length >= 2).sort((a, b) => b.length - a.length);
}

/** Amounts of money in free text: `$150k`, `£90,000`, `150000 USD`, `EUR 80k`, `205,000`. */
const AMOUNT =
  /(?:[$£€¥₹]\s?\d[\d,.]*\s?[kKmM]?\b)|(?:\b(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|INR|SEK|NOK|DKK)\s?\d[\d,.]*\s?[kKmM]?\b)|(?:\b\d[\d,.]*\s?[kKmM]?\s?(?:USD|EUR|GBP|CHF|CAD|AUD|JPY|INR|SEK|NOK|DKK)\b)|(?:\b\d{1,3}(?:,\d{3})+\b)|(?:\b\d{5,}\b)|(?:\b\d+(?:\.\d+)?\s?[kK]\b)/g;

/**
 * Free text with the given words (whole words, any case) replaced by "[left out]" and, when
 * `amounts`, money amounts by "[amount]".
 */
export function scrubText(text: string, words: readonly string[], amounts: boolean): string {
  let out = text;
  for (const word of words) {
    const escaped = word.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    out = out.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu"),
      "[left out]",
    );
  }
  return amounts ? out.replace(AMOUNT, "[amount]") : out;
}
