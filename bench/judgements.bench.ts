/**
 * Weights from judgements (issue 16): 20 options × 10 criteria, 10 judgements that some weights
 * satisfy, `weighting.method: judgements`, 10,000 samples. CPU times (user + system, so the
 * figure is one core's work whatever else the machine runs), as medians after a warm-up:
 * the model (consistency check and the mean of the compatible weights, 10,000 hit-and-run
 * samples), the robustness simulation (SMAA-2 over 10,000 hit-and-run weight samples), the
 * UTA-GMS necessary/possible relations (2 linear programmes per pair of options, 380 in all),
 * and one step of guided weighing (the model at 2,000 samples and the next trade-off question:
 * what `bearing weigh` and the workbench's screen compute per answer), and what each judgement
 * does (`judgement-effects.ts`, which rank and explain add when there are judgements).
 * Goal: model + robustness within a second on one core. Beside it, how independent the 10,000
 * weight draws are: the smallest effective sample size over the ten weights (`mixing.ts`),
 * as a share of the draws (1 = as good as independent draws).
 *
 *   npm run bench -- judgements
 */
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { judgementEffects } from "../src/core/decision/judgement-effects.js";
import { judgementRelations } from "../src/core/decision/judgements.js";
import { buildModel } from "../src/core/decision/model.js";
import { robustness } from "../src/core/decision/robustness.js";
import { weighingState } from "../src/core/decision/tradeoff-questions.js";
import { effectiveSampleSizes } from "../src/core/mcda/smaa/mixing.js";
import type { DecisionOption } from "../src/core/model/option.js";
import { profileSchema } from "../src/core/model/profile.js";
import { optionFixture } from "../src/testing/decision.js";
import { medianCpuMs } from "./timing.js";

const rng = xoroshiro128plus(16);
const random = () => (rng.next() >>> 0) / 2 ** 32;

export default function judgementsBench(): void {
  const n = 20;
  const m = 10;
  const criteria = Array.from({ length: m }, (_, j) => ({ id: `c${j}`, name: `C${j}` }));
  const options: DecisionOption[] = Array.from({ length: n }, (_, i) =>
    optionFixture(
      `o${i}`,
      Object.fromEntries(criteria.map((c) => [c.id, 1 + Math.round(4 * random())])),
    ),
  );
  // Ten judgements that a hidden weighting satisfies by a margin, so they are consistent.
  const hidden = criteria.map(() => random());
  const utility = (o: DecisionOption) =>
    criteria.reduce((s, c, j) => s + (hidden[j] as number) * ((o.ratings[c.id] as number) - 1), 0);
  const judgements: { prefer: string; over: string }[] = [];
  while (judgements.length < 10) {
    const a = options[Math.floor(random() * n)] as DecisionOption;
    const b = options[Math.floor(random() * n)] as DecisionOption;
    if (utility(a) > utility(b) + 0.5) judgements.push({ prefer: a.id, over: b.id });
  }
  const profile = profileSchema.parse({
    question: "bench",
    criteria,
    weighting: { method: "judgements" },
    judgements,
    settings: { samples: 10_000, seed: 1 },
  });
  const model = buildModel(profile, options);
  const modelMs = medianCpuMs(() => buildModel(profile, options), 5, 1);
  const robustMs = medianCpuMs(() => robustness(model), 5, 1);
  const relationsMs = medianCpuMs(() => judgementRelations(profile, model), 5, 1);
  const weighMs = medianCpuMs(() => weighingState(profile, options), 5, 1);
  const relations = judgementRelations(profile, model);
  const effectsMs = relations
    ? medianCpuMs(() => judgementEffects(profile, model, relations), 3, 1)
    : Number.NaN;
  const total = modelMs + robustMs;
  const rows: [string, number][] = [
    ["model: consistency + mean of 10,000 compatible weights", modelMs],
    ["robustness: SMAA-2 over 10,000 hit-and-run samples", robustMs],
    ["necessary/possible relations (380 LPs)", relationsMs],
    ["weigh: next trade-off question (2,000 samples)", weighMs],
    ["what each judgement does (rank/explain; 10 x 1,000 samples)", effectsMs],
  ];
  for (const [what, ms] of rows)
    console.log(`${what.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms CPU`);
  console.log(
    `${"rank 20x10, 10 judgements, 10,000 samples (model + robustness)".padEnd(58)} ${total.toFixed(1).padStart(8)} ms CPU  goal <= 1000 ms  ${total <= 1000 ? "ok" : "SLOW"}`,
  );
  const draws = model.weightDraws;
  if (draws) {
    const ess = Math.min(...effectiveSampleSizes(draws, m));
    console.log(
      `${"mixing: smallest effective sample size of the 10 weights".padEnd(58)} ${ess.toFixed(0).padStart(8)} of 10,000 draws (${(ess / 10_000).toFixed(2)})`,
    );
  }
}
