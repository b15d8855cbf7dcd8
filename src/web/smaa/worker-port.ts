/**
 * The port to the SMAA worker: a module Web Worker of its own file (the workbench's CSP allows
 * `worker-src 'self'`). The report build (vite.report.config.ts) puts `main-thread-port.ts` in
 * its place, since a file opened from disk can load no worker file.
 */
import type { JobPort, RobustnessReply } from "./dispatch.js";

export function workerPort(
  onReply: (reply: RobustnessReply) => void,
  onCrash: (message: string) => void,
): JobPort {
  if (typeof Worker === "undefined") {
    onCrash("This browser cannot run Web Workers, so the robustness analysis is unavailable.");
    return { post() {}, terminate() {} };
  }
  // Vite emits the worker as a file of its own (dist/web/assets/worker-*.js).
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
  worker.addEventListener("message", (event: MessageEvent<RobustnessReply>) => onReply(event.data));
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    onCrash(`The robustness worker stopped: ${event.message || "it could not be loaded"}.`);
  });
  worker.addEventListener("messageerror", () =>
    onCrash("The robustness worker sent an answer the page could not read."),
  );
  return { post: (job) => worker.postMessage(job), terminate: () => worker.terminate() };
}
