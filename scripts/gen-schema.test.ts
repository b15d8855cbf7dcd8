import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../src/testing/cli.js";
import { SCHEMA_FILES, schemaText } from "./gen-schema.js";

describe("schema/ files", () => {
  for (const [file, generate] of Object.entries(SCHEMA_FILES)) {
    it(`${file} matches the zod schemas (run npm run gen:schema if not)`, () => {
      expect(readFileSync(join(repoRoot, file), "utf8")).toBe(schemaText(generate));
    });
  }
});
