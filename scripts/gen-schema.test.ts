import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { repoRoot } from "../src/testing/cli.js";
import { optionJsonSchema, profileJsonSchema } from "../src/workspace/json-schema.js";
import { SCHEMA_FILES, schemaText } from "./gen-schema.js";

describe("schema/ files", () => {
  for (const [file, generate] of Object.entries(SCHEMA_FILES)) {
    it(`${file} matches the zod schemas (run npm run gen:schema if not)`, () => {
      expect(readFileSync(join(repoRoot, file), "utf8")).toBe(schemaText(generate));
    });
  }
});

describe("the generated schemas, as an editor reads them (ajv, JSON Schema 2020-12)", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const option = ajv.compile(optionJsonSchema());
  const profile = ajv.compile(profileJsonSchema());
  const example = join(repoRoot, "examples/step-back");
  const front = (file: string) =>
    parseYaml(readFileSync(join(example, "options", file), "utf8").split(/^---$/m)[1] ?? "");

  it("accept the example's bearing.yaml (with its money block) and every option", () => {
    expect(profile(parseYaml(readFileSync(join(example, "bearing.yaml"), "utf8")))).toBe(true);
    for (const file of readdirSync(join(example, "options"))) {
      expect(option(front(file)), `${file}: ${JSON.stringify(option.errors)}`).toBe(true);
    }
  });

  it("accept ratings written with a unit, and money in every form the contract allows", () => {
    const valid = {
      title: "London",
      ratings: {
        pay: "800 EUR/day",
        total: "[150000, 170000] GBP/year",
        impact: 4,
        growth: [3, 4],
      },
      compensation: {
        base: { amount: [185000, 200000], currency: "GBP", period: "year" },
        bonus: { targetPercent: 15 },
        signOn: { amount: 40000, currency: "USD" },
        equity: [
          { kind: "rsu", value: 400000, currency: "USD", vestYears: 4 },
          {
            kind: "options",
            shares: 40000,
            strike: 1.2,
            sharePrice: 4.5,
            currency: "USD",
            vestYears: 4,
          },
        ],
        dayRate: { amount: 900, currency: "EUR", daysPerYear: 180 },
        retainer: { amount: 8000, currency: "USD", period: "month" },
      },
    };
    expect(option(valid), JSON.stringify(option.errors)).toBe(true);
  });

  it("still refuse what loading refuses: a rating that is neither number, interval nor unit figure", () => {
    expect(option({ title: "x", ratings: { pay: "lots" } })).toBe(false);
    expect(option({ title: "x", ratings: { pay: { amount: 3 } } })).toBe(false);
    expect(option({ title: "x", compensation: { base: { amount: "a lot" } } })).toBe(false);
  });
});
