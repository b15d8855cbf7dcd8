/**
 * The page's workspace state: the files as the server last sent them, the user's changes not
 * yet saved (shown in their place, and ranked with, at once), and the ranking the decision core
 * computes from both in the browser.
 *
 * Every edit is a field-level change (see `merge.ts`) kept as a draft until the server has
 * written it. Saves run one at a time, each with the hash of the file as last received, so our
 * own quick successive edits never collide. A 409 means the file changed elsewhere: the draft
 * stays, visible, and the page offers to merge it into the new version or to discard it.
 * Whenever a newer version of a file arrives (a save's answer, a reload, a change on disk via
 * Server-Sent Events), the drafts are carried over to it field by field; a field changed on
 * both sides is put to the user. No edit is dropped unless the user discards it or the server
 * refuses it as invalid (which the page then says).
 */
import { useSyncExternalStore } from "react";
import { rank } from "../core/decision/methods.js";
import { buildModel, type DecisionModel } from "../core/decision/model.js";
import { analysePairwise, judgementsFromWeights } from "../core/decision/pairwise.js";
import type { Ranking } from "../core/decision/rank.js";
import { decisionOptionsWithMoney } from "../core/decision/role-reading.js";
import { WEIGHT_INPUT_FIELD, weightInputs } from "../core/decision/weights.js";
import type { Profile, Tradeoff } from "../core/model/profile.js";
import { type MoneyReport, moneyReport } from "../core/money/report.js";
import { ApiError, api, type WorkspaceView } from "./api.js";
import {
  type FieldChange,
  judgementChange,
  planMerge,
  readOptionField,
  readProfileField,
  sameValue,
  splitProfileChanges,
  withJudgements,
  withOptionChanges,
  withProfileChanges,
} from "./merge.js";

export interface Derived {
  model: DecisionModel;
  ranking: Ranking;
  /** Each option's pay as `bearing money --all` reads it (the same core functions). */
  money: MoneyReport;
}

/** Which file a change belongs to: bearing.yaml, or one option's file. */
export type Target = "profile" | `option:${string}`;

/** A change the server has not written yet. */
export interface UnsavedChange {
  target: Target;
  field: string;
  value: unknown;
}

/** A field the user and someone else both changed: the user picks which value stays. */
export interface MergeQuestion {
  target: Target;
  field: string;
  ours: unknown;
  theirs: unknown;
}

export interface StoreState {
  /** The workspace with the unsaved changes applied (hashes are those of the files read). */
  view: WorkspaceView | null;
  /** `view.profile`: the profile with unsaved weight and judgement changes applied. */
  profile: Profile | null;
  derived: Derived | null;
  /** Why the ranking could not be computed (e.g. weights missing). */
  derivedError: string | null;
  message: { kind: "error" | "conflict" | "info"; text: string } | null;
  saving: boolean;
  unsaved: UnsavedChange[];
  /** Files whose save met a newer version: their changes wait for "merge" or "discard". */
  conflicts: Target[];
  questions: MergeQuestion[];
}

interface Draft {
  value: unknown;
  /** The value the user changed, as last read from the file. */
  base: unknown;
}

type Listener = () => void;

/** How long weight and judgement controls wait for the user to settle before saving. */
const WEIGHT_SAVE_DELAY_MS = 300;
/** Text fields save after a longer pause, so typing a name is one write, not one per key. */
const DETAIL_SAVE_DELAY_MS = 800;

class WorkspaceStore {
  private state: StoreState = {
    view: null,
    profile: null,
    derived: null,
    derivedError: null,
    message: null,
    saving: false,
    unsaved: [],
    conflicts: [],
    questions: [],
  };
  private readonly listeners = new Set<Listener>();
  private server: WorkspaceView | null = null;
  private readonly drafts = new Map<Target, Map<string, Draft>>();
  private readonly conflicted = new Set<Target>();
  private questions: MergeQuestion[] = [];
  private readonly timers = new Map<Target, ReturnType<typeof setTimeout>>();
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  /** A report opened from disk: no server; changes stay drafts on this page (never saved). */
  private local = false;

