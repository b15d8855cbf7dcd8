import { describe, expect, it } from "vitest";
import { buildModel, type DecisionModel } from "../../core/decision/model.js";
import { type Robustness, robustness } from "../../core/decision/robustness.js";
import { robustnessKey } from "../../core/decision/robustness-inputs.js";
import type { DecisionOption } from "../../core/model/option.js";
import { profileSchema } from "../../core/model/profile.js";
import { optionFixture as option } from "../../testing/decision.js";
import {
  type JobPort,
  RobustnessDispatcher,
  type RobustnessJob,
  type RobustnessReply,
} from "./dispatch.js";

/** A worker stand-in: records jobs; the test answers them when it likes. */
function harness(options: { restartAfterMs?: number } = {}) {
  let clock = 0;
  const ports: {
    jobs: RobustnessJob[];
    terminated: boolean;
    reply: (r: RobustnessReply) => void;
    crash: (m: string) => void;
  }[] = [];
  const dispatcher = new RobustnessDispatcher(
    (onReply, onCrash): JobPort => {
      const port = {
        jobs: [] as RobustnessJob[],
        terminated: false,
        reply: onReply,
        crash: onCrash,
      };
      ports.push(port);
      return {
        post: (job) => port.jobs.push(job),
        terminate: () => {
          port.terminated = true;
        },
      };
    },
    () => clock,
    options,
  );
  const result = (samples: number): Robustness => ({
    samples,
    seed: 1,
    weightModel: "test",
    alternatives: [],
    stability: [],
  });
  /** Answers job `id` on the port that received it, `ms` after the clock. */
  const answer = (id: number, ms = 10) => {
    const port = ports.find((p) => p.jobs.some((j) => j.id === id));
    if (!port) throw new Error(`no job ${id}`);
    clock += ms;
    port.reply({ id, ok: true, result: result(id), ms });
  };
  return {
    dispatcher,
    ports,
    answer,
    tick: (ms: number) => {
      clock += ms;
    },
    ask: (key: string) => dispatcher.request(key, {} as DecisionModel),
  };
}

