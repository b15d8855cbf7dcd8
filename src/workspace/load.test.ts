import { describe, expect, it } from "vitest";
import { inspectWorkspace, loadWorkspace } from "./load.js";
import { MemoryStorage } from "./storage.js";

const profile = `question: Where next?
criteria:
  - id: impact
    name: Impact
    weight: 2
  - id: pay
    name: Pay
    scale: { kind: number, unit: USD/year }
    weight: 1
`;

const option = `---
title: Staff Engineer at Quill
status: talking
ratings:
  impact: 4
  pay: [150000, 170000]
---
Notes.
`;

describe("loading a workspace", () => {
  it("accepts CRLF line ends and a UTF-8 byte-order mark", async () => {
    const crlf = (s: string) => s.replace(/\n/g, "\r\n");
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(crlf(option))]);
    const workspace = await loadWorkspace(
      new MemoryStorage({ "bearing.yaml": crlf(profile), "options/quill.md": bom }),
    );
    expect(workspace.options[0]?.ratings).toEqual({ impact: 4, pay: [150000, 170000] });
    expect(workspace.options[0]?.body).toBe("Notes.\r\n");
  });

  it("reports schema problems at their line and column, all at once", async () => {
    const state = await inspectWorkspace(
      new MemoryStorage({
        "bearing.yaml": profile
          .replace("weight: 2", "weight: heavy")
          .replace("name: Pay", "name: Pay\n    colour: red"),
        "options/quill.md": option.replace("status: talking", "status: maybe"),
      }),
    );
    const where = state.issues.map(
      (i) => `${i.file}:${i.line}:${i.column} ${i.code} ${i.path?.join(".")}`,
    );
    expect(where).toEqual([
      "bearing.yaml:5:13 invalid_type criteria.0.weight",
      "bearing.yaml:8:5 unknown_field criteria.1.colour",
      "options/quill.md:3:9 invalid_value status",
    ]);
  });

  it("reports a key that is itself a list as an unknown field, without a Node warning", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on("warning", onWarning);
    try {
      const state = await inspectWorkspace(
        new MemoryStorage({
          "bearing.yaml": profile.replace("criteria:\n", "? [1, 2]\n: x\ncriteria:\n"),
          "options/quill.md": option.replace("status: talking", "? { a: 1 }\n: x\nstatus: talking"),
        }),
      );
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(state.issues.map((i) => `${i.file}:${i.line} ${i.code}`)).toEqual([
        "bearing.yaml:2 unknown_field",
        "options/quill.md:3 unknown_field",
      ]);
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).toEqual([]);
  });

  it("refuses a YAML alias bomb quickly instead of expanding it", async () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 8 }, (_, i) => {
        const prev = String.fromCharCode(97 + i);
        const next = String.fromCharCode(98 + i);
        return `${next}: &${next} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join("\n");
    const state = await inspectWorkspace(new MemoryStorage({ "bearing.yaml": bomb }));
    expect(state.issues.map((i) => i.code)).toContain("too_large");
    expect(state.profile).toBeUndefined();
  });

  it("says how to start when there is no workspace", async () => {
    const state = await inspectWorkspace(new MemoryStorage());
    expect(state.issues[0]).toMatchObject({ code: "not_found", file: "bearing.yaml" });
    expect(state.issues[0]?.hint).toContain("bearing init");
  });
});
