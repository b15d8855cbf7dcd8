import { describe, expect, it } from "vitest";
import type { ArchetypeId, ResponsibilityId } from "../../src/core/taxonomy.js";
import { type RoleExample, rareDuties } from "./roles.js";

/** Training examples that carry only what rareDuties reads: the archetype and duties labelled. */
function examples(
  archetype: ArchetypeId,
  count: number,
  duties: (i: number) => ResponsibilityId[],
): RoleExample[] {
  return Array.from(
    { length: count },
    (_, i) => ({ label: { archetype, responsibilities: duties(i) } }) as unknown as RoleExample,
  );
}

describe("rareDuties", () => {
  it("lists the duties labelled in fewer than the rate of an archetype's postings", () => {
    // 40 staff IC postings: all code, 2 (5%) manage people, 4 (10%) hire.
    const train = examples("staff_ic", 40, (i) => [
      "coding",
      ...(i < 2 ? (["people_management"] as const) : []),
      ...(i < 4 ? (["hiring"] as const) : []),
    ]);
    const rare = rareDuties(train, { rareDutyRate: 0.07, rareDutyMin: 20 }).staff_ic ?? [];
    expect(rare).toContain("people_management");
    expect(rare).toContain("budget_vendors");
    expect(rare).not.toContain("hiring");
    expect(rare).not.toContain("coding");
  });

  it("says nothing of an archetype with too few labelled postings to tell", () => {
    const train = [
      ...examples("founder", 10, () => ["coding"]),
      ...examples("director", 25, () => ["delivery"]),
    ];
    const rare = rareDuties(train, { rareDutyRate: 0.07, rareDutyMin: 20 });
    expect(rare.founder).toBeUndefined();
    expect(rare.director).toContain("coding");
  });
});
