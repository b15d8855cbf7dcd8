/**
 * The ids that judgements and trade-off answers in `bearing.yaml` name, checked against the
 * workspace's options and criteria, each problem located on its line.
 */
import type { Issue } from "../core/errors.js";
import type { Profile } from "../core/model/profile.js";
import { unknownIdHint } from "../core/suggest.js";
import { locate, type ParsedYaml } from "./parse.js";

/**
 * Judgements must name two different options that exist (closed ones included; not checked
 * when `options` is null); trade-off answers must name known criteria, the same ones on both
 * sides.
 */
export function checkPreferenceIds(
  profile: Profile,
  options: readonly { id: string }[] | null,
  file: string,
  parsed: ParsedYaml,
): Issue[] {
  const issues: Issue[] = [];
  const at = (path: (string | number)[]) => ({ file, path, ...locate(parsed, path) });
  const optionIds = new Set(options?.map((o) => o.id));
  profile.judgements.forEach((judgement, k) => {
    for (const side of ["prefer", "over"] as const) {
      if (options && !optionIds.has(judgement[side])) {
        issues.push({
          code: "unknown_id",
          message: `judgement names unknown option "${judgement[side]}"`,
          hint: unknownIdHint(
            judgement[side],
            [...optionIds],
            "options",
            "add the option first (bearing option add)",
          ),
          ...at(["judgements", k, side]),
        });
      }
    }
    if (judgement.prefer === judgement.over) {
      issues.push({
        code: "invalid_value",
        message: `judgement prefers "${judgement.prefer}" over itself`,
        hint: "name two different options",
        ...at(["judgements", k]),
      });
    }
  });
  const criterionIds = new Set(profile.criteria.map((c) => c.id));
  profile.tradeoffs.forEach((tradeoff, k) => {
    for (const side of ["prefer", "over"] as const) {
      for (const id of Object.keys(tradeoff[side])) {
        if (!criterionIds.has(id)) {
          issues.push({
            code: "unknown_id",
            message: `trade-off names unknown criterion "${id}"`,
            hint: unknownIdHint(id, [...criterionIds], "criteria"),
            ...at(["tradeoffs", k, side, id]),
          });
        }
      }
    }
    const a = Object.keys(tradeoff.prefer).sort().join(",");
    const b = Object.keys(tradeoff.over).sort().join(",");
    if (a !== b) {
      issues.push({
        code: "invalid_value",
        message: "a trade-off compares two roles on the same criteria",
        hint: "give prefer and over the same criteria",
        ...at(["tradeoffs", k]),
      });
    }
  });
  return issues;
}
