import { describe, expect, it } from "vitest";
import { type PostLabel, type RoleLabel, reviewPost, reviewRole } from "./build.js";

const role: RoleLabel = {
  id: "j0001",
  responsibilities: ["coding"],
  archetype: "staff_ic",
  nominal_archetype: "staff_ic",
  facts: {
    reports_to: null,
    team_size: null,
    hands_on: "required",
    compensation: null,
    work_mode: null,
    stage: "enterprise",
  },
};
const post: PostLabel = { id: "q0001", values: [], considered: ["ic"], chosen: "ic" };

describe("the review of merged labels", () => {
  it("replaces only the reviewed field, and only the label it reviewed", () => {
    const out = reviewRole(role, {
      id: "j0001",
      facts: { stage: null },
      was: { stage: "enterprise" },
      why: "a famous name only",
    });
    expect(out.facts).toEqual({ ...role.facts, stage: null });
    expect(out.responsibilities).toEqual(role.responsibilities);
    expect(reviewRole(role, undefined)).toBe(role);
  });

  it("fails when the merged label is no longer the one reviewed", () => {
    expect(() =>
      reviewRole(role, { id: "j0001", facts: { stage: null }, was: { stage: "growth" }, why: "" }),
    ).toThrow(/j0001 facts.stage/);
    expect(() =>
      reviewPost(post, { id: "q0001", chosen: "undecided", was: { chosen: "manager" }, why: "" }),
    ).toThrow(/q0001 chosen/);
    expect(
      reviewPost(post, { id: "q0001", chosen: "undecided", was: { chosen: "ic" }, why: "" }).chosen,
    ).toBe("undecided");
  });
});
