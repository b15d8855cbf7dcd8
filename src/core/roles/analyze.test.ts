import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IC_DESPITE_TITLE_POSTING } from "../../testing/postings.js";
import { describeShared, sharedDir } from "../../testing/shared.js";
import { BearingError } from "../errors.js";
import { RESPONSIBILITY_IDS } from "../taxonomy.js";
import { analyzeReading, analyzeRole } from "./analyze.js";
import { readPosting } from "./features.js";
import { LEARNED_ROLE_MODEL } from "./learned.generated.js";
import { sentenceResponsibilities } from "./sentence-model.js";

const fixtures = join(import.meta.dirname, "fixtures");
const fixture = (id: string) => readFileSync(join(fixtures, `${id}.md`), "utf8");
const ids = (text: string) => analyzeRole(text).responsibilities.map((r) => r.id);
// Invisible formatting characters (bidi marks, zero-width spaces) read as spaces.
const collapse = (s: string) =>
  s
    .replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** A posting of our own (session 23's blind set): a VP who leads the whole organisation. */
const VP_WHOLE_ORGANISATION = [
  "# VP of Engineering",
  "",
  "**Saltmarsh** \u00b7 Remote (US) \u00b7 $240,000 \u2013 $280,000 base + equity",
  "",
  "Saltmarsh gives manufacturers and distributors a live view of their supply chains: where every shipment is, which suppliers are running late, and what that means for production next week. Our customers include food producers, electronics manufacturers and auto parts suppliers across North America.",
  "",
  "We raised a $45M Series B in 2024 and have grown to about 160 people, all remote across the United States.",
  "",
  "## The role",
  "",
  "Saltmarsh's engineering organization has grown to 70 people over the last two years. Our CTO and co-founder, Tomasz, has been running engineering while also owning architecture and much of our data platform work. As the company grows, he wants to focus on technical strategy, and we're hiring a VP of Engineering to lead the engineering organization.",
  "",
  "You'll report to our CEO, Ines, and work in close partnership with Tomasz and with our Chief Product Officer. Your direct reports will be our two Directors of Engineering, our Head of QA, and our Engineering Operations lead. Between them, they look after eight engineering managers and eleven teams.",
  "",
  "## What you'll do",
  "",
  "**Lead and scale the organization**",
  "- Coach and develop the engineering leadership team, and make sure every engineer has a great manager",
  "- Design an organization that can grow from 70 to about 110 engineers over the next 18 months",
  "- Own the hiring plan and work with our talent team to hire well and quickly without lowering the bar",
].join("\n");

describe("analyzeRole on our own postings", () => {
  it("sees an operating CTO behind a CTO title, with the reason", () => {
    const a = analyzeRole(fixture("f01"));
    expect(a.title).toBe("Chief Technology Officer");
    expect(a.nominalArchetype).toBe("cto_architect");
    expect(a.archetype.id).toBe("cto_operator");
    expect(a.titleMismatch).toBe(true);
    expect(a.mismatchReason).toMatch(/Chief Technology Officer/);
    expect(a.facts).toMatchObject({
      reportsTo: "ceo",
      handsOn: "required",
      workMode: "remote",
      stage: "early",
    });
    expect(ids(fixture("f01"))).toEqual(
      expect.arrayContaining(["coding", "hiring", "operations", "budget_vendors"]),
    );
  });

  it("reads a VP of Engineering who leads managers, with GBP pay and a hybrid pattern", () => {
    const a = analyzeRole(fixture("f02"));
    // The models read director and VP about even (a VP "who leads managers" is both by the
    // taxonomy); a vice president's title over 70 engineers stays the VP's (learned.ts
    // wholeOrg), and no mismatch is flagged.
    expect(a.archetype.id).toBe("vp_engineering");
    expect(a.titleMismatch).toBe(false);
    expect(a.facts.compensation).toEqual({
      min: 150000,
      max: 180000,
      currency: "GBP",
      period: "year",
    });
    expect(a.facts).toMatchObject({ reportsTo: "cto", workMode: "hybrid", stage: "growth" });
    expect(ids(fixture("f02"))).toContain("org_leadership");
  });

  it("does not read a duty the posting negates", () => {
    const posting = [
      "Head of Engineering",
      "",
      "We are a 60-person fintech company looking for a Head of Engineering to lead our team of 12",
      "engineers and two engineering managers. You will report to the CEO. You will own hiring, the",
      "delivery process and incident response. You will not be expected to write production code.",
    ].join("\n");
    const a = analyzeRole(posting);
    expect(a.responsibilities.map((r) => r.id)).not.toContain("coding");
    expect(a.facts.handsOn).toBe("none");
    expect(a.responsibilities.map((r) => r.id)).toEqual(
      expect.arrayContaining(["hiring", "delivery"]),
    );
    // The same duty stated is read.
    const stated = posting.replace("will not be expected to", "will");
    expect(analyzeRole(stated).responsibilities.map((r) => r.id)).toContain("coding");
  });

  it("does not take required experience for duties", () => {
    const a = analyzeRole(fixture("f03"));
    // "10+ years of hands-on coding" and "led hiring loops" are asked for, not assigned.
    expect(ids(fixture("f03"))).not.toContain("hiring");
    expect(a.archetype.id).toBe("staff_ic");
    const posting = [
      "# Director of Engineering",
      "## Responsibilities",
      "- Lead the platform and payments teams through their managers.",
      "## Requirements",
      "- 10+ years of hands-on coding in Java.",
      "- Experience running SOC 2 audits.",
    ].join("\n");
    expect(ids(posting)).not.toContain("coding");
    expect(ids(posting)).not.toContain("security_compliance");
    expect(analyzeRole(posting).facts.handsOn).toBe("none");
  });

  it("calls out OTE and never takes it as base pay", () => {
    const a = analyzeRole(fixture("f04"));
    expect(a.archetype.id).toBe("solutions");
    expect(a.facts.compensation).toMatchObject({ min: 150000, max: 170000 });
    expect(a.ote).toMatchObject({ min: 210000, max: 240000 });
  });

  it("reads fractional and contract engagements with day and hourly rates", () => {
    const f05 = analyzeRole(fixture("f05"));
    expect(f05.archetype.id).toBe("fractional");
    expect(f05.facts.compensation).toEqual({ min: 900, max: 900, currency: "GBP", period: "day" });
    const f07 = analyzeRole(fixture("f07"));
    expect(f07.archetype.id).toBe("fractional");
    // "$" in a posting placed in Toronto, and nowhere in the US, is the Canadian dollar.
    expect(f07.facts.compensation).toEqual({ min: 95, max: 120, currency: "CAD", period: "hour" });
    expect(f07.facts).toMatchObject({ workMode: "onsite", teamSize: { min: 6, max: 6 } });
  });

  it("takes an individual contributor's engineer title as the coding duty, quoting the title", () => {
    const body = [
      "## What you will do",
      "- Own the design of our event pipeline and its storage layer.",
      "- Guide technical decisions across three product teams.",
    ];
    const staff = ["# Staff Backend Engineer", ...body].join("\n");
    const coding = analyzeRole(staff).responsibilities.find((r) => r.id === "coding");
    expect(coding?.evidence).toEqual(["Staff Backend Engineer"]);
    expect(staff.slice(coding?.spans[0]?.start, coding?.spans[0]?.end)).toBe(
      "Staff Backend Engineer",
    );
    // A manager's or a customer-facing engineer's title says nothing of writing code.
    expect(ids(["# Engineering Manager", ...body].join("\n"))).not.toContain("coding");
    expect(ids(["# Solutions Engineer", ...body].join("\n"))).not.toContain("coding");
    // Without duties the title alone assigns nothing.
    expect(ids("# Staff Backend Engineer\nWe are a small company in Lisbon.")).toEqual([]);
  });

  it("reads what a one-paragraph posting says it needs the role for, however it describes the role", () => {
    const text = [
      "**Fractional CTO (two days a week)**",
      "",
      "Ferrowick is a pre-seed logistics startup of four people. We need a seasoned, experienced technologist two days a week to choose our stack, design the architecture of our routing service, select and manage the agency that builds it, and prepare the technical part of our seed pitch. You'll answer to the founders. Remote.",
    ].join("\n");
    const a = analyzeRole(text);
    expect(a.dutiesFound).toBe(true);
    expect(a.responsibilities.map((r) => r.id)).toContain("architecture");
  });

  it("reads duties listed under a heading that sounds like requirements, when nothing else is a duty", () => {
    const body = [
      "- Coach our three engineering managers and shape how the teams are organised.",
      "- Present engineering plans to the board every quarter.",
      "- Hire the next two teams, from sourcing to offer.",
    ];
    const a = analyzeRole(
      ["# Head of Engineering — Fernbrook", "", "**What we need from you**", "", ...body].join(
        "\n",
      ),
    );
    expect(a.dutiesFound).toBe(true);
    expect(a.responsibilities.map((r) => r.id)).toContain("hiring");
    // Requirements proper (experience asked for) stay requirements.
    const asked = analyzeRole(
      [
        "# Head of Engineering — Fernbrook",
        "",
        "**What we need from you**",
        "",
        "- 10+ years of experience leading engineering teams.",
        "- A track record of hiring at scale.",
      ].join("\n"),
    );
    expect(asked.dutiesFound).toBe(false);
  });

  it("gives one reason for hands-on work in a mismatch, not the coding duty and the fact both", () => {
    const a = analyzeRole(
      "Acme (YC W24) | Head of Engineering | Remote (EU) | €120k + equity | We are eight people. You will lead our three engineers, write code most days and hire two more.",
    );
    expect(a.titleMismatch).toBe(true);
    const reason = a.mismatchReason ?? "";
    const handsOn = ["codes", "is expected to write code", "stays hands-on"].filter(
      (p) => reason.includes(`role ${p}`) || reason.includes(`and ${p}`),
    );
    expect(handsOn, reason).toHaveLength(1);
  });

  it("gives no counterpoint in a mismatch's reason that the reason already gives", () => {
    const a = analyzeRole(
      [
        "# CTO — Marrowgate",
        "",
        "Marrowgate makes booking software for dental practices. We raised a $3M seed round in March and are 12 people today.",
        "",
        "## What you'll do",
        "- Lead our engineering team of five (two backend, two frontend, one mobile); they all report to you.",
        "- Write production code every day alongside the team — this is a very hands-on job, probably 70% coding.",
        "- Review pull requests, run our weekly planning and keep releases moving.",
        "- Hold 1:1s with each engineer and help them grow.",
        "",
        "## About the role",
        "- Reporting to our CEO.",
        "- Remote within the EU.",
      ].join("\n"),
    );
    const reason = a.mismatchReason ?? "";
    const though = /\(though it also says the role ([^)]*)\)\.$/.exec(reason)?.[1];
    if (though) expect(reason.slice(0, reason.indexOf("(though"))).not.toContain(though);
    expect(reason.match(/manages one team directly/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it("reads a role its text calls an individual contributor's as one, whatever the title", () => {
    const storage = [
      "Engineering Manager, Storage Engine at a listed company.",
      "Despite the title, which our grading system gives it, this is an individual contributor role with no direct reports: you will design and write the core of our storage engine, review changes to it and mentor two graduates.",
      "Most of every day is spent writing Rust.",
    ].join(" ");
    for (const text of [IC_DESPITE_TITLE_POSTING, storage]) {
      const a = analyzeRole(text);
      expect(a.nominalArchetype).toBe("engineering_manager");
      expect(a.archetype.id).toBe("staff_ic");
      expect(a.titleMismatch).toBe(true);
      // Nor are the mentored engineers a team it manages.
      expect(a.responsibilities.map((r) => r.id)).not.toContain("people_management");
      expect(a.warnings.some((w) => w.includes("individual contributor's"))).toBe(false);
    }
  });

  it("reads a role its text calls an individual contributor's in a 'Direct reports: none' field", () => {
    const a = analyzeRole(
      [
        "Engineering Manager, Integration Architecture",
        "",
        "Band: M3",
        "Direct reports: none",
        "",
        "You will design how our billing, ledger and partner systems exchange data, write the architecture decision records and review the designs of six delivery teams.",
      ].join("\n"),
    );
    expect(a.archetype.id).toBe("staff_ic");
    expect(a.titleMismatch).toBe(true);
  });

  it("keeps a VP's title whose sentences say the role leads the whole engineering organisation", () => {
    // Read as a director's by the models alone (two directors report to the role); the
    // sentences say it leads the engineering organisation, so the title stands.
    const a = analyzeRole(VP_WHOLE_ORGANISATION);
    expect(a.archetype.id).toBe("vp_engineering");
    expect(a.titleMismatch).toBe(false);
  });

  it("reads a CTO whose engineering organisation is led by someone else as not running it", () => {
    const text = [
      "Chief Technology Officer — Marrowgate Bio",
      "",
      "Our engineering organisation of about 60 people is led by our VP Engineering, and hiring and delivery stay with her.",
      "As CTO you will set the direction of our sequencing platform, choose which technologies we bet on, own our patents and represent us to investors and research partners.",
      "You will hire, manage and grow the platform team and run our cloud infrastructure day to day.",
    ].join("\n");
    const a = analyzeRole(text);
    expect(["cto_architect", "cto_external"]).toContain(a.archetype.id);
    const runs = analyzeRole(
      text.replace(
        "Our engineering organisation of about 60 people is led by our VP Engineering, and hiring and delivery stay with her.",
        "You will lead our engineering organisation of about 60 people.",
      ),
    );
    expect(runs.archetype.id).not.toBe("cto_architect");
  });

  it("reads the organisation 'led day to day by' a VP as someone else's, and another's part-time work as not the role's", () => {
    const cto = analyzeRole(
      [
        "Chief Technology Officer — Marrowgate Bio",
        "",
        "Our engineering organisation (about 60 people) is led day to day by our VP Engineering, who keeps delivery and hiring.",
        "As CTO you will set the direction of our sequencing platform, choose which technologies we bet on, own our patents and represent us to investors and research partners.",
        "You will hire, manage and grow the platform team and run our cloud infrastructure day to day.",
      ].join("\n"),
    );
    expect(["cto_architect", "cto_external"]).toContain(cto.archetype.id);
    expect(cto.facts.teamSize).toBeNull();
    const devrel = analyzeRole(
      [
        "Head of Developer Relations — Tokyo",
        "",
        "What you will do",
        "- Build and lead our developer relations function. Today this is one part-time engineer; you will hire the first developer advocates and manage them",
        "- Speak at meetups, write tutorials and sample apps, and grow our developer community",
      ].join("\n"),
    );
    expect(devrel.archetype.id).not.toBe("fractional");
    const director = analyzeRole(
      [
        "Director of Engineering",
        "",
        "Our CEO has led our 20 engineers until now; you will take the whole team over from her and report to her.",
        "- Lead the engineering org through its three squad leads, and grow it to about 30 engineers",
        "- Own security and privacy, together with our part-time security consultant",
        "- Manage the engineering budget, including cloud spend and tooling contracts",
      ].join("\n"),
    );
    expect(director.archetype.id).not.toBe("fractional");
  });

  it("reads a role whose engineers will report to it as a manager's, whatever the title", () => {
    const a = analyzeRole(
      [
        "Staff Engineer, Search",
        "",
        "Three engineers report to you, and you'll hold their one-to-ones.",
        "You will design the ranking pipeline and write much of it.",
      ].join("\n"),
    );
    expect(a.nominalArchetype).toBe("staff_ic");
    expect(["engineering_manager", "director"]).toContain(a.archetype.id);
    // Said of nobody, it stays an individual contributor's.
    const ic = analyzeRole(
      [
        "Staff Engineer, Search",
        "",
        "Nobody will report to you: you will design the ranking pipeline and write much of it.",
      ].join("\n"),
    );
    expect(ic.archetype.id).toBe("staff_ic");
  });

  it("reads a role that holds its people's reviews as a manager's, whatever the title", () => {
    const a = analyzeRole(
      [
        "Principal Engineer – Valencia",
        "",
        "You will lead one of our delivery cells, which is formed by 5 developers.",
        "- You will have the 5 developers of the cell at your charge: you will do their 1:1 meetings, their objectives and their performance review.",
        "- You will keep programming about half of your time in the cell's projects.",
      ].join("\n"),
    );
    expect(a.nominalArchetype).toBe("staff_ic");
    expect(a.archetype.id).toBe("engineering_manager");
    expect(a.facts.teamSize).toEqual({ min: 5, max: 5 });
  });

  it("reads a role that calls itself its people's manager, or holds their one-to-ones, as a manager's", () => {
    const closest = analyzeRole(
      [
        "Principal Engineer – Firmware",
        "",
        "You lead our firmware team of six engineers. You are their direct manager: you have regular one-to-ones with each of them and you do the yearly salary reviews.",
        "You also stay deep in the code and own the hardest parts of the bootloader.",
      ].join("\n"),
    );
    expect(closest.nominalArchetype).toBe("staff_ic");
    expect(closest.archetype.id).toBe("engineering_manager");
    expect(closest.titleMismatch).toBe(true);
    // Guiding engineers without managing them keeps the title's reading.
    const guide = analyzeRole(
      [
        "Principal Engineer – Firmware",
        "",
        "You guide our firmware team of six engineers through design reviews; their manager is our Head of Hardware.",
        "You also stay deep in the code and own the hardest parts of the bootloader.",
      ].join("\n"),
    );
    expect(guide.archetype.id).toBe("staff_ic");
  });

  it("reads a Head of Engineering who reports to a VP as no VP, though the role leads its whole unit", () => {
    const posting = [
      "Head of Engineering",
      "",
      "Norrland Forge is the software arm of a 3,000-person industrial group. Our 30 developers work in four teams, each with a team lead.",
      "As Head of Engineering you lead the four team leads and, through them, all of our developers. You report to the group's VP of Digital.",
      "",
      "## What you will do",
      "- Lead and coach the four team leads and shape how the teams are organised",
      "- Own the engineering roadmap and the budget for our unit, and hire as we grow",
      "- Set the technical direction with our architects and keep delivery predictable",
      "",
    ].join("\n");
    const a = analyzeRole(posting);
    expect(a.facts.reportsTo).toBe("vp");
    expect(a.archetype.id).not.toBe("vp_engineering");
    expect(a.titleMismatch).toBe(true);
    const underDirector = analyzeRole(
      posting.replace("the group's VP of Digital", "the group's Director of Digital Products"),
    );
    expect(underDirector.facts.reportsTo).toBe("director");
    expect(underDirector.archetype.id).not.toBe("vp_engineering");
  });

  it("reads the manager of a customer-engineering team as a go-to-market role", () => {
    const a = analyzeRole(
      [
        "Engineering Manager, Customer Engineering",
        "",
        "## What you'll do",
        "- Lead our team of six customer engineers who onboard new enterprise accounts",
        "- Run weekly 1:1s and grow each engineer",
        "- Work with account managers on escalations and renewals",
      ].join("\n"),
    );
    expect(a.archetype.id).toBe("solutions");
  });

  it("reads an architect's posting full of selling as a go-to-market role", () => {
    const text = [
      "Principal Integration Architect — Hollow Oak Systems",
      "",
      "You will join our EMEA sales team and work each deal with our account executives, from the first call with a prospect to the signed contract.",
      "- Run technical discovery sessions and build demos for each opportunity",
      "- Answer the technical parts of RFPs",
      "- Lead proofs of concept and hand over to delivery",
      "",
      "Base £95,000 with OTE of £130,000.",
    ].join("\n");
    const a = analyzeRole(text);
    expect(a.nominalArchetype).toBe("staff_ic");
    expect(a.archetype.id).toBe("solutions");
    expect(a.titleMismatch).toBe(true);
    expect(a.mismatchReason).toContain("sales side");
    // An engineer who builds demo tooling and talks of deals is not selling.
    const builder = analyzeRole(
      [
        "Principal Engineer — Hollow Oak Systems",
        "",
        "You will design and write the sync engine behind our product, review every change to it and build the tooling our demos run on.",
        "Large deals depend on its reliability, so you will own its on-call rota.",
      ].join("\n"),
    );
    expect(builder.archetype.id).toBe("staff_ic");
  });

  it("reads a Director the posting calls its most senior engineering leader as leading the organisation", () => {
    const text = [
      "Director of Engineering — Quillmark",
      "",
      "Quillmark makes contract software for small law firms; we are 70 people.",
      "This role is the most senior engineering position at Quillmark and reports to our CEO.",
      "Three engineering managers report to you, and you will own the engineering roadmap, hiring and how we plan and ship.",
    ].join("\n");
    const a = analyzeRole(text);
    expect(a.nominalArchetype).toBe("director");
    expect(["vp_engineering", "cto_operator", "cto_architect"]).toContain(a.archetype.id);
    expect(a.titleMismatch).toBe(true);
    expect(a.mismatchReason).toContain("most senior engineering position");
    // The same duties inside a larger organisation stay a director's.
    const inside = analyzeRole(
      text.replace(
        "This role is the most senior engineering position at Quillmark and reports to our CEO.",
        "You report to our VP of Engineering.",
      ),
    );
    expect(inside.archetype.id).toBe("director");
  });

  it("says so when the text calls the role an individual contributor's and it reads as a manager's", () => {
    // The hand-written reading alone (no model) keeps the title's archetype, and says so.
    const a = analyzeReading(readPosting(IC_DESPITE_TITLE_POSTING), null);
    const warned = a.warnings.some((w) => w.includes("individual contributor's"));
    expect(warned).toBe(a.archetype.id !== "staff_ic");
    const manager = analyzeRole(
      "Engineering Manager\n\nYou will have no direct reports at first, growing to five engineers by spring. You will hire them.",
    );
    expect(manager.warnings.some((w) => w.includes("individual contributor's"))).toBe(false);
  });

  it("gives an individual contributor's role no team size, whatever count of engineers it guides", () => {
    const posting = [
      "Staff Engineer, Data Platform",
      "",
      "You will set the technical direction of our data platform and write much of its code.",
      "You will guide a group of about 15 engineers through design reviews, without managing them.",
      "",
    ].join("\n");
    // The team-size rule alone reads the count; the analysis, reading a staff IC, drops it.
    expect(readPosting(posting).facts.teamSize).toEqual({ min: 15, max: 15 });
    const a = analyzeRole(posting);
    expect(a.readsAs).toEqual(["staff_ic"]);
    expect(a.facts.teamSize).toBeNull();
    expect(a.factEvidence?.teamSize).toBeUndefined();
  });

  it("reads a role said to write no code as none, whatever the model makes of it, and quotes the saying", () => {
    const posting = [
      "Chief Technology Officer",
      "",
      "## What you will do",
      "- Set the technology strategy and the target architecture for the next five years",
      "- Run a small programme of experiments and proofs of concept with partner banks",
      "- Represent us to regulators and the board",
      "",
      "This is not a hands-on coding role.",
      "",
    ].join("\n");
    const a = analyzeRole(posting);
    expect(a.facts.handsOn).toBe("none");
    expect(a.factEvidence?.handsOn?.sentence).toBe("This is not a hands-on coding role.");
    expect(a.responsibilities.map((r) => r.id)).not.toContain("coding");
  });

  it("gives an individual contributor's role none of a manager's duties, though it mentors", () => {
    const posting = [
      "Staff Software Engineer, Payments",
      "",
      "Team: Payments Infrastructure (8 engineers)",
      "",
      "As a Staff Engineer on Payments, you'll set the technical direction for how money moves through our platform. You'll lead the design of our next ledger, mentor senior engineers, and be the person other teams come to for payments expertise. This is an individual contributor role; you'll partner closely with the Engineering Manager, who handles people management.",
      "",
      "What you'll do",
      "- Lead technical design and write the critical code paths of the new ledger",
      "- Review designs across the payments domain and raise the quality bar",
      "- Mentor and grow senior engineers through pairing and design reviews",
      "- Partner with product and compliance on PCI-DSS and SOC 2 requirements",
      "- Drive incident reviews and improve the reliability of payment processing",
      "",
      "What we're looking for",
      "- Deep experience with distributed systems and strong Java or Kotlin",
      "- A track record of leading large technical projects across teams",
      "",
      "$210,000 - $250,000 base + equity. Hybrid (2 days/week) in New York.",
    ].join("\n");
    // The sentence models read people management in the mentoring and in the sentence naming
    // the manager who does it; the analysis, reading a staff IC, drops it.
    const sentences = LEARNED_ROLE_MODEL?.responsibilitySentences;
    if (!sentences) throw new Error("the shipped role model reads no sentences");
    const read = sentenceResponsibilities(sentences, readPosting(posting)).findings;
    expect(read.map((r) => r.id)).toContain("people_management");
    const a = analyzeRole(posting);
    expect(a.readsAs).toEqual(["staff_ic"]);
    expect(a.responsibilities.map((r) => r.id)).not.toContain("people_management");
    expect(a.responsibilities.map((r) => r.id)).toContain("architecture");
  });

  it("keeps evangelism that a manager's duties state outright", () => {
    const posting = [
      "# Engineering Manager, Mobile",
      "",
      "## What you'll do",
      "- Manage a team of six iOS and Android engineers: 1:1s, feedback and growth plans.",
      "- Plan each quarter's work with the product manager and keep delivery predictable.",
      "- Represent the company at conferences and meetups, and write for our engineering blog.",
    ].join("\n");
    const a = analyzeRole(posting);
    expect(a.readsAs).toEqual(["engineering_manager"]);
    const evangelism = a.responsibilities.find((r) => r.id === "evangelism");
    expect(evangelism?.evidence[0]).toMatch(/conferences and meetups/);
  });

  it("keeps customer work and hiring that the duties state outright, whatever the archetype", () => {
    const read = (title: string, duties: string[]) =>
      analyzeRole(
        [`# ${title}`, "", "## What you'll do", ...duties.map((d) => `- ${d}`)].join("\n"),
      );
    const manager = read("Engineering Manager, Integrations", [
      "Manage a team of five engineers: 1:1s, reviews and growth plans.",
      "Run the team's planning and keep delivery predictable.",
      "Join customer calls and visit our key customers with the account team.",
    ]);
    expect(manager.readsAs).toEqual(["engineering_manager"]);
    expect(manager.responsibilities.map((r) => r.id)).toContain("customers");
    const founding = read("Founding Engineer", [
      "Write most of the backend and the first version of the web app.",
      "Design the data model and the APIs with us.",
      "Interview and hire the next three engineers with the founders.",
    ]);
    expect(founding.readsAs).toEqual(["staff_ic"]);
    expect(founding.responsibilities.map((r) => r.id)).toContain("hiring");
  });

  it("gives no responsibilities for a careers page, and says so", () => {
    const a = analyzeRole(fixture("f06"));
    expect(a.responsibilities).toEqual([]);
    expect(a.warnings.join(" ")).toMatch(/no duties/);
  });

  it("rejects an empty text", () => {
    expect(() => analyzeRole(" \n\t")).toThrow(BearingError);
  });
});

describe("analyzeRole: the coding duty agrees with the hands-on fact", () => {
  const posting = (line: string) =>
    analyzeRole(
      `# Engineering Manager\n\nYou'll lead our team of four engineers and run their one-to-ones.\n\n${line}\n\nYou'll hire our fifth engineer.\n`,
    );
  const coding = (a: ReturnType<typeof analyzeRole>) =>
    a.responsibilities.find((r) => r.id === "coding");

  it("reads no coding duty in a role that states it writes no code", () => {
    const a = posting(
      "You will own the code review process and our coding standards; this is a management role, not a coding one.",
    );
    expect(a.facts.handsOn).toBe("none");
    expect(coding(a)).toBeUndefined();
  });

  it("reads coding, quoting the sentence, in a role that requires code", () => {
    const line = "At least half of your week goes to engineering work in the codebase.";
    const a = posting(line);
    expect(a.facts.handsOn).toBe("required");
    expect(coding(a)?.evidence).toContain(line);
    expect(coding(a)?.score).toBeGreaterThanOrEqual(0.5);
  });
});

describe("analyzeRole: a team of 30 or more is led through managers", () => {
  it("reads organisation leadership, quoting the team's sentence", () => {
    const line = "You will be responsible for a department of about 45 engineers.";
    const a = analyzeRole(
      `# Head of Engineering\n\nWe sell booking software to dentists.\n\n${line} You'll set the technical direction, plan delivery with product and hire.\n`,
    );
    expect(a.facts.teamSize).toEqual({ min: 45, max: 45 });
    const org = a.responsibilities.find((r) => r.id === "org_leadership");
    expect(org?.evidence.join(" ")).toContain("about 45 engineers");
  });

  it("reads none for a team of eight", () => {
    const a = analyzeRole(
      "# Engineering Manager\n\nYou will be responsible for a team of about 8 engineers. You'll plan delivery with product and hire.\n",
    );
    expect(a.responsibilities.map((r) => r.id)).not.toContain("org_leadership");
  });
});

describe("analyzeRole: a role that leads managers or several teams", () => {
  const posting = (title: string, line: string) =>
    `# ${title}\n\n## The role\n${line}\nYou will hire, coach and run 1:1s with the engineers.\n`;

  it("is not read as the manager of one team, whatever its title", () => {
    const line = "You will lead multiple agile teams that build our apps, and own their delivery.";
    const a = analyzeRole(posting("Engineering Manager", line));
    expect(a.archetype.id).not.toBe("engineering_manager");
    expect(a.archetype.ranked.map((r) => r.id)).not.toContain("engineering_manager");
    const org = a.responsibilities.find((r) => r.id === "org_leadership");
    expect(org?.evidence).toEqual([line]);
  });

  it("leaves the manager of one team as it reads", () => {
    const a = analyzeRole(
      posting(
        "Engineering Manager",
        "You will lead the payments team and plan its delivery with our product managers.",
      ),
    );
    expect(a.archetype.id).toBe("engineering_manager");
    expect(a.titleMismatch).toBe(false);
  });
});

describeShared("analyzeRole's coding duty and hands-on fact on the real postings", () => {
  it("never reads coding where no hands-on work is stated, and quotes coding where it stands", () => {
    for (const dir of ["corpus/jds", "dev/jds"]) {
      for (const file of readdirSync(join(sharedDir, dir)).filter((f) => f.endsWith(".md"))) {
        const text = readFileSync(join(sharedDir, dir, file), "utf8");
        const a = analyzeRole(text);
        const found = a.responsibilities.find((r) => r.id === "coding");
        if (a.facts.handsOn === "none") expect(found, file).toBeUndefined();
        for (const [i, span] of (found?.spans ?? []).entries())
          expect(collapse(text.slice(span.start, span.end)).replace(/[*_`#]/g, "")).toContain(
            collapse(found?.evidence[i] ?? "")
              .replace(/[*_`#]/g, "")
              .slice(0, 40),
          );
      }
    }
  });
});

describe("analyzeRole's evidence in our own postings", () => {
  quotesEvidence(() => fixtures, 7);
});

describeShared("analyzeRole on the real postings of the dev set", () => {
  quotesEvidence(() => join(sharedDir, "dev/jds"), 10);
});

/** Every posting of `folder()` (at least `least`) is quoted at the offsets its evidence gives. */
function quotesEvidence(folder: () => string, least: number) {
  it("quotes every piece of evidence from the input, at the offsets it gives", () => {
    const dir = folder();
    const files = readdirSync(dir).filter((f) => f.endsWith(".md"));
    expect(files.length).toBeGreaterThanOrEqual(least);
    for (const file of files) {
      const text = readFileSync(join(dir, file), "utf8");
      const a = analyzeRole(text);
      for (const r of a.responsibilities) {
        expect(RESPONSIBILITY_IDS).toContain(r.id);
        expect(r.score).toBeGreaterThanOrEqual(0.5);
        expect(r.score).toBeLessThanOrEqual(1);
        r.evidence.forEach((sentence, i) => {
          const span = r.spans[i];
          expect(span).toBeDefined();
          const original = collapse(text.slice(span?.start, span?.end));
          // The evidence is the original text with Markdown markers removed.
          expect(original.replace(/[*_`#]/g, "")).toContain(
            collapse(sentence)
              .replace(/[*_`#]/g, "")
              .slice(0, 40),
          );
        });
      }
      expect(a.archetype.confidence).toBeGreaterThan(0);
      expect(a.archetype.ranked.every((x) => x.score <= a.archetype.confidence)).toBe(true);
    }
  });
}

describe("a posting pasted without its heading", () => {
  const duties = [
    "We are a logistics company growing fast.",
    "",
    "## Responsibilities",
    "- Hire and grow the engineering managers of three product teams.",
    "- Own delivery planning and the quarterly roadmap with product.",
    "- Run performance reviews and career conversations for managers.",
  ].join("\n");

  it("takes its role from the title it is known by, when the text names none", () => {
    const bare = analyzeRole(duties);
    expect(bare.nominalArchetype).toBeNull();
    const titled = analyzeRole(duties, { title: "Director of Engineering, Freight" });
    expect(titled.title).toBe("Director of Engineering, Freight");
    expect(titled.nominalArchetype).toBe("director");
  });

  it("keeps the posting's own title when it names a role", () => {
    const own = analyzeRole(`Staff Engineer\n\n${duties}`, { title: "VP Engineering" });
    expect(own.nominalArchetype).toBe("staff_ic");
  });

  it("reads the duties of a one-paragraph posting whose first sentence names the role", () => {
    const text = [
      "We are hiring a Head of Engineering to lead our platform group: run one-to-ones, hire engineers, set the technical roadmap with the CTO and review designs.",
      "Reports to the CEO. Remote within Europe.",
    ].join(" ");
    const a = analyzeRole(text);
    expect(a.title).toBe("Head of Engineering");
    expect(a.dutiesFound).toBe(true);
    const ids = a.responsibilities.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["people_management", "hiring"]));
    for (const r of a.responsibilities) expect(r.evidence[0]).toMatch(/^We are hiring/);
  });

  it("reads the duties a company's own introduction hires the role for", () => {
    const text = [
      "Fractional CTO (2 days a week)",
      "",
      "We're a seed-funded healthtech startup of 9 people looking for a fractional CTO to help us choose our architecture, review the code our agency writes, manage the agency contract, and talk to investors about our technology during the next raise.",
      "This is a 6-month contract, £800 per day, fully remote.",
    ].join("\n");
    const a = analyzeRole(text);
    expect(a.archetype.id).toBe("fractional");
    const ids = a.responsibilities.map((r) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining(["architecture", "budget_vendors", "business_leadership"]),
    );
  });
});

describe("a stated share of the time spent coding is a coding duty", () => {
  it("adds coding, quoted, when the share reads as some hands-on work", () => {
    const a = analyzeRole(
      "Engineering Manager\n\n## What you'll do\n- Run 1:1s and growth plans for a team of six engineers.\n- Expect about a third of your week in the codebase.\n- Run sprint planning with the product manager.\n",
    );
    expect(a.facts.handsOn).toBe("some");
    const coding = a.responsibilities.find((r) => r.id === "coding");
    expect(coding?.evidence.join(" ")).toContain("a third of your week in the codebase");
  });
});

describe("a strategic CTO whose posting puts delivery elsewhere (session 33)", () => {
  it("reads a CTO who does not run the teams as the strategic CTO, not the operating one", () => {
    const posting = [
      "# Chief Technology Officer — Harbour Group",
      "",
      "Harbour Group runs ferries, ports and a logistics arm across the Baltic.",
      "",
      "## The role",
      "The CTO sets the group's technology direction and target architecture. The role does not run the business units' engineering teams; those stay with the units. Our Chief Information Officer continues to run IT operations and the service desk.",
      "",
      "## What you will do",
      "- Set the technology strategy and the multi-year architecture roadmap, and present it to the board",
      "- Lead a small office of four enterprise architects",
      "- Decide which platforms the units share: data, identity, integration",
      "- Represent the group with regulators and technology partners",
    ].join("\n");
    const a = analyzeRole(posting);
    expect(a.archetype.id).toBe("cto_architect");
    expect(a.titleMismatch).toBe(false);
  });
});

describe("a CTO whose posting calls the job client-facing (session 34)", () => {
  const posting = (title: string, line: string) =>
    [
      `# ${title}`,
      "",
      "Tern Analytics is a 60-person data consultancy in Leeds serving insurers and hospitals.",
      "",
      "## The role",
      line,
      "",
      "## What you will do",
      "- Join pitches and run discovery workshops with prospective clients",
      "- Shape proposals and design the solution architecture of our largest engagements",
      "- Build partnerships with the cloud vendors we resell",
      "- Speak at conferences and write about data in regulated industries",
    ].join("\n");

  it("reads it as the customer-facing CTO, said in the text or in the title", () => {
    const inText = analyzeRole(
      posting(
        "Chief Technology Officer",
        "The title is CTO, but this is a client-facing job: our delivery leads run engineering day to day.",
      ),
    );
    expect(inText.archetype.id).toBe("cto_external");
    expect(inText.titleMismatch).toBe(true);
    const inTitle = analyzeRole(
      posting(
        "Chief Technology Officer (customer- and partner-facing)",
        "You will be the firm's senior technical voice with clients.",
      ),
    );
    expect(inTitle.archetype.id).toBe("cto_external");
  });

  it("reads the senior technologist in front of the largest clients as the customer-facing CTO (session 36)", () => {
    const inFront = analyzeRole(
      posting(
        "Chief Technology Officer",
        "The CTO is the firm's senior technologist in front of our largest clients.",
      ),
    );
    expect(inFront.archetype.id).toBe("cto_external");
    const voice = analyzeRole(
      posting("Chief Technology Officer", "The CTO is the firm's technical voice with clients."),
    );
    expect(voice.archetype.id).toBe("cto_external");
  });
});

describe("an individual contributor's title over a role people report to (session 34)", () => {
  it("flags the title as differing whenever the reading is a manager's", () => {
    const a = analyzeRole(
      [
        "# Principal Engineer – Billing Platform",
        "",
        "Principal is our seniority band, but this role leads people. Five engineers on the Billing team report directly to you.",
        "",
        "## What you will do",
        "- You'll hold their one-on-ones and run their performance reviews",
        "- Hire two more engineers this year",
        "- Plan the quarter with the product manager",
        "- Review designs and code, and step in on incidents",
      ].join("\n"),
    );
    expect(a.nominalArchetype).toBe("staff_ic");
    expect(a.archetype.id).toBe("engineering_manager");
    expect(a.titleMismatch).toBe(true);
  });
});

describe("a title that names a lower level than the role read (session 34)", () => {
  it("flags an individual contributor's title over a team of nine read as a manager's", () => {
    const a = analyzeRole(
      [
        "# Lead Developer (Java)",
        "",
        "You will lead a team of nine developers working on our claims platform.",
        "",
        "## What you will do",
        "- Plan sprints with the product owner",
        "- Review code and set coding standards",
        "- Coach the developers and run their appraisals",
        "- Keep the release train on time",
      ].join("\n"),
    );
    expect(a.nominalArchetype).toBe("staff_ic");
    expect(a.archetype.id).toBe("engineering_manager");
    expect(a.titleMismatch).toBe(true);
  });

  it("flags a manager's title over several teams read as a director's", () => {
    const a = analyzeRole(
      [
        "# Engineering Manager, Data",
        "",
        "You will oversee the data engineering and analytics teams.",
        "",
        "## What you will do",
        "- Coach the two team leads",
        "- Set the data strategy with the CTO",
        "- Own the budget for data tooling",
        "- Hire",
      ].join("\n"),
    );
    expect(a.nominalArchetype).toBe("engineering_manager");
    expect(a.archetype.id).toBe("director");
    expect(a.titleMismatch).toBe(true);
  });
});

describe("a builder's title over a role read as a manager's (session 34)", () => {
  it("reads the title's claim to code as some coding, not the main job", () => {
    const a = analyzeRole(
      [
        "# Principal Engineer – Routing",
        "",
        "Principal is our seniority band, but this role leads people. Six engineers on the Routing team report directly to you.",
        "",
        "## What you will do",
        "- You'll hold their one-on-ones and run their performance reviews",
        "- Review designs and code, and step in on incidents",
        "- Plan the quarter with the product manager",
        "- Hire two more engineers this year",
      ].join("\n"),
    );
    expect(a.archetype.id).toBe("engineering_manager");
    expect(a.titleMismatch).toBe(true);
    expect(a.facts.handsOn).toBe("some");
  });
});

describe("a recruiter's message for a Principal Engineer who manages a team (session 34)", () => {
  it("reads the title from the message, the manager's role, its people management and its line", () => {
    const a = analyzeRole(
      [
        "Hi Jonas,",
        "",
        "Hope you're well! I'm recruiting for a Principal Engineer role with a Series B logistics company in Hamburg, and your background in routing fits.",
        "",
        "Being upfront: the title is Principal, but six engineers on the Routing team would report directly to you. You'd run their one-on-ones and reviews, and still review code and design documents.",
        "",
        "Die Position ist direkt dem CTO unterstellt. The team works hybrid, two days a week in the Hamburg office.",
        "",
        "Gehalt: 95.000 € bis 110.000 € brutto pro Jahr, plus VSOP.",
      ].join("\n"),
    );
    expect(a.title).toBe("Principal Engineer");
    expect(a.archetype.id).toBe("engineering_manager");
    expect(a.titleMismatch).toBe(true);
    expect(a.responsibilities.map((r) => r.id)).toContain("people_management");
    expect(a.facts.handsOn).toBe("some");
    expect(a.facts.reportsTo).toBe("cto");
    expect(a.facts.teamSize).toEqual({ min: 6, max: 6 });
  });
});

describe("a manager of a services team (session 35)", () => {
  it("reads one team's manager whose team onboards clients as a solutions role, title flagged", () => {
    const a = analyzeRole(
      [
        "# Engineering Manager – Client Onboarding",
        "",
        "Ledgerline sells accounting software to mid-sized manufacturers in Ireland and the UK.",
        "",
        "## The role",
        "",
        "You will manage six implementation engineers who take each new client from signed contract to go-live. You report to our Chief Customer Officer.",
        "",
        "## What you'll do",
        "",
        "- Run weekly one-on-ones with the six engineers and handle their performance reviews",
        "- Plan the onboarding projects and keep go-live dates",
        "- Scope integrations with clients' ERP systems during late-stage deals",
        "- Hire two more implementation engineers this year",
      ].join("\n"),
    );
    expect(a.archetype.id).toBe("solutions");
    expect(a.titleMismatch).toBe(true);
  });
});

describe("scope the text states outright (session 38)", () => {
  it("reads a Head of Engineering who says the job is not running several teams as one team's manager", () => {
    const a = analyzeRole(
      [
        "# Head of Engineering",
        "",
        "Fennick builds booking software for dental practices; we are 20 people after a seed round.",
        "",
        "## The role",
        "",
        "To be straight about the title: this is not a director's job running several teams. You will lead one team, our six developers, and write code with them for part of the week. You report to the CEO.",
        "",
        "## What you'll do",
        "",
        "- Hold 1:1s with the six developers and write their reviews",
        "- Plan the fortnightly releases with our product manager",
        "- Hire the next two developers",
      ].join("\n"),
    );
    expect(a.archetype.id).toBe("engineering_manager");
    expect(a.titleMismatch).toBe(true);
  });

  it("reads a Tech Lead whose four squads' leads report to it, 30 people in all, as a director", () => {
    const a = analyzeRole(
      [
        "# Tech Lead – Mobile Banking",
        "",
        "We are a listed retail bank with branches in every region.",
        "",
        "Our mobile area has four squads, about 30 people, each squad with its own lead. Those four squad leads report to you, and you report to the CIO.",
        "",
        "## Your responsibilities",
        "",
        "- Plan the quarter's work with the squad leads and answer for release dates",
        "- Review the designs of the new app's payment flows",
        "- Keep the area's budget and its contract with an outside software house",
        "- Hire leads for the two squads led on an interim basis",
        "",
        "You will not write code in this role.",
      ].join("\n"),
    );
    expect(a.archetype.id).toBe("director");
    expect(a.titleMismatch).toBe(true);
  });

  it("reads a founder's message: the role it seeks, the duties it expects, the writer's own founding", () => {
    const a = analyzeRole(
      [
        "WhatsApp message from Lena Okoro, Co-founder & CEO at Pantry",
        "",
        "Hello Marco!",
        "",
        "I'm Lena, co-founder and CEO of Pantry, a stock app for small grocers. We raised a small angel round and we're looking for a CTO.",
        "",
        "Right now the tech team is two developers. For the next year the job is mostly building: I'd expect you to write around 60% of the code, review what the other two ship and choose the stack for our ordering module. You'd manage both devs and report to me.",
      ].join("\n"),
    );
    expect(a.title).toBe("CTO");
    expect(a.archetype.id).not.toBe("founder");
    expect(a.dutiesFound).toBe(true);
    expect(a.responsibilities.map((r) => r.id)).toEqual(
      expect.arrayContaining(["coding", "people_management"]),
    );
    expect(a.facts.handsOn).toBe("required");
  });
  it("reads a CTO with no line management under the CEO, no founder named, as the strategic CTO", () => {
    const a = analyzeRole(
      [
        "# Chief Technology Officer",
        "",
        "Alder Grid builds sensors and software that balance home batteries against the power grid. We closed a Series A this year and are 45 people.",
        "",
        "## The role",
        "",
        "We want a CTO who will set our technical direction for the coming years. Our VP of Engineering already runs hiring, delivery and everyday management, and that stays as it is. The CTO has no line management. You report to the CEO and sit on the leadership team.",
        "",
        "## What you'll do",
        "",
        "- Own the technology vision and a three-year roadmap across devices, firmware, cloud and forecasting models",
        "- Make the big architecture decisions and set the technical standards the teams follow",
        "- Choose which machine-learning methods we invest in to forecast demand",
        "- Lead our research partnerships with two universities and watch for new technology that could overtake ours",
        "- Represent Alder Grid at industry conferences, and explain the technology to investors when we raise",
        "- Keep prototyping. You won't own features, but we expect you to build proofs of concept when an idea needs testing",
      ].join("\n"),
    );
    expect(a.archetype.id).toBe("cto_architect");
    expect(a.titleMismatch).toBe(false);
  });
  it("reads a Team Lead whose three teams' leaders report to it as leading several teams", () => {
    const posting = [
      "Subject: Team Lead role in Graz",
      "",
      "Hi Jana,",
      "",
      "I'm recruiting for a listed logistics software group; the Graz site has about 900 staff.",
      "",
      "The title comes from an old grading scheme. You'd be responsible for the data platform group: three teams, about 24 engineers. Each team has a team leader, and those three leaders would report to you. Most of your week would go on coaching them and planning the quarter across the group.",
      "",
      "They have approval for five new hires, and you'd own that hiring. The line is straight to the site's CTO, and nobody expects this person to write code.",
    ].join("\n");
    const reading = readPosting(posting);
    expect(reading.severalTeamsAt).not.toBeNull();
    const a = analyzeRole(posting);
    expect(a.archetype.id).toBe("director");
    expect(a.facts.reportsTo).toBe("cto");
  });
  it("reads a Principal whose three teams' leads report to it as leading several teams", () => {
    const reading = readPosting(
      "# Principal Engineer, Card Core\n\n## The role\n\nCard Core is three teams, about 20 engineers, each with its own lead. The three leads report to you, and you decide how the group is organised.",
    );
    expect(reading.severalTeamsAt).not.toBeNull();
    const both = readPosting(
      "# Team Lead, Checkout\n\n## The role\n\nThis role looks after two squads of five engineers.\n\n## What you'll do\n\n- Lead both squads and plan their quarter together",
    );
    expect(both.severalTeamsAt).not.toBeNull();
  });

  it("reads a one-paragraph Field CTO posting's duties from 'this is the person'", () => {
    const a = analyzeRole(
      "Kestrel Data | Field CTO, EMEA | Remote | EUR 200k base + OTE\n\nWe sell data pipelines to banks. This is the person our largest customers talk to about where the field is going: executive briefings, keynotes at industry events, and taking what they hear back into our product roadmap. No direct reports. Reports to our CTO.",
    );
    expect(a.responsibilities.map((r) => r.id)).toEqual(
      expect.arrayContaining(["evangelism", "product"]),
    );
    expect(a.archetype.id).toBe("cto_external");
  });
  it("reads a CTO sought for two days a week on a freelance basis as a fractional engagement", () => {
    const posting = [
      "CTO (m/w/d)",
      "Hausfix GmbH",
      "Graz",
      "",
      "Hausfix builds software for small property managers; we are 9 people and funded by business angels. Our product is built by an outside agency. The two founders are not engineers.",
      "",
      "That is why we are looking for a CTO for about two days per week, on a freelance basis.",
      "",
      "## Your tasks",
      "",
      "- Set the technical roadmap and target architecture with the founders",
      "- Steer the agency and review its work",
      "- Help us hire our first two developers",
    ].join("\n");
    expect(analyzeRole(posting).archetype.id).toBe("fractional");
    // Not an engagement someone else holds: "our founding CTO has moved into a part-time
    // advisory role, and we need someone to run engineering".
    const other = posting.replace(
      "That is why we are looking for a CTO for about two days per week, on a freelance basis.",
      "Our founding CTO has moved into a part-time advisory role, and we need someone to run engineering full time.",
    );
    expect(analyzeRole(other).archetype.id).not.toBe("fractional");
  });
});
