/**
 * One fixed fast-check seed for every property test that does not set its own, so `npm test`
 * (and CI) gives the same answer on every run: a property that fails once fails again, on the
 * same counterexample. `FC_SEED=n npm test` replays or explores another seed; `FC_SEED=random`
 * lets fast-check pick a fresh seed per property, as it does unconfigured (it prints the seed
 * with any failure). The hardening suites keep their own seeds (`FUZZ_SEED`, `AGREEMENT_SEED`).
 */
import fc from "fast-check";

const chosen = process.env.FC_SEED ?? "20261205";
if (chosen !== "random") {
  const seed = Number(chosen);
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`FC_SEED must be an integer or "random", got "${chosen}"`);
  }
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
