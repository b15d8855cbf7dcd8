/**
 * Job dispatch between the page and the SMAA worker, free of any browser API so it can be
 * tested in node with a fake port.
 *
 * Policy, for a user dragging a weight slider: at most one job runs at a time and at most one
 * waits (a newer request replaces the waiting one), so the page gets a fresh answer about
 * once per job's duration while the slider moves, and the answer for the last position soon
 * after it stops. Answers for inputs that are no longer current are dropped. When jobs are
 * slow (the running one, or the last one, took longer than `restartAfterMs`), a new request
 * terminates the worker and starts over instead of waiting for an answer nobody wants.
 */
import type { InformationValue } from "../../core/decision/information-value.js";
import type { DecisionModel } from "../../core/decision/model.js";
import type { Robustness } from "../../core/decision/robustness.js";

/**
 * One job: the decision model as the page built it (plain data, structured-cloned to the
 * worker as it is), for the core's `robustness`.
 */
export interface RobustnessJob {
  id: number;
  model: DecisionModel;
}

/** The worker's answer; `ms` is its own compute time in milliseconds. */
export type RobustnessReply =
  | {
      id: number;
      ok: true;
      result: Robustness;
      /** The value of information of each unknown rating, from the same samples. */
      information?: InformationValue[];
      ms: number;
    }
  | { id: number; ok: false; message: string; ms: number };

/** What the dispatcher needs of a worker: a real module Worker in the page, a fake in tests. */
export interface JobPort {
  post(job: RobustnessJob): void;
  terminate(): void;
}

/** Makes a port; `onCrash` reports a worker that died or could not load (not a job error). */
export type PortFactory = (
  onReply: (reply: RobustnessReply) => void,
  onCrash: (message: string) => void,
) => JobPort;

export interface RobustnessState {
  /** idle: nothing asked yet; running: an answer for `key` is being computed. */
  status: "idle" | "running" | "done" | "error";
  /** The inputs asked for most recently (the core's `robustnessKey`). */
  key: string | null;
  /** The last answer received; while running it is for `resultKey`, not `key`. */
  result: Robustness | null;
  /** What finding out each unknown rating is worth, for `result` (null before an answer). */
  information: InformationValue[] | null;
  resultKey: string | null;
  /** Id of the job that produced `result` (grows with every job posted). */
  job: number;
  /** The worker's compute time for `result`, ms. */
  ms: number | null;
  /** From the request to the answer arriving on the main thread, ms (queueing included). */
  waitMs: number | null;
  /** Why the last job failed (status error). */
  error: string | null;
}

interface Wanted {
  key: string;
  model: DecisionModel;
  requestedAt: number;
}

interface Running extends Wanted {
  id: number;
  postedAt: number;
  /** False once its inputs stopped being current: its answer is dropped. */
  wanted: boolean;
}

export const IDLE: RobustnessState = {
  status: "idle",
  key: null,
  result: null,
  information: null,
  resultKey: null,
  job: 0,
  ms: null,
  waitMs: null,
  error: null,
};

export class RobustnessDispatcher {
  private state: RobustnessState = IDLE;
  private readonly listeners = new Set<() => void>();
  private port: JobPort | null = null;
  private running: Running | null = null;
  private waiting: Wanted | null = null;
  private nextId = 1;
  private lastMs = 0;
  private readonly restartAfterMs: number;

  /** `now` is a clock in ms (performance.now in the page). */
  constructor(
    private readonly makePort: PortFactory,
    private readonly now: () => number,
    options: { restartAfterMs?: number } = {},
  ) {
    this.restartAfterMs = options.restartAfterMs ?? 500;
  }

  get = (): RobustnessState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Jobs posted so far (for tests and diagnostics). */
  get posted(): number {
    return this.nextId - 1;
  }

  /**
   * Asks for the robustness of this model; `key` identifies its inputs (the core's
   * `robustnessKey`: equal keys, equal answers), so asking again for the current inputs does
   * nothing.
   */
  request(key: string, model: DecisionModel): void {
    if (key === this.state.key) return;
    const wanted: Wanted = { key, model, requestedAt: this.now() };
    if (this.running) this.running.wanted = this.running.key === key;
    if (key === this.state.resultKey && this.state.result) {
      // Back to inputs already answered (e.g. a slider returned to where it was).
      this.waiting = null;
      this.set({ status: "done", key, error: null });
      return;
    }
    this.set({ status: "running", key, error: null });
    if (this.running?.wanted) {
      this.waiting = null;
      return;
    }
    if (!this.running) {
      this.start(wanted);
      return;
    }
    const slow =
      this.now() - this.running.postedAt > this.restartAfterMs || this.lastMs > this.restartAfterMs;
    if (slow) {
      this.stopWorker();
      this.start(wanted);
    } else {
      this.waiting = wanted;
    }
  }

  /** Stops the worker and forgets every job (the page is going away). */
  dispose(): void {
    this.stopWorker();
    this.waiting = null;
  }

  private start(wanted: Wanted): void {
    const id = this.nextId++;
    this.port ??= this.makePort(
      (reply) => this.receive(reply),
      (message) => this.crash(message),
    );
    this.running = { ...wanted, id, postedAt: this.now(), wanted: true };
    this.port.post({ id, model: wanted.model });
  }

  private receive(reply: RobustnessReply): void {
    const running = this.running;
    // An answer from a terminated worker's job, or a duplicate: not ours any more.
    if (!running || reply.id !== running.id) return;
    this.running = null;
    if (reply.ok) this.lastMs = reply.ms;
    const next = this.waiting;
    this.waiting = null;
    if (next) this.start(next);
    if (!running.wanted || running.key !== this.state.key) return;
    const timing = { job: reply.id, ms: reply.ms, waitMs: this.now() - running.requestedAt };
    if (reply.ok) {
      this.set({
        status: "done",
        result: reply.result,
        information: reply.information ?? null,
        resultKey: running.key,
        ...timing,
      });
    } else {
      this.set({ status: "error", error: reply.message, ...timing });
    }
  }

  private crash(message: string): void {
    this.stopWorker();
    this.waiting = null;
    // The next request makes a new worker; until then, say what went wrong.
    this.set({ status: "error", error: message, key: null });
  }

  private stopWorker(): void {
    this.port?.terminate();
    this.port = null;
    this.running = null;
  }

  private set(patch: Partial<RobustnessState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
