import { describe, expect, it } from "vitest";
import { handMadeRoleModel } from "../../testing/role-model.js";
import { type ArchetypeId, RESPONSIBILITY_IDS } from "../taxonomy.js";
import { analyzeReading, analyzeRole } from "./analyze.js";
import { readPosting } from "./features.js";
import { type LearnedRoleModel, RULED_CONFIDENCE } from "./learned.js";

const POSTING = [
  "# Engineering Manager, Payments",
  "",
  "## What you will do",
  "",
  "- Run our Kubernetes clusters and keep the on-call rotation healthy.",
  "- Coach four engineers through weekly one-on-ones.",
  "- Plan the quarter with product.",
].join("\n");

/** A hand-made model: operations when the duties name Kubernetes, nothing else. */
function model(archetypeBias: Partial<Record<ArchetypeId, number>>, confident: number) {
  return handMadeRoleModel(archetypeBias, {
    confident,
    responsibilities: { operations: { bias: -3, weights: { "d:kubernet": 5 }, threshold: 0.5 } },
  });
}

describe("learned role decisions", () => {
  it("reports what the weights say, with the sentence that weighs most as verbatim evidence", () => {
    const a = analyzeReading(readPosting(POSTING), model({ engineering_manager: 2 }, 0.6));
    expect(a.responsibilities.map((r) => r.id)).toEqual(["operations"]);
    const finding = a.responsibilities[0];
    expect(finding?.evidence).toEqual([
      "Run our Kubernetes clusters and keep the on-call rotation healthy.",
    ]);
    // σ(-3 + 5) = 0.881
    expect(finding?.score).toBeCloseTo(0.881, 3);
    const span = finding?.spans[0];
    expect(POSTING.slice(span?.start, span?.end)).toBe(finding?.evidence[0]);
    expect(a.archetype.id).toBe("engineering_manager");
    expect(a.titleMismatch).toBe(false);
    expect(a.readsAs).toEqual(["engineering_manager"]);
  });

  it("names two archetypes and raises no mismatch flag when it is not confident", () => {
    // director e^1 vs engineering manager e^0.8: 0.55 / 0.45, below 0.6.
    const a = analyzeReading(
      readPosting(POSTING),
      model({ director: 1, engineering_manager: 0.8 }, 0.6),
    );
    expect(a.archetype.id).toBe("director");
    expect(a.archetype.confidence).toBeCloseTo(Math.exp(0.2) / (1 + Math.exp(0.2)), 2);
    expect(a.readsAs).toEqual(["director", "engineering_manager"]);
    expect(a.titleMismatch).toBe(false);
    expect(a.mismatchReason).toBeNull();
  });

  it("flags a mismatch when it is confident the role is not what the title says", () => {
    const a = analyzeReading(readPosting(POSTING), model({ director: 4 }, 0.6));
    expect(a.archetype.id).toBe("director");
    expect(a.titleMismatch).toBe(true);
    expect(a.mismatchReason).toMatch(/Engineering Manager, Payments/);
  });

  /**
   * A model reading Director (4 against -10) whose scope model reads one team and several teams
   * in every sentence (0.95 each), with the Director weights given.
   */
  function directorStatingTeams(director: Record<string, number>): LearnedRoleModel {
    const base = model({ director: 4 }, 0.6);
    const off = { bias: -5, cue: 0, weights: {} };
    const on = { bias: 3, cue: 0, weights: {} };
    return {
      ...base,
      scope: { one_team: on, several_teams: on, whole_org: off, no_reports: off, exec: off },
      archetype: { ...base.archetype, weights: { ...base.archetype.weights, director } },
    };
  }

  it("gives as reasons only duties it reports, and a scope stated against it too", () => {
    // Director reads coding (0.73, below coding's own threshold 0.9: not reported) and operations
    // (reported) as its reasons; the sentences state one team as surely as several (0.95 each),
    // and one team favours the title's archetype.
    const base = directorStatingTeams({
      "p:coding": 3,
      "p:operations": 1,
      "sc:several_teams": 1,
      "sc:one_team": -1,
    });
    const m: LearnedRoleModel = {
      ...base,
      responsibilities: {
        ...base.responsibilities,
        coding: { bias: 1, weights: {}, threshold: 0.9 },
      },
    };
    const a = analyzeReading(readPosting(POSTING), m);
    expect(a.responsibilities.map((r) => r.id)).toEqual(["operations"]);
    expect(a.titleMismatch).toBe(true);
    expect(a.mismatchReason).not.toMatch(/codes/);
    expect(a.mismatchReason).toMatch(/runs infrastructure and operations/);
    expect(a.mismatchReason).toMatch(/leads several teams/);
    expect(a.mismatchReason).toMatch(
      /\(though it also says the role manages one team directly\)\.$/,
    );
  });

  it("names each span of control once among its reasons, and never two opposite spans", () => {
    // Director reads several teams most, then one team (stated as surely), then operations.
    const m = directorStatingTeams({ "sc:several_teams": 3, "sc:one_team": 2, "p:operations": 1 });
    const a = analyzeReading(readPosting(POSTING), m);
    expect(a.titleMismatch).toBe(true);
    expect(a.mismatchReason).toMatch(
      /the role leads several teams or their managers and runs infrastructure and operations:/,
    );
    expect(a.mismatchReason).not.toMatch(/one team/);
  });

  it("lets the mismatch model decide the flag when the model has one", () => {
    // Director at 4 against -10 elsewhere: the archetype reading is confident either way.
    const base = model({ director: 4 }, 0.6);
    const strict = {
      ...base,
      mismatch: { bias: 0, weights: { "nom:engineering_manager": -3 }, threshold: 0.5 },
    };
    const a = analyzeReading(readPosting(POSTING), strict);
    expect(a.archetype.id).toBe("director");
    expect(a.titleMismatch).toBe(false);
    expect(a.mismatchReason).toBeNull();
    // σ(0 + 4 × (1 - P(engineering manager))) ≈ 0.98 >= 0.5: flagged.
    const sure = { ...base, mismatch: { bias: 0, weights: { pn: 4 }, threshold: 0.5 } };
    expect(analyzeReading(readPosting(POSTING), sure).titleMismatch).toBe(true);
  });

  it("says 'perhaps' when the mismatch model flags a reading that is not confident", () => {
    // Director 0.55 against engineering manager 0.45 (below 0.6); a mismatch model that flags.
    const unsure = {
      ...model({ director: 1, engineering_manager: 0.8 }, 0.6),
      mismatch: { bias: 5, weights: {}, threshold: 0.5 },
    };
    const a = analyzeReading(readPosting(POSTING), unsure);
    expect(a.readsAs).toEqual(["director", "engineering_manager"]);
    expect(a.titleMismatch).toBe(true);
    expect(a.mismatchReason).toMatch(/: perhaps closer to Director\.$/);
    const sure = analyzeReading(readPosting(POSTING), {
      ...model({ director: 4 }, 0.6),
      mismatch: { bias: 5, weights: {}, threshold: 0.5 },
    });
    expect(sure.mismatchReason).toMatch(/: closer to Director\.$/);
  });

  it("with mismatchAll, flags a posting whose title's archetype reads likeliest, reporting the next", () => {
    // Engineering manager 0.525 against director 0.475: the title's archetype reads likeliest.
    const base = model({ engineering_manager: 1, director: 0.9 }, 0.6);
    const flagOnScope = {
      bias: -2,
      weights: { same: 0, "s:f:scope.team": 2.2 },
      threshold: 0.5,
    };
    // Without mismatchAll the mismatch model is never asked: the title's archetype stands.
    const off = analyzeReading(readPosting(POSTING), { ...base, mismatch: flagOnScope });
    expect(off.archetype.id).toBe("engineering_manager");
    expect(off.titleMismatch).toBe(false);
    // Reading every titled posting, but without the scope signals: σ(-2) < 0.5, not flagged.
    const all = { ...base, mismatch: flagOnScope, mismatchAll: true };
    expect(analyzeReading(readPosting(POSTING), all).titleMismatch).toBe(false);
    // With them, "one-on-ones" (one team) reads as scope.team: q = σ(-2 + 2.2) = 0.55 >= 0.5,
    // flagged, and the likeliest other archetype is reported, read by the two models together:
    // director q · 0.475 / (1 - 0.525) = 0.55, not sure; the title's archetype, which the flag
    // rules out, is not a runner-up.
    const a = analyzeReading(readPosting(POSTING), { ...all, mismatchScope: true });
    expect(a.titleMismatch).toBe(true);
    expect(a.archetype.id).toBe("director");
    expect(a.archetype.confidence).toBeCloseTo(0.55, 2);
    expect(a.archetype.ranked.map((r) => r.id)).not.toContain("engineering_manager");
    expect(a.readsAs).toEqual(["director"]);
  });

  it("never reports a winner less likely than its runner-up when the flag overrules the reading", () => {
    // Engineering manager 0.45, director 0.40, VP 0.15: the title's archetype reads likeliest.
    const base = model({ engineering_manager: 1, director: 0.9, vp_engineering: -0.1 }, 0.6);
    const reading = readPosting(POSTING);
    for (const weight of [0.5, 1.9, 2.2, 5]) {
      for (const threshold of [0.3, 0.5, 0.7]) {
        const mismatch = { bias: -2, weights: { "s:f:scope.team": weight }, threshold };
        for (const titleStands of [false, true]) {
          const m = { ...base, mismatch, mismatchAll: true, mismatchScope: true, titleStands };
          const a = analyzeReading(reading, m);
          for (const r of a.archetype.ranked)
            expect(r.score).toBeLessThanOrEqual(a.archetype.confidence);
          // A flag always names another archetype than the title's.
          if (a.titleMismatch) expect(a.archetype.id).not.toBe("engineering_manager");
        }
      }
    }
    // The title stands (not flagged, director likeliest): engineering manager 1 - σ(-2 + 0.5)
    // = 0.82 against director 0.18 · 0.40 / 0.55.
    const weak = { bias: -2, weights: { "s:f:scope.team": 0.5 }, threshold: 0.5 };
    const stands = model({ engineering_manager: 0.8, director: 1 }, 0.6);
    const a = analyzeReading(reading, {
      ...stands,
      mismatch: weak,
      titleStands: true,
      mismatchScope: true,
    });
    expect(a.titleMismatch).toBe(false);
    expect(a.archetype.id).toBe("engineering_manager");
    expect(a.archetype.confidence).toBeCloseTo(1 - 1 / (1 + Math.exp(1.5)), 2);
    expect(a.archetype.ranked[0]?.id).toBe("director");
  });

  it("reads no operating or strategic CTO under a title that names another role", () => {
    // The model reads the operating CTO likeliest (e^3 against e^1 and e^0): the title names one
    // team's manager, so the likeliest archetype that is not a CTO's is read, and it is the
    // title's own.
    const cto = model({ cto_operator: 3, cto_architect: 2, engineering_manager: 1 }, 0.6);
    const a = analyzeReading(readPosting(POSTING), cto);
    expect(a.archetype.id).toBe("engineering_manager");
    expect(a.titleMismatch).toBe(false);
    // Also when a flag had set the title's archetype aside.
    const flagged = {
      ...cto,
      mismatch: { bias: 5, weights: {}, threshold: 0.5 },
      mismatchAll: true,
    };
    const b = analyzeReading(readPosting(POSTING), flagged);
    expect(b.archetype.id).not.toMatch(/^cto_(?:operator|architect)$/);
    // Under a CTO's title the reading stands.
    const titled = POSTING.replace("# Engineering Manager, Payments", "# CTO");
    expect(analyzeReading(readPosting(titled), cto).archetype.id).toBe("cto_operator");
  });

  it("reads a CTO who codes and leads a handful of developers as one team's manager", () => {
    const cto = model({ cto_operator: 3, engineering_manager: 1 }, 0.6);
    const small = [
      "# CTO",
      "",
      "Most of your week, about 70%, will go on writing code.",
      "Two developers will report to you.",
    ].join("\n");
    const a = analyzeReading(readPosting(small), cto);
    expect(a.archetype.id).toBe("engineering_manager");
    expect(a.titleMismatch).toBe(true);
    // The statement leaves one archetype: as sure as such statements prove, not 100%.
    expect(a.archetype.confidence).toBe(RULED_CONFIDENCE);
    // Not when the CTO leads more people than a handful, or does not code.
    const larger = small.replace("Two developers", "Six developers");
    expect(analyzeReading(readPosting(larger), cto).archetype.id).toBe("cto_operator");
    const oversight = small.replace(
      "Most of your week, about 70%, will go on writing code.",
      "You will not be writing code.",
    );
    expect(analyzeReading(readPosting(oversight), cto).archetype.id).toBe("cto_operator");
  });

  it("keeps a vice president's title over dozens of engineers when the models read a director", () => {
    const director = model({ director: 3, vp_engineering: 1 }, 0.6);
    const vp = [
      "# VP of Engineering",
      "",
      "You will lead our engineering organisation of about 70 engineers.",
      "You report to the CTO.",
    ].join("\n");
    expect(analyzeReading(readPosting(vp), director).archetype.id).toBe("vp_engineering");
    // Not a head's title, nor a vice president over a dozen.
    const head = vp.replace("# VP of Engineering", "# Head of Engineering");
    expect(analyzeReading(readPosting(head), director).archetype.id).toBe("director");
    const dozen = vp.replace("about 70 engineers", "about 12 engineers");
    expect(analyzeReading(readPosting(dozen), director).archetype.id).toBe("director");
  });

  it("reads a director's title over one team, said so, as that team's manager", () => {
    const director = model({ director: 3, engineering_manager: 1 }, 0.6);
    const one = [
      "# Engineering Director, Search",
      "",
      "To be clear about the scope: this is one team, and its eight engineers report directly to you.",
      "You report to the CTO.",
    ].join("\n");
    const a = analyzeReading(readPosting(one), director);
    expect(a.archetype.id).toBe("engineering_manager");
    expect(a.titleMismatch).toBe(true);
    // Not when the text also gives it several teams.
    const several = one.replace(
      "You report to the CTO.",
      "You will also lead the two platform teams and their managers.",
    );
    expect(analyzeReading(readPosting(several), director).archetype.id).toBe("director");
  });

  it("reads a CTO's email subject that says the job is client-facing as the customer-facing CTO", () => {
    const cto = model({ cto_architect: 3, cto_external: 1 }, 0.6);
    const subject = POSTING.replace(
      "# Engineering Manager, Payments",
      "Subject: CTO opportunity — Lima software studio (client-facing)",
    );
    expect(analyzeReading(readPosting(subject), cto).archetype.id).toBe("cto_external");
  });

  it("reads a role whose email subject names a contract engagement as fractional", () => {
    const manager = model({ engineering_manager: 3, fractional: 1 }, 0.6);
    const contract = POSTING.replace(
      "# Engineering Manager, Payments",
      "Subject: Contract role — Engineering Manager, 3 days/week, 6 months",
    );
    const a = analyzeReading(readPosting(contract), manager);
    expect(a.archetype.id).toBe("fractional");
    expect(a.titleMismatch).toBe(true);
    // Without the engagement in the subject, the reading stands.
    const plain = POSTING.replace(
      "# Engineering Manager, Payments",
      "Subject: Engineering Manager — Payments",
    );
    expect(analyzeReading(readPosting(plain), manager).archetype.id).toBe("engineering_manager");
  });

  it("reads an individual contributor's title over several teams' leads as a manager's role", () => {
    const ic = model({ staff_ic: 3, director: 1 }, 0.6);
    const lead = POSTING.replace("# Engineering Manager, Payments", "# Lead Developer").replace(
      "## What you will do",
      "## What you will do\n\n- Lead the three tech leads and, through them, the squads",
    );
    expect(analyzeReading(readPosting(lead), ic).archetype.id).toBe("director");
  });

  it("reads a Field CTO as the customer-facing CTO when the models read another CTO", () => {
    const cto = model({ cto_operator: 3, cto_external: 1 }, 0.6);
    const field = POSTING.replace("# Engineering Manager, Payments", "# Field CTO, Nordics");
    const a = analyzeReading(readPosting(field), cto);
    expect(a.archetype.id).toBe("cto_external");
    expect(a.titleMismatch).toBe(false);
  });

  it("keeps a confident hand-written reading of a rare archetype, and only a confident one", () => {
    const hand = analyzeReading(readPosting(POSTING), null).archetype;
    expect(hand.id).not.toBe("director");
    const rare = { ...model({ director: 4 }, 0.6), handRare: [hand.id] };
    const kept = analyzeReading(readPosting(POSTING), { ...rare, handConfident: 0 });
    expect(kept.archetype).toEqual(hand);
    const overruled = analyzeReading(readPosting(POSTING), { ...rare, handConfident: 1.01 });
    expect(overruled.archetype.id).toBe("director");
  });

  it("keeps the hand-written decisions of the responsibilities it is told to", () => {
    const reading = readPosting(POSTING);
    const hand = analyzeReading(reading, null).responsibilities;
    const handIds = hand.map((r) => r.id);
    expect(handIds.length).toBeGreaterThan(0);
    const m = {
      ...model({ engineering_manager: 2 }, 0.6),
      responsibilitiesFrom: "learned" as const,
    };
    const mixed = analyzeReading(reading, { ...m, handResponsibilities: handIds });
    // The hand-written findings (evidence included) and the learned operations finding.
    for (const h of hand) expect(mixed.responsibilities).toContainEqual(h);
    expect(mixed.responsibilities.map((r) => r.id)).toContain("operations");
  });

  it("starts from the hand-written cue scores when they are its prior", () => {
    const reading = readPosting(POSTING);
    const m = model({ engineering_manager: 2 }, 0.6);
    // No weights and no bias: the probability is the cue score clipped to [0.1, 0.9].
    const flat = Object.fromEntries(
      RESPONSIBILITY_IDS.map((id) => [id, { bias: 0, weights: {}, threshold: 0.5 }]),
    ) as LearnedRoleModel["responsibilities"];
    const a = analyzeReading(reading, {
      ...m,
      responsibilities: flat,
      responsibilityPrior: 0.1,
      responsibilitiesFrom: "learned",
    });
    const hand = analyzeReading(reading, null).responsibilities;
    expect(a.responsibilities.map((r) => r.id).sort()).toEqual(hand.map((r) => r.id).sort());
    for (const r of a.responsibilities) {
      const score = reading.hand.scores[r.id];
      expect(r.score).toBeCloseTo(Math.min(0.9, Math.max(0.1, score)), 3);
      expect(r.evidence.length).toBeGreaterThan(0);
    }
  });
});

