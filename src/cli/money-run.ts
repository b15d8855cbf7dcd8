/**
 * `bearing money [DIR] [--json]`: each option's compensation as yearly figures in the profile
 * currency (p10 / p50 / p90 and mean, per part and in total) with the assumptions used.
 */

import { formatIssue } from "../core/errors.js";
import { type MoneyReport, moneyReport } from "../core/money/report.js";
import { FsStorage } from "../workspace/fs-storage.js";
import { loadWorkspace } from "../workspace/load.js";
import { printJson } from "./report.js";
import { decisionInputs } from "./workspace-actions.js";

export async function runMoney(
  dir: string,
  options: { json?: boolean; all?: boolean },
): Promise<void> {
  const storage = new FsStorage(dir);
  const workspace = await loadWorkspace(storage);
  const inputs = await decisionInputs(storage, workspace);
  const report = moneyReport(workspace.profile, inputs.options, inputs.money, {
    all: options.all === true,
  });
  if (options.json) {
    printJson(report);
    return;
  }
  for (const warning of workspace.warnings) {
    process.stderr.write(`bearing: warning: ${formatIssue(warning)}\n`);
  }
  process.stdout.write(renderMoney(report));
}

const KIND_NAMES: Record<string, string> = {
  base: "base",
  bonus: "bonus",
  signOn: "sign-on",
  equity: "equity",
  dayRate: "day rate",
  retainer: "retainer",
};

/** The report as text: one block per option, figures rounded to whole units. */
export function renderMoney(report: MoneyReport): string {
  const money = (x: number) => Math.round(x).toLocaleString("en-US");
  const lines = [
    `Money in ${report.currency} a year, averaged over ${report.horizonYears} years: p10 / p50 / p90 (mean)`,
    "",
  ];
  const width = Math.max(
    12,
    ...report.options.flatMap((o) => [
      money(o.annual.p90).length,
      ...o.parts.map((p) => money(p.p90).length),
    ]),
  );
  const row = (name: string, d: { p10: number; p50: number; p90: number; mean: number }) =>
    `  ${name.padEnd(10)}${money(d.p10).padStart(width)}${money(d.p50).padStart(width)}${money(d.p90).padStart(width)}   (${money(d.mean)})`;
  for (const option of report.options) {
    lines.push(`${option.title} (${option.id})`);
    for (const part of option.parts) {
      lines.push(`${row(KIND_NAMES[part.kind] ?? part.kind, part)}   ${part.label}`);
    }
    lines.push(row("total", option.annual));
    for (const assumption of option.assumptions) lines.push(`    · ${assumption}`);
    lines.push("");
  }
  if (report.withoutCompensation.length > 0) {
    lines.push(`No compensation given: ${report.withoutCompensation.join(", ")}`, "");
  }
  const rates = Object.entries(report.rates)
    .map(([c, r]) => `${c} ${r}`)
    .join(", ");
  lines.push(
    `Rates: ${rates === "" ? "none set" : `1 unit = ${rates} ${report.currency}`}${report.ratesAsOf ? ` (as of ${report.ratesAsOf})` : ""}. ` +
      `${report.workingDaysPerYear} working days a year. ${report.samples.toLocaleString("en-US")} simulations, seed ${report.seed}.`,
  );
  return `${lines.join("\n")}\n`;
}
