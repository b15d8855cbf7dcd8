/**
 * The SMAA "worker" of a report opened from disk: the same job, run on the page's own thread
 * after the current event (a file:// page can load no worker file, and its CSP allows no blob:
 * worker). A report's analyses are small (a handful of options, 10,000 samples: tens of ms).
 * Stands in for `worker-port.ts` in the report build (vite.report.config.ts).
 */
import type { JobPort, RobustnessJob, RobustnessReply } from "./dispatch.js";
import { runJob } from "./job.js";

export function workerPort(
  onReply: (reply: RobustnessReply) => void,
  _onCrash: (message: string) => void,
): JobPort {
  let stopped = false;
  return {
    post(job: RobustnessJob) {
      setTimeout(() => {
        if (!stopped) onReply(runJob(job));
      }, 0);
    },
    terminate() {
      stopped = true;
    },
  };
}