describe("SMAA job dispatch", () => {
  it("posts a job, reports running, then the answer with its timings", () => {
    const h = harness();
    expect(h.dispatcher.get().status).toBe("idle");
    h.ask("a");
    expect(h.dispatcher.get()).toMatchObject({ status: "running", key: "a", result: null });
    expect(h.ports[0]?.jobs.map((j) => j.id)).toEqual([1]);
    h.answer(1, 40);
    expect(h.dispatcher.get()).toMatchObject({
      status: "done",
      key: "a",
      resultKey: "a",
      job: 1,
      ms: 40,
      waitMs: 40,
    });
    expect(h.dispatcher.get().result?.samples).toBe(1);
  });

  it("asks nothing new for the inputs it already has", () => {
    const h = harness();
    h.ask("a");
    h.ask("a");
    h.answer(1);
    h.ask("a");
    expect(h.dispatcher.posted).toBe(1);
  });

  it("while one job runs, keeps only the newest request and drops the outdated answer", () => {
    const h = harness();
    h.ask("a");
    for (const key of ["b", "c", "d"]) h.ask(key);
    expect(h.dispatcher.posted).toBe(1);
    h.answer(1);
    // The answer for "a" is not shown: "d" is what the user wants now, and it is running.
    expect(h.dispatcher.get()).toMatchObject({ status: "running", key: "d", result: null });
    expect(h.ports[0]?.jobs.map((j) => j.id)).toEqual([1, 2]);
    h.answer(2);
    expect(h.dispatcher.get()).toMatchObject({ status: "done", key: "d", job: 2 });
    expect(h.dispatcher.posted).toBe(2);
  });

  it("returning to the answered inputs shows their answer at once and drops the job running", () => {
    const h = harness();
    h.ask("a");
    h.answer(1);
    h.ask("b");
    h.ask("a");
    expect(h.dispatcher.get()).toMatchObject({ status: "done", key: "a", job: 1 });
    h.answer(2);
    expect(h.dispatcher.get()).toMatchObject({ status: "done", key: "a", job: 1 });
    expect(h.dispatcher.posted).toBe(2);
  });

  it("returning to the inputs being computed cancels the waiting request", () => {
    const h = harness();
    h.ask("a");
    h.ask("b");
    h.ask("a");
    h.answer(1);
    expect(h.dispatcher.get()).toMatchObject({ status: "done", key: "a", job: 1 });
    expect(h.dispatcher.posted).toBe(1);
  });

  it("restarts the worker instead of waiting when jobs are slow", () => {
    const h = harness({ restartAfterMs: 500 });
    h.ask("a");
    h.tick(600);
    h.ask("b");
    expect(h.ports[0]?.terminated).toBe(true);
    expect(h.ports[1]?.jobs.map((j) => j.id)).toEqual([2]);
    // A late answer from the terminated worker is ignored.
    h.ports[0]?.reply({ id: 1, ok: true, result: {} as Robustness, ms: 600 });
    expect(h.dispatcher.get()).toMatchObject({ status: "running", key: "b" });
    h.answer(2, 700);
    // "c" starts on the idle worker; the last job took 700 ms, so "d" restarts it at once.
    h.ask("c");
    h.ask("d");
    expect(h.ports.map((p) => p.terminated)).toEqual([true, true, false]);
    h.answer(4);
    expect(h.dispatcher.get()).toMatchObject({ status: "done", key: "d", job: 4 });
  });

  it("reports a failed job and a crashed worker, and recovers with a new worker", () => {
    const h = harness();
    h.ask("a");
    h.ports[0]?.reply({ id: 1, ok: false, message: "infeasible weight intervals", ms: 1 });
    expect(h.dispatcher.get()).toMatchObject({
      status: "error",
      error: "infeasible weight intervals",
    });
    h.ask("b");
    h.ports[0]?.crash("could not load");
    expect(h.dispatcher.get()).toMatchObject({ status: "error", error: "could not load" });
    expect(h.ports[0]?.terminated).toBe(true);
    h.ask("b");
    expect(h.ports[1]?.jobs.map((j) => j.id)).toEqual([3]);
    h.answer(3);
    expect(h.dispatcher.get()).toMatchObject({ status: "done", key: "b" });
  });
});

describe("the SMAA worker", () => {
  const profile = profileSchema.parse({
    question: "?",
    criteria: [
      { id: "impact", name: "Impact", points: 30 },
      { id: "growth", name: "Growth", points: 20 },
    ],
    weighting: { method: "points" },
    settings: { samples: 500, seed: 4 },
  });
  const options: DecisionOption[] = [
    option("one", { impact: 5, growth: [2, 4] }),
    option("two", { impact: 3, growth: null }),
  ];

  it("answers a structured-cloned job with the core's own robustness", async () => {
    const replies: RobustnessReply[] = [];
    const scope = {
      onmessage: null as ((event: { data: RobustnessJob }) => void) | null,
      postMessage: (reply: RobustnessReply) => replies.push(structuredClone(reply)),
    };
    const global = globalThis as { self?: unknown };
    const previous = global.self;
    global.self = scope;
    try {
      await import("./worker.js");
    } finally {
      global.self = previous;
    }
    const model = buildModel(profile, options);
    scope.onmessage?.({ data: structuredClone({ id: 7, model }) });
    const reply = replies[0];
    expect(reply?.id).toBe(7);
    if (!reply?.ok) throw new Error("the job failed");
    expect(reply.result).toEqual(robustness(model));
    expect(reply.ms).toBeGreaterThanOrEqual(0);
  });

  it("keys inputs by what the analysis reads", () => {
    const key = robustnessKey(buildModel(profile, options));
    const renamed = options.map((o) => ({ ...o, body: "new notes" }));
    expect(robustnessKey(buildModel(profile, renamed))).toBe(key);
    const reweighted = {
      ...profile,
      criteria: profile.criteria.map((c) => (c.id === "growth" ? { ...c, points: 60 } : c)),
    };
    expect(robustnessKey(buildModel(reweighted, options))).not.toBe(key);
    const resampled = { ...profile, settings: { ...profile.settings, samples: 1000 } };
    expect(robustnessKey(buildModel(resampled, options))).not.toBe(key);
  });
});