  get = (): StoreState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<StoreState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Recomputes what the page shows from the server's files and the drafts. */
  private publish(patch: Partial<StoreState> = {}): void {
    const server = this.server;
    const unsaved = [...this.drafts].flatMap(([target, fields]) =>
      [...fields].map(([field, draft]) => ({ target, field, value: draft.value })),
    );
    const bookkeeping = { unsaved, conflicts: [...this.conflicted], questions: this.questions };
    if (!server) {
      this.set({ ...patch, ...bookkeeping });
      return;
    }
    const view = this.overlay(server);
    this.set({ ...patch, ...bookkeeping, view, ...derive(view) });
  }

  private overlay(server: WorkspaceView): WorkspaceView {
    const profileChanges = this.changesOf("profile");
    const profile =
      server.profile && profileChanges.length > 0
        ? withProfileChanges(server.profile, profileChanges)
        : server.profile;
    const options = server.options.map((option) => {
      const changes = this.changesOf(`option:${option.id}`);
      return changes.length > 0 ? withOptionChanges(option, changes) : option;
    });
    return { ...server, profile, options };
  }

  private changesOf(target: Target): FieldChange[] {
    return [...(this.drafts.get(target) ?? [])].map(([field, draft]) => ({ field, ...draft }));
  }

  private read(view: WorkspaceView, target: Target, field: string): unknown {
    if (target === "profile")
      return view.profile ? readProfileField(view.profile, field) : undefined;
    const option = view.options.find((o) => `option:${o.id}` === target);
    return option ? readOptionField(option, field) : undefined;
  }

  /**
   * Takes a newer version of the files and carries the drafts over to it: fields now holding
   * our value are done, fields left as they were keep our change, fields changed otherwise
   * become questions for the user (and their file waits).
   */
  private receive(fresh: WorkspaceView): void {
    this.server = fresh;
    for (const [target, fields] of this.drafts) {
      const plan = planMerge(this.changesOf(target), (field) => this.read(fresh, target, field));
      for (const field of plan.settled) fields.delete(field);
      for (const change of plan.apply) {
        const draft = fields.get(change.field);
        if (draft) draft.base = change.base;
      }
      for (const conflict of plan.conflicts) {
        this.conflicted.add(target);
        this.questions = [
          ...this.questions.filter((q) => q.target !== target || q.field !== conflict.field),
          { target, field: conflict.field, ours: conflict.ours, theirs: conflict.theirs },
        ];
      }
      if (fields.size === 0) this.drafts.delete(target);
    }
    this.questions = this.questions.filter((q) => this.drafts.get(q.target)?.has(q.field));
    const ask = this.questions.length > 0 && this.state.message?.kind !== "conflict";
    this.publish(
      ask
        ? {
            message: {
              kind: "conflict",
              text: "A file you are editing changed on disk, and some fields changed on both sides. Choose which value to keep below.",
            },
          }
        : {},
    );
  }

  /** Fetches the workspace again (after a conflict, or when files changed on disk). */
  reload = async (): Promise<void> => {
    try {
      this.receive(await api.workspace());
      if (this.state.message?.kind === "info") this.publish({ message: null });
    } catch (error) {
      this.publish({ message: { kind: "error", text: (error as Error).message } });
    }
  };

  /**
   * Shows a workspace read from the page itself (a report file opened from disk): no server to
   * reload from or save to. Edits (a reader's weights) re-rank at once and stay on the page.
   */
  loadLocal = (view: WorkspaceView): void => {
    this.local = true;
    this.receive(view);
  };

  /** Drops every change made on a local page, back to the workspace as it was loaded. */
  resetLocal = (): void => {
    if (!this.local) return;
    this.drafts.clear();
    this.publish();
  };

