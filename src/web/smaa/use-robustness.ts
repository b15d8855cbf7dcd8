/**
 * The page's SMAA results: a dispatcher subscribed to the workspace store that posts a job to
 * the SMAA worker whenever the decision model's inputs change (a weight dragged, a rating
 * saved, a file changed on disk), and the React hook the views read it through.
 *
 * It follows the store from page load, so a weight changed on the Criteria view is already
 * being analysed when the user returns to the Overview. The state is mirrored on `<html>` as `data-smaa-status`, `data-smaa-job`,
 * `data-smaa-ms` (worker compute time) and `data-smaa-wait` (request to answer, ms), which
 * end-to-end tests read to time the analysis without polling noise.
 */
import { useSyncExternalStore } from "react";
import { robustnessKey } from "../../core/decision/robustness-inputs.js";
import { store } from "../store.js";
import { RobustnessDispatcher, type RobustnessState } from "./dispatch.js";
import { workerPort } from "./worker-port.js";

/**
 * One dispatcher for the page, following the store from the moment this module loads (the
 * views that read it are part of the app bundle), so the analysis of a change starts at once
 * whichever view is open, and never during a render.
 */
const dispatcher = new RobustnessDispatcher(workerPort, () => performance.now());
dispatcher.subscribe(() => mirror(dispatcher.get()));
const sync = () => {
  const { derived } = store.get();
  if (!derived) return;
  dispatcher.request(robustnessKey(derived.model), derived.model);
};
store.subscribe(sync);
sync();

function mirror(state: RobustnessState): void {
  const data = document.documentElement.dataset;
  data.smaaStatus = state.status;
  data.smaaJob = String(state.job);
  data.smaaMs = state.ms === null ? "" : state.ms.toFixed(1);
  data.smaaWait = state.waitMs === null ? "" : state.waitMs.toFixed(1);
}

/**
 * The robustness of the current ranking, computed off the main thread: status, the last
 * result (stale while running), and timings. Re-renders when any of it changes.
 */
export function useRobustness(): RobustnessState {
  return useSyncExternalStore(dispatcher.subscribe, dispatcher.get);
}

/** The status line both views show under the analysis: empty once the figures are current. */
export function robustnessStatusText(state: RobustnessState): string {
  if (state.status === "error") return `Robustness could not be computed: ${state.error}`;
  if (state.status === "running") {
    return state.result ? "Updating robustness for the new inputs…" : "Computing robustness…";
  }
  return "";
}
