import type { Rollup } from "vite";

type RollupLog = Rollup.RollupLog;

/**
 * Rollup's warning filter for both builds (the workbench and the report page). zod 4 places
 * `@__PURE__` comments where Rollup cannot use them; Rollup drops the comment and bundles the
 * code unchanged. Only that notice, and only for code under node_modules, is silenced: every
 * other warning, and any in our own code, is shown, so a fresh `npm ci` prints nothing alarming.
 */
export function onRollupWarning(warning: RollupLog, warn: (warning: RollupLog) => void): void {
  if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("/node_modules/")) return;
  warn(warning);
}
