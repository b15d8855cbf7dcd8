/**
 * What `bearing next` adds to the robustness analysis: keeping every sample's draws and the
 * value of information of each unknown rating (`information-value.ts`), against the plain
 * SMAA-2 run it extends. A workspace of 30 options × 15 criteria like the e2e's large one
 * (about one rating in eleven an interval, one in twenty-three missing), 10,000 samples.
 * Goal: the extra cost stays under a third of the plain run. Medians of interleaved runs.
 *
 *   npm run bench -- next
 */

import { informationValues } from "../src/core/decision/information-value.js";
import { buildModel } from "../src/core/decision/model.js";
import { robustness, robustnessWithDraws } from "../src/core/decision/robustness.js";
import type { DecisionOption } from "../src/core/model/option.js";
import { profileSchema } from "../src/core/model/profile.js";
import { optionFixture } from "../src/testing/decision.js";
import { medianCpuMs } from "./timing.js";

function workspace(n: number, m: number) {
  let state = 12345;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const ids = Array.from({ length: m }, (_, j) => `c${j + 1}`);
  const profile = profileSchema.parse({
    question: "?",
    criteria: ids.map((id) => ({ id, name: id, points: 5 + Math.floor(next() * 16) })),
    weighting: { method: "points" },
    settings: { samples: 10_000, seed: 11 },
  });
  const options: DecisionOption[] = Array.from({ length: n }, (_, i) =>
    optionFixture(
      `o${i + 1}`,
      Object.fromEntries(
        ids.map((id, j) => {
          const r = 1 + Math.floor(next() * 5);
          if ((i + j) % 11 === 0) return [id, [Math.max(1, r - 1), Math.min(5, r + 1)]];
          if ((i * 7 + j) % 23 === 0) return [id, null];
          return [id, r];
        }),
      ),
    ),
  );
  return { profile, model: buildModel(profile, options) };
}

export default function nextBench(): void {
  const { model } = workspace(30, 15);
  let unknowns = 0;
  // CPU time, as the other benches: the machine's load does not move it.
  const a = medianCpuMs(() => robustness(model), 15, 3);
  const b = medianCpuMs(
    () => {
      const { draws } = robustnessWithDraws(model);
      unknowns = informationValues(model, draws).length;
    },
    15,
    3,
  );
  const extra = (b - a) / a;
  console.log(`30 options × 15 criteria, 10,000 samples, ${unknowns} unknown or unsure ratings`);
  console.log(`  robustness (SMAA-2 + stability)        ${a.toFixed(1)} ms CPU`);
  console.log(`  + draws kept + value of information    ${b.toFixed(1)} ms CPU`);
  console.log(
    `  extra ${(extra * 100).toFixed(0)}% (goal <= 33%) ${extra <= 1 / 3 ? "ok" : "SLOW"}`,
  );
}