  /** Runs one request after the previous ones; resolves to its result. */
  private enqueue<T>(run: () => Promise<T>): Promise<T> {
    this.pending++;
    if (!this.state.saving) this.set({ saving: true });
    const result = this.queue.then(run).finally(() => {
      this.pending--;
      if (this.pending === 0) this.set({ saving: false });
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Records a change now (the page shows it and re-ranks) and saves it after `delayMs`. */
  private edit(target: Target, field: string, value: unknown, delayMs: number): void {
    this.stage(target, field, value);
    this.publish();
    void this.schedule(target, delayMs);
  }

  /** Records a change as a draft, keeping the value it first replaced as its base. */
  private stage(target: Target, field: string, value: unknown): void {
    let fields = this.drafts.get(target);
    if (!fields) {
      fields = new Map();
      this.drafts.set(target, fields);
    }
    const earlier = fields.get(field);
    const base = earlier
      ? earlier.base
      : this.server
        ? this.read(this.server, target, field)
        : undefined;
    fields.set(field, { value, base });
  }

  private schedule(target: Target, delayMs: number): Promise<boolean> {
    if (this.local) return Promise.resolve(false);
    clearTimeout(this.timers.get(target));
    this.timers.delete(target);
    if (delayMs <= 0) return this.flush(target);
    return new Promise((resolve) => {
      this.timers.set(
        target,
        setTimeout(() => {
          this.timers.delete(target);
          resolve(this.flush(target));
        }, delayMs),
      );
    });
  }

  /** Writes a file's drafts; resolves to whether nothing of it is left unsaved. */
  private flush(target: Target): Promise<boolean> {
    return this.enqueue(async () => {
      if (this.conflicted.has(target)) return false;
      try {
        if (target === "profile") await this.writeProfile();
        else await this.writeOption(target.slice("option:".length));
        if (this.state.message?.kind !== "conflict") this.publish({ message: null });
        return !this.drafts.has(target);
      } catch (error) {
        this.failed(target, error);
        return false;
      }
    });
  }

  private async writeOption(id: string): Promise<void> {
    const target: Target = `option:${id}`;
    const sent = this.changesOf(target);
    const hash = this.server?.options.find((o) => o.id === id)?.hash;
    if (sent.length === 0 || hash === undefined) return;
    const changes = sent.map(({ field, value }) => ({ field, value: value ?? null }));
    this.written(target, sent, await api.editOption(id, hash, changes));
  }

  /** bearing.yaml's drafts, one request per kind: weights, order, then method and judgements. */
  private async writeProfile(): Promise<void> {
    const sent = this.changesOf("profile");
    if (sent.length === 0) return;
    const hash = () => this.server?.profileHash ?? "";
    for (const change of sent.filter((c) => c.field.startsWith("criteria."))) {
      // An answer may have shown a change made on both sides: stop and let the user choose.
      if (this.conflicted.has("profile")) return;
      // An earlier answer may already hold this value (someone made the same change).
      if (!this.drafts.get("profile")?.has(change.field)) continue;
      if (change.field === "criteria.order") {
        const order = change.value as string[];
        this.written("profile", [change], await api.reorderCriteria(hash(), order));
      } else {
        const [, id = "", field = ""] = change.field.split(".");
        const view = await api.setCriterion(id, hash(), field, change.value ?? null);
        this.written("profile", [change], view);
      }
    }
    const weighting = this.changesOf("profile").filter((c) => c.field.startsWith("weighting."));
    if (weighting.length === 0 || this.conflicted.has("profile")) return;
    const groups = splitProfileChanges(weighting);
    const pairwise =
      groups.judgements.length > 0
        ? withJudgements(this.server?.profile?.weighting.pairwise, groups.judgements)
        : undefined;
    const view = await api.setWeighting(hash(), { method: groups.method, pairwise });
    this.written("profile", weighting, view);
  }

  /** The server wrote `sent`: those drafts are done unless the user changed them meanwhile. */
  private written(target: Target, sent: FieldChange[], view: WorkspaceView): void {
    const fields = this.drafts.get(target);
    for (const change of sent) {
      const draft = fields?.get(change.field);
      if (!draft) continue;
      if (draft.value === change.value) fields?.delete(change.field);
      else draft.base = change.value;
    }
    if (fields?.size === 0) this.drafts.delete(target);
    this.receive(view);
  }

  private failed(target: Target, error: unknown): void {
    if (error instanceof ApiError && error.status === 409) {
      this.conflicted.add(target);
      this.publish({
        message: {
          kind: "conflict",
          text: `${describeTarget(target)} changed on disk since this page read it, so your change is not saved yet (it is still shown). Merge it into the new version, or discard it.`,
        },
      });
      return;
    }
    if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
      // The server refused the values themselves: keeping them would fail every later save.
      const refused = this.changesOf(target)
        .map((c) => c.field)
        .join(", ");
      this.drafts.delete(target);
      const issues = error.issues.map((i) => i.message);
      const text = [`Not saved (${refused}): ${error.message}`, ...issues].join(" — ");
      this.publish({ message: { kind: "error", text } });
      return;
    }
    this.publish({
      message: {
        kind: "error",
        text: `Not saved yet: ${(error as Error).message}. Your changes are kept; try again.`,
      },
    });
  }

  /** Saves every unsaved change that is not waiting for a merge. */
  retry = async (): Promise<void> => {
    await Promise.all([...this.drafts.keys()].map((target) => this.schedule(target, 0)));
  };

  /**
   * Merges the changes that met a newer version: reads the files again, carries each change
   * over (fields changed on both sides become questions), and saves what needs no answer.
   */
  merge = async (): Promise<void> => {
    try {
      this.receive(await api.workspace());
    } catch (error) {
      this.publish({ message: { kind: "error", text: (error as Error).message } });
      return;
    }
    const ready = [...this.conflicted].filter((t) => !this.questions.some((q) => q.target === t));
    for (const target of ready) this.conflicted.delete(target);
    if (this.questions.length === 0) this.publish({ message: null });
    else this.publish();
    await Promise.all(ready.map((target) => this.flush(target)));
  };

  /** Answers the merge questions (`true` keeps ours) and saves the merged files. */
  resolve = async (keepOurs: (question: MergeQuestion) => boolean): Promise<void> => {
    const targets = new Set<Target>();
    for (const question of this.questions) {
      const fields = this.drafts.get(question.target);
      const draft = fields?.get(question.field);
      if (!fields || !draft) continue;
      if (keepOurs(question)) draft.base = question.theirs;
      else fields.delete(question.field);
      if (fields.size === 0) this.drafts.delete(question.target);
      targets.add(question.target);
    }
    this.questions = [];
    for (const target of targets) this.conflicted.delete(target);
    this.publish({ message: null });
    await Promise.all([...targets].map((target) => this.flush(target)));
  };

  /** Drops the unsaved changes of the files in conflict (all of them when none is) and reloads. */
  discard = async (): Promise<void> => {
    const targets = this.conflicted.size > 0 ? [...this.conflicted] : [...this.drafts.keys()];
    for (const target of targets) {
      this.drafts.delete(target);
      this.conflicted.delete(target);
      clearTimeout(this.timers.get(target));
      this.timers.delete(target);
    }
    this.questions = this.questions.filter((q) => !targets.includes(q.target));
    this.publish({ message: null });
    await this.reload();
  };

  dismiss = (): void => this.set({ message: null });

  // --- Edits --------------------------------------------------------------------------------

  /** Changes a criterion's weight input now (re-ranks at once) and saves it shortly after. */
  setCriterionWeight = (id: string, field: string, value: number): void =>
    this.edit("profile", `criteria.${id}.${field}`, value, WEIGHT_SAVE_DELAY_MS);

  /** Changes one AHP judgement, "a matters `ratio` times as much as b"; saved shortly after. */
  setJudgement = (a: string, b: string, ratio: number): void => {
    const { field, value } = judgementChange(a, b, ratio);
    this.edit("profile", field, value, WEIGHT_SAVE_DELAY_MS);
  };

  /**
   * Switches the weighting method. Criteria without the input the new method reads get one
   * drawn from the current weights (and AHP gets a judgement for every pair not yet judged),
   * so the ranking carries on instead of breaking.
   */
  setWeightingMethod = (method: string): Promise<boolean> => {
    const profile = this.state.profile;
    if (!profile) return Promise.resolve(false);
    const ids = profile.criteria.map((c) => c.id);
    const byId = new Map(this.state.derived?.model.criteria.map((c) => [c.id, c.weight]));
    const weights = ids.map((id) => byId.get(id) ?? 1 / ids.length);
    if (method in WEIGHT_INPUT_FIELD) {
      // Criteria without the new method's input start from their current weight.
      const kind = method as keyof typeof WEIGHT_INPUT_FIELD;
      const field = WEIGHT_INPUT_FIELD[kind];
      const inputs = weightInputs(kind, weights);
      profile.criteria.forEach((criterion, i) => {
        if (criterion[field] !== undefined) return;
        this.stage("profile", `criteria.${criterion.id}.${field}`, inputs[i]);
      });
    }
    if (method === "ahp") {
      const analysis = analysePairwise(ids, profile.weighting.pairwise);
      if (!analysis.complete) {
        const missing = new Set(analysis.missing.map(([a, b]) => `${a} ${b}`));
        for (const [a, b, ratio] of judgementsFromWeights(ids, weights)) {
          if (!missing.has(`${a} ${b}`)) continue;
          const change = judgementChange(a, b, ratio);
          this.stage("profile", change.field, change.value);
        }
      }
    }
    this.stage("profile", "weighting.method", method);
    this.publish();
    return this.schedule("profile", 0);
  };

  reorderCriteria = (order: string[]): Promise<boolean> => {
    this.stage("profile", "criteria.order", order);
    this.publish();
    return this.schedule("profile", 0);
  };

  addOption = (input: { title: string; organisation?: string; status?: string }) =>
    this.create(() => api.addOption(input));

  /** Changes a criterion's name, description, direction or `derived`; saved shortly after. */
  setCriterionDetail = (id: string, field: string, value: unknown): void =>
    this.edit("profile", `criteria.${id}.${field}`, value, DETAIL_SAVE_DELAY_MS);

  /** Adds a criterion at the end of bearing.yaml's list; its id, or null when refused. */
  addCriterion = (name: string) =>
    this.create(() => api.addCriterion(this.server?.profileHash ?? "", name));

  /** Runs a request that creates something; the new id, or null with the reason shown. */
  private async create(request: () => Promise<WorkspaceView & { id: string }>) {
    try {
      return await this.enqueue(async () => {
        const created = await request();
        this.receive(created);
        return created.id;
      });
    } catch (error) {
      const issues = error instanceof ApiError ? error.issues.map((i) => i.message) : [];
      this.publish({
        message: { kind: "error", text: [(error as Error).message, ...issues].join(" — ") },
      });
      return null;
    }
  }

  /**
   * Changes fields of an option's front matter (`null` removes one) and saves them.
   * @returns whether the option has nothing left unsaved.
   */
  editOption = (id: string, changes: { field: string; value: unknown }[]): Promise<boolean> => {
    const target: Target = `option:${id}`;
    const shown = this.state.view;
    for (const { field, value } of changes) {
      if (!shown || !sameValue(value, this.read(shown, target, field))) {
        this.stage(target, field, value);
      }
    }
    this.publish();
    return this.schedule(target, 0);
  };

  /**
   * Saves an option's job description and notes (not a draft: one request, the file's hash as
   * last received). A file changed on disk meanwhile is a conflict the page reports; the text
   * typed stays in the editor.
   * @returns whether it was saved.
   */
  setOptionBody = async (id: string, body: string): Promise<boolean> => {
    const target: Target = `option:${id}`;
    try {
      return await this.enqueue(async () => {
        const hash = this.server?.options.find((o) => o.id === id)?.hash ?? "";
        this.receive(await api.setOptionBody(id, hash, body));
        return true;
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        this.publish({
          message: {
            kind: "error",
            text: `${describeTarget(target)} changed on disk since this page read it, so the text was not saved. Copy what you wrote, reload, and save again.`,
          },
        });
      } else {
        const issues = error instanceof ApiError ? error.issues.map((i) => i.message) : [];
        this.publish({
          message: { kind: "error", text: [(error as Error).message, ...issues].join(" — ") },
        });
      }
      return false;
    }
  };

  /**
   * Keeps an answer to a trade-off question (one request with bearing.yaml's hash as last
   * received, like `bearing weigh`: refused when it contradicts the other answers). A file
   * changed on disk meanwhile is reloaded and the answer not kept: the question may differ now.
   * @returns whether it was kept.
   */
  answerTradeoff = (answer: Tradeoff): Promise<boolean> =>
    this.profileRequest((hash) => api.answerTradeoff(hash, answer), "your answer");

  /** Takes back trade-off answer `number` (from 1); see {@link answerTradeoff}. */
  removeTradeoff = (number: number): Promise<boolean> =>
    this.profileRequest((hash) => api.removeTradeoff(hash, number), "taking the answer back");

  private async profileRequest(
    request: (hash: string) => Promise<WorkspaceView>,
    what: string,
  ): Promise<boolean> {
    try {
      return await this.enqueue(async () => {
        this.receive(await request(this.server?.profileHash ?? ""));
        if (this.state.message?.kind === "error") this.publish({ message: null });
        return true;
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        await this.reload();
        this.publish({
          message: {
            kind: "error",
            text: `bearing.yaml changed on disk since this page read it, so ${what} was not saved. The page now shows the file as it is; please look again.`,
          },
        });
      } else {
        const issues = error instanceof ApiError ? error.issues.map((i) => i.message) : [];
        this.publish({
          message: {
            kind: "error",
            text: [`Not saved (${what}): ${(error as Error).message}`, ...issues].join(" — "),
          },
        });
      }
      return false;
    }
  }

  /** Adds a journal entry dated today; its file, or null with the reason shown. */
  addJournalEntry = async (title: string, body: string): Promise<string | null> => {
    try {
      return await this.enqueue(async () => {
        const created = await api.addJournalEntry(title, body);
        this.receive(created);
        return created.file;
      });
    } catch (error) {
      this.publish({ message: { kind: "error", text: (error as Error).message } });
      return null;
    }
  };

  /** Saves a journal entry's text (its front matter stays); whether it was saved. */
  setJournalBody = async (file: string, body: string): Promise<boolean> => {
    try {
      return await this.enqueue(async () => {
        const hash = this.server?.journal.find((e) => e.file === file)?.hash ?? "";
        this.receive(await api.setJournalBody(file, hash, body));
        return true;
      });
    } catch (error) {
      const text =
        error instanceof ApiError && error.status === 409
          ? `${file} changed on disk since this page read it, so the text was not saved. Copy what you wrote, reload, and save again.`
          : (error as Error).message;
      this.publish({ message: { kind: "error", text } });
      return false;
    }
  };

  setStatus = (id: string, status: string): Promise<boolean> =>
    this.editOption(id, [{ field: "status", value: status }]);

  /** Listens for file changes on disk and carries the drafts over to them. */
  listen(): void {
    const source = new EventSource("/api/events");
    source.addEventListener("change", () => {
      // A save in flight will answer with the fresh files itself.
      if (this.pending === 0) void this.reload();
    });
  }
}

/**
 * What the page shows first from a workspace view: the decision model and the ranking, or why
 * they cannot be computed (the same core path as `bearing rank`).
 */
export function derive(
  view: WorkspaceView,
): Pick<StoreState, "profile" | "derived" | "derivedError"> {
  const profile = view.profile;
  if (!profile) return { profile: null, derived: null, derivedError: null };
  try {
    const { options, readings } = decisionOptionsWithMoney(profile, view.options);
    const model = buildModel(profile, options);
    const money = moneyReport(profile, options, readings, { all: true });
    return { profile, derived: { model, ranking: rank(model), money }, derivedError: null };
  } catch (error) {
    return { profile, derived: null, derivedError: (error as Error).message };
  }
}

/** "bearing.yaml" or "options/<id>.md", for messages. */
export function describeTarget(target: Target): string {
  return target === "profile" ? "bearing.yaml" : `options/${target.slice("option:".length)}.md`;
}

export const store = new WorkspaceStore();

/** The current state, re-rendering on every change. */
export function useStore(): StoreState {
  return useSyncExternalStore(store.subscribe, store.get);
}
