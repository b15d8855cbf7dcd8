/**
 * A generated workspace of 30 options × 15 rating criteria, the size the workbench's speed goals
 * name (issue 13: re-ranking under 150 ms at 30 × 15). Used by the robustness e2e run and by
 * `npm run bench -- rerank`. Ratings come from a fixed linear congruential sequence (the
 * ANSI C `rand` constants), so every run writes the same files.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The criteria's names, in file order (ids c01 to c15). */
export const LARGE_CRITERIA = [
  "Calm on-call rotation",
  "Say in the product roadmap",
  "Budget I own",
  "Mentoring load",
  "Commute or travel",
  "Open-source time",
  "Quality of the codebase",
  "Founder chemistry",
  "Equity upside",
  "Domain I care about",
  "Team size to lead",
  "Writing and speaking",
  "Pace of shipping",
  "Hiring bar",
  "Parental leave",
];
const ORGANISATIONS = [
  "Orchard Labs",
  "Kestrel Bank",
  "Pinewire",
  "Quayside Games",
  "Lattice Health",
  "Brightfold",
  "Copperline",
  "Driftwood AI",
  "Ember Logistics",
  "Fathom Maps",
  "Granite Pay",
  "Harbourlight",
  "Inkwell Press",
  "Juniper Grid",
  "Kiln Robotics",
  "Lumenary",
  "Mosaic Tutors",
  "Northpass",
  "Oxbow Energy",
  "Parable Legal",
  "Quillstone",
  "Ridgeback Security",
  "Saltmarsh Foods",
  "Tidewater Freight",
  "Umber Studios",
  "Vantage Clinics",
  "Willowcode",
  "Xylem Water",
  "Yardarm Marine",
  "Zephyr Travel",
];
/** The option that only shines on the first criterion: it leads once that weight dominates. */
export const DARK_HORSE = "Staff Engineer, Zephyr Travel";
const ROLES = ["Head of Engineering", "VP Engineering", "CTO", "Engineering Manager"];

/** The size of a generated workspace (default 30 options × 15 criteria). */
export interface WorkspaceSize {
  /** Number of options, at least 2 (default 30); the last is the dark horse. */
  options?: number;
  /** Number of rating criteria, at least 1 (default 15); names repeat with a number past 15. */
  criteria?: number;
}

/**
 * Writes a workspace of 30 options × 15 rating criteria (points weighting, 10,000 samples),
 * or of the size given, ratings from a fixed linear congruential sequence, some unsure
 * (intervals) and a few missing, so SMAA has value uncertainty as well as weight uncertainty
 * to sample. Options are `options/option-01.md` to `option-30.md` (numbers padded to the
 * width of the count); the last is the dark horse. The default size writes the same files it
 * always did; larger ones are what `npm run bench -- scale` ranks (issue 15: 1,000 × 30 and
 * 5,000 × 30).
 *
 * @param dir an existing directory: bearing.yaml and options/ are written into it
 */
export function writeLargeWorkspace(dir: string, size: WorkspaceSize = {}): void {
  const optionCount = size.options ?? ORGANISATIONS.length;
  const criterionCount = size.criteria ?? LARGE_CRITERIA.length;
  if (!(Number.isInteger(optionCount) && optionCount >= 2))
    throw new Error(`writeLargeWorkspace: options must be an integer >= 2, got ${optionCount}`);
  if (!(Number.isInteger(criterionCount) && criterionCount >= 1))
    throw new Error(`writeLargeWorkspace: criteria must be an integer >= 1, got ${criterionCount}`);
  const names = Array.from({ length: criterionCount }, (_, j) => {
    const name = LARGE_CRITERIA[j % LARGE_CRITERIA.length] as string;
    return j < LARGE_CRITERIA.length
      ? name
      : `${name} ${Math.floor(j / LARGE_CRITERIA.length) + 1}`;
  });
  const idWidth = Math.max(2, String(criterionCount).length);
  const optionWidth = Math.max(2, String(optionCount).length);
  let state = 12345;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const ids = names.map((_, j) => `c${String(j + 1).padStart(idWidth, "0")}`);
  const criteria = names
    .map(
      (name, j) =>
        `  - id: ${ids[j]}\n    name: ${name}\n    scale: { kind: rating, min: 1, max: 5 }\n    points: ${5 + Math.floor(next() * 16)}\n`,
    )
    .join("");
  mkdirSync(join(dir, "options"), { recursive: true });
  writeFileSync(
    join(dir, "bearing.yaml"),
    `version: 1\nquestion: Which of ${optionCount === 30 ? "thirty" : optionCount} roles should I take?\ncriteria:\n${criteria}weighting:\n  method: points\nsettings:\n  samples: 10000\n  seed: 11\n`,
  );
  for (let i = 0; i < optionCount; i++) {
    const organisation =
      optionCount === ORGANISATIONS.length
        ? (ORGANISATIONS[i] as string)
        : `${ORGANISATIONS[i % ORGANISATIONS.length]} ${Math.floor(i / ORGANISATIONS.length) + 1}`;
    const dark = i === optionCount - 1;
    const ratings = ids.map((id, j) => {
      // Only the dark horse rates 5 on the first criterion, and it rates poorly elsewhere.
      const r = dark
        ? j === 0
          ? 5
          : 1 + Math.floor(next() * 2)
        : 1 + Math.floor(next() * (j === 0 ? 3 : 5));
      if (!dark && (i + j) % 11 === 0)
        return `  ${id}: [${Math.max(1, r - 1)}, ${Math.min(5, r + 1)}]`;
      if (!dark && (i * 7 + j) % 23 === 0) return `  ${id}: null`;
      return `  ${id}: ${r}`;
    });
    const title = dark ? DARK_HORSE : `${ROLES[i % ROLES.length]}, ${organisation}`;
    writeFileSync(
      join(dir, "options", `option-${String(i + 1).padStart(optionWidth, "0")}.md`),
      `---\ntitle: ${title}\norganisation: ${organisation}\nstatus: exploring\nratings:\n${ratings.join("\n")}\n---\n\nNotes on ${organisation}.\n`,
    );
  }
}
