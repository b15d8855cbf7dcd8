import { describe, expect, it } from "vitest";
import { optionFixture as option } from "../../testing/decision.js";
import { profileSchema, type Tradeoff } from "../model/profile.js";
import { meanCompatibleWeights, preferenceRows, tradeoffRow } from "./judgements.js";
import { buildModel } from "./model.js";
import {
  candidateQuestions,
  describeQuestion,
  leaderShares,
  nextQuestion,
  QUESTION_SAMPLES,
  SETTLED,
  weighingState,
} from "./tradeoff-questions.js";

const criteria = ["a", "b", "c", "d"].map((id) => ({ id, name: id.toUpperCase() }));
const options = [
  option("alpha", { a: 5, b: 2, c: 3, d: 1 }),
  option("beta", { a: 2, b: 5, c: 2, d: 4 }),
  option("gamma", { a: 3, b: 3, c: 5, d: 2 }),
  option("delta", { a: 1, b: 4, c: 1, d: 5 }),
];

describe("guided trade-off questions", () => {
  it("asks about two criteria at a time, the roles equal elsewhere", () => {
    const model = buildModel(
      profileSchema.parse({
        question: "?",
        criteria,
        weighting: { method: "judgements" },
        settings: { samples: 200 },
      }),
      options,
    );
    const questions = candidateQuestions(model);
    // Per pair: the full swings against each other, and half of each swing against the other.
    expect(questions).toHaveLength(6 * 3);
    for (const q of questions) {
      expect(Object.keys(q.first).sort()).toEqual(Object.keys(q.second).sort());
      expect(Object.keys(q.first)).toHaveLength(2);
    }
  });

  it("finds the leader a simulated person's hidden weights give, asking few questions", () => {
    // The person answers every question by hidden weights; the questions should settle the
    // ranking on the option those weights put first, with fewer questions than candidates.
    for (const hidden of [
      [0.45, 0.3, 0.15, 0.1],
      [0.1, 0.2, 0.3, 0.4],
      [0.05, 0.5, 0.15, 0.3],
    ]) {
      const tradeoffs: Tradeoff[] = [];
      let asked = 0;
      let shares: number[] = [];
      for (; asked < 18; asked++) {
        const profile = profileSchema.parse({
          question: "?",
          criteria,
          weighting: { method: "judgements" },
          tradeoffs,
          settings: { samples: 1000, seed: 3 },
        });
        const model = buildModel(profile, options);
        const { rows } = preferenceRows(profile, model);
        const { draws } = meanCompatibleWeights(4, rows, 1000, 3);
        shares = leaderShares(model, draws);
        if (Math.max(...shares) >= 0.95) break;
        const q = nextQuestion(model, tradeoffs, draws);
        if (!q) break;
        // The question is the most divided one: not already settled by the samples.
        expect(q.firstShare).toBeGreaterThan(0.05);
        expect(q.firstShare).toBeLessThan(0.95);
        const row = tradeoffRow(model, q.first, q.second);
        const firstWins = row.reduce((s, r, j) => s + r * (hidden[j] ?? 0), 0) > 0;
        tradeoffs.push(
          firstWins ? { prefer: q.first, over: q.second } : { prefer: q.second, over: q.first },
        );
      }
      const utility = (o: (typeof options)[number]) =>
        criteria.reduce(
          (s, c, j) => s + (((o.ratings[c.id] as number) - 1) / 4) * (hidden[j] ?? 0),
          0,
        );
      const best = [...options].sort((x, y) => utility(y) - utility(x))[0]?.id;
      const leader = options[shares.indexOf(Math.max(...shares))]?.id;
      expect(leader).toBe(best);
      expect(asked).toBeLessThan(18);
    }
  });
  it("weighingState asks the most divided question, in plain words, until one option leads", () => {
    const base = {
      question: "?",
      criteria,
      weighting: { method: "judgements" },
      settings: { samples: 500, seed: 3 },
    };
    const state = weighingState(profileSchema.parse(base), options);
    // The same question and shares as the steps taken by hand, on QUESTION_SAMPLES draws.
    const model = buildModel(
      profileSchema.parse({ ...base, settings: { samples: QUESTION_SAMPLES, seed: 3 } }),
      options,
    );
    const { draws } = meanCompatibleWeights(4, [], QUESTION_SAMPLES, 3);
    expect(state.draws).toEqual(draws);
    expect(state.shares).toEqual(leaderShares(model, draws));
    expect(state.question).toEqual(nextQuestion(model, [], draws));
    expect(state.stopped).toBeNull();
    const words = describeQuestion(
      state.model,
      state.question as NonNullable<typeof state.question>,
    );
    expect(words.first).toMatch(/^a role strong on [A-D] \(5\) and weak on [A-D] \(1\)$/);
    // A skipped question is not asked again.
    const q = state.question as NonNullable<typeof state.question>;
    const after = weighingState(profileSchema.parse(base), options, [
      { prefer: q.second, over: q.first },
    ]);
    expect(after.question).not.toEqual(q);
    // Answers that put all the weight on A settle the ranking on alpha (best on A).
    const tradeoffs = ["b", "c", "d"].map((id) => ({
      prefer: { a: 5, [id]: 1 },
      over: { a: 1, [id]: 5 },
    }));
    const halves = ["b", "c", "d"].map((id) => ({
      prefer: { a: 3, [id]: 1 },
      over: { a: 1, [id]: 5 },
    }));
    const settled = weighingState(
      profileSchema.parse({ ...base, tradeoffs: [...tradeoffs, ...halves] }),
      options,
    );
    expect(settled.leader?.id).toBe("alpha");
    expect(settled.leader?.share).toBeGreaterThanOrEqual(SETTLED);
    expect(settled.stopped).toBe("settled");
    expect(settled.question).toBeNull();
  });
});
