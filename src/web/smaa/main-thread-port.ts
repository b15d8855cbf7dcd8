/**
 * The SMAA "worker" of a report opened from disk: the same job, run on the page's own thread
 * after the current event (a file:// page can load no worker file, and its CSP allows no blob:
 * worker). A report's analyses are small (a handful of options, 10,000 samples: tens of ms).
 * Stands in for `worker-port.ts` in the report build (vite.report.config.ts).
 */
import { buildModel } from "../../core/decision/model.js";
import { robustness } from "../../core/decision/robustness.js";
import type { JobPort, RobustnessJob, RobustnessReply } from "./dispatch.js";

export function workerPort(
  onReply: (reply: RobustnessReply) => void,
  _onCrash: (message: string) => void,
): JobPort {
  let stopped = false;
  return {
    post(job: RobustnessJob) {
      setTimeout(() => {
        if (stopped) return;
        const started = performance.now();
        try {
          const result = robustness(buildModel(job.profile, job.options), job.profile);
          onReply({ id: job.id, ok: true, result, ms: performance.now() - started });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          onReply({ id: job.id, ok: false, message, ms: performance.now() - started });
        }
      }, 0);
    },
    terminate() {
      stopped = true;
    },
  };
}
