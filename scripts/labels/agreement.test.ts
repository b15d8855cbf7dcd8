import { describe, expect, it } from "vitest";
import { cohenKappa, setAgreement } from "./agreement.js";
import { buildLabels, mergeRole, type RoleLabel, roleDisputes, staleLabelFiles } from "./build.js";

describe("cohenKappa", () => {
  it("matches a hand-worked 2×2 case", () => {
    // 50 items: both yes 20, both no 15, a yes / b no 5, a no / b yes 10.
    // p_o = 35/50 = 0.7; p_e = (25/50)(30/50) + (25/50)(20/50) = 0.3 + 0.2 = 0.5; κ = 0.4.
    const a = [
      ...Array(20).fill("y"),
      ...Array(15).fill("n"),
      ...Array(5).fill("y"),
      ...Array(10).fill("n"),
    ];
    const b = [
      ...Array(20).fill("y"),
      ...Array(15).fill("n"),
      ...Array(5).fill("n"),
      ...Array(10).fill("y"),
    ];
    const k = cohenKappa(a, b);
    expect(k.observed).toBeCloseTo(0.7, 12);
    expect(k.chance).toBeCloseTo(0.5, 12);
    expect(k.kappa).toBeCloseTo(0.4, 12);
  });
  it("compares objects by value and is 1 for identical readings", () => {
    const a = [{ min: 5, max: 8 }, null, "x"];
    expect(
      cohenKappa(
        a,
        a.map((x) => (x && typeof x === "object" ? { ...x } : x)),
      ).kappa,
    ).toBe(1);
  });
});

describe("setAgreement", () => {
  it("gives micro-F1 from shared and one-sided ids", () => {
    // shared: 2 (a), 1 (c); only first: b; only second: d → F1 = 2·3 / (2·3 + 1 + 1) = 0.75.
    const r = setAgreement(
      [
        ["a", "b"],
        ["c", "a"],
      ],
      [["a"], ["c", "a", "d"]],
      ["a", "b", "c", "d"],
    );
    expect(r.microF1).toBeCloseTo(0.75, 12);
    expect(r.perId.a?.f1).toBe(1);
    expect(r.perId.b?.f1).toBe(0);
    expect(r.n).toBe(8);
  });
});

describe("merging two readings with a third", () => {
  const facts = {
    reports_to: null,
    team_size: null,
    hands_on: "some",
    compensation: null,
    work_mode: "remote",
    stage: null,
  };
  const a: RoleLabel = {
    id: "x",
    responsibilities: ["hiring", "delivery"],
    archetype: "director",
    nominal_archetype: "director",
    facts,
  };
  const b: RoleLabel = {
    id: "x",
    responsibilities: ["hiring", "quality"],
    archetype: "vp_engineering",
    nominal_archetype: "director",
    facts: { ...facts, work_mode: null },
  };
  it("lists only the disputed fields", () => {
    const d = roleDisputes(a, b);
    expect(d?.responsibilities).toEqual({ delivery: true, quality: false });
    expect(d?.archetype).toBe("director | vp_engineering");
    expect(d?.nominal_archetype).toBeUndefined();
    expect(Object.keys(d?.facts ?? {})).toEqual(["work_mode"]);
  });
  it("keeps agreed fields and takes the third reading on disputed ones", () => {
    const m = mergeRole(a, b, {
      id: "x",
      responsibilities: { delivery: true, quality: false },
      archetype: "director",
      facts: { work_mode: "remote" },
    });
    expect(m.responsibilities).toEqual(["delivery", "hiring"]);
    expect(m.archetype).toBe("director");
    expect(m.facts.work_mode).toBe("remote");
  });
  it("refuses a dispute nobody settled", () => {
    expect(() => mergeRole(a, b, undefined)).toThrow(/disputed and not adjudicated/);
  });
});

describe("the committed corpus labels (data/labels)", () => {
  it("are exactly the merge of the two readings and the third", () => {
    expect(staleLabelFiles()).toEqual([]);
  });
  it("cover every text twice and agree as data/README.md says", () => {
    const { report } = buildLabels();
    expect(report.jds.texts).toBe(274);
    expect(report.posts.texts).toBe(161);
    expect(report.jds.responsibilities.microF1).toBeGreaterThan(0.9);
    expect(report.posts.values.microF1).toBeGreaterThan(0.85);
  });
});
