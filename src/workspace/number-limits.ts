/**
 * Numbers that are each finite but whose arithmetic is not: weights whose sum overflows to
 * Infinity (every weight then normalises to 0), scales or value-function points whose width
 * overflows (every partial value collapses to 0), ratings on an unbounded scale whose spread
 * overflows. The schemas check numbers one at a time; these checks look at them together, so
 * such a workspace is refused with a located error instead of ranked as nonsense.
 */
import type { Issue } from "../core/errors.js";
import type { Profile } from "../core/model/profile.js";
import { splitFrontMatter } from "./frontmatter.js";
import { locate, type ParsedYaml, parseYaml } from "./parse.js";

const HINT = "use smaller numbers: only their ratios and differences matter";

/** Weight sums and scale widths of `bearing.yaml` that overflow. */
export function checkProfileNumbers(profile: Profile, parsed: ParsedYaml, file: string): Issue[] {
  const issues: Issue[] = [];
  const at = (path: (string | number)[]) => ({ file, path, ...locate(parsed, path) });
  for (const field of ["weight", "points", "swing"] as const) {
    let sum = 0;
    const index = profile.criteria.findIndex((criterion) => {
      sum += criterion[field] ?? 0;
      return !Number.isFinite(sum);
    });
    if (index >= 0) {
      issues.push({
        code: "out_of_range",
        message: `the ${field} values add up to more than a number can hold`,
        hint: HINT,
        ...at(["criteria", index, field]),
      });
    }
  }
  profile.criteria.forEach((criterion, index) => {
    const { min, max } = criterion.scale;
    if (min !== undefined && max !== undefined && !Number.isFinite(max - min)) {
      issues.push({
        code: "out_of_range",
        message: `the scale from ${min} to ${max} is wider than a number can hold`,
        hint: HINT,
        ...at(["criteria", index, "scale"]),
      });
    }
    const points =
      criterion.valueFunction?.type === "piecewise" ? criterion.valueFunction.points : [];
    const xs = points.map(([x]) => x);
    if (xs.length > 0 && !Number.isFinite(Math.max(...xs) - Math.min(...xs))) {
      issues.push({
        code: "out_of_range",
        message: "the value function's points span more than a number can hold",
        hint: HINT,
        ...at(["criteria", index, "valueFunction", "points"]),
      });
    }
  });
  return issues;
}

/** An option as far as these checks need it: its ratings and where it came from. */
interface RatedOption {
  file: string;
  ratings: Record<string, number | [number, number] | null>;
  source: { text: string };
}

/**
 * Ratings on number scales without both bounds, whose spread across options overflows (the
 * scale is then taken from the ratings, and its width would be Infinity).
 */
export function checkRatingSpread(profile: Profile, options: readonly RatedOption[]): Issue[] {
  const issues: Issue[] = [];
  for (const criterion of profile.criteria) {
    if (criterion.scale.min !== undefined && criterion.scale.max !== undefined) continue;
    const issue = spreadIssue(criterion.id, options);
    if (issue) issues.push(issue);
  }
  return issues;
}

function spreadIssue(criterion: string, options: readonly RatedOption[]): Issue | undefined {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const option of options) {
    const rating = option.ratings[criterion];
    if (rating === null || rating === undefined) continue;
    for (const value of typeof rating === "number" ? [rating] : rating) {
      low = Math.min(low, value);
      high = Math.max(high, value);
      if (Number.isFinite(high - low)) continue;
      const path = ["ratings", criterion];
      return {
        code: "out_of_range",
        file: option.file,
        path,
        ...locateInFrontMatter(option.file, option.source.text, path),
        message: `rating ${value} is so far from the other options' ratings of "${criterion}" that their difference overflows`,
        hint: `${HINT}; or give the criterion's scale a min and a max`,
      };
    }
  }
  return undefined;
}

function locateInFrontMatter(
  file: string,
  text: string,
  path: string[],
): { line?: number; column?: number } {
  const split = splitFrontMatter(text);
  if (!split) return { line: 1 };
  return locate(parseYaml(file, split.yaml, split.lineOffset).parsed, path);
}
