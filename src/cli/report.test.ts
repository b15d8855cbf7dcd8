import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { prettyJsonChunks, reportError } from "./report.js";

/** An error as Node's fs module throws it. */
function fsError(code: string, syscall: string, path: string, dest?: string): Error {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path, dest });
}

function report(error: unknown, json = false): { code: number; stderr: string } {
  let stderr = "";
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: reportError(error, json), stderr };
  } finally {
    spy.mockRestore();
  }
}

describe("reportError: the machine refusing a write is the user's situation (exit 2)", () => {
  afterEach(() => vi.restoreAllMocks());
  const cwd = process.cwd();
  const cases = [
    [
      "EROFS",
      "open",
      `${cwd}/ws/options/.bearing-tmp-12-abcdef`,
      undefined,
      /ws\/options: cannot write: the file system is read-only \(EROFS\) \(remount it writable/,
    ],
    [
      "ENOSPC",
      "write",
      `${cwd}/ws/options/.bearing-tmp-12-abcdef`,
      undefined,
      /ws\/options: cannot write: the disk is full \(ENOSPC\) \(free some space/,
    ],
    [
      "EDQUOT",
      "write",
      `${cwd}/ws/bearing.yaml`,
      undefined,
      /ws\/bearing\.yaml: cannot write: your disk quota is used up/,
    ],
    [
      "EACCES",
      "mkdir",
      `${cwd}/ws/journal`,
      undefined,
      /ws\/journal: cannot write: permission denied \(EACCES\) \(check the permissions/,
    ],
    [
      "EPERM",
      "rename",
      `${cwd}/ws/options/.bearing-tmp-1-a`,
      `${cwd}/ws/options/a.md`,
      /ws\/options\/a\.md: cannot write: operation not permitted \(EPERM\) \(.*immutable/,
    ],
  ] as const;
  for (const [code, syscall, path, dest, expected] of cases) {
    it(`${code} from ${syscall}: exit 2, the file and what to do, no stack trace`, () => {
      const result = report(fsError(code, syscall, path, dest));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(expected);
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    });
  }

  it("with --json, the issue carries the stable code not_writable", () => {
    const { stderr } = report(fsError("EROFS", "open", `${cwd}/ws/x.md`), true);
    const json = JSON.parse(stderr.split("\n")[1] ?? "");
    expect(json.error.issues[0]).toMatchObject({ code: "not_writable", file: "ws/x.md" });
  });

  it("other errors stay internal errors (exit 1)", () => {
    expect(report(fsError("EBADF", "read", "/x")).code).toBe(1);
    expect(report(new Error("bug")).code).toBe(1);
  });
});

describe("prettyJsonChunks", () => {
  it("writes exactly what JSON.stringify(value, null, 2) writes, in pieces", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({
            withBoxedValues: true,
            withNullPrototype: true,
            withObjectString: true,
            withTypedArray: true,
            withDate: true,
            withMap: true,
            withSet: true,
            withSparseArray: true,
          }),
          fc.array(fc.double(), { maxLength: 5000 }),
        ),
        (value) => {
          expect([...prettyJsonChunks(value)].join("")).toBe(JSON.stringify(value, null, 2) ?? "");
        },
      ),
      { numRuns: 500 },
    );
  });

  it("cuts a large value into pieces of about 64 KB", () => {
    const value = {
      rows: Array.from({ length: 20_000 }, (_, i) => ({ id: `o-${i}`, score: i / 7 })),
    };
    const chunks = [...prettyJsonChunks(value)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70 * 1024);
    expect(chunks.join("")).toBe(JSON.stringify(value, null, 2));
  });

  it("refuses a cycle as JSON.stringify does", () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => [...prettyJsonChunks(a)]).toThrow(TypeError);
  });
});
