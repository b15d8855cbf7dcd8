/**
 * bearing's decision-analysis core: weighting, aggregation methods, SMAA-2 and sensitivity,
 * as pure functions over typed arrays (no I/O; runs in Node, browsers and Web Workers).
 *
 * This barrel is for library users. Hot or start-up-sensitive paths (the CLI) import the
 * method modules directly so that, for instance, ml-matrix loads only for AHP.
 */
export * from "./matrix.js";
export * from "./normalization.js";
export * from "./promethee/preference.js";
export * from "./promethee/promethee2.js";
export * from "./rank.js";
export * from "./request.js";
export * from "./sensitivity/evppi.js";
export * from "./sensitivity/pairwise-flip.js";
export * from "./sensitivity/weight-stability.js";
export * from "./smaa/partial-value.js";
export * from "./smaa/random.js";
export * from "./smaa/smaa2.js";
export * from "./smaa/weight-sampling.js";
export * from "./spotis.js";
export * from "./topsis.js";
export * from "./vikor.js";
export * from "./weighting/ahp.js";
export * from "./weighting/ahp-group.js";
export * from "./weighting/critic.js";
export * from "./weighting/direct.js";
export * from "./weighting/entropy.js";
export * from "./weighting/merec.js";
export * from "./weighting/rank-order.js";
export * from "./weighting/standard-deviation.js";
export * from "./weighting/swing.js";
export * from "./wpm.js";
export * from "./wsm.js";
