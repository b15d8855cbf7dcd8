/**
 * How `check` and `rank` show what the options' job descriptions say: the role each really is,
 * its fit with the profile's responsibility preferences, and what it filled in.
 */
import type { RoleReading } from "../core/decision/role-reading.js";
import type { DecisionOption } from "../core/model/option.js";
import { describeFact, describeReadsAs, FACT_LABELS } from "../core/roles/describe.js";
import { quoted } from "../core/roles/quote.js";
import type { RoleFacts } from "../core/taxonomy.js";
import { formatNumber } from "./render.js";

/** The JSON form: per option id, the analysis summary, fit and derived values. */
export function roleReadingsJson(readings: ReadonlyMap<string, RoleReading>) {
  return Object.fromEntries(
    [...readings].map(([id, r]) => [
      id,
      {
        title: r.analysis.title,
        archetype: r.analysis.archetype,
        nominalArchetype: r.analysis.nominalArchetype,
        titleMismatch: r.analysis.titleMismatch,
        mismatchReason: r.analysis.mismatchReason,
        warnings: r.analysis.warnings,
        responsibilities: r.analysis.responsibilities.map(({ id, score, evidence }) => ({
          id,
          score,
          evidence,
        })),
        facts: r.analysis.facts,
        factEvidence: r.analysis.factEvidence ?? {},
        fit: r.fit,
        filledFacts: r.facts,
        derivedRatings: r.ratings,
      },
    ]),
  );
}

/** Lines per option with a job description, for people. */
export function renderRoleReadings(
  readings: ReadonlyMap<string, RoleReading>,
  options: readonly DecisionOption[],
): string {
  if (readings.size === 0) return "";
  const lines = ["", "What the job descriptions say"];
  for (const option of options) {
    const r = readings.get(option.id);
    if (!r) continue;
    const a = r.analysis;
    // The title for people, the id for the commands below that take it.
    lines.push(
      `  ${option.title} (${option.id}): reads as ${describeReadsAs(a.archetype, a.readsAs)}`,
    );
    if (a.titleMismatch && a.mismatchReason)
      lines.push(`    ! title mismatch: ${a.mismatchReason}`);
    // What the reading itself doubts ("only on-target earnings are stated", a role the text
    // calls an individual contributor's): the same words as `bearing role`'s Warnings.
    for (const warning of a.warnings) lines.push(`    note: ${warning}`);
    if (r.fit) {
      lines.push(`    role fit ${Math.round(r.fit.score * 100)}%: ${r.fit.explanation}`);
    }
    for (const [criterion, value] of Object.entries(r.ratings)) {
      lines.push(
        `    ${criterion} rated ${formatNumber(value)} from the role fit (accept: bearing option accept ${option.id}; override: bearing option set ${option.id} ratings.${criterion} N)`,
      );
    }
    const filled = (Object.keys(r.facts) as (keyof RoleFacts)[]).map(
      (field) => `${FACT_LABELS[field].toLowerCase()} ${describeFact(field, r.facts[field])}`,
    );
    if (filled.length > 0) lines.push(`    from the posting: ${filled.join(" · ")}`);
    for (const field of Object.keys(r.facts) as (keyof RoleFacts)[]) {
      const e = a.factEvidence?.[field];
      if (e) lines.push(`      ${FACT_LABELS[field].toLowerCase()}: ${quoted(e)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
