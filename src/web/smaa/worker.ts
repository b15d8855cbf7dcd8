/**
 * The SMAA worker: a module Web Worker (a file of its own, same origin, as the page's CSP
 * `worker-src 'self'` requires) that runs the decision core's `robustness` on each job's
 * model (plain data, received as the page built it), and from the same samples the value of information of every unknown rating
 * (`informationValues`), and answers with both and its own compute time. The main thread never
 * runs SMAA, so a 10,000-sample analysis cannot hold up typing or dragging.
 *
 * Protocol (see `dispatch.ts`): in, {@link RobustnessJob}; out, one {@link RobustnessReply}
 * per job with the same id. Errors in a job (e.g. infeasible weight intervals) are answers,
 * not crashes.
 */
// First: schemas built by later imports must see zod's jitless setting (no eval under CSP).
import "../no-eval.js";
import type { RobustnessJob, RobustnessReply } from "./dispatch.js";
import { runJob } from "./job.js";

// The DOM lib types `self` as a Window; inside a dedicated worker it is the worker scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RobustnessJob>) => void) | null;
  postMessage(reply: RobustnessReply): void;
};

scope.onmessage = (event) => scope.postMessage(runJob(event.data));
