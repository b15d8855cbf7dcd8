/**
 * One robustness job, as the SMAA worker (`worker.ts`) and a report's main-thread stand-in
 * (`main-thread-port.ts`) both run it: the core's `robustnessWithDraws` and the
 * value of information of each unknown from the same samples. Errors in a job (e.g. infeasible
 * weight intervals) are answers, not crashes.
 */
import { informationValues } from "../../core/decision/information-value.js";
import { robustnessWithDraws } from "../../core/decision/robustness.js";
import type { RobustnessJob, RobustnessReply } from "./dispatch.js";

export function runJob(job: RobustnessJob): RobustnessReply {
  const { id, model } = job;
  const started = performance.now();
  try {
    const { robustness: result, draws } = robustnessWithDraws(model);
    // The value of each unknown comes from the same samples; the samples stay here.
    const information = informationValues(model, draws);
    return { id, ok: true, result, information, ms: performance.now() - started };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { id, ok: false, message, ms: performance.now() - started };
  }
}
