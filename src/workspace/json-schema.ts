/**
 * JSON Schemas for editors (YAML language server, VS Code), generated from the same zod
 * schemas that validate the files, so the two never disagree.
 */
import { z } from "zod";
import { optionFrontMatterSchema } from "../core/model/option.js";
import { profileSchema } from "../core/model/profile.js";
import { UNIT_RATING_PATTERN } from "./money-input.js";

function toSchema(schema: z.ZodType, title: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }),
    title,
  };
}

/** Schema of `bearing.yaml`. */
export function profileJsonSchema(): Record<string, unknown> {
  return toSchema(profileSchema, "bearing workspace profile (bearing.yaml)");
}

/**
 * Schema of an option's front matter (`options/<slug>.md`). Ratings may also be written with a
 * unit (`pay: 800 EUR/day`, `pay: "[150000, 170000] GBP/year"`): loading reads them into
 * numbers before the zod schema sees them (`money-input.ts`), so the schema of what the user
 * types adds them beside number, interval and null.
 */
export function optionJsonSchema(): Record<string, unknown> {
  const schema = toSchema(
    optionFrontMatterSchema,
    "bearing option front matter (options/<slug>.md)",
  );
  const rating = (
    schema.properties as { ratings?: { additionalProperties?: { anyOf?: unknown[] } } }
  )?.ratings?.additionalProperties;
  if (!rating?.anyOf) throw new Error("option schema: ratings is not number | interval | null");
  rating.anyOf.push({
    type: "string",
    pattern: UNIT_RATING_PATTERN,
    description: "a number or [low, high] with its unit, e.g. 800 EUR/day",
  });
  return schema;
}