describe("a bank's rank before an engineer's role", () => {
  it("reads the role as an individual contributor's, and flags the VP title", () => {
    const text = [
      "Vice President, Software Engineer - Settlement Services",
      "",
      "We are a large bank. Our Settlement Services team is looking for a Vice President, Software Engineer to join the team.",
      "",
      "Responsibilities:",
      "- Design, build and test low-latency settlement services in Java and Kafka",
      "- Review code and keep our unit and integration tests healthy",
      "- Take part in the production support rotation",
      "- Mentor junior engineers on the team",
      "",
      "Qualifications:",
      "- 8+ years of hands-on Java development",
    ].join("\n");
    const a = analyzeRole(text);
    expect(a.archetype.id).toBe("staff_ic");
    expect(a.nominalArchetype).toBe("vp_engineering");
    expect(a.titleMismatch).toBe(true);
    // The same duties under a manager's rank and title are not read so.
    const managed = analyzeRole(
      text
        .replace(/Vice President, Software Engineer/g, "Vice President, Engineering Manager")
        .replace(
          "- Mentor junior engineers on the team",
          "- Manage the six engineers on the team: 1:1s, reviews and hiring",
        ),
    );
    expect(managed.archetype.id).not.toBe("staff_ic");
  });
});

describe("a Director who reports to the chief executive", () => {
  it("leads the engineering organisation: read as an organisation leader, and the title flagged", () => {
    const text = [
      "# Director of Engineering",
      "",
      "We are a 60-person logistics software company. You would report directly to our CEO.",
      "",
      "## What you'll do",
      "- Lead our engineering organisation: three squads, each with its own engineering manager",
      "- Coach the three engineering managers and grow them as leaders",
      "- Own the technical roadmap and the quarterly planning across the squads",
      "- Hire the next two managers as we grow",
    ].join("\n");
    const a = analyzeRole(text);
    expect(a.facts.reportsTo).toBe("ceo");
    expect(["vp_engineering", "cto_operator"]).toContain(a.archetype.id);
    expect(a.titleMismatch).toBe(true);
    expect(a.mismatchReason ?? "").toContain("chief executive");
    // The same duties under a VP of Engineering are a director's.
    const under = analyzeRole(text.replace("our CEO", "our VP of Engineering"));
    expect(under.archetype.id).toBe("director");
  });
});

describe("a Director flagged as no director, who reports to the chief executive", () => {
  it("is read as an organisation leader, not as the manager of one team", () => {
    const text = [
      "Director of Engineering at Plumline (Remote, US)",
      "",
      "Plumline makes scheduling software for rural vet clinics. We're 45 people.",
      "",
      "We're hiring a Director of Engineering to run all of engineering. Today that's three teams and 17 engineers, counting our one SRE. You'd report to our CEO.",
      "",
      "Day to day your direct reports would be the three team leads and our SRE. You'd own how we plan and ship, and you'd help the leads grow as managers.",
      "",
      "You've led a team of teams before, at a company of 20 to 200 people.",
    ].join("\n");
    const a = analyzeRole(text);
    expect(a.facts.reportsTo).toBe("ceo");
    expect(["vp_engineering", "cto_operator"]).toContain(a.archetype.id);
  });
});
