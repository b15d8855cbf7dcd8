/**
 * Writes the JSON Schemas of the workspace files into `schema/`, for editors:
 * `npm run gen:schema`. A test fails when they are stale.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../src/testing/cli.js";
import { optionJsonSchema, profileJsonSchema } from "../src/workspace/json-schema.js";

export const SCHEMA_FILES = {
  "schema/bearing.schema.json": profileJsonSchema,
  "schema/option.schema.json": optionJsonSchema,
};

export function schemaText(generate: () => Record<string, unknown>): string {
  return `${JSON.stringify(generate(), null, 2)}\n`;
}

if (process.argv[1]?.endsWith("gen-schema.ts")) {
  for (const [file, generate] of Object.entries(SCHEMA_FILES)) {
    writeFileSync(join(repoRoot, file), schemaText(generate));
    console.log(`wrote ${file}`);
  }
}
