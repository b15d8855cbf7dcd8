/**
 * JSON Schemas for editors (YAML language server, VS Code), generated from the same zod
 * schemas that validate the files, so the two never disagree.
 */
import { z } from "zod";
import { optionFrontMatterSchema } from "../core/model/option.js";
import { profileSchema } from "../core/model/profile.js";

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

/** Schema of an option's front matter (`options/<slug>.md`). */
export function optionJsonSchema(): Record<string, unknown> {
  return toSchema(optionFrontMatterSchema, "bearing option front matter (options/<slug>.md)");
}
