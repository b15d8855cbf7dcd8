import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { itShared, sharedDir } from "../../testing/shared.js";
import type { ArchetypeId } from "../taxonomy.js";
import type { HandsOnTitle as HandsOnTitleArg } from "./facts.js";
import {
  CODING_SHARE,
  extractHandsOn,
  extractReportsTo,
  extractStage,
  extractTeamSize,
  extractWorkMode,
  FIRST_BUILDER,
  HANDS_ON_BUILD_DUTY,
  HANDS_ON_GATE,
  HANDS_ON_INTEREST,
  HANDS_ON_LEADER,
  HANDS_ON_REQUIRED,
  HANDS_ON_SOME,
  HYBRID,
  NO_OR_PASSING_REMOTE,
  ONSITE,
  REMOTE,
  SPLIT_CODING,
  STAGE_CUE_WORDS,
  STAGE_CUES,
  STAGE_GATE,
  STAY_HANDS_ON,
  statedIndividualContributor,
  WORK_MODE_GATE,
  WRITE_CODE_DUTY,
  withoutRequirements,
} from "./facts.js";
import { classifySections } from "./sections.js";
import { prepareText } from "./text.js";

const segmentsOf = (text: string) => classifySections(prepareText(text));

/** What the readers give for a posting written as Markdown (its sections read as bearing does). */
const teamSizeOf = (text: string) => extractTeamSize(segmentsOf(text));
const stageOf = (text: string) => extractStage(segmentsOf(text));
/** An engineering manager's title, and the hands-on level read under it. */
const MANAGER: HandsOnTitleArg = { title: "Engineering Manager", nominal: "engineering_manager" };
/** The hands-on level read under a title (none: the text alone). */
const handsOnAs = (text: string, title?: HandsOnTitleArg) =>
  extractHandsOn(segmentsOf(text), 0, title);
const managerHandsOn = (text: string) => handsOnAs(text, MANAGER);

describe("extractReportsTo", () => {
  it("maps the stated manager to a taxonomy id", () => {
    expect(extractReportsTo("You will report directly to our CEO and co-founder.")).toBe("ceo");
    expect(extractReportsTo("Reporting to: VP, Customer Operations")).toBe("vp");
    expect(extractReportsTo("This role reports into the Chief Technology Officer.")).toBe("cto");
    expect(extractReportsTo("Your manager will be our VP of Engineering.")).toBe("vp");
    expect(extractReportsTo("Team: Platform\nManager: VP, Infrastructure")).toBe("vp");
    expect(extractReportsTo("Your manager: Priya, Director of Platform")).toBe("director");
    expect(extractReportsTo("Hiring manager: Head of Engineering")).toBe("vp");
    // A title with a colon after it names no line.
    expect(extractReportsTo("Engineering Manager: Director of Platform")).toBeNull();
    expect(extractReportsTo("You'll report directly to our co-founder and CTO.")).toBe("cto");
    expect(extractReportsTo("You'll be managed by the Engineering Director for Payments.")).toBe(
      "director",
    );
    // Others' managers are not the role's line.
    expect(extractReportsTo("Teams are managed by directors who work with you.")).toBeNull();
    expect(extractReportsTo("Reporting to the Senior Director of Platform, you will...")).toBe(
      "director",
    );
    expect(extractReportsTo("You'll report to the founders.")).toBe("founders");
    // The line named before the verb, and a manager named in apposition.
    expect(extractReportsTo("The CFO, to whom this role reports, ...")).toBe("other_exec");
    expect(
      extractReportsTo(
        "You'll partner with the Director of Developer Experience, to whom you report, on plans.",
      ),
    ).toBe("director");
    expect(extractReportsTo("Plan it with the VP of Engineering, who you report to.")).toBe("vp");
    expect(extractReportsTo("Work with the Chief Data Officer (your line manager) on it.")).toBe(
      "other_exec",
    );
    expect(extractReportsTo("Set the plan with the Chief Data Officer, your manager.")).toBe(
      "other_exec",
    );
    expect(extractReportsTo("You will work closely with your manager, the Head of Data.")).toBe(
      "vp",
    );
    expect(extractReportsTo("You will partner closely with the CEO.")).toBeNull();
    expect(extractReportsTo("You will report to our VPE, who joined last year.")).toBe("vp");
    expect(
      extractReportsTo(
        "The Engineer reports to the Manager, Platform. The Manager, Platform reports to the Director, Platform.",
      ),
    ).toBeNull();
  });
});

describe("extractReportsTo: accountable to, a boss, a direct report, a pronoun", () => {
  it("reads the line said without 'reports to'", () => {
    expect(extractReportsTo("The role is accountable to the Chief Operating Officer.")).toBe(
      "other_exec",
    );
    expect(extractReportsTo("Your boss will be our CTO.")).toBe("cto");
    expect(extractReportsTo("You will be a direct report of the Director of Data.")).toBe(
      "director",
    );
    // Accountable to someone outside the vocabulary names no line.
    expect(extractReportsTo("You are accountable to our users for uptime.")).toBeNull();
  });

  it("reads 'report to her' as the manager named earlier in the sentence", () => {
    expect(extractReportsTo("You'll work closely with our CTO and report to him.")).toBe("cto");
    // Named a sentence or two before (session 33), not further.
    expect(extractReportsTo("Our CEO founded the company. You will report to her.")).toBe("ceo");
    expect(
      extractReportsTo(
        "Our CEO founded the company in 2015. The team grew. The product shipped. You will report to her.",
      ),
    ).toBeNull();
  });
});

describe("extractReportsTo: the line said in other words", () => {
  it("reads a reporting-line field, 'reports up to' and 'answers to'", () => {
    expect(extractReportsTo("Reporting line: Chief Operating Officer")).toBe("other_exec");
    expect(extractReportsTo("Line manager: Director of Data")).toBe("director");
    expect(extractReportsTo("This role reports up to the CTO.")).toBe("cto");
    expect(extractReportsTo("You will answer directly to the managing director.")).toBe("ceo");
    expect(extractReportsTo("The role answers to the board of trustees.")).toBe("board");
    expect(extractReportsTo("Our answer to the CEO's question was a new team.")).toBeNull();
  });

  it("reads working for the line, sitting under it, and being one of its direct reports", () => {
    expect(extractReportsTo("You'll work directly for the two founders.")).toBe("founders");
    expect(extractReportsTo("You'll be working for our CEO, with no layers between.")).toBe("ceo");
    expect(extractReportsTo("Set the roadmap and answer to the Chief Technology Officer.")).toBe(
      "cto",
    );
    expect(extractReportsTo("Lead the team. Answer to the Chief Technology Officer.")).toBe("cto");
    expect(extractReportsTo("You'll be one of the CTO's direct reports.")).toBe("cto");
    expect(extractReportsTo("The role sits under our Chief Operating Officer.")).toBe("other_exec");
    // Working for a company, or for customers, names no line.
    expect(extractReportsTo("You'll work for a company that values its CTO.")).toBeNull();
    expect(extractReportsTo("You'll work for our customers in retail.")).toBeNull();
  });

  it("reads a founder who is the chief executive as the CEO, and a combined CTO title", () => {
    expect(extractReportsTo("Reports to: Founder & CEO")).toBe("ceo");
    expect(extractReportsTo("You will report to our co-founder and CEO, Sam.")).toBe("ceo");
    expect(extractReportsTo("You will report to the two co-founders.")).toBe("founders");
    expect(extractReportsTo("You'll report to our Chief Technology & Product Officer.")).toBe(
      "cto",
    );
  });
});

describe("extractReportsTo: a solid line, management taken over, someone else's line", () => {
  it("reads a solid line and management taken over from an executive", () => {
    expect(
      extractReportsTo(
        "Your solid line is to our VP of Engineering, with a dotted line to the CTO.",
      ),
    ).toBe("vp");
    // A recruiter's "the line is straight to": the line named right after it.
    expect(extractReportsTo("The line is straight to the CTO of the Porto office.")).toBe("cto");
    expect(extractReportsTo("Your line goes directly to our CEO.")).toBe("ceo");
    expect(extractReportsTo("Our product line is to launch in spring.")).toBeNull();
    // A country's manager leads one market of a larger firm: another executive.
    expect(extractReportsTo("- Reports to the Country Manager for Chile")).toBe("other_exec");
    expect(
      extractReportsTo("You'll take over day-to-day engineering management from our CEO."),
    ).toBe("ceo");
    // A line stated outright wins over the one management is taken from.
    expect(
      extractReportsTo(
        "You'll take over engineering management from our CTO, who will focus on product. You will report to the CEO.",
      ),
    ).toBe("ceo");
  });

  it("leaves the chief executive's own line alone", () => {
    expect(
      extractReportsTo("Our CEO reports to the board; you'll work closely with her on priorities."),
    ).toBeNull();
  });

  it("leaves another executive's line alone, named or not, unless the title makes it the role's", () => {
    const title = "Platform Engineering Manager";
    expect(
      extractReportsTo("Our CTO, Noor Haddad, reports to the board and sets the roadmap.", title),
    ).toBeNull();
    expect(
      extractReportsTo("The Head of Digital Channels reports to the Group COO.", title),
    ).toBeNull();
    // The role itself named as the subject keeps its line.
    expect(
      extractReportsTo("The Head of Platform reports to the CTO.", "Head of Platform — Kestrel"),
    ).toBe("cto");
    // A handbook page's levels are the role's.
    expect(
      extractReportsTo(
        "The Senior Manager, Payments reports to the Director of Engineering.",
        title,
      ),
    ).toBe("director");
  });

  it("reads a line to a person named elsewhere by their title, and a direct line", () => {
    expect(
      extractReportsTo(
        "Marta Quist, our COO, built the operations team.\n\nYou will report to Marta and join her staff meetings.",
      ),
    ).toBe("other_exec");
    expect(
      extractReportsTo(
        "Our founder and CEO, Idris Bello, wrote the first version. You'll report to Idris.",
      ),
    ).toBe("ceo");
    expect(extractReportsTo("You'll report to Priya from day one.")).toBeNull();
    expect(extractReportsTo("You'll have a direct line to the founders (Jo and Sam).")).toBe(
      "founders",
    );
  });

  it("reads a Managing Director, an MD and a non-profit's Executive Director as the chief executive", () => {
    expect(extractReportsTo("You'll report to our MD, who started the agency.")).toBe("ceo");
    expect(extractReportsTo("Reporting to the Executive Director, you will run IT.")).toBe("ceo");
  });
});

describe("extractTeamSize", () => {
  it("reads team sizes stated in the duties, not in the requirements", () => {
    expect(teamSizeOf("## What you'll do\n- Lead a team of 8 engineers.")).toEqual({
      min: 8,
      max: 8,
    });
    expect(
      teamSizeOf("## The role\nYou will grow the team to ~10-15 engineers this year."),
    ).toEqual({
      min: 10,
      max: 15,
    });
    expect(teamSizeOf("## Requirements\n- 5+ years leading teams of 6+ engineers.")).toBeNull();
    expect(teamSizeOf("## About us\nWe are 40 employees in Leeds.")).toBeNull();
  });

  it("takes the largest count of a sentence and leaves the company's headcount alone", () => {
    expect(
      teamSizeOf("## The role\nYou will lead four managers and about 35–40 engineers."),
    ).toEqual({
      min: 35,
      max: 40,
    });
    expect(
      teamSizeOf(
        "## The role\nWe're a remote-first team of 120+ in 20 countries; you will lead our platform.",
      ),
    ).toBeNull();
    expect(
      teamSizeOf("## The role\nYou will join our team of 30 engineers and lead the billing work."),
    ).toBeNull();
    expect(teamSizeOf("## The role\nYou will lead a team of 6 engineers.")).toEqual({
      min: 6,
      max: 6,
    });
    expect(
      teamSizeOf(
        "## The role\nAs an experienced manager you will manage a team of 10 to 15 engineers.",
      ),
    ).toEqual({ min: 10, max: 15 });
    expect(
      teamSizeOf(
        "## The role\nOur remote team of more than 300 professionals; you will lead platform.",
      ),
    ).toBeNull();
  });
});

describe("extractTeamSize: the team as postings put it", () => {
  it("reads whom the role will lead in a section about the team", () => {
    expect(
      teamSizeOf(
        "## The team\nYou'll manage the Growth team: 8 to 10 engineers working on onboarding.",
      ),
    ).toEqual({ min: 8, max: 10 });
    // A team described without the role leading it is not read there.
    expect(
      teamSizeOf("## The team\nThe Growth team is 8 to 10 engineers working on onboarding."),
    ).toBeNull();
  });

  it("passes over a named company that is a team of some size, not the team the role leads", () => {
    expect(
      teamSizeOf(
        "## About us\nAcme is a small team of 14 in Leeds.\n## The role\nLead our engineers.",
      ),
    ).toBeNull();
    // The company's headcount is not the team ("three engineers" said so is not read either).
    expect(
      teamSizeOf(
        "## The role\nWe're 9 people and our engineering team is three engineers, whom you'd manage.",
      ),
    ).toBeNull();
    expect(
      teamSizeOf("## The role\nOur platform team is a team of 8 engineers you will lead."),
    ).toEqual({
      min: 8,
      max: 8,
    });
  });

  it("reads dozens, teams of a size each, and passes over the company's headcount", () => {
    expect(teamSizeOf("## The role\nLead our dozen engineers, who all report to you.")).toEqual({
      min: 12,
      max: 12,
    });
    expect(teamSizeOf("## The role\nYou will manage two squads of five engineers each.")).toEqual({
      min: 10,
      max: 10,
    });
    expect(teamSizeOf("## The role\nYou will lead half a dozen engineers.")).toEqual({
      min: 6,
      max: 6,
    });
    expect(
      teamSizeOf(
        "## The role\nKestrel is a freight platform with about 220 engineers. You will lead four teams, roughly 30 engineers in total.",
      ),
    ).toEqual({ min: 30, max: 30 });
  });

  it("does not read a team someone else leads as the role's", () => {
    expect(
      teamSizeOf("## The role\nOur engineering organisation (about 700 people) is led by a VP."),
    ).toBeNull();
    // The count of the team the sentence before says the role leads (session 39).
    expect(
      teamSizeOf(
        "## The role\n- You'll lead our engineering team. Today that's five people: three backend, two mobile.",
      ),
    ).toEqual({ min: 5, max: 5 });
    expect(
      teamSizeOf("## The role\n- You'll work with our sales team. Today that's five people."),
    ).toBeNull();
    expect(
      teamSizeOf(
        "## The role\nThe five mobile engineers belong to our Apps team, led by Ana Ferreira, who runs their 1:1s. You will be its technical owner.",
      ),
    ).toBeNull();
    expect(
      teamSizeOf("## The role\nOur platform team of 8 engineers is run by you from day one."),
    ).toEqual({
      min: 8,
      max: 8,
    });
  });

  it("reads a department the role heads and a team of a named kind of engineer", () => {
    expect(
      teamSizeOf(
        "## The role\nYou will head an engineering department of around 90 people in teams.",
      ),
    ).toEqual({ min: 90, max: 90 });
    expect(teamSizeOf("## The role\nTeam: 14 solutions engineers across three offices.")).toEqual({
      min: 14,
      max: 14,
    });
  });

  it("reads a squad or pod the role leads", () => {
    expect(
      teamSizeOf("## The role\nYou'll lead our squad of five web and backend engineers."),
    ).toEqual({
      min: 5,
      max: 5,
    });
    expect(teamSizeOf("## The role\nYou will run a pod of 6.")).toEqual({ min: 6, max: 6 });
  });

  it("reads a range said as 'between N and M'", () => {
    expect(teamSizeOf("## The role\nLead a team of between 6 and 9 engineers.")).toEqual({
      min: 6,
      max: 9,
    });
    // "and" joins two counts only after "between".
    expect(teamSizeOf("## The role\nLead 3 managers and 25 engineers.")).toEqual({
      min: 25,
      max: 25,
    });
  });

  it("reads a team-size or direct-reports field", () => {
    expect(teamSizeOf("## The role\nTeam size: 6-9")).toEqual({ min: 6, max: 9 });
    expect(teamSizeOf("## The role\nNumber of direct reports: 5")).toEqual({ min: 5, max: 5 });
    // A field that counts something else is no team.
    expect(teamSizeOf("## The role\nOffice size: 40")).toBeNull();
  });

  it("reads teams of a size counted before it, a headcount field, not the candidate's past", () => {
    expect(teamSizeOf("## The role\nYou'll look after two squads of six.")).toEqual({
      min: 12,
      max: 12,
    });
    expect(teamSizeOf("## The role\nLead three teams of five engineers.")).toEqual({
      min: 15,
      max: 15,
    });
    expect(teamSizeOf("## The role\nTeam headcount: 11 (two of them contractors).")).toEqual({
      min: 11,
      max: 11,
    });
    expect(teamSizeOf("## The role\nManage teams of 5-8 engineers.")).toEqual({ min: 5, max: 8 });
    expect(teamSizeOf("## The role\n- Has managed teams of 4+ and can plan the work.")).toBeNull();
  });

  it("reads a team said as 'N strong' and a group the role is responsible for", () => {
    expect(
      teamSizeOf(
        "## The role\nThe engineering team today is 30 strong, and you'll lead all of it.",
      ),
    ).toEqual({ min: 30, max: 30 });
    expect(
      teamSizeOf(
        "## The role\nYou'll be responsible for an engineering group of around 40 in five squads.",
      ),
    ).toEqual({ min: 40, max: 40 });
    // A strength that is not a headcount.
    expect(
      teamSizeOf("## The role\nOur team is 3 times stronger for it, and you'll lead it."),
    ).toBeNull();
  });

  it("reads an N-person team the role leads, not a company's boast", () => {
    expect(teamSizeOf("## The role\nYou will lead a 15-person platform team.")).toEqual({
      min: 15,
      max: 15,
    });
    expect(
      teamSizeOf("## The role\nYou will run our 120 person engineering organisation."),
    ).toEqual({
      min: 120,
      max: 120,
    });
    expect(teamSizeOf("## About us\nA 6-person team can outship a 60-person firm.")).toBeNull();
    expect(
      teamSizeOf(
        "## The role\nWe're a seed-stage startup with 9 people.\n\n## What you'll do\n- Manage and grow the 5-person engineering team.",
      ),
    ).toEqual({ min: 5, max: 5 });
  });

  it("adds up a team told by the kinds of its members", () => {
    expect(teamSizeOf("## The role\nYou'll lead three backend engineers and two SREs.")).toEqual({
      min: 5,
      max: 5,
    });
    expect(
      teamSizeOf("## The role\nLead our squad: 5 developers, 1 tester and 2 designers."),
    ).toEqual({
      min: 8,
      max: 8,
    });
    // One member named with an article counts one; a range stays a range.
    expect(teamSizeOf("## The role\nYou'll lead 4 engineers and a designer.")).toEqual({
      min: 5,
      max: 5,
    });
    expect(teamSizeOf("## The role\nManage 2-3 engineers and 1 QA.")).toEqual({ min: 3, max: 4 });
    expect(teamSizeOf("## The role\nLead 4 engineers and a product manager.")).toEqual({
      min: 4,
      max: 4,
    });
    // A line labelled as the team is the role's team, not the company's story.
    expect(
      teamSizeOf("## The role\nYou run delivery.\n\nThe team: 3 engineers, 1 QA, 1 analyst."),
    ).toEqual({ min: 5, max: 5 });
    // A company and its engineers, and a manager's managers and engineers, are not summed.
    expect(teamSizeOf("## The role\nYou'll lead a company of 50 people, 20 engineers.")).toEqual({
      min: 50,
      max: 50,
    });
    expect(teamSizeOf("## The role\nLead 3 managers, 25 engineers.")).toEqual({ min: 25, max: 25 });
    // People led through others count too; people still to hire do not.
    expect(
      teamSizeOf("## The role\nYou'll directly manage 7 engineers and indirectly 30 more."),
    ).toEqual({
      min: 37,
      max: 37,
    });
    expect(
      teamSizeOf("## The role\nYou will manage five engineers and two more next year."),
    ).toEqual({
      min: 5,
      max: 5,
    });
  });

  it("reads a team from its size now to the size it is to grow to", () => {
    expect(
      teamSizeOf("## The role\nYou will lead 6 engineers today, growing to 10 by summer."),
    ).toEqual({
      min: 6,
      max: 10,
    });
    expect(teamSizeOf("## The role\nYou will lead 5 engineers and grow to 30 customers.")).toEqual({
      min: 5,
      max: 5,
    });
  });

  it("takes the largest count of people led across the ways of saying it", () => {
    expect(
      teamSizeOf("## The role\nYou will lead a team of 3 engineering managers and 25+ engineers."),
    ).toEqual({ min: 25, max: 25 });
    expect(teamSizeOf("## The role\nToday the team you will lead is 5 Sr. SWEs.")).toEqual({
      min: 5,
      max: 5,
    });
  });

  it("reads a count given as the size or headcount of the team the role leads", () => {
    expect(teamSizeOf("## The role\nThe headcount of the team you'll manage is ~20.")).toEqual({
      min: 20,
      max: 20,
    });
    expect(
      teamSizeOf("## The role\nThe size of your engineering org will be 30-40 people."),
    ).toEqual({
      min: 30,
      max: 40,
    });
    expect(teamSizeOf("## About us\nThe size of the team is 12 and we ship weekly.")).toBeNull();
  });
});

describe("extractTeamSize and people the role mentors", () => {
  it("does not read the engineers the role mentors or pairs with as a team it leads", () => {
    expect(teamSizeOf("## What you'll do\n- Mentor two engineers on the data team.")).toBeNull();
    expect(
      teamSizeOf("## What you'll do\n- Pair with 3 developers on the checkout service."),
    ).toBeNull();
    expect(teamSizeOf("## The role\nYou will be mentoring our four junior engineers.")).toBeNull();
  });

  it("still reads the team the role leads beside the people it mentors", () => {
    expect(
      teamSizeOf("## What you'll do\n- Mentor 10 engineers across the guild and lead 4 engineers."),
    ).toEqual({ min: 4, max: 4 });
    expect(teamSizeOf("## What you'll do\n- Mentor and grow a team of 7 engineers.")).toEqual({
      min: 7,
      max: 7,
    });
  });
});

describe("extractTeamSize: counts that are not the team the role leads", () => {
  it("reads teams of programmers, testers and analysts, and growth said further on", () => {
    expect(teamSizeOf("## The role\nYou will manage 9 backend programmers.")).toEqual({
      min: 9,
      max: 9,
    });
    expect(teamSizeOf("## The role\nAs QA lead you manage four manual testers.")).toEqual({
      min: 4,
      max: 4,
    });
    expect(
      teamSizeOf(
        "## The role\nYou will lead 4 analysts for now (three in Leeds, one in York), growing to 7 next spring.",
      ),
    ).toEqual({ min: 4, max: 7 });
  });

  it("counts principal and staff engineers, and a head of a function named after them", () => {
    expect(
      teamSizeOf("## The role\nReporting to you: two staff engineers and our Head of Analytics."),
    ).toEqual({ min: 3, max: 3 });
  });

  it("leaves a team the role joins as a member alone", () => {
    expect(
      teamSizeOf(
        "## The role\nAs a data engineer in our Pricing team of 9, you will build pipelines.",
      ),
    ).toBeNull();
    expect(
      teamSizeOf(
        "## The role\nThe research group is 11 people and you'll be one of its senior members; you won't line-manage anyone.",
      ),
    ).toBeNull();
    // A team the role is in and leads is the role's.
    expect(
      teamSizeOf(
        "## The role\nAs the manager in our Payments team of 7, you will lead its engineers.",
      ),
    ).toEqual({ min: 7, max: 7 });
  });

  it("leaves an interview panel, the organisation's growth and '3D' alone", () => {
    expect(
      teamSizeOf("## The role\nYou will lead the team. You'll interview with 3-4 team members."),
    ).toBeNull();
    expect(
      teamSizeOf("## The role\nYou will lead hiring as the company grows from 25 engineers to 60."),
    ).toBeNull();
    expect(teamSizeOf("## The role\nYou will manage a new team of 3D engineers.")).toBeNull();
    expect(teamSizeOf("## The role\nYou will manage a new team of 3 engineers.")).toEqual({
      min: 3,
      max: 3,
    });
  });

  it("leaves people hired beyond the team alone, not the first team the role hires", () => {
    expect(teamSizeOf("## The role\nLater you'd help hire the next 3-4 engineers.")).toBeNull();
    expect(teamSizeOf("## The role\nLead 5 engineers and hire another 3.")).toEqual({
      min: 5,
      max: 5,
    });
    expect(teamSizeOf("## The role\nHire our first five engineers and run their 1:1s.")).toEqual({
      min: 5,
      max: 5,
    });
  });
});

describe("extractWorkMode", () => {
  it("counts explicit statements and ignores look-alikes", () => {
    expect(extractWorkMode(["This is a fully remote position."])).toBe("remote");
    expect(extractWorkMode(["Hybrid: 3 days a week in our Berlin office."])).toBe("hybrid");
    expect(extractWorkMode(["This role is on-site in Austin."])).toBe("onsite");
    expect(
      extractWorkMode(["Experience with hybrid cloud and remote monitoring tools."]),
    ).toBeNull();
    expect(extractWorkMode(["Location: San Francisco, CA"])).toBeNull();
  });

  it("reads a paragraph sentence by sentence: a requirement beside it hides no statement", () => {
    const paragraph =
      "Location: Austin (on-site 4 days/week). You lead the Developer Experience team. Base pay: $200k.";
    expect(extractWorkMode([paragraph])).toBe("hybrid");
    expect(extractWorkMode(["Experience leading remote teams. Based in Austin."])).toBeNull();
    expect(withoutRequirements(paragraph)).toBe(
      "Location: Austin (on-site 4 days/week). Base pay: $200k.",
    );
    expect(withoutRequirements("Five years of experience with remote teams.")).toBe("");
  });
});

describe("extractStage", () => {
  it("reads a size the company claims for itself and revenue in billions as enterprise", () => {
    expect(stageOf("We are one of the world's largest insurers.")).toBe("enterprise");
    expect(stageOf("With revenues of over $2 billion, we lead our market.")).toBe("enterprise");
    // A customer so described says nothing of the company's own size.
    expect(stageOf("We build tools for the world's largest banks.")).toBeNull();
  });

  it("reads a place in a stock index as enterprise, not customers in one", () => {
    expect(stageOf("Brackwell is part of the S&P 500 index.")).toBe("enterprise");
    expect(stageOf("We are listed in the FTSE 250.")).toBe("enterprise");
    expect(stageOf("Our customers include S&P 500 companies.")).toBeNull();
  });

  it("reads the stage of the companies served as theirs, not the company's own", () => {
    expect(stageOf("We help startups from seed to Series B run their payroll.")).toBeNull();
    expect(stageOf("Our clients range from seed-stage startups to Series C scale-ups.")).toBeNull();
    expect(stageOf("We've built tools for hundreds of publicly traded companies.")).toBeNull();
    // The company's own stage beside its customers', or said before them, stands.
    expect(stageOf("We're a Series B company helping startups with payroll.")).toBe("growth");
    expect(stageOf("With offices in 41 countries, our people serve clients including banks.")).toBe(
      "enterprise",
    );
  });

  it("reads funding rounds, headcounts and listings", () => {
    expect(stageOf("We closed our Series A last month.")).toBe("early");
    expect(stageOf("We are a 25-person startup.")).toBe("early");
    expect(stageOf("We are a 30-person consultancy.")).toBe("early");
    expect(stageOf("Acme recently IPO'd in Frankfurt.")).toBe("enterprise");
    expect(stageOf("A payments firm that went public in 2021.")).toBe("enterprise");
    expect(stageOf("Nimbus is a 250-person consultancy.")).toBe("growth");
    expect(stageOf("A Series D company preparing for IPO.")).toBe("growth");
    expect(stageOf("We are a publicly traded company (NASDAQ: ZZZZ).")).toBe("enterprise");
    expect(stageOf("We are a fast-growing startup.")).toBeNull();
    // A kind of company between the headcount and "company"; a department is not the company.
    expect(stageOf("We're a 30-person SaaS company building invoicing tools.")).toBe("early");
    expect(stageOf("We're a startup with 9 people, 5 of them engineers.")).toBe("early");
    expect(stageOf("We are a 400-person fintech business.")).toBe("growth");
    expect(stageOf("We've grown to 150 people since 2019.")).toBe("growth");
    expect(stageOf("We are a family-owned business with 900 staff in three cities.")).toBe(
      "growth",
    );
    expect(stageOf("We're a YC-backed startup building payroll tools.")).toBe("early");
    expect(stageOf("We are a business with 900 customers.")).toBeNull();
    expect(stageOf("You will lead a 60-person engineering organization.")).toBeNull();
    expect(stageOf("## Requirements\n- Experience at an early-stage startup.")).toBeNull();
  });

  it("reads how a young company funds itself and how long an old one has existed", () => {
    expect(stageOf("The company is bootstrapped by its two founders.")).toBe("early");
    expect(stageOf("We are an early stage climate software startup.")).toBe("early");
    expect(stageOf("We were picked for a startup accelerator this spring.")).toBe("early");
    expect(stageOf("We are a team of 12 designers and engineers.")).toBe("early");
    expect(stageOf("A family firm, we started selling tools more than 90 years ago.")).toBe(
      "enterprise",
    );
    expect(stageOf("We have offices in more than 30 countries.")).toBe("enterprise");
    expect(stageOf("A Fortune 50 insurer.")).toBe("enterprise");
    // Not the company: hardware accelerators, a team inside a large firm, experience asked for.
    expect(stageOf("Program our inference accelerator chips.")).toBeNull();
    expect(stageOf("We're a small team inside a large bank.")).toBeNull();
    expect(stageOf("## Requirements\n- 20+ years of experience in 10 countries.")).toBeNull();
  });

  it("reads a Fortune rank only when the company holds it, and no headcount alone as growth", () => {
    expect(stageOf("Our clients include Fortune 500 companies and city councils.")).toBeNull();
    expect(stageOf("We serve Fortune 100 customers across Europe.")).toBeNull();
    expect(stageOf("We are a Fortune 200 retailer with stores in every state.")).toBe("enterprise");
    expect(stageOf("The market has no established leader yet.")).toBeNull();
    expect(stageOf("Send the role listed on the posting to a friend.")).toBeNull();
    expect(stageOf("The company is listed on the Frankfurt Stock Exchange.")).toBe("enterprise");
    expect(stageOf("Our platform team is being bootstrapped this quarter.")).toBeNull();
    expect(stageOf("Roughly 300 people work here across four offices.")).toBeNull();
    expect(stageOf("We are a 300-person company with offices in two cities.")).toBe("growth");
    expect(
      stageOf(
        "## What we need\n- Strong self-direction.\n- Perks: pre-IPO stock options and a laptop.",
      ),
    ).toBe("growth");
    expect(stageOf("## What we need\n- You have worked at a pre-IPO company.")).toBeNull();
    // A company still hiring a co-founder or founding engineers is at its start.
    expect(stageOf("Acme - Founding CTO - Remote - Full-time")).toBe("early");
    expect(stageOf("We want a CTO to join our team as a co-founder.")).toBe("early");
    expect(stageOf("Acme is a small SaaS company serving city councils.")).toBe("early");
    expect(stageOf("Our founding team sold its first company in 2015.")).toBeNull();
  });
});

describe("extractStage: statements in other words", () => {
  it("reads a listing, a long history and large assets however they are put", () => {
    expect(stageOf("Acme went public in 2019 and is growing fast.")).toBe("enterprise");
    expect(stageOf("We are a publicly listed maker of garden tools.")).toBe("enterprise");
    expect(stageOf("For more than 40 years, we have built software for dentists.")).toBe(
      "enterprise",
    );
    expect(stageOf("Founded in 1962, the firm designs bridges.")).toBe("enterprise");
    // The history reads like a requirement by its years, yet asks nothing of the candidate.
    expect(stageOf("More than 110 years ago, our founders opened a small shop.")).toBe(
      "enterprise",
    );
    expect(stageOf("With over $20 billion in assets, the bank serves three states.")).toBe(
      "enterprise",
    );
    expect(
      stageOf("## Requirements\n- 15+ years of experience at a publicly listed company."),
    ).toBeNull();
  });

  it("reads the company's headcount said as a count of its people", () => {
    expect(stageOf("We have 180 employees in Lisbon and Leeds.")).toBe("growth");
    expect(stageOf("We employ over 600 people worldwide.")).toBe("growth");
    expect(stageOf("We're a remote team of 150+ across 14 countries.")).toBe("growth");
    expect(stageOf("We are 22 people, mostly engineers.")).toBe("early");
    expect(stageOf("We have 3,400 employees.")).toBe("enterprise");
    // The team the role leads is not the company.
    expect(stageOf("You will lead a team of 8 people.")).toBeNull();
    expect(stageOf("Our team of 40 engineers ships weekly.")).toBeNull();
  });

  it("reads a headcount said after 'and employ', 'as a scale-up of' or 'with ... staff'", () => {
    expect(stageOf("We've been profitable for years and employ 140 people.")).toBe("growth");
    expect(stageOf("As a scale-up of 300 people, we move quickly.")).toBe("growth");
    expect(stageOf("A payroll company with 2,500 customers and 90 staff.")).toBe("growth");
    // After "with", only employees or staff are the company's people.
    expect(stageOf("You'll work with 12 people across design and data.")).toBeNull();
  });

  it("reads a private valuation of a billion or more as growth", () => {
    expect(stageOf("We are one of the few Nordic fintech unicorns.")).toBe("growth");
    expect(stageOf("Our last round valued the company at $1.4 billion.")).toBe("growth");
    expect(stageOf("We reached a valuation of €2B in 2022.")).toBe("growth");
  });
});

describe("extractStage: sizes, listings, ages and accelerators in everyday words", () => {
  it("reads headcounts in words, in thousands, of the named company and after growth", () => {
    expect(stageOf("We employ twelve thousand people across the region.")).toBe("enterprise");
    expect(stageOf("We are nine people building tools for florists.")).toBe("early");
    expect(stageOf("Pebbleway is a two-year-old company with a dozen people.")).toBe("early");
    expect(stageOf("Pebbleway has 30 employees and no office.")).toBe("early");
    expect(stageOf("Pebbleway is a team of 14 making tools for florists.")).toBe("early");
    expect(stageOf("We have grown from 12 people to 300.")).toBe("growth");
    expect(stageOf("Pebbleway has grown slowly on its own revenue to 160 employees.")).toBe(
      "growth",
    );
    expect(stageOf("Company size: 7 employees")).toBe("early");
    expect(stageOf("With more than 9,000 colleagues in 20 countries, we run the grid.")).toBe(
      "enterprise",
    );
    expect(stageOf("We are a public agency of around 40,000 civil servants.")).toBe("enterprise");
    expect(stageOf("Ridgeway is a 300-person insurtech in Leeds.")).toBe("growth");
    // A function's team, a customer's staff, a team the role leads: not the company.
    expect(stageOf("Our engineering team has grown to 40 people.")).toBeNull();
    expect(stageOf("Our largest client has 400 employees.")).toBeNull();
  });

  it("reads a place among the largest, an exchange listing, an old institution and a past IPO", () => {
    expect(stageOf("We are one of the largest grocers in Scandinavia.")).toBe("enterprise");
    expect(stageOf("Marlow is among the five largest insurers in Canada.")).toBe("enterprise");
    expect(stageOf("Harbourline is a TSX-listed shipping group.")).toBe("enterprise");
    expect(stageOf("We are a subsidiary of Fenwick Holdings plc.")).toBe("enterprise");
    expect(stageOf("Stonebridge is a 120-year-old building society.")).toBe("enterprise");
    expect(stageOf("Since our IPO in 2020 we have doubled revenue.")).toBe("enterprise");
    expect(stageOf("As we prepare for an IPO, we are hiring leaders.")).toBe("growth");
  });

  it("reads an accelerator or incubator named or verbed as early", () => {
    expect(stageOf("We graduated from the Techstars accelerator in Berlin.")).toBe("early");
    expect(stageOf("The company was incubated at a university lab.")).toBe("early");
  });

  it("leaves the stage of customers, and a founders' history, unread", () => {
    expect(stageOf("Ledgerly provides bookkeeping services for seed-stage startups.")).toBeNull();
    expect(stageOf("Irwell builds reporting software for publicly listed companies.")).toBeNull();
    expect(stageOf("For 20 years our founders have built software for hospitals.")).toBeNull();
  });
});

describe("extractStage: thousands before a noun, likenesses, bootstrapped headcounts, others' stage", () => {
  it("reads a headcount in the thousands before a company noun as enterprise, not a crowd", () => {
    expect(stageOf("## About us\nWe are a 7,500-person utility group in the north.")).toBe(
      "enterprise",
    );
    expect(
      stageOf("## About us\nOur tool runs a 20,000-person festival without a hitch."),
    ).toBeNull();
  });

  it("reads no stage in a likeness", () => {
    expect(
      stageOf(
        "## About us\nWe closed a $60M Series C in May. We still move like a seed-stage team.",
      ),
    ).toBe("growth");
  });

  it("reads a bootstrapped company's headcount above 50 as growth", () => {
    expect(
      stageOf(
        "## About us\nWe're bootstrapped and profitable, and we've grown to about 250 staff.",
      ),
    ).toBe("growth");
  });

  it("reads the company's stage said after the customers' clause ends", () => {
    expect(
      stageOf("## About us\nWe make software for small law firms; we are 70 people, Series B."),
    ).toBe("growth");
    expect(stageOf("## About us\nWe make software for Series B startups.")).toBeNull();
  });

  it("reads no stage of the clients or of a company the founders sold", () => {
    expect(stageOf("## About us\nOur clients are pre-IPO insurers and listed banks.")).toBeNull();
    expect(
      stageOf(
        "## About us\nOur founders built and sold a payroll startup to a publicly traded group.",
      ),
    ).toBeNull();
  });
});

describe("extractStage: money raised, headcounts in other frames, investors and negation", () => {
  it("reads money raised in any wording: under $20M early, more growth", () => {
    expect(stageOf("Last spring we closed a $6m round led by two angel funds.")).toBe("early");
    expect(stageOf("Quillwork is backed by $45 million from leading investors.")).toBe("growth");
    expect(stageOf("We have $32M in venture funding behind us.")).toBe("growth");
    // Money that is not raised says nothing of the stage.
    expect(stageOf("Our customers move $40M a day through the platform.")).toBeNull();
  });

  it("reads the company's people in other frames, and a demonym", () => {
    expect(stageOf("Join our global team of 240 professionals in nine countries.")).toBe("growth");
    expect(stageOf("Harbrook is a 300-strong company with offices in Oslo.")).toBe("growth");
    expect(stageOf("Today there are over 450 Tidelers across three continents.")).toBe("growth");
    expect(stageOf("The company has grown to 2,500 employees.")).toBe("enterprise");
    // About fifty sits on the line between early and growth; the engineering team says nothing.
    expect(stageOf("Join our family of about 50 colleagues.")).toBeNull();
    expect(stageOf("Our engineering team of 120 people spans four time zones.")).toBeNull();
    expect(stageOf("There are over 300 Engineers in our platform group.")).toBeNull();
  });

  it("reads a named growth-equity backer as growth, not the investor named elsewhere", () => {
    expect(stageOf("We are backed by Tiger Global and Coatue.")).toBe("growth");
    expect(stageOf("Our clients include Coatue.")).toBeNull();
  });

  it("does not read a negated statement", () => {
    expect(stageOf("We are not a publicly traded company.")).toBeNull();
    expect(stageOf("We are a publicly traded company.")).toBe("enterprise");
  });
});

describe("extractHandsOn", () => {
  it("tells required, some and none apart, ignoring hands-on experience asked for", () => {
    expect(
      extractHandsOn(segmentsOf("## The role\nThis role is hands-on: you'll write code daily."), 0),
    ).toBe("required");
    expect(
      extractHandsOn(
        segmentsOf("## The role\nA strategic and hands-on leader for our platform."),
        0,
      ),
    ).toBe("some");
    expect(
      extractHandsOn(segmentsOf("## Requirements\n- Hands-on experience with Kubernetes."), 0),
    ).toBe("none");
  });
});

describe("extractHandsOn: how postings say it, and say it is not", () => {
  it("reads a statement that the role does no hands-on work as none", () => {
    expect(managerHandsOn("## The role\nThis is not a hands-on coding role.")).toBe("none");
    expect(managerHandsOn("## The role\nYou will not be expected to write code.")).toBe("none");
    expect(managerHandsOn("## The role\nYou will not be expected to write production code.")).toBe(
      "none",
    );
    expect(managerHandsOn("## The role\nYou will not be required to write production code.")).toBe(
      "none",
    );
    expect(managerHandsOn("## The role\nThe job does not involve writing code day to day.")).toBe(
      "none",
    );
  });

  it("reads a share of the week spent in the code, in a named language too, as required", () => {
    expect(
      managerHandsOn("## The role\nYou'll spend about 60% of your time writing Swift and Kotlin."),
    ).toBe("required");
    expect(managerHandsOn("## The role\nExpect around half your week in the codebase.")).toBe(
      "required",
    );
    expect(
      managerHandsOn("## The role\nAbout 20% of your time writing Go, the rest leading."),
    ).toBe("some");
    // The share after the coding: "code maybe 20% of the time"; a share of something else
    // after a comma is not it ("hands-on, with 70% of the time on leadership").
    expect(managerHandsOn("## The role\nYou would still code maybe 20% of the time.")).toBe("some");
    expect(managerHandsOn("## The role\nYou will code about 60% of the week.")).toBe("required");
    expect(managerHandsOn("## The role\nMost of the week you write and review Go code.")).toBe(
      "required",
    );
    expect(
      managerHandsOn(
        "## The role\nHands-on, with 70% of the week spent leading and 30% spent coding.",
      ),
    ).toBe("some");
  });

  it("reads writing code, a builder's position and sole builder as required", () => {
    expect(
      managerHandsOn(
        "## The role\nYou will set the design and write most of the first code yourself.",
      ),
    ).toBe("required");
    expect(
      managerHandsOn("## The role\nThe job mixes people management and individual contribution."),
    ).toBe("required");
    expect(
      managerHandsOn("## The role\nThis is a senior developer position with lead duties."),
    ).toBe("required");
    expect(managerHandsOn("## The role\nUntil we hire, you are the sole engineer.")).toBe(
      "required",
    );
    expect(
      managerHandsOn("## Responsibilities\n- Lead hands-on development of the billing service."),
    ).toBe("required");
    expect(
      managerHandsOn("## Responsibilities\n- Writing readable, well-tested and fast TypeScript."),
    ).toBe("required");
    expect(
      managerHandsOn("## Responsibilities\n- Programming of customer-specific pricing rules"),
    ).toBe("required");
  });

  it("does not read the candidate's past or prototyping of ideas as hands-on duty", () => {
    expect(managerHandsOn("## The role\nHas a history of deeply technical, hands-on work.")).toBe(
      "none",
    );
    expect(
      managerHandsOn("## Responsibilities\n- Plan and prototype new ideas and processes."),
    ).toBe("none");
    expect(
      managerHandsOn(
        "## Responsibilities\n- Build quick prototypes of new features with the team.",
      ),
    ).toBe("some");
  });

  it("reads reviewing code and building when needed as some", () => {
    expect(managerHandsOn("## The role\nYou will review pull requests and coach engineers.")).toBe(
      "some",
    );
    expect(
      managerHandsOn("## The role\nWhen needed, step in as a programmer on urgent fixes."),
    ).toBe("some");
    expect(managerHandsOn("## About us\n10% Coding: staying close to our stack.")).toBe("some");
    expect(managerHandsOn("## About us\nOur engineers spend 80% coding, the rest learning.")).toBe(
      "none",
    );
  });
});

describe("extractHandsOn from statements of time and from the title", () => {
  const hands = handsOnAs;

  it("reads writing and committing code as the role's own duty", () => {
    expect(
      hands(
        "## The role\nYou will run the team and its technical work (you'll write and commit code).",
      ),
    ).toBe("required");
  });

  it("reads a stated share of the time: half or more is required, less is some", () => {
    expect(hands("## The role\nA lead who spends about 60% of the time coding.")).toBe("required");
    expect(hands("This is a hands-on role: 25% individual contribution, the rest leading.")).toBe(
      "some",
    );
    expect(hands("Our architects spend roughly half their time writing production code.")).toBe(
      "required",
    );
    expect(hands("## The role\nYou'll keep about half your time for building features.")).toBe(
      "required",
    );
    expect(hands("## The role\nAround 20% of your week is shipping product features.")).toBe(
      "some",
    );
  });

  it("reads a duty that is itself to write code, and a search for a hands-on leader", () => {
    expect(
      hands("## Responsibilities\n- Write tested, readable code for our billing service."),
    ).toBe("required");
    expect(hands("We are looking for a hands-on Head of Platform to join us.")).toBe("required");
    expect(hands("We are looking for a hands-on engineering leader to manage the web team.")).toBe(
      "some",
    );
    expect(hands("## Requirements\n- You are hands-on and pragmatic.")).toBe("some");
    expect(hands("## The role\nYou provide hands-on coaching to the team leads.")).toBe("none");
    expect(hands("## The role\nGuide the team without being too hands-on.")).toBe("none");
  });

  it("reads the main contributor to the code as building, some coding as some", () => {
    expect(
      hands("## The role\nYou will be the tech lead and main contributor on our Go services."),
    ).toBe("required");
    expect(hands("## The role\nA key contributor to our engineering strategy.")).toBe("none");
    expect(hands("## The role\nSome coding is expected, but your main job is the team.")).toBe(
      "some",
    );
    expect(hands("## The role\nOccasional hands-on work when the team is stretched.")).toBe("some");
  });

  it("reads contributing code and pairing with engineers as some hands-on work", () => {
    expect(hands("## The role\nContribute code when the team needs an extra pair of hands.")).toBe(
      "some",
    );
    expect(hands("## The role\nYou'll pair with engineers on the team every week.")).toBe("some");
    // Code written now and then is some, however the duty is worded.
    expect(hands("## What you'll do\n- Write code now and then.")).toBe("some");
    expect(hands("## What you'll do\n- Write production code every day.")).toBe("required");
    // Others who contribute code are not the role.
    expect(hands("## The role\nGrow a community of developers that contribute code.")).toBe("none");
  });

  it("reads writing most of a system, or building with one's own hands, as building", () => {
    expect(hands("## The role\nYou'll write most of the backend (Elixir, Postgres).")).toBe(
      "required",
    );
    expect(hands("## The role\nYou will build our first release with your own hands.")).toBe(
      "required",
    );
    expect(hands("## The role\nYou'll own most of the backend roadmap.")).toBe("none");
  });

  it("takes writing code as the core duty of a builder's title, not of a manager's", () => {
    const text = "## The role\nYou will improve our payments platform with the team.";
    expect(hands(text, { title: "Staff Software Engineer", nominal: "staff_ic" })).toBe("required");
    expect(hands(text, { title: "Founding Engineer", nominal: "staff_ic" })).toBe("required");
    expect(hands(text, { title: "Chief Architect", nominal: "staff_ic" })).toBe("none");
    expect(hands(text, { title: "Engineering Manager", nominal: "engineering_manager" })).toBe(
      "none",
    );
    expect(hands(text, { title: "Sales Engineer", nominal: "solutions" })).toBe("some");
    expect(hands(text, { title: "Director of Solutions Engineering", nominal: "solutions" })).toBe(
      "none",
    );
    expect(
      hands(text, {
        title: "Head of Engineering (also Senior Engineer)",
        nominal: "vp_engineering",
      }),
    ).toBe("required");
    expect(hands(text, { title: "Director Software Engineer", nominal: "director" })).toBe("none");
    // Without the title only the text is read.
    expect(hands(text)).toBe("none");
  });
});

describe("extractWorkMode: office days, passing remote and in-person work", () => {
  const mode = (text: string) => extractWorkMode(text.split("\n"));

  it("reads days away from the office as hybrid, and remote with visits as remote", () => {
    expect(mode("Based in our Toronto office with two remote days per week.")).toBe("hybrid");
    expect(mode("You can work from home 2 days a week.")).toBe("hybrid");
    expect(mode("Work remotely 3 days per week.")).toBe("hybrid");
    expect(mode("Six-month contract, remote with occasional visits to our office.")).toBe("remote");
    expect(mode("Remote (Europe) or hybrid from our London office.")).toBe("remote");
  });

  it("reads every day in the office as on-site, WFH as remote, days at a hub as hybrid", () => {
    expect(mode("Work from our Lisbon office five days a week.")).toBe("onsite");
    expect(mode("We work from our Lisbon office every day.")).toBe("onsite");
    expect(mode("Full-time in our Lisbon office.")).toBe("onsite");
    expect(mode("Fully WFH, with meetups every quarter.")).toBe("remote");
    expect(mode("WFH full-time.")).toBe("remote");
    expect(mode("Two days a week at our Leeds hub, the rest from home.")).toBe("hybrid");
    expect(mode("Our office is open every day for those who want it.")).toBeNull();
  });

  it("reads a team said to be distributed, a bare 'Remote.' and meetings in person a week", () => {
    expect(mode("We work fully distributed, across four countries.")).toBe("remote");
    expect(mode("We're distributed across five time zones.")).toBe("remote");
    expect(mode("Our team is fully distributed.")).toBe("remote");
    expect(mode("Seed stage. Remote. Equity on top.")).toBe("remote");
    expect(mode("The team meets in person twice a week in Porto.")).toBe("hybrid");
    // A field of engineering, and meetings less often than weekly, say nothing of it.
    expect(mode("We're a distributed systems company in Ghent.")).toBeNull();
    expect(mode("We meet in person twice a year.")).toBeNull();
  });

  it("reads one to four office days a week as hybrid and five as on-site", () => {
    expect(mode("Work from our Leeds office 3 days a week.")).toBe("hybrid");
    expect(mode("We ask the team to be on site 2 days per week.")).toBe("hybrid");
    expect(mode("In office 1-2 days per week, the rest from home.")).toBe("hybrid");
    expect(mode("We are in the office 5 days a week.")).toBe("onsite");
    expect(mode("Location: Boston, in office Tuesday to Thursday.")).toBe("hybrid");
    expect(mode("This role is onsite in Seattle four days a week.")).toBe("hybrid");
    expect(mode("We work in the office Monday to Friday.")).toBe("onsite");
    expect(mode("We're in Lisbon, fully in the office.")).toBe("onsite");
    expect(mode("London-based, 3 days in the office.")).toBe("hybrid");
    expect(mode("Mostly remote, with a day a week on site in Leeds.")).toBe("hybrid");
  });

  it("reads remote ruled out, or offered only for a while, as on-site", () => {
    expect(mode("Remote work is not available for this position.")).toBe("onsite");
    expect(mode("This role is not eligible for remote work.")).toBe("onsite");
    expect(mode("We are temporarily remote; after that the role sits in our Oslo office.")).toBe(
      "onsite",
    );
    expect(
      mode("Acme | Data Engineer | ONSITE Lyon (once COVID-safe), REMOTE for 2022 | Full-time"),
    ).toBe("onsite");
  });

  it("reads German postings' mobile work as days from home, 'Homeoffice bis zu 100 %' as remote", () => {
    expect(mode("Up to two days per week of mobile work.")).toBe("hybrid");
    expect(mode("Homeoffice bis zu 100 % innerhalb Deutschlands möglich")).toBe("remote");
  });

  it("reads in-person work and an on-site location as on-site, a fully distributed team as remote", () => {
    expect(mode("Work location: in person")).toBe("onsite");
    expect(mode("Location: Dublin (on-site)")).toBe("onsite");
    expect(mode("In-person in San Francisco, 5 days a week.")).toBe("onsite");
    expect(mode("We work in person, five days a week.")).toBe("onsite");
    expect(mode("We're in person in Leith (Bonnington Road), five days a week.")).toBe("onsite");
    expect(mode("We are a fully distributed engineering team across six time zones.")).toBe(
      "remote",
    );
    expect(mode("You will design fully distributed storage systems.")).toBeNull();
    // A company spread over places offers this role no remote work by that alone.
    expect(
      mode("Scale the service desk to support our needs as a distributed company."),
    ).toBeNull();
  });
});

describe("extractWorkMode: customers' ways of working, remote denied, an office to come", () => {
  const mode = (text: string) => extractWorkMode(text.split("\n"));

  it("reads no work mode in how customers or a product's users work", () => {
    expect(
      mode("Loomwise makes video tools for remote teams. Our customers work remotely."),
    ).toBeNull();
    expect(mode("We build planning software for distributed, remote-first agencies.")).toBeNull();
    expect(mode("Deskbloom helps hybrid workplaces book desks and rooms.")).toBeNull();
    expect(mode("Deskbloom helps hybrid workplaces book desks.\nThis role is fully remote.")).toBe(
      "remote",
    );
  });

  it("reads remote work denied, an office worked from, and a role on-site once an office reopens", () => {
    expect(mode("This is not a remote role.")).toBe("onsite");
    expect(
      mode("We work from our Leeds office; remote working isn't on offer for this role."),
    ).toBe("onsite");
    expect(mode("Remote: No")).toBe("onsite");
    expect(
      mode(
        "While our office is refurbished the team works remotely.\nOnce it reopens, this role will be on-site.",
      ),
    ).toBe("onsite");
    // An office worked from beside remote work offered is not on-site.
    expect(mode("You can work from our Leeds office or remotely.")).not.toBe("onsite");
    // "On-site incidents" are incidents.
    expect(mode("- Make sure on-site incidents are handled and learned from.")).toBeNull();
  });
});

describe("extractWorkMode: on site in everyday words, office weekdays, users' ways of working", () => {
  const mode = (text: string) => extractWorkMode(text.split("\n"));

  it("reads on-site work spelled 'on site', in an office every day or full-time, in an in-office company", () => {
    expect(mode("Location: our Turin workshop, on site. Prototypes stay in the building.")).toBe(
      "onsite",
    );
    expect(mode("Work location: on site at the Bremen depot.")).toBe("onsite");
    expect(mode("You'll be in the office in Old Town, every day.")).toBe("onsite");
    expect(mode("Since March we are back in the office full-time at our Porto HQ.")).toBe("onsite");
    expect(mode("Work from our Graz office: we're an in-office team.")).toBe("onsite");
    // Site reliability is a discipline, not a place.
    expect(mode("You will work on site reliability tooling.")).toBeNull();
  });

  it("reads office weekdays beside named home days as hybrid", () => {
    expect(
      mode("Our studio on Quay Road, Monday to Wednesday; Thursdays and Fridays at home."),
    ).toBe("hybrid");
    expect(mode("Fridays remote, the rest of the week with us in Ghent.")).toBe("hybrid");
    expect(
      mode("Our office is in Accra, four days a week together, Fridays from wherever you like."),
    ).toBe("hybrid");
    expect(mode("Mondays and Fridays are for working wherever you like.")).toBe("hybrid");
  });

  it("reads remote where the place of work is left to the person", () => {
    expect(mode("We gather in Valencia once a quarter; where you work is up to you.")).toBe(
      "remote",
    );
  });

  it("reads no work mode in what the product is for or how its users work", () => {
    expect(mode("Roomly is built for the hybrid workplace.")).toBeNull();
    expect(mode("We sell standing desks to people who work from home.")).toBeNull();
    expect(mode("Most of our clients are remote-first design studios.")).toBeNull();
  });
});

describe("extractWorkMode: remote within a region", () => {
  it("reads 'remote in' a region or anywhere as remote", () => {
    expect(extractWorkMode(["Remote in the EU."])).toBe("remote");
    expect(extractWorkMode(["We hire remote within Europe and the UK."])).toBe("remote");
    expect(extractWorkMode(["The job is remote from anywhere in North America."])).toBe("remote");
    expect(extractWorkMode(["Staff Engineer (Platform) - Remote UK"])).toBe("remote");
    // Remote people named by region are not the role's work mode.
    expect(extractWorkMode(["We support our remote UK employees with a stipend."])).toBeNull();
  });

  it("does not read remote work named in an experience line, or remote places", () => {
    expect(extractWorkMode(["Experience leading teams remote in the US."])).toBeNull();
    expect(extractWorkMode(["Our sensors send data from remote in-field stations."])).toBeNull();
  });
});

describe("extractWorkMode: remote said the ways companies say it", () => {
  const mode = (line: string) => extractWorkMode([line]);

  it("reads a remote company, a home-based role and work from anywhere as remote", () => {
    expect(mode("We are a remote company with people in nine countries.")).toBe("remote");
    expect(mode("Async by default, remote company, small team.")).toBe("remote");
    expect(mode("We've been fully remote since we started in 2019.")).toBe("remote");
    expect(mode("Home-based, Ireland")).toBe("remote");
    expect(mode("You can live anywhere within two hours of Berlin time.")).toBe("remote");
    expect(mode("Work from wherever you do your best work.")).toBe("remote");
    expect(mode("Most of our engineers works remotely.")).toBe("remote");
    expect(mode("You'll work from your own home office.")).toBe("remote");
    expect(mode("Remote: yes")).toBe("remote");
    expect(mode("Location: Worldwide")).toBe("remote");
    expect(mode("Where: anywhere in Europe")).toBe("remote");
    // Glued benefit lists from scraped pages still read.
    expect(mode("Benefits:Paid leaveWork from anywhere in the worldHealth cover")).toBe("remote");
    // A company without an office, a role called distributed.
    expect(mode("This is a distributed role; we have no office.")).toBe("remote");
    expect(mode("There's no central office: the team meets twice a year.")).toBe("remote");
    expect(mode("We have no office dogs, sadly, but we do have a great office in Leeds.")).not.toBe(
      "remote",
    );
  });

  it("reads remote set apart by a dash, a pipe or a dot in a header", () => {
    expect(mode("Director of Engineering - Remote")).toBe("remote");
    expect(mode("Full-time | Remote | Series A")).toBe("remote");
    expect(mode("Contract · Remote")).toBe("remote");
    expect(mode("📍 Remote")).toBe("remote");
    // A dash inside a word does not set a field apart.
    expect(mode("Our tele-remote rigs ship next year.")).toBeNull();
  });

  it("reads remote offered beside another mode as remote, either way round", () => {
    expect(mode("Location: Porto (hybrid) or remote within Portugal")).toBe("remote");
    expect(mode("Location: Hybrid (Madrid) / Remote (Spain)")).toBe("remote");
    expect(mode("Location: Remote or onsite in Denver")).toBe("remote");
    // Only the mode offered beside remote is set aside: the role's own on-site line still counts.
    expect(
      mode("We have a hybrid/remote culture. This position is on-site in Denver or Austin."),
    ).toBe("onsite");
  });

  it("does not read office days a month as hybrid", () => {
    expect(mode("We're remote-first and meet in our Leeds office two days a month.")).toBe(
      "remote",
    );
    expect(mode("You'll be in our Leeds office three days a week.")).toBe("hybrid");
  });

  it("reads a role based in the company's office as on-site", () => {
    expect(mode("This role is based in our Lisbon office.")).toBe("onsite");
    expect(mode("The job is based at our Chicago headquarters.")).toBe("onsite");
    // Offices named without this role being based there say nothing.
    expect(mode("We have offices in Lisbon and Porto.")).toBeNull();
  });

  it("does not read remote teams or remote work asked of candidates as the role's mode", () => {
    // Telecommuting among the benefits is labelled no stated mode in the corpus.
    expect(mode("Benefits include paid leave, telecommuting and snacks.")).toBeNull();
    expect(mode("Experience at a remote company is a plus.")).toBeNull();
    expect(mode("Anywhere in the usual places.")).toBeNull();
  });
});

describe("extractWorkMode on 'who is hiring' headers", () => {
  it("reads the mode field of a pipe-separated header", () => {
    expect(extractWorkMode(["Acme | Staff Engineer | Berlin | ONSITE | Full-time"])).toBe("onsite");
    expect(extractWorkMode(["Acme | VP Engineering | SF or Remote | Full Time"])).toBe("remote");
    expect(extractWorkMode(["Acme | CTO | NYC | Onsite w/ WFH option | Full Time"])).toBe("hybrid");
    expect(extractWorkMode(["Acme | Lead | Austin | ONSITE preferred, remote maybe"])).toBe(
      "onsite",
    );
    expect(extractWorkMode(["Acme - Head of Technology - Remote/Onsite/Hybrid (US)"])).toBeNull();
  });

  it("does not read experience asked for as the role's mode", () => {
    expect(extractWorkMode(["Experience leading remote, international teams."])).toBeNull();
    expect(extractWorkMode(["We are an all-remote company."])).toBe("remote");
  });

  it("reads remote among the offered locations, and office days as hybrid", () => {
    expect(extractWorkMode(["Location: Lisbon, Portugal or Remote"])).toBe("remote");
    expect(extractWorkMode(["Location: Austin, TX,Remote,US"])).toBe("remote");
    expect(
      extractWorkMode(["Acme - Head of Data - Berlin - ONSITE (2 days/week) - Full-time"]),
    ).toBe("hybrid");
    expect(extractWorkMode(["You will be in our Leeds office three days a week."])).toBe("hybrid");
    // Remote teams led, customers met remotely: not the role's mode.
    expect(extractWorkMode(["A record of leading global, remote teams."])).toBeNull();
    expect(extractWorkMode(["Meet customers both on their premises and remotely."])).toBeNull();
    expect(
      extractWorkMode(["Acme - Lead - Leeds - ONSITE", "You will be in the office 3 days a week."]),
    ).toBe("hybrid");
    expect(extractWorkMode(["Head of Data - Mobile (Portugal - Hybrid/Remote) — Acme"])).toBe(
      "remote",
    );
    expect(
      extractWorkMode(["We offer a hybrid/remote culture.", "This position is on-site in Leeds."]),
    ).toBe("onsite");
    expect(extractWorkMode(["Flexible schedule: work anywhere you want."])).toBe("remote");
    expect(extractWorkMode(["Location: Hybrid or Remote"])).toBe("remote");
  });
});

describe("the stage cues' words", () => {
  it("lists words for every cue, each of them in the gate", () => {
    expect(STAGE_CUE_WORDS).toHaveLength(STAGE_CUES.length);
    for (const words of STAGE_CUE_WORDS) {
      expect(words.length).toBeGreaterThan(0);
      for (const w of words) expect(STAGE_GATE.test(`x ${w.toUpperCase()} x`)).toBe(true);
    }
    expect(STAGE_GATE.test("We build booking software for clinics.")).toBe(false);
  });

  itShared("holds one of its words in every sentence and line a cue matches in ../shared", () => {
    let matched = 0;
    for (const dir of ["dev/jds", "corpus/jds"]) {
      const folder = join(sharedDir, dir);
      for (const file of readdirSync(folder).filter((f) => f.endsWith(".md"))) {
        const text = readFileSync(join(folder, file), "utf8");
        const pieces = [...segmentsOf(text).map((s) => s.text), ...text.split("\n")];
        for (const piece of pieces)
          STAGE_CUES.forEach(([, re], j) => {
            if (!re.test(piece)) return;
            matched++;
            const lower = piece.toLowerCase();
            expect(
              STAGE_CUE_WORDS[j]?.some((w) => lower.includes(w)),
              `cue ${j} in ${file}: ${piece}`,
            ).toBe(true);
            expect(STAGE_GATE.test(piece)).toBe(true);
          });
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});

describe("the work-mode gate", () => {
  itShared("passes every line of ../shared a work-mode pattern matches", () => {
    const patterns = [
      REMOTE,
      HYBRID,
      ONSITE,
      NO_OR_PASSING_REMOTE,
      /\b(?:no|not|non)[- ](?:remote|hybrid)\b/i,
      /(?:^|[,;(/]\s*)remote\s*(?:[.),;/]|$)|\bor remote\b/i,
      /^(?:[^:]{0,20}:\s*)?remote\b/i,
      /^(?:work ?type\s*:\s*)?on-?site\b/i,
    ];
    let matched = 0;
    for (const dir of ["dev/jds", "corpus/jds"]) {
      const folder = join(sharedDir, dir);
      for (const file of readdirSync(folder).filter((f) => f.endsWith(".md")))
        for (const line of readFileSync(join(folder, file), "utf8").split("\n"))
          for (const re of patterns) {
            if (!re.test(line)) continue;
            matched++;
            expect(WORK_MODE_GATE.test(line), `${file}: ${line}`).toBe(true);
          }
    }
    expect(matched).toBeGreaterThan(100);
    expect(WORK_MODE_GATE.test("Own the quarterly delivery plan.")).toBe(false);
  });
});

describe("the hands-on gate", () => {
  itShared("passes every sentence and line of ../shared a hands-on pattern matches", () => {
    const patterns = [
      CODING_SHARE,
      HANDS_ON_REQUIRED,
      WRITE_CODE_DUTY,
      HANDS_ON_BUILD_DUTY,
      HANDS_ON_SOME,
      HANDS_ON_INTEREST,
      STAY_HANDS_ON,
      SPLIT_CODING,
      FIRST_BUILDER,
      HANDS_ON_LEADER,
    ];
    let matched = 0;
    for (const dir of ["dev/jds", "corpus/jds"]) {
      const folder = join(sharedDir, dir);
      for (const file of readdirSync(folder).filter((f) => f.endsWith(".md"))) {
        const text = readFileSync(join(folder, file), "utf8");
        for (const piece of [...segmentsOf(text).map((s) => s.text), ...text.split("\n")])
          for (const re of patterns) {
            if (!re.test(piece)) continue;
            matched++;
            expect(HANDS_ON_GATE.test(piece), `${file}: ${piece}`).toBe(true);
          }
      }
    }
    expect(matched).toBeGreaterThan(100);
    expect(HANDS_ON_GATE.test("Own the quarterly delivery plan.")).toBe(false);
  });
});

describe("extractHandsOn: leaders who keep building", () => {
  const hands = handsOnAs;

  it("reads some hands-on work in a clause after 'but' that follows a denial", () => {
    expect(
      hands(
        "## The role\nYou won't be writing product code, but we'd like you to stay close to the code and review it now and then.",
      ),
    ).toBe("some");
    expect(hands("## The role\nYou won't be writing code, but you will run the guilds.")).toBe(
      "none",
    );
  });

  it("reads hands-on said of stakeholders or delivery, with no code, as none", () => {
    expect(
      hands("## The role\nWe want a hands-on leader: hands-on with customers and with delivery."),
    ).toBe("none");
    expect(
      hands("## The role\nA hands-on leader: hands-on with delivery and in the code each week."),
    ).not.toBe("none");
  });

  it("reads pull requests now and then, a hand kept in the codebase, occasional SQL as some", () => {
    for (const line of [
      "You'll review a pull request when the team needs a second pair of eyes.",
      "We'd like you to code, not full time, a PR or two a week.",
      "Keep a hand in the codebase with small fixes and internal tools.",
      "Occasionally you'll write SQL to answer a question from the board.",
    ])
      expect(hands(`## The role\n${line}`), line).toBe("some");
  });

  it("reads the main person writing code, or writing the code yourself, as required", () => {
    const head = { title: "Head of Engineering", nominal: "vp_engineering" as const };
    expect(hands("## The role\nFor now you'd be the main person writing code.", head)).toBe(
      "required",
    );
    expect(
      hands("## The role\nYou'd be writing the code, with our founder as product owner.", head),
    ).toBe("required");
  });

  it("reads a leader who stays close to the code as some, not when it is negated", () => {
    expect(hands("## The role\nYou'll lead four squads and stay close to the code.")).toBe("some");
    expect(hands("## The role\nExpect to get your hands dirty during incidents.")).toBe("some");
    expect(hands("## The role\nYou will lead the group but not stay close to the code.")).toBe(
      "none",
    );
  });

  it("reads a manager who still builds features or picks up tickets as some", () => {
    expect(hands("## The role\nYou'll lead the squad and still ship features yourself.")).toBe(
      "some",
    );
    expect(hands("## The role\nYou'll run planning and pick up the odd ticket.")).toBe("some");
    expect(hands("## The role\nYou'll run planning and pick up tickets when it helps.")).toBe(
      "some",
    );
    expect(hands("## The role\nAs a player-coach you still commit code most weeks.")).toBe("some");
    // Tickets triaged or features planned are not building.
    expect(hands("## The role\nYou'll triage support tickets and plan features.")).toBe("none");
  });

  it("reads a leader counted among the builders, or building alone, as required", () => {
    for (const line of [
      "We lead from the keyboard: you'll manage the squad and build with it.",
      "You'll carry a real sprint load alongside the four engineers you manage.",
      "Expect to be one of the team's developers, with one-to-ones on Fridays.",
      "Until we hire, you are the engineering team.",
      "You will build the first version of the app yourself, then hire around it.",
      "You'll ship code every week while the team grows.",
      "Take over the codebase from our agency and become its main author.",
      "You'll write billing and reporting code alongside our two engineers.",
      "Architects here prototype, committing to the main repositories every week.",
    ])
      expect(
        hands(`## The role\n${line}`, { title: "Head of Engineering", nominal: "vp_engineering" }),
        line,
      ).toBe("required");
    // Said of the candidate's past, negated, or of the company's engineers: not the role's duty.
    expect(hands("## Requirements\n- A track record as one of the team's developers.")).toBe(
      "none",
    );
    expect(hands("## The role\nYou will not carry a sprint load.")).toBe("none");
    expect(hands("## The role\nYou'll write design documents and review code.")).not.toBe(
      "required",
    );
    expect(
      hands("## The role\nOur engineers write code; you make sure they can do their best work."),
    ).toBe("none");
  });

  it("reads code written where it matters, or a wish to code, as some; hands-on process work as none", () => {
    expect(
      hands("## The role\nYou'll contribute code alongside the contractors where it matters."),
    ).toBe("some");
    expect(
      hands("## Requirements\n- You still enjoy coding and are willing to contribute code."),
    ).toBe("some");
    expect(
      hands("## The role\nTake a hands-on approach to delivery: run stand-ups and unblock people."),
    ).toBe("none");
    expect(hands("## The role\nGet hands-on with the roadmap and the budget.")).toBe("none");
    expect(
      hands(
        "## Requirements\n- You're comfortable rolling up your sleeves when an incident needs it.",
      ),
    ).toBe("some");
    expect(
      hands("## The role\n- Act as a reviewer of last resort on shared-library code changes."),
    ).toBe("some");
  });

  it("reads a hands-on leader asked for in the requirements as some, hands-on experience not", () => {
    expect(
      hands("## Requirements\n- A hands-on technical leader who balances strategy with delivery."),
    ).toBe("some");
    expect(hands("## Requirements\n- Hands-on experience with Kafka and Postgres.")).toBe("none");
    expect(hands("## Requirements\n- 8+ years of hands-on backend development.")).toBe("none");
  });

  it("reads time split between coding and managing, and the first engineer, as required", () => {
    expect(
      hands("## The role\nYou will split your time between coding and managing three engineers."),
    ).toBe("required");
    expect(hands("## The role\nAs our first engineer you will set up the whole stack.")).toBe(
      "required",
    );
    // The company's first engineer named in passing is not the role.
    expect(hands("## Requirements\n- You have been the first engineer at a startup.")).toBe("none");
  });

  it("reads a founding CTO as some at least, whatever the text says", () => {
    const text = "## The role\nYou will shape the product with the founders.";
    expect(hands(text, { title: "Co-founder & CTO", nominal: "founder" })).toBe("some");
    expect(hands(text, { title: "VP of Engineering", nominal: "vp_engineering" })).toBe("none");
  });
});

describe("statedIndividualContributor", () => {
  const stated = (text: string) =>
    statedIndividualContributor(segmentsOf(text))?.sentence.text ?? null;

  it("finds the role called an individual contributor's in its own description", () => {
    expect(stated("## The role\nThis is a senior individual contributor role.")).toBe(
      "This is a senior individual contributor role.",
    );
    expect(stated("## The role\nYou will have no direct reports.")).toBe(
      "You will have no direct reports.",
    );
    const found = statedIndividualContributor(
      segmentsOf("## The role\nYou will have no direct reports."),
    );
    expect(found?.sentence.text.slice(...found.said)).toBe("You will have no direct reports");
  });

  it("finds influence said to come without line management", () => {
    expect(
      stated(
        "## Summary\nYou will guide eight product teams through design reviews and standards rather than through line management.",
      ),
    ).not.toBeNull();
    expect(stated("## The role\nThere is no line management in this role.")).not.toBeNull();
    expect(
      stated(
        "## Your tasks\n- Define the integration standards.\n\nThe position has no disciplinary leadership responsibility.",
      ),
    ).not.toBeNull();
    expect(
      stated("## About the role\nA position of technical influence, without a squad of its own."),
    ).not.toBeNull();
    expect(
      stated(
        "## The role\nA transverse position: you will not have a team under your direct management; the squad leads manage their developers.",
      ),
    ).not.toBeNull();
  });

  it("not its opposite, a start without reports, or a requirement", () => {
    expect(stated("## The role\nThis is not an individual contributor role.")).toBeNull();
    expect(stated("## The role\nYou will have no direct reports at first.")).toBeNull();
    expect(
      stated("## Requirements\n- Experience as an individual contributor role model."),
    ).toBeNull();
  });
});

describe("extractTeamSize: counts that are not the team's size", () => {
  it("a count of managers alone leaves the team's size unsaid", () => {
    expect(
      teamSizeOf(
        "## The role\nYou'll lead the three engineering managers of Billing and their teams.",
      ),
    ).toBeNull();
    // Managers and the engineers beneath them: the engineers are the team.
    expect(
      teamSizeOf("## The role\nYou'll lead three engineering managers and about 30 engineers."),
    ).toEqual({ min: 30, max: 30 });
  });

  it("places counted after 'group of' are not people", () => {
    expect(
      teamSizeOf(
        "## About the role\nYou will lead operations for a group of 14 pharmacies in Leeds.",
      ),
    ).toBeNull();
  });
});

describe("extractHandsOn: code reviewed beside other things, and practices owned", () => {
  const hands = (text: string) => handsOnAs(text);

  it("reads pull requests reviewed after other things as some hands-on work", () => {
    expect(
      hands(
        "## The role\nYou won't carry feature work, but you should review designs and the odd pull request.",
      ),
    ).toBe("some");
    expect(hands("## The role\nYou'll review RFCs and pull requests from the team.")).toBe("some");
  });

  it("reads code written when it helps as some", () => {
    expect(hands("## The role\n- Write code when it helps a customer get unstuck.")).toBe("some");
  });

  it("does not read code review named among the practices a leader owns", () => {
    expect(
      hands(
        "## What you'll do\n- Set our engineering standards: testing, code review and documentation.\n- Run the quarterly planning for four teams.",
      ),
    ).not.toBe("some");
    // A manager doing code reviews among their duties does review code.
    expect(hands("## What you'll do\n- Lead the team's planning, code reviews and hiring.")).toBe(
      "some",
    );
  });
});

describe("extractReportsTo: the role named by its title's initials", () => {
  it("reads 'the CTO will report to' as the line of a Chief Technology Officer's posting", () => {
    expect(
      extractReportsTo(
        "We are hiring a Chief Technology Officer. The CTO will report to the Chief Executive Officer.",
        "Chief Technology Officer",
      ),
    ).toBe("ceo");
    // Another executive's line stays theirs.
    expect(
      extractReportsTo(
        "Our CTO reports to the board. You will report to the CTO.",
        "Chief Information Security Officer",
      ),
    ).toBe("cto");
  });
});

describe("extractWorkMode: a header's 'Remote — US'", () => {
  it("reads remote before a region after an em dash", () => {
    expect(extractWorkMode(["**Acme** · Remote — US"])).toBe("remote");
    expect(extractWorkMode(["Location: Remote — Canada"])).toBe("remote");
  });
});

describe("extractReportsTo: the role's line after a line to it, and the writer's own", () => {
  it("reads the role's line after the people who report to it, in one sentence", () => {
    expect(
      extractReportsTo(
        "The two team leads report to you, and you'll report to our Head of Engineering, Omar.",
        "Engineering Manager",
      ),
    ).toBe("vp");
    expect(
      extractReportsTo("Eight engineers will report to you.", "Engineering Manager"),
    ).toBeNull();
  });

  it("reads 'report to me' by the title the writer gives themselves", () => {
    expect(
      extractReportsTo(
        "Hello, I'm Maren, co-founder and CEO of a small bakery-software company. You would report to me.",
        "Head of Engineering",
      ),
    ).toBe("ceo");
    expect(extractReportsTo("You'll report to me.", "Engineering Manager")).toBeNull();
  });

  it("reads a director named in Portuguese, Italian, French and Polish (session 39)", () => {
    expect(extractReportsTo("Você vai reportar ao Diretor de Engenharia.", "Tech Lead")).toBe(
      "director",
    );
    expect(extractReportsTo("Vous serez rattaché au Directeur de l'ingénierie.", "Tech Lead")).toBe(
      "director",
    );
    // A director of technology is the CTO, in Portuguese as in Spanish.
    expect(extractReportsTo("Você vai reportar ao Diretor de Tecnologia.", "Tech Lead")).toBe(
      "cto",
    );
  });

  it("reads a line shared with a peer: 'reporting, like you, to our CEO' (session 39)", () => {
    expect(
      extractReportsTo(
        "Our VP Engineering runs the teams, and he'll be a peer of yours, reporting, like you, to our CEO.",
        "CTO",
      ),
    ).toBe("ceo");
  });

  it("reads 'report to me and to my co-founder' as the founders (session 39)", () => {
    expect(extractReportsTo("You'll report to me and to my co-founder Ines (COO).", "CTO")).toBe(
      "founders",
    );
    expect(extractReportsTo("You'll report to my co-founder Ines and me.", "CTO")).toBe("founders");
  });

  it("reads 'report to the two of us' written by the co-founders as the founders", () => {
    expect(
      extractReportsTo(
        "We are the two co-founders, a lawyer and a designer. You'd report to both of us.",
        "Founding Engineer",
      ),
    ).toBe("founders");
    expect(
      extractReportsTo("We are a team of five. You will report to us.", "Engineer"),
    ).toBeNull();
  });
});

describe("extractStage: slogans, the founders named, and customers from small to large", () => {
  it("does not read a slogan or a named co-founder CTO as an early company", () => {
    expect(
      stageOf("Millions of people shop with us each week, and we're just getting started!"),
    ).toBeNull();
    expect(stageOf("Our CTO and co-founder, Ines, has run engineering until now.")).toBeNull();
    // Hiring the co-founder CTO still says the company is at its start.
    expect(stageOf("We are looking for a CTO and co-founder.")).toBe("early");
  });

  it("reads customers 'from two-person startups to global banks' as theirs", () => {
    expect(
      stageOf("Thousands of companies, from 5-person startups to global banks, rely on us."),
    ).toBeNull();
  });
});

describe("extractTeamSize: other people's teams, plans and the team described apart", () => {
  it("skips a team someone else runs, a size grown towards, and people still to hire", () => {
    expect(
      teamSizeOf(
        "## About the role\nEngineering is run by our VP of Engineering, Sipho, who has built a team of around 80 engineers.",
      ),
    ).toBeNull();
    expect(
      teamSizeOf("## What you'll do\n- Shape the organisation as we grow towards 60 engineers."),
    ).toBeNull();
    expect(
      teamSizeOf("## What you'll do\n- Scale the team to around 70 engineers by next year."),
    ).toBeNull();
    expect(
      teamSizeOf("## What you'll do\n- Hiring: we plan to hire around twelve engineers this year."),
    ).toBeNull();
    // Each count is judged by what comes before it: the size now stands beside a larger goal.
    expect(
      teamSizeOf(
        "## What you'll do\n- Lead the 8 engineers of Billing as we grow towards 20 engineers.",
      ),
    ).toEqual({ min: 8, max: 8 });
  });

  it("reads the team described in a section of its own, and a team grown to its size now", () => {
    expect(
      teamSizeOf(
        "## The team\nThe team is six engineers today: four backend, two mobile.\n\n## What you'll do\n- Run the team.",
      ),
    ).toEqual({ min: 6, max: 6 });
    expect(
      teamSizeOf(
        "## About the role\nOur engineering organisation has grown from 10 to about 40 engineers in two years.",
      ),
    ).toEqual({ min: 40, max: 40 });
  });
});

describe("extractTeamSize: the company's make-up, its users, plans and past growth", () => {
  it("skips the company's size and the people it lists after it", () => {
    expect(
      teamSizeOf(
        "## About the role\nWe're a team of 15: the founders, three in sales, two developers and a designer.",
      ),
    ).toBeNull();
    expect(
      teamSizeOf(
        "## About the role\nWe're a team of about 50 in Leith (mostly support and sales) and profitable.",
      ),
    ).toBeNull();
  });

  it("skips people who depend on the team's work, headcount still to come and past growth", () => {
    expect(
      teamSizeOf(
        "## About the role\nWe run the build tooling that ~120 product engineers rely on. You'll lead this team of five engineers.",
      ),
    ).toEqual({ min: 5, max: 5 });
    expect(
      teamSizeOf(
        "## What you'll do\n- Lead our three developers and hire the next two or three people as we grow.",
      ),
    ).toEqual({ min: 3, max: 3 });
    expect(
      teamSizeOf("## What you'll do\n- Design the organisation for the next 200 engineers."),
    ).toBeNull();
    expect(
      teamSizeOf(
        "## About the role\nYou'll have led engineering at a company that went from something like 15 engineers to 60.",
      ),
    ).toBeNull();
    expect(
      teamSizeOf(
        "## About the role\nOur product organisation (about 70 people) is led day to day by our VP Product.",
      ),
    ).toBeNull();
  });

  it("reads people led through managers listed by kind, and the team said as 'it is'", () => {
    expect(
      teamSizeOf(
        "## What you'll do\nYou will lead three managers and, through them, about 28 backend, QA and data engineers.",
      ),
    ).toEqual({ min: 28, max: 28 });
    expect(
      teamSizeOf(
        "## The team\nLedger Core moves the money. It is eight engineers today, with one SRE.\n\n## What you'll do\n- Run the team.",
      ),
    ).toEqual({ min: 8, max: 8 });
  });
});

describe("extractWorkMode: office days said around a place or without the week", () => {
  it("reads days on site, office days after the office's place, home days, and days 'there'", () => {
    expect(extractWorkMode(["- **Location:** Rotterdam, 2 days on site"])).toBe("hybrid");
    expect(
      extractWorkMode(["We work from our office in Gràcia three days a week, two days from home."]),
    ).toBe("hybrid");
    expect(
      extractWorkMode(["Our office is in Leiden, by the station, and we're there twice a week."]),
    ).toBe("hybrid");
    expect(
      extractWorkMode(["- our office is in Neukölln, we are there on Monday and Wednesday"]),
    ).toBe("hybrid");
  });

  it("not an office open on named days", () => {
    expect(extractWorkMode(["The office is open on Monday and Friday for meetups."])).toBeNull();
  });
});

describe("a post signed by the hiring manager, and a pull request read", () => {
  it("reads 'report to me' by the title in the signature", () => {
    expect(
      extractReportsTo(
        "We're looking for an EM to lead a team of six and report to me.\n\n— Ana Ruiz, Director of Engineering at Acme\n",
        "Engineering Manager",
      ),
    ).toBe("director");
    // A list item with a comma is no signature.
    expect(
      extractReportsTo("You'll report to me.\n- Python, Go and Rust\n", "Engineer"),
    ).toBeNull();
  });

  it("reads being comfortable reading a PR or reviewing a dbt model as some hands-on work", () => {
    const hands = (text: string) => handsOnAs(text);
    expect(
      hands("## The role\nYou won't code day to day, but you should be comfortable reading a PR."),
    ).toBe("some");
    expect(hands("## The role\nYou'll review the odd dbt model when the team asks.")).toBe("some");
  });
});

describe("extractStage: listings on exchanges outside the US, UK and Australia", () => {
  it("reads a listing on B3, the NSE or Euronext as enterprise", () => {
    for (const s of [
      "We have been listed on B3 since 2011.",
      "The group is listed on the NSE and BSE.",
      "We are listed on Euronext Amsterdam.",
    ])
      expect(stageOf(s), s).toBe("enterprise");
  });
});

describe("extractHandsOn: a qualification that keeps some hands-on work after a denial", () => {
  it("reads 'you don't need to write code every day, but ... comfortable reviewing a dbt model' as some", () => {
    expect(
      extractHandsOn(
        segmentsOf(
          "## Requirements\n- A background in data engineering: you don't need to write code every day, but you should be comfortable reviewing a dbt model.",
        ),
        0,
      ),
    ).toBe("some");
  });
});

describe("extractHandsOn: coding left behind, and code the role can only read (session 36)", () => {
  const hands = (text: string) => handsOnAs(text);

  it("reads code no longer written, or listed as what the role will not be doing, as none", () => {
    expect(
      hands(
        "## The role\nYou no longer write production code yourself, but you can read a pull request and ask good questions.",
      ),
    ).toBe("none");
    expect(hands("## The role\nWhat you will not be doing: writing production code.")).toBe("none");
    expect(hands("## The role\nNo hands-on development is expected.")).toBe("none");
    expect(hands("## The role\nThey don't need you to write code.")).toBe("none");
    expect(hands("## The role\nThey do not expect this person to write code.")).toBe("none");
    expect(
      hands("## The role\nThey do not want someone to write code; the team has enough hands."),
    ).toBe("none");
    expect(
      hands(
        "## The role\nThis is a senior, customer-facing role rather than a hands-on engineering one.",
      ),
    ).toBe("none");
    // A reviewing duty kept after the denial is still some.
    expect(
      hands("## The role\nYou no longer write features, but you will review the odd pull request."),
    ).toBe("some");
  });

  it("reads a share said in percent words, writing code named by its frameworks", () => {
    expect(
      hands("## The role\n80 percent of your week, writing Flutter and Django code yourself."),
    ).toBe("required");
    expect(hands("## The role\n30 per cent of your time is coding.")).toBe("some");
  });

  it("reads the first version built by the role itself as a core duty", () => {
    expect(
      hands(
        "## What you'd own\n- Building the first version yourself: the mobile app, the backend and the bank integration",
      ),
    ).toBe("required");
    // Not one built with others, of which the role writes a part.
    expect(
      hands(
        "## The role\n- Building the first version of the app with them; you'll write part of it yourself, but they will do most of it",
      ),
    ).not.toBe("required");
  });
});

describe("extractHandsOn: the work kept said before the denial", () => {
  const hands = (text: string) => handsOnAs(text);

  it("reads 'review ... the occasional pull request; you won't be writing features' as some", () => {
    expect(
      hands(
        "## What you'll do\n- Review designs and the odd pull request; you won't be writing features.",
      ),
    ).toBe("some");
    // Not a bare "hands-on" the denial speaks of, nor a duty with no code in it.
    expect(hands("## The role\nWe love hands-on people; this is not a hands-on role.")).toBe(
      "none",
    );
    expect(hands("## The role\nLead the team, you won't be writing code.")).toBe("none");
  });
});

describe("facts of session 25's blind postings, in sentences of our own", () => {
  it("reads home days offered 'up to' a number, and home working beside an office, as hybrid", () => {
    expect(
      extractWorkMode([
        "• Flexible hours and the option to work from home up to two days per week",
      ]),
    ).toBe("hybrid");
    expect(extractWorkMode(["- The chance of home office up to 3 days per week"])).toBe("hybrid");
    expect(
      extractWorkMode(["We work from our office in Odense, with home office when you need it."]),
    ).toBe("hybrid");
    expect(
      extractWorkMode([
        "- A bright office near Gent-Sint-Pieters, and flexibility to work from home",
      ]),
    ).toBe("hybrid");
  });

  it("reads office days through the week and work that 'is in our office' as on-site", () => {
    expect(extractWorkMode(["- Work at office in Thu Duc, Monday to Friday"])).toBe("onsite");
    expect(extractWorkMode(["Work is in our office in Ñuñoa, with trips to the vineyards."])).toBe(
      "onsite",
    );
  });

  it("does not read hybrid search as a way of working", () => {
    expect(
      extractWorkMode(["- Make hybrid lexical and vector retrieval meet our latency targets"]),
    ).toBeNull();
  });

  it("skips hires to come, experience, and a company's story; reads 'right now it's N'", () => {
    expect(
      teamSizeOf(
        "## What you'll do\n- Run the squad's planning; you'll be hiring two or three engineers next year.",
      ),
    ).toBeNull();
    expect(
      teamSizeOf(
        "## What you'll do\n- Grow the area: we want to hire around 12 engineers this year.",
      ),
    ).toBeNull();
    expect(
      teamSizeOf(
        "## About the role\nYou've led a multi-team engineering organisation of 40+ people before.",
      ),
    ).toBeNull();
    expect(
      teamSizeOf(
        "## About the role\nKestrel Labs was founded in 2009 and now has more than 600 engineers.",
      ),
    ).toBeNull();
    expect(
      teamSizeOf(
        "## The team\nRight now it's six engineers (four backend, two mobile), plus a designer.\n\n## What you'll do\n- Lead them.",
      ),
    ).toEqual({ min: 6, max: 6 });
  });

  it("reads a company of 40 people as early", () => {
    expect(stageOf("We're 42 people, profitable for three years now.")).toBe("early");
    expect(stageOf("We're about 50 people.")).toBeNull();
  });
});

describe("hands-on work as set 16's postings put it (session 30)", () => {
  const handsOn = (text: string, title = "Engineering Manager", nominal = "engineering_manager") =>
    extractHandsOn(segmentsOf(`${title}\n\n## What you do\n- Lead the team.\n${text}\n`), 0.5, {
      title,
      nominal: nominal as ArchetypeId,
    });

  it("reads a share under half as some, half or more as a core duty", () => {
    expect(
      handsOn("- Spend roughly 40% of your week in the codebase, reviewing pull requests."),
    ).toBe("some");
    expect(handsOn("- Spend about half your time writing code in Go.")).toBe("required");
  });

  it("reads denials in other words, and a question as asking nothing", () => {
    expect(
      handsOn("There is no expectation that you write code.", "VP Engineering", "vp_engineering"),
    ).toBe("none");
    expect(
      handsOn(
        "Is it hands-on? Not in the sense of writing production code.",
        "CTO",
        "cto_architect",
      ),
    ).toBe("none");
    expect(
      handsOn(
        "**Hands-on?** No. You won't be working in the codebase.",
        "Head of Engineering",
        "vp_engineering",
      ),
    ).toBe("none");
    // The question alone says nothing: a staff engineer's title still builds.
    expect(handsOn("Is it hands-on?", "Staff Engineer", "staff_ic")).toBe("required");
  });

  it("reads a large share of the code written as a core duty, the occasional review as some", () => {
    expect(handsOn("- Write a large share of the core code yourself, in Java.")).toBe("required");
    expect(
      handsOn(
        "You don't need to ship features, but I'd love it if you stayed close enough to do the occasional review.",
        "VP Engineering",
        "vp_engineering",
      ),
    ).toBe("some");
  });
});

describe("hands-on work denied or kept, as session 25's blind postings put it", () => {
  const handsOn = (text: string) =>
    extractHandsOn(
      segmentsOf(`Engineering Manager\n\n## What you do\n- Lead the team.\n${text}\n`),
      0.5,
      {
        title: "Engineering Manager",
        nominal: "engineering_manager",
      },
    );

  it("reads 'not a role where you'll be writing code' and 'programming is not part of the role' as none", () => {
    expect(handsOn("- This is not a role where you'll be writing code.")).toBe("none");
    expect(
      handsOn(
        "- Hands-on programming is not part of the role, but you should be able to read code.",
      ),
    ).toBe("none");
  });

  it("reads 'you are still a developer' among the duties as a core duty", () => {
    expect(
      handsOn("- You are still a developer: about half of your time goes to client projects."),
    ).toBe("required");
    // A share under 40% of the time is some, as everywhere else.
    expect(
      handsOn("- You are still a developer: about 30% of your time goes to client projects."),
    ).toBe("some");
    expect(
      handsOn("- You are still a developer: about a third of your week goes to client projects."),
    ).toBe("some");
  });
});

describe("facts of session 25's last blind postings, read after scoring, in sentences of our own", () => {
  it("reads office-only wordings, Italian 'smart working' and a benefits line that names experience", () => {
    expect(extractWorkMode(["We work together from our office in Kalamaja."])).toBe("onsite");
    expect(extractWorkMode(["- Work in office (Da'an District, by the MRT), flexible hours"])).toBe(
      "onsite",
    );
    expect(
      extractWorkMode([
        "We offer a permanent contract, a canteen and the possibility of smart working.",
      ]),
    ).toBe("hybrid");
    expect(
      extractWorkMode([
        "We offer: permanent contract, salary commensurate with experience, hybrid work (2 days a week remote).",
      ]),
    ).toBe("hybrid");
  });

  it("skips hires to come said as 'we're adding', 'our first two or three', 'in the next 12 months'", () => {
    expect(
      teamSizeOf("## What you'll do\n- Help us hire: we're adding two iOS engineers this year."),
    ).toBeNull();
    expect(
      teamSizeOf("## What you'll do\n- Interview and hire our first two or three engineers."),
    ).toBeNull();
    expect(teamSizeOf("## What you'll do\n- Hire 12+ engineers in the next 12 months.")).toBeNull();
    expect(
      teamSizeOf("## What you'll do\n- Hire our first four engineers and run their 1:1s."),
    ).toEqual({
      min: 4,
      max: 4,
    });
  });

  it("reads a Chief Technology and Data Officer as the CTO", () => {
    expect(
      extractReportsTo(
        "You will lead the squads, reporting to the Chief Technology and Data Officer of the group.",
        "Head of Engineering",
      ),
    ).toBe("cto");
  });
});

describe("facts of session 26's first blind postings, read after scoring, in sentences of our own", () => {
  it("reads days at home, five office days 'with us', and remote that 'works for us'", () => {
    expect(
      extractWorkMode([
        "We mostly meet at our Lyon office; two or three days at home per week is fine.",
      ]),
    ).toBe("hybrid");
    expect(
      extractWorkMode(["- You'd like being in the office with us in Leith five days a week"]),
    ).toBe("onsite");
    expect(
      extractWorkMode(["Most of us live near Tartu, but remote within Estonia works for us."]),
    ).toBe("remote");
    expect(extractWorkMode(["Our remote sensing kit works for us in the field."])).toBeNull();
  });

  it("reads a line 'reporting hierarchically to' or 'functionally to'", () => {
    expect(
      extractReportsTo(
        "Reporting functionally to our group CTO and locally to the site MANAGER, you will run the platform teams.",
        "Head of Engineering",
      ),
    ).toBe("cto");
  });

  it("reads 'we are now 14 people' as a headcount, and building 'most of it yourself' as a core duty", () => {
    expect(stageOf("We started in a garage and we are now 14 people.")).toBe("early");
    expect(
      managerHandsOn("## The role\nAt first you will write most of the code yourself, then hire."),
    ).toBe("required");
    expect(
      managerHandsOn("## The role\n- Review the software design and source code of the team."),
    ).toBe("some");
  });
});

describe("facts of session 26's second half of blind postings, read after scoring, in our own sentences", () => {
  it("reads an office named with its days, and leaves a hybrid cloud setup alone", () => {
    expect(
      extractWorkMode([
        "Pay in USD (to agree). Office in Miraflores 2 days a week, the rest remote.",
      ]),
    ).toBe("hybrid");
    expect(
      extractWorkMode(["We moved our services to a hybrid setup with Azure last year."]),
    ).toBeNull();
    expect(extractWorkMode(["Hybrid setup with two office days a week."])).toBe("hybrid");
  });

  it("reads no team size from a headcount in thousands", () => {
    expect(
      teamSizeOf("## About us\nThe group today employs around 6,300 people in five countries."),
    ).toBeNull();
  });

  it("reads a company's own stage before its customers' ('from two-person startups to banks')", () => {
    expect(
      stageOf(
        "We are a profitable company serving 700 customers, from three-person startups to large banks.",
      ),
    ).toBeNull();
  });

  it("reads proof-of-concepts, staying close enough to the code and being able to review code as some", () => {
    expect(
      managerHandsOn(
        "## The role\n- Build proof-of-concepts yourself when a choice needs evidence.",
      ),
    ).toBe("some");
    expect(
      managerHandsOn(
        "## The role\n- Stay close enough to the code to review the changes that matter.",
      ),
    ).toBe("some");
    expect(
      managerHandsOn(
        "## What you bring\n- A deep technical background: able to review design and code when needed.",
      ),
    ).toBe("some");
    expect(
      managerHandsOn(
        "## The role\n- Improve quality with the tech leads (testing, code review practices, monitoring).",
      ),
    ).toBe("none");
  });
});

describe("facts of session 26's unread blind postings (set 9), read in session 27, in our own sentences", () => {
  it("reads remote work ruled out in other words, and office days said as WFO and WFH", () => {
    expect(
      extractWorkMode([
        "You will be based at our Brno lab; with the test rigs on site it is not possible to work remotely.",
      ]),
    ).toBe("onsite");
    expect(
      extractWorkMode(["Work from our Surabaya office (WFO 3 days, WFH on Mondays and Fridays)"]),
    ).toBe("hybrid");
  });

  it("does not read a hiring target said with a plus sign as the team's size", () => {
    expect(
      teamSizeOf("## The role\n- Agree the hiring plan with HR (goal: +40 engineers next year)"),
    ).toBeNull();
    expect(teamSizeOf("## The role\n- Lead the platform group of 40 engineers")).toEqual({
      min: 40,
      max: 40,
    });
  });

  it("reads the team a 'Why this role exists' section describes", () => {
    expect(
      teamSizeOf(
        "## About us\nWe make ticketing software.\n\n## Why this role exists\nWe need a leader who can take our three squads, about 28 engineers and testers in total, and make them one department.",
      ),
    ).toEqual({ min: 28, max: 28 });
  });
});

describe("facts of set 7's blind postings, read in session 27, in our own sentences", () => {
  it("reads presence required at headquarters, a 'Work at office' field and an 'Office work' line as on-site", () => {
    expect(
      extractWorkMode([
        "The position is based in Jeddah and requires full-time presence at the company's headquarters.",
      ]),
    ).toBe("onsite");
    expect(extractWorkMode(["Job Location: Banani, Dhaka", "Workplace: Work at office"])).toBe(
      "onsite",
    );
    expect(
      extractWorkMode(["- Office work (Gangnam, Seoul), flexible start between 8 and 10"]),
    ).toBe("onsite");
    expect(
      extractWorkMode(["We are proud of our office work culture and our remote days."]),
    ).not.toBe("onsite");
  });

  it("adds the members named after an aside in brackets", () => {
    expect(
      teamSizeOf(
        "## The role\nYou will lead the Billing team, today six engineers (Kotlin, Postgres) plus one QA engineer.",
      ),
    ).toEqual({ min: 7, max: 7 });
  });
});

describe("facts of set 10's blind postings, read after scoring in session 27, in our own sentences", () => {
  it("reads a line named by a pronoun in the sentence before, by 'both of us' founders, and a CTO's own line", () => {
    expect(
      extractReportsTo(
        "You will take over day-to-day management of our engineering team of five from our CEO, who has other work. You will report directly to her.",
        "Engineering Manager",
      ),
    ).toBe("ceo");
    expect(
      extractReportsTo(
        "We want a Head of Engineering to take over the engineering team from our two founders, Ana and Rui. You will report to them both.",
        "Head of Engineering",
      ),
    ).toBe("founders");
    expect(
      extractReportsTo(
        "We are 9 people: the two of us (founders), sales and two developers. You will report to both of us.",
        "CTO",
      ),
    ).toBe("founders");
    expect(
      extractReportsTo(
        "The CTO is a member of the Norvi leadership team and reports to the CEO.",
        "Chief Technology Officer",
      ),
    ).toBe("ceo");
    expect(
      extractReportsTo(
        "Our CEO is a former banker and reports to the board.",
        "Chief Technology Officer",
      ),
    ).toBeNull();
  });

  it("reads 'Work at office' and a role 'based full-time in' an office as on-site", () => {
    expect(extractWorkMode(["Job Location: Mirpur, Dhaka", "Work at office"])).toBe("onsite");
    expect(
      extractWorkMode(["The role is based full-time in our client's Larnaca head office."]),
    ).toBe("onsite");
  });

  it("reads engineering counted after 'is', and no size to come, founders or later hires", () => {
    expect(
      teamSizeOf(
        "## The role\nYou will lead engineering. Engineering is about 38 people today. We plan to be around 60 engineers by next year.",
      ),
    ).toEqual({ min: 38, max: 38 });
    expect(
      teamSizeOf("## The role\n- Lead the team leads as we grow from 18 to around 35 engineers"),
    ).toBeNull();
    expect(
      teamSizeOf(
        "## The role\nThe company was started in Lima by four engineers and today you will lead our product team.",
      ),
    ).toBeNull();
    expect(
      teamSizeOf(
        "## The role\n- Start our meetup program and later hire one or two people to run it.",
      ),
    ).toBeNull();
  });
});

describe("a listing on an exchange by its short name or 'listed on the ... Exchange'", () => {
  it("reads enterprise, and leaves customers that are listed companies alone", () => {
    expect(stageOf("Hanul is a KOSDAQ-listed games publisher.")).toBe("enterprise");
    expect(stageOf("Our parent group is listed on the Nairobi Securities Exchange.")).toBe(
      "enterprise",
    );
    expect(stageOf("Our customers are listed companies in Europe.")).toBeNull();
  });
});

describe("a player-coach role denied", () => {
  it("reads 'this is not a player-coach role' as no hands-on work, and the role said plainly as some", () => {
    expect(
      managerHandsOn(
        "## The role\nThis is not a player-coach role; we want you on people, planning and process rather than on tickets.",
      ),
    ).toBe("none");
    expect(
      managerHandsOn(
        "## The role\nThis is a player-coach role: you will review code and lead the team.",
      ),
    ).toBe("some");
  });
});

describe("hands-on: depth to judge with after coding denied, the one who writes most of the code, code when the team needs help", () => {
  it("reads none, required and some", () => {
    const director: HandsOnTitleArg = { title: "Director of Engineering", nominal: "director" };
    expect(
      extractHandsOn(
        segmentsOf(
          "## The role\nYou won't be writing production code, but you will need enough technical depth to question a design.",
        ),
        0,
        director,
      ),
    ).toBe("none");
    expect(
      managerHandsOn("## The role\nFor now you will be the person who writes most of our code."),
    ).toBe("required");
    expect(
      managerHandsOn(
        "## The role\n- Review pull requests and write code yourself when the team needs help",
      ),
    ).toBe("some");
  });
});

describe("hands-on denied: the denial outweighs weaker cues elsewhere, and what is no denial", () => {
  const cto: HandsOnTitleArg = { title: "Chief Technology Officer", nominal: "cto_architect" };
  it("reads none when another sentence only runs experiments or asks for depth", () => {
    const text =
      "## What you'll do\n- Run a small programme of experiments and proofs of concept with our partners\n- Set the multi-year technology strategy with the executive team\n\nThis is not a hands-on coding role.\n\n## About you\n- Enough technical depth to question an architecture proposal";
    expect(extractHandsOn(segmentsOf(text), 0.8, cto)).toBe("none");
    // Without the denial the same duties read as some.
    expect(
      extractHandsOn(segmentsOf(text.replace("This is not a hands-on coding role.", "")), 0.8, cto),
    ).toBe("some");
  });

  it("reads code the candidate can read, before a denial, as no hands-on work", () => {
    expect(
      managerHandsOn(
        "## About you\n- You are able to read code and enjoy design debates, but you will not be writing production code in this job",
      ),
    ).toBe("none");
    // Code reviewed as a duty before the denial is some.
    expect(
      managerHandsOn(
        "## The role\nYou will review designs and the odd pull request; you won't be writing features.",
      ),
    ).toBe("some");
  });

  it("leaves a contrast it cannot read to the other sentences", () => {
    expect(
      managerHandsOn(
        "## The role\nYou won't be shipping features every sprint, but you should stay near enough to the code to weigh in.\n- Pair with engineers on the hardest problems",
      ),
    ).toBe("some");
  });

  it("is no denial when the writing is not code, or the code comes with the business", () => {
    expect(
      extractHandsOn(
        segmentsOf(
          "## About the role\nI won't write too much about the product here.\n- Build the first version of our mobile app yourself",
        ),
        0,
        MANAGER,
      ),
    ).toBe("required");
    expect(
      extractHandsOn(
        segmentsOf(
          "## The role\nThis is not a position where you write code and stay away from customers: you will write code every day and meet them weekly.",
        ),
        0,
        MANAGER,
      ),
    ).toBe("required");
  });

  it("reads writing most of the code as a core duty", () => {
    expect(
      managerHandsOn(
        "## The role\nFor the first year you will be writing most of the code for the app.",
      ),
    ).toBe("required");
  });
});

describe("work mode: an office named with its days, a city with on-site, attendance days", () => {
  it("reads on-site", () => {
    expect(extractWorkMode(["The whole team works together at our office near the harbour."])).toBe(
      "onsite",
    );
    expect(extractWorkMode(["Office in Westlands, five days a week; parking included."])).toBe(
      "onsite",
    );
    expect(extractWorkMode(["Based in Mwanza; you are expected on site Monday to Friday."])).toBe(
      "onsite",
    );
    expect(extractWorkMode(["Head of Engineering (Lahore, on-site)"])).toBe("onsite");
  });

  it("reads remote work with office attendance days as hybrid, and an office with home days as hybrid", () => {
    expect(extractWorkMode(["Remote working possible (office attendance 3 days per week)"])).toBe(
      "hybrid",
    );
    expect(extractWorkMode(["We work at our office in Kigali, with home office on Fridays."])).toBe(
      "hybrid",
    );
    expect(extractWorkMode(["Remote within Europe (quarterly on-site)"])).toBe("remote");
  });
});

describe("a count of teams, another leader's line in a relative clause, a title in brackets", () => {
  it("reads no team size from a count of teams", () => {
    expect(
      teamSizeOf(
        "## The role\nYou will lead an engineering organisation of six product and platform teams.",
      ),
    ).toBeNull();
    expect(
      teamSizeOf("## The role\nYou will lead a team of 9 engineers across two squads."),
    ).toEqual({
      min: 9,
      max: 9,
    });
  });

  it("reads past the line of a leader a relative clause names, to the role's own", () => {
    const text =
      "Operations stay with the Head of IT Services, who continues to report to the COO. The CTO reports to the Chief Executive Officer.";
    expect(extractReportsTo(text, "Chief Technology Officer")).toBe("ceo");
    // The role offered, in a relative clause, is the role's line.
    expect(
      extractReportsTo(
        "We are hiring a Head of Engineering, who will report to the CFO.",
        "Head of Engineering",
      ),
    ).toBe("other_exec");
  });

  it("reads the title a person is given in brackets", () => {
    expect(
      extractReportsTo(
        "There are two of us: Amira (CEO, formerly in sales) and Tomas (CTO, backend). You will report to Tomas.",
        "Founding Engineer",
      ),
    ).toBe("cto");
  });
});

describe("set 12's wordings, read in session 28, in our own sentences", () => {
  it("reads a local title glossed in brackets, and a person named before the clause goes on", () => {
    expect(
      extractReportsTo("You will report to the Managing Director (CEO).", "Head of Engineering"),
    ).toBe("ceo");
    expect(
      extractReportsTo(
        "Our CEO and co-founder Leila has led engineering until now. You'll report to Leila and join the leadership team with our Head of Sales and CFO.",
        "Director of Engineering",
      ),
    ).toBe("ceo");
    // A gloss that is no title keeps the line before it.
    expect(extractReportsTo("You report to the CEO (Camila, co-founder).", "CTO")).toBe("ceo");
  });

  it("reads no team size from a size to come, nor from the company's people at work", () => {
    expect(
      teamSizeOf(
        "## The role\n- Lead the engineering group of 30 through its leads as we go from 30 to ~50 engineers next year",
      ),
    ).toEqual({ min: 30, max: 30 });
    expect(
      teamSizeOf(
        "Across our two studios, more than 600 people make and run mobile games. Platform engineering is 14 engineers in three teams, and you will lead it.",
      ),
    ).toEqual({ min: 14, max: 14 });
  });

  it("reads a share of the week writing and reviewing code as required, and PoCs driven as no hands-on work", () => {
    expect(
      managerHandsOn("## The role\nYou will spend most of your week writing and reviewing code."),
    ).toBe("required");
    const cto: HandsOnTitleArg = { title: "Chief Technology Officer", nominal: "cto_architect" };
    expect(
      extractHandsOn(
        segmentsOf(
          "## What you will do\n- Drive a programme of pilots and proofs of concept with universities\n- Set the technology strategy with the board",
        ),
        0,
        cto,
      ),
    ).toBe("none");
    expect(
      managerHandsOn("## What you will do\n- Build a PoC yourself when a new tool looks promising"),
    ).toBe("some");
  });

  it("reads a share of home office as hybrid, and office or home as you like as remote", () => {
    expect(extractWorkMode(["- Flexible hours and up to 40 % home office"])).toBe("hybrid");
    expect(extractWorkMode(["Vollzeit · Homeoffice möglich"])).toBe("hybrid");
    expect(
      extractWorkMode(["Work from our office in Reykjavík or from home, whichever suits you."]),
    ).toBe("remote");
  });
});

describe("set 13's reporting lines, read in session 28, in our own sentences", () => {
  it("reads 'attached to' a leader as the line, and not a place", () => {
    expect(
      extractReportsTo(
        "Attached to the Group CTO, you will set our coding standards.",
        "Architect",
      ),
    ).toBe("cto");
    expect(
      extractReportsTo("You will be attached to the Sfax office.", "Engineering Manager"),
    ).toBeNull();
  });

  it("reads past people who report to the role by its own title", () => {
    expect(
      extractReportsTo(
        "- Team leads and project managers will report to the Engineering Director.\n- Report to the CEO and sit on the management committee.",
        "Engineering Director",
      ),
    ).toBe("ceo");
  });

  it("reads a CEO who is also a co-founder as the CEO, named before the pronoun", () => {
    expect(
      extractReportsTo(
        "The team leads reported to our CEO and co-founder, Marta Rossi; we now need one person for all of engineering who reports to her.",
        "Director of Engineering",
      ),
    ).toBe("ceo");
  });

  it("reads management taken over from the leaders who ran the team until now", () => {
    expect(
      extractReportsTo(
        "Until now the five developers have been managed by our two founders, who have no time left. We want a Head of Engineering to take over the team.",
        "Head of Engineering",
      ),
    ).toBe("founders");
    // Taken over from someone who does not stay above the role: no line.
    expect(
      extractReportsTo(
        "Until now the team was led by an agency. You will take over the team.",
        "Head of Engineering",
      ),
    ).toBeNull();
  });
});

describe("set 13's work modes, read in session 28, in our own sentences", () => {
  it("reads remote within a country in brackets, and an office with home-office days", () => {
    expect(extractWorkMode(["Ayni Pagos · Cusco (Remote within Peru)"])).toBe("remote");
    expect(
      extractWorkMode([
        "Office in Tallinn, Ülemiste, with flexible home office days agreed with your team.",
      ]),
    ).toBe("hybrid");
  });
});

describe("work mode in the words of Spanish, Portuguese, Italian, French and German postings", () => {
  it("reads híbrido, ibrido, remoto, teletrabajo and presencial", () => {
    expect(extractWorkMode(["Head of Engineering", "Rosario, Argentina", "Híbrido"])).toBe(
      "hybrid",
    );
    expect(extractWorkMode(["Modalità di lavoro: ibrida"])).toBe("hybrid");
    expect(extractWorkMode(["CTO – fintech (Montevideo / remoto Uruguay)"])).toBe("remote");
    expect(extractWorkMode(["Modalidad: presencial"])).toBe("onsite");
    expect(extractWorkMode(["Paris, Île-de-France · Hybride"])).toBe("hybrid");
    expect(extractWorkMode(["Montréal (à distance)"])).toBe("remote");
    expect(extractWorkMode(["Lyon (Sur site)"])).toBe("onsite");
    expect(extractWorkMode(["Berlin · Vor Ort"])).toBe("onsite");
    expect(extractWorkMode(["Our office is a short distance from the station."])).toBeNull();
  });
});

describe("reports-to in the words of Spanish and Portuguese postings", () => {
  it("reads 'reportarás al CTO', 'reportando ao CEO' and 'reporta a los cofundadores'", () => {
    expect(extractReportsTo("Reportarás directamente al CTO.", "Engineering Manager")).toBe("cto");
    expect(
      extractReportsTo("Reportando ao CEO, você vai liderar o time.", "Head de Engenharia"),
    ).toBe("ceo");
    expect(extractReportsTo("La posición reporta a los cofundadores.", "CTO")).toBe("founders");
    expect(
      extractReportsTo("Vas a reportar a la Directora de Ingeniería.", "Engineering Manager"),
    ).toBe("director");
  });
});

describe("stage in the words of Spanish, Portuguese, French and German postings", () => {
  it("reads a round ('ronda Serie A', 'rodada Série B', 'levée de fonds en série A') and a listing", () => {
    expect(stageOf("Acabamos de cerrar una ronda Serie A de 6 millones.")).toBe("early");
    expect(stageOf("Fechamos uma rodada Série B de R$ 90 milhões.")).toBe("growth");
    expect(stageOf("Nous venons de boucler une levée de fonds en série A.")).toBe("early");
    expect(stageOf("La empresa cotiza en bolsa desde 2011.")).toBe("enterprise");
    expect(stageOf("Wir sind ein börsennotiertes Unternehmen.")).toBe("enterprise");
    expect(stageOf("We watch Serie A football in the office on Sundays.")).toBeNull();
  });
});

describe("team size in the words of Spanish, Portuguese, French and German postings", () => {
  it("reads a team counted in local words with a verb of leading, not a company's headcount", () => {
    const size = (text: string) => teamSizeOf(`## The role\n${text}`);
    expect(size("Vas a liderar un equipo de 9 ingenieros.")).toEqual({ min: 9, max: 9 });
    expect(size("Você vai liderar um time de 5 desenvolvedores.")).toEqual({ min: 5, max: 5 });
    expect(size("Tu encadreras une équipe de 4 développeurs.")).toEqual({ min: 4, max: 4 });
    expect(size("Sie führen ein Team von 7 Entwicklern.")).toEqual({ min: 7, max: 7 });
    expect(size("Somos 40 personas en Madrid.")).toBeNull();
  });
});

describe("hands-on facts of set 14's postings, in sentences of our own", () => {
  const hands = handsOnAs;
  const vp = { title: "VP of Engineering", nominal: "vp_engineering" as const };

  it("keeps a denial whose 'but' clause holds no word of building", () => {
    const text = (denial: string) =>
      `## The role\n${denial}\n\n## About you\n- You stayed a hands-on engineer for years and like technical debates.`;
    expect(
      hands(
        text(
          "We don't expect that you write code, but you should be able to discuss designs with our principal engineers as a peer.",
        ),
        vp,
      ),
    ).toBe("none");
    expect(
      hands(
        "## The role\nThe Head of Engineering should stay close to the technology and review designs, but not to be writing code day to day.",
      ),
    ).toBe("none");
    // A "but" clause that speaks of the code still leaves the question to the other sentences.
    expect(
      hands(
        "## The role\nYou won't be writing production code, but you should know the codebase well enough to judge a change.\n- Stay close to the code and review it now and then.",
      ),
    ).toBe("some");
  });

  it("does not read the candidate's past as a hands-on leader asked for", () => {
    expect(
      hands(
        "## The role\nYou lead through the managers.\n\n## About you\n- You've been a hands-on engineer at some point in your career.",
        vp,
      ),
    ).toBe("none");
    expect(
      hands(
        "## The role\nYou lead through the managers.\n\n## About you\n- A hands-on technical leader who enjoys design reviews.",
        vp,
      ),
    ).toBe("some");
  });

  it("reads the critical pull requests reviewed, a third of the time coding, models still built as some", () => {
    expect(
      hands(
        "## The role\nMost of your week is people and delivery, but you review the critical pull requests yourself.",
      ),
    ).toBe("some");
    expect(
      hands(
        "## The role\nYou'll run the one-to-ones and keep coding: expect about a third of your time in the codebase.",
      ),
    ).toBe("some");
    expect(
      hands(
        "## The role\nYou lead four data scientists and still train and review models yourself.",
      ),
    ).toBe("some");
    // Half the week stays a core duty.
    expect(
      hands("## The role\nYou'll lead the team and spend about half of your week writing code."),
    ).toBe("required");
  });
});

describe("work mode of set 14's postings, in sentences of our own", () => {
  it("reads '(Work from office)' and a full-time presence required in a place as on-site", () => {
    expect(extractWorkMode(["Location: Doha, Qatar (Work from office)"])).toBe("onsite");
    expect(
      extractWorkMode([
        "The role sits in our Muscat head office and requires full-time presence in Oman.",
      ]),
    ).toBe("onsite");
  });

  it("does not read engineers to be hired remotely as the role's remote work", () => {
    expect(
      extractWorkMode([
        "You are based in our Accra office, with two days a week from home.",
        "- Grow the team: the hiring of about ten engineers over the next year, in Accra and remotely across the region.",
      ]),
    ).toBe("hybrid");
    expect(extractWorkMode(["We work remotely and hire engineers everywhere."])).toBe("remote");
  });
});

describe("team size of set 14's postings, in sentences of our own", () => {
  it("does not read the people a team's tools serve, or engineers to be recruited, as its size", () => {
    expect(
      teamSizeOf(
        "## The role\nYour team builds the warehouse and the dashboards that some 80 sales staff and our finance team use daily.",
      ),
    ).toBeNull();
    expect(
      teamSizeOf(
        "## What you'll do\n- Shape the organisation: its roles and the recruitment of about 15 engineers over the next two years.",
      ),
    ).toBeNull();
    expect(
      teamSizeOf("## The role\nYou will lead a team of 9 engineers that uses Kotlin."),
    ).toEqual({ min: 9, max: 9 });
  });
});

describe("team size: the department's size and the team the role leads", () => {
  it("reads the team the role leads over the department's size said before it", () => {
    expect(
      teamSizeOf(
        "## The role\nEngineering is 30 people across four teams.\n- Leading our six data engineers (weekly one-to-ones).",
      ),
    ).toEqual({ min: 6, max: 6 });
    // With no team of its own said, the department's size stands.
    expect(teamSizeOf("## The role\nEngineering is 30 people.\n- Own the architecture.")).toEqual({
      min: 30,
      max: 30,
    });
  });
});

describe("work mode of set 15's postings, in sentences of our own", () => {
  it("reads a head office named as the work location and a full-time presence there as on-site", () => {
    expect(extractWorkMode(["Work location: head office in Sukhumvit, Monday to Friday."])).toBe(
      "onsite",
    );
    expect(
      extractWorkMode([
        "The role sits in the Nagoya head office and requires full-time presence there.",
      ]),
    ).toBe("onsite");
  });

  it("reads the week split between home and the office as hybrid", () => {
    expect(
      extractWorkMode([
        "Most of the team split their week between home and our Willis Street office.",
      ]),
    ).toBe("hybrid");
  });

  it("reads mostly remote work with a few days a month on site as remote", () => {
    expect(
      extractWorkMode(["Mostly remote, with two or three days a month on site in Penang."]),
    ).toBe("remote");
    expect(extractWorkMode(["This is an on-site role in Penang."])).toBe("onsite");
  });
});

describe("reports-to of set 15's postings, in sentences of our own", () => {
  it("reads the role's own line after a long clause of people reporting to it", () => {
    expect(
      extractReportsTo(
        "The three team leads will report to you for the whole length of the engagement, and you will report to our COO.",
        "Interim Head of Engineering",
      ),
    ).toBe("other_exec");
  });
});

describe("stage of set 15's postings, in sentences of our own", () => {
  it("reads a headcount said in brackets or after a comma beside the company", () => {
    expect(
      stageOf(
        "I'm recruiting for a fintech startup in Cebu (about 35 people in total) that builds lending tools.",
      ),
    ).toBe("early");
    expect(stageOf("Our client is a logistics company, some 30 staff, based in Kisumu.")).toBe(
      "early",
    );
    // A count of something else beside the company is no headcount.
    expect(stageOf("A logistics company in Kisumu, 30 trucks strong.")).toBeNull();
  });
});

describe("team size of set 15's postings, in sentences of our own", () => {
  it("does not read a size to come, the first hires, or a size in the past as the team's", () => {
    expect(
      teamSizeOf("## The role\nWe expect to grow from about 40 to about 65 engineers next year."),
    ).toBeNull();
    expect(
      teamSizeOf(
        "## What you'll do\n- Hire our first four engineers once we have paying customers",
      ),
    ).toBeNull();
    expect(
      teamSizeOf(
        "## About\nThe title dates from when the platform group was two engineers and a laptop.",
      ),
    ).toBeNull();
    // Leading them is another matter.
    expect(teamSizeOf("## The role\nYou will lead our first four engineers.")).toEqual({
      min: 4,
      max: 4,
    });
  });
});

describe("hands-on facts of set 15's postings, in sentences of our own", () => {
  const hands = handsOnAs;
  const vp = { title: "VP of Engineering", nominal: "vp_engineering" as const };

  it("reads the role not sought to write code, or not assigned to, as no hands-on work", () => {
    expect(
      hands(
        "## The role\nWe are not looking for someone to write code; our engineers do that.",
        vp,
      ),
    ).toBe("none");
    expect(
      hands(
        "## The role\nThis is a leadership role. You will not be assigned to write code for clients.",
        vp,
      ),
    ).toBe("none");
    // Setting the team's code review standards is a practice owned, not code reviewed.
    expect(hands("## The role\n- Set code review and testing standards for every team.", vp)).toBe(
      "none",
    );
  });

  it("reads most pull requests reviewed and features picked up as some, most of the code as required", () => {
    expect(
      hands(
        "## The role\n- You'd still review most pull requests and pick up features yourself when there's room.",
        vp,
      ),
    ).toBe("some");
    expect(
      hands(
        "## The role\n- Build the first version. Most of the code we ship this year will be yours.",
      ),
    ).toBe("required");
    expect(hands("## The role\nYou'll spend most of your days writing code.")).toBe("required");
  });
});

describe("team size: an employer's headcount", () => {
  it("does not read the people an employer employs as the team", () => {
    expect(
      teamSizeOf(
        "Senior Developer\n\nThe Authority employs more than 700 staff at its head office and six regional offices, and invites applicants for the position of Senior Developer.\n\n## Duties\n- Supervise a team of nine software engineers.",
      ),
    ).toEqual({ min: 9, max: 9 });
  });
});

describe("stage: a private company of some hundreds of people founded long ago", () => {
  it("reads it as enterprise, unless it is still raising money or young", () => {
    expect(
      stageOf(
        "## About us\nKarnaphuli Soft is a services company founded in 2003, with about 700 employees.",
      ),
    ).toBe("enterprise");
    expect(
      stageOf("## About us\nFounded in 2003, we employ 700 people and closed a Series C in 2022."),
    ).toBe("growth");
    expect(stageOf("## About us\nFounded in 2019, we employ 700 people.")).toBe("growth");
    expect(stageOf("## About us\nFounded in 2003, we employ 120 people.")).toBe("growth");
  });

  it("reads a year the body was created in, a firm that is its engineers, a fintech of N staff", () => {
    expect(
      stageOf(
        "## About us\nCreated in 2004, the agency has more than 600 public servants across the country.",
      ),
    ).toBe("enterprise");
    expect(
      stageOf(
        "## About us\nWe have built software for banks since 2007. We are about 850 engineers today.",
      ),
    ).toBe("enterprise");
    expect(stageOf("## About us\nWe are a profitable fintech of around 180 staff.")).toBe("growth");
    // "We have 850 engineers" counts a function, not the company: no stage.
    expect(
      stageOf("## About us\nWe have built software for banks since 2007. We have 850 engineers."),
    ).toBeNull();
  });
});

describe("reports-to: the heads of public bodies and their deputies", () => {
  it("reads a Director General as the chief executive, a deputy as another executive", () => {
    expect(extractReportsTo("The position reports to the Director General.", "Lead Engineer")).toBe(
      "ceo",
    );
    expect(
      extractReportsTo(
        "Send quarterly reports to the Deputy Director General for Digital Services, to whom the position reports.",
        "Lead Engineer",
      ),
    ).toBe("other_exec");
    expect(extractReportsTo("You will report to the Deputy CEO.", "Lead Engineer")).toBe(
      "other_exec",
    );
  });
});

describe("team size: the company's engineers and a team someone else leads (set 17)", () => {
  it("reads 'we are about 900 engineers' as the company, and the team the role manages", () => {
    expect(
      teamSizeOf(
        "## The role\n\nWe are about 900 engineers today, in three cities. You will manage one team for one client; it flexes between 8 and 12 people.",
      ),
    ).toEqual({ min: 8, max: 12 });
  });

  it("reads the hires of someone the role hires as theirs, not the role's team", () => {
    expect(
      teamSizeOf(
        "## The role\n- Hire our first in-house engineering lead and help them hire their first two engineers.",
      ),
    ).toBeNull();
  });

  it("reads a count led by someone already in post as theirs, not the role's", () => {
    expect(
      teamSizeOf(
        "## The role\n\nOur VP Engineering, who leads the 140-person R&D organisation, stays in post. You will lead a small office of three principal engineers.",
      ),
    ).toEqual({ min: 3, max: 3 });
    // Someone who will lead is the role.
    expect(
      teamSizeOf("## The role\n\nWe need someone who will lead the 40-person platform group."),
    ).toEqual({ min: 40, max: 40 });
  });
});

describe("work mode and reports-to as set 16's postings put them (session 30)", () => {
  it("reads German office days, on-site before a middle dot, and anywhere in a country", () => {
    expect(extractWorkMode(["**Standort:** München · 3 Tage im Büro, 2 Tage remote"])).toBe(
      "hybrid",
    );
    expect(extractWorkMode(["Larnaca, Cyprus · On-site · Visa support"])).toBe("onsite");
    expect(
      extractWorkMode([
        "You can be in Cali, or anywhere in Colombia if you can travel here monthly.",
      ]),
    ).toBe("remote");
  });

  it("reads a company of around N staff, and a count someone in post runs, as not the role's team", () => {
    expect(
      teamSizeOf(
        "## The role\nOur client is a profitable fintech of around 150 staff. The interim will take charge of 12 engineers in two squads.",
      ),
    ).toEqual({ min: 12, max: 12 });
    expect(
      teamSizeOf(
        "## The role\nOur VP of Engineering, Lena, runs the engineering organisation of around sixty people. Two principal engineers report to you.",
      ),
    ).toEqual({ min: 2, max: 2 });
  });

  it("reads 'report to us both' from one of the founders as the founders", () => {
    expect(
      extractReportsTo(
        "I'm Ilse, one of the two founders of Kade.\n\nYou'd report to us both.",
        "Fractional CTO",
      ),
    ).toBe("founders");
  });
});

describe("reports-to and work mode said in other words (set 17)", () => {
  it("reads a Gerente General or Directeur Général as the chief executive", () => {
    expect(extractReportsTo("Serás parte del comité y reportarás al Gerente General.", "CTO")).toBe(
      "ceo",
    );
    expect(extractReportsTo("You will report to the Gerente Geral.", "CTO")).toBe("ceo");
    expect(extractReportsTo("You will report to our Directeur Général.", "CTO")).toBe("ceo");
    // An English "General Manager" of a unit stays another executive.
    expect(extractReportsTo("You will report to the General Manager, Retail.", "CTO")).toBe(
      "other_exec",
    );
  });

  it("reads 'entirely remote', 'based in person', attendance and 'their office' as the mode", () => {
    expect(extractWorkMode(["The engagement is entirely remote; no travel."])).toBe("remote");
    expect(extractWorkMode(["The role is based in person at our Turin plant."])).toBe("onsite");
    expect(extractWorkMode(["Full-time attendance at the office is required."])).toBe("onsite");
    expect(extractWorkMode(["The role is based in their Kigali office."])).toBe("onsite");
    // With days at home beside it, the office is hybrid.
    expect(
      extractWorkMode([
        "The role is based in their Kigali office, with two days a week from home.",
      ]),
    ).toBe("hybrid");
  });
});

describe("team size, work mode as set 18's postings put them (session 31)", () => {
  it("counts the people said to report to the role, in a section about the team", () => {
    expect(
      teamSizeOf(
        "## The team\nIt is one team of six, data engineers and analysts, and all six will report to you.",
      ),
    ).toEqual({ min: 6, max: 6 });
    expect(
      teamSizeOf(
        "## The role\nThe unit has two team leads, who will report to this position, and about 25 people in total.",
      ),
    ).toEqual({ min: 25, max: 25 });
    // A team described without anyone reporting to the role is still not read.
    expect(
      teamSizeOf("## The team\nIt is one team of six, data engineers and analysts."),
    ).toBeNull();
  });

  it("reads a range of home days, 'at least' office days and home working denied", () => {
    expect(extractWorkMode(["Most of the team work from home two or three days a week."])).toBe(
      "hybrid",
    );
    expect(extractWorkMode(["We'd like you on site in Leeds at least three days a week."])).toBe(
      "hybrid",
    );
    expect(extractWorkMode(["Working from home is not available for this role."])).toBe("onsite");
  });
});

describe("work modes of set 19's postings, read after scoring, in sentences of our own", () => {
  it("reads remote within a country in a location line", () => {
    expect(extractWorkMode(["Lyon · Remote within France · Permanent"])).toBe("remote");
    expect(extractWorkMode(["Porto, remote in Portugal, full-time"])).toBe("remote");
  });

  it("reads a day a week away from the office, or a mix of office and home, as hybrid", () => {
    expect(
      extractWorkMode(["Based in Verona; two days a week of smart working are allowed."]),
    ).toBe("hybrid");
    expect(
      extractWorkMode([
        "We offer flexible working: a mix of time in our Harbour Street office and at home.",
      ]),
    ).toBe("hybrid");
    expect(extractWorkMode(["Vi har to hjemmedage om ugen."])).toBe("hybrid");
  });

  it("reads the office every weekday, or in person full-time, as on-site", () => {
    expect(extractWorkMode(["- Working at our Old Town office, Monday to Friday"])).toBe("onsite");
    expect(
      extractWorkMode(["I'd like us to sit together, full-time in person at our studio."]),
    ).toBe("onsite");
  });
});

describe("team sizes of set 19's postings, read after scoring, in sentences of our own", () => {
  it("counts people of two kinds joined by 'and' ('8 to 10 backend and Android engineers')", () => {
    expect(
      teamSizeOf("## The role\nYou lead one of our squads: 6 to 8 iOS and Android engineers."),
    ).toEqual({ min: 6, max: 8 });
    expect(
      teamSizeOf("## The role\nYou manage a group: 12 data, ML and platform engineers."),
    ).toEqual({ min: 12, max: 12 });
  });
});

describe("hands-on as set 19's postings put it, read after scoring, in sentences of our own", () => {
  const principal: HandsOnTitleArg = { title: "Principal Engineer", nominal: "staff_ic" };

  it("reads a share under half of the time as some, even under a builder's title", () => {
    expect(
      handsOnAs(
        "## The role\n- Manage the five firmware engineers and write code yourself for about 25% of your time",
        principal,
      ),
    ).toBe("some");
    expect(
      handsOnAs(
        "## The role\n- You will spend part of your week reviewing and writing code",
        principal,
      ),
    ).toBe("some");
    // The title alone still reads as building.
    expect(handsOnAs("## The role\n- Shape the architecture of our pump software", principal)).toBe(
      "required",
    );
  });

  it("reads 'does not do hands-on development' as none", () => {
    const director: HandsOnTitleArg = { title: "Technology Director", nominal: "director" };
    expect(
      handsOnAs(
        "## The role\nThe director has no reports and does not do hands-on development.",
        director,
      ),
    ).toBe("none");
  });
});

describe("reporting lines and stage as set 19's postings put them, in sentences of our own", () => {
  it("reads French and Scandinavian reporting verbs, and 'who you'd report to'", () => {
    expect(extractReportsTo("Vous rapporterez directement à Inès, notre CEO.")).toBe("ceo");
    expect(extractReportsTo("Du refererer til vores to stiftere.")).toBe("founders");
    expect(extractReportsTo("Du rapporterar till vår grundare.")).toBe("founders");
    expect(extractReportsTo("The CTO, who you'd report to, owns the roadmap.")).toBe("cto");
  });

  it("reads a headcount in brackets after a '-tech' company", () => {
    expect(
      stageOf("## About us\nWe are a Lisbon insurtech (about 35 people, claims software)."),
    ).toBe("early");
  });
});

describe("work modes in wordings of our own, written to probe the reader (session 32)", () => {
  it("reads Polish, Dutch and Swedish words for remote and hybrid work", () => {
    expect(extractWorkMode(["Praca 100% zdalna"])).toBe("remote");
    expect(extractWorkMode(["Distansarbete möjligt"])).toBe("remote");
    expect(extractWorkMode(["Praca hybrydowa, 2 dni w biurze"])).toBe("hybrid");
    expect(extractWorkMode(["Thuiswerken 2 dagen per week"])).toBe("hybrid");
  });

  it("reads office days said as 'office-first' or 'remote work possible up to two days'", () => {
    expect(extractWorkMode(["Office-first: four days a week together in Zagreb"])).toBe("hybrid");
    expect(extractWorkMode(["Remote work possible up to two days a week."])).toBe("hybrid");
  });

  it("reads the office required, named as headquarters, or after the city, as on-site", () => {
    expect(extractWorkMode(["This role requires you to be in our Doha office."])).toBe("onsite");
    expect(extractWorkMode(["Work location: our Riyadh headquarters"])).toBe("onsite");
    expect(extractWorkMode(["The position is based in Vilnius, in the office."])).toBe("onsite");
    expect(extractWorkMode(["Work mode: WFO"])).toBe("onsite");
    // Office days named after it are hybrid.
    expect(
      extractWorkMode(["This role requires you to be in our Doha office three days a week."]),
    ).toBe("hybrid");
  });
});

describe("reporting lines in wordings of our own, written to probe the reader (session 32)", () => {
  it("reads German, Dutch, Polish and French reporting verbs", () => {
    expect(extractReportsTo("Du berichtest direkt an den CTO.")).toBe("cto");
    expect(extractReportsTo("Je rapporteert aan de CEO.")).toBe("ceo");
    expect(extractReportsTo("Podlegasz bezpośrednio CTO.")).toBe("cto");
    expect(extractReportsTo("Rapportez directement au directeur général.")).toBe("ceo");
  });

  it("reads a technology director in Spanish, French or German as the CTO", () => {
    expect(extractReportsTo("Reportarás al Director de Tecnología.")).toBe("cto");
    expect(extractReportsTo("Vous rapporterez au directeur technique.")).toBe("cto");
    // A director of something else stays a director.
    expect(extractReportsTo("Reportarás al Director de Ingeniería.")).toBe("director");
  });
});

describe("team sizes in wordings of our own, written to probe the reader (session 32)", () => {
  it("counts the engineers led with their number in brackets after them", () => {
    expect(teamSizeOf("## The role\nYou'll lead our engineers (currently 11).")).toEqual({
      min: 11,
      max: 11,
    });
    // Roles to fill are not people.
    expect(teamSizeOf("## The role\nYou'll lead hiring for engineers (3 roles).")).toBeNull();
  });
});

describe("company stage in wordings of our own, written to probe the reader (session 32)", () => {
  it("reads a government agency, a Warsaw listing and a thousand staff counted in Spanish", () => {
    expect(stageOf("## About us\nWe are a government agency serving 5 million citizens.")).toBe(
      "enterprise",
    );
    expect(stageOf("## About us\nSpółka notowana na GPW.")).toBe("enterprise");
    expect(stageOf("## About us\nEmpresa con más de 2.000 empleados en seis países.")).toBe(
      "enterprise",
    );
    // Agencies served are the customers'.
    expect(stageOf("## About us\nWe build scheduling software for small agencies.")).toBeNull();
  });
});

describe("hands-on in wordings of our own, written to probe the reader (session 32)", () => {
  it("reads picking up the occasional ticket as some", () => {
    expect(
      managerHandsOn(
        "## The role\n- You'll pick up the occasional ticket when the team is stretched.",
      ),
    ).toBe("some");
    expect(managerHandsOn("## The role\n- Grab the odd bug from the backlog.")).toBe("some");
  });
});

describe("work modes in wordings of our own, a second round (session 32)", () => {
  it("reads Brazil's 'home office integral' as remote, '(in-office)' as on-site, '3 Tage Büro' as hybrid", () => {
    expect(extractWorkMode(["Regime: home office integral"])).toBe("remote");
    expect(extractWorkMode(["Location: Taichung (in-office)"])).toBe("onsite");
    expect(extractWorkMode(["Homeoffice möglich, 2 Tage Büro"])).toBe("hybrid");
  });
});

describe("work modes in wordings of our own, a third round (session 32)", () => {
  it("reads on-site, hybrid and remote said in other words", () => {
    expect(extractWorkMode(["Applicants must be able to work from our Cebu office."])).toBe(
      "onsite",
    );
    expect(extractWorkMode(["We work together in person in our Poznań studio."])).toBe("onsite");
    expect(extractWorkMode(["We are a co-located team in Tartu."])).toBe("onsite");
    expect(extractWorkMode(["We expect you in the office at least 60% of the time."])).toBe(
      "hybrid",
    );
    expect(
      extractWorkMode(["Open to candidates who can commute to Utrecht three times a week."]),
    ).toBe("hybrid");
    expect(extractWorkMode(["Work setup: WFH"])).toBe("remote");
  });
});

describe("hands-on in wordings of our own, a second round (session 32)", () => {
  const head: HandsOnTitleArg = { title: "Head of Engineering", nominal: "vp_engineering" };
  const handsOnOfHead = (text: string) => handsOnAs(text, head);

  it("reads shipping features end to end, or writing most of the code, as required", () => {
    expect(
      handsOnOfHead("## The role\n- Ship features end to end alongside two other engineers."),
    ).toBe("required");
    expect(handsOnOfHead("## The role\n- Own the backend codebase and write most of it.")).toBe(
      "required",
    );
    // The team's shipping is not the role's.
    expect(handsOnOfHead("## The role\n- Make sure the team ships features end to end.")).toBe(
      "none",
    );
  });
});

describe("reporting lines in wordings of our own, a second round (session 32)", () => {
  it("reads French and German fields and 'the hiring manager is'", () => {
    expect(extractReportsTo("Reporte hiérarchique : CTO")).toBe("cto");
    expect(extractReportsTo("Rapporte au directeur général")).toBe("ceo");
    expect(extractReportsTo("Berichtet an: CTO")).toBe("cto");
    expect(extractReportsTo("The hiring manager is the VP of Engineering.")).toBe("vp");
  });
});

describe("a week split between office and home in one sentence (session 33)", () => {
  const mode = (text: string) => extractWorkMode(text.split("\n"));

  it("reads office days with the rest of the week elsewhere as hybrid", () => {
    expect(
      mode("You'd be at our Ghent office (by the station) three days a week, remote the rest."),
    ).toBe("hybrid");
    expect(mode("- Two office days a week near the river, the other three from home")).toBe(
      "hybrid",
    );
    expect(
      mode(
        "The team meets at the Porto office Tuesday and Thursday and works from home the other three days.",
      ),
    ).toBe("hybrid");
    expect(
      mode("- We are in together Monday to Wednesday; the rest of the week you plan yourself"),
    ).toBe("hybrid");
    expect(mode("Two mobile-working days per week, the other three on site in Linz.")).toBe(
      "hybrid",
    );
    expect(mode("We share a coworking space in Gràcia four days a week, the rest from home.")).toBe(
      "hybrid",
    );
    expect(mode("Presencial 2x por semana na oficina de Recoleta, remoto nos outros dias.")).toBe(
      "hybrid",
    );
  });

  it("reads a split sentence beside pay in the same line, and not visits or a lone office", () => {
    expect(
      mode(
        "Pay is 9,000 a month gross. We work from the office Monday and Friday and from home the other days.",
      ),
    ).toBe("hybrid");
    expect(mode("Fully remote; we meet at the office two days a quarter.")).toBe("remote");
    expect(mode("Our office has two meeting rooms and a roof terrace.")).toBeNull();
  });

  it("reads on-site work said every day, or in French", () => {
    expect(mode("For now we work every day from the incubator on the fourth floor.")).toBe(
      "onsite",
    );
    expect(mode("Poste basé au siège. Présence sur site obligatoire.")).toBe("onsite");
  });
});

describe("reporting lines and team sizes the role itself states (session 33)", () => {
  it("does not read the people who report to the role as its line", () => {
    expect(
      extractReportsTo(
        "The Head of Data leads six analysts and engineers who report directly to them. The post reports to the Chief Operating Officer.",
        "Head of Data",
      ),
    ).toBe("other_exec");
    expect(
      extractReportsTo(
        "A small group of three architects reports straight to the CTO. You report to the CEO.",
        "Chief Technology Officer",
      ),
    ).toBe("ceo");
    expect(extractReportsTo("You'd report to the Chief Technology Officer.", "CTO")).toBeNull();
  });

  it("reads 'report to me' from a writer whose name has letters outside ASCII", () => {
    expect(
      extractReportsTo("I'm Jūratė, founder and CEO of a small map start-up. You'll report to me."),
    ).toBe("ceo");
  });

  it("reads the team the title's own holder leads, and a breakdown after a dash", () => {
    expect(
      extractTeamSize(
        segmentsOf(
          "Director, Data Engineering\n\n## The role\nThe Director, Data Engineering leads a team of nine engineers.",
        ),
        "Director, Data Engineering",
      ),
    ).toEqual({ min: 9, max: 9 });
    expect(
      extractTeamSize(
        segmentsOf(
          "Director\n\n## The role\nOur VP, Ines, leads a team of forty engineers; you will join her staff.",
        ),
        "Director",
      ),
    ).toBeNull();
    expect(
      extractTeamSize(
        segmentsOf(
          "Engineering Lead\n\n## The role\nYou will run a team of six — four web developers and two testers — who report to you.",
        ),
      ),
    ).toEqual({ min: 6, max: 6 });
    expect(
      extractTeamSize(
        segmentsOf("CTO\n\n## The role\nYou lead our group of three enterprise architects."),
      ),
    ).toEqual({ min: 3, max: 3 });
  });
});

describe("hands-on: a share stated after a broader cue, and days a week (session 33)", () => {
  const head: HandsOnTitleArg = { title: "Head of Engineering", nominal: "vp_engineering" };
  const principal: HandsOnTitleArg = { title: "Principal Engineer", nominal: "staff_ic" };

  it("reads a share under half said after 'a hands-on job' as some", () => {
    expect(
      handsOnAs(
        "## The role\nThis is a hands-on job for a builder of teams.\n- Run planning with product.\n- We expect about a fifth of your week to go into writing code.",
        head,
      ),
    ).toBe("some");
    // Without the share the broader cue stands.
    expect(
      handsOnAs(
        "## The role\nThis is a hands-on job for a builder of teams.\n- Run planning with product.",
        head,
      ),
    ).toBe("required");
  });

  it("reads a day or two a week of coding as a share under half, whatever the title", () => {
    expect(
      handsOnAs(
        "## The role\n- Roughly one day a week hands-on: pairing and small fixes.",
        principal,
      ),
    ).toBe("some");
    expect(
      handsOnAs("## The role\n- Keep two days a week for coding on the billing service.", head),
    ).toBe("some");
  });
});

describe("extractTeamSize: a site's headcount (session 33)", () => {
  it("does not read the engineers of a site as the team, and reads the team after it", () => {
    expect(
      extractTeamSize(
        segmentsOf(
          "Platform Lead\nLisbon is our second engineering office, with about 300 engineers.\nWe need a lead for the platform group. Two team leads report to you, and between them they look after roughly 14 engineers.",
        ),
      ),
    ).toEqual({ min: 14, max: 14 });
    // A squad named "Hub Apps" in brackets is no site.
    expect(
      extractTeamSize(
        segmentsOf(
          "Engineering Manager\n\n## The role\nYou will lead two squads (Search, Hub Apps) with around 18 engineers in total.",
        ),
      ),
    ).toEqual({ min: 18, max: 18 });
  });
});

describe("reporting lines in wordings of our own, a third round (session 33)", () => {
  it("reads French, Spanish, Italian, Czech, Finnish and Indonesian verbs", () => {
    expect(extractReportsTo("Poste rattaché à la Directrice Générale.")).toBe("ceo");
    expect(extractReportsTo("Sous la responsabilité du CTO, vous animerez deux équipes.")).toBe(
      "cto",
    );
    expect(extractReportsTo("Vous reporterez au directeur technique.")).toBe("cto");
    expect(extractReportsTo("Dependerás del Director General.")).toBe("ceo");
    expect(extractReportsTo("Riporterai all'Amministratore Delegato.")).toBe("ceo");
    expect(extractReportsTo("Budete reportovat CTO.")).toBe("cto");
    expect(extractReportsTo("Raportoit teknologiajohtajalle.")).toBe("cto");
    expect(extractReportsTo("Anda akan melapor kepada CEO.")).toBe("ceo");
  });

  it("reads the chief executive in German and Scandinavian words", () => {
    expect(extractReportsTo("Du berichtest an die Geschäftsführung.")).toBe("ceo");
    expect(extractReportsTo("Du rapporterer til administrerende direktør.")).toBe("ceo");
    // A verb with no line after it states none.
    expect(extractReportsTo("Il team risponde alle richieste dei clienti.")).toBeNull();
  });
});

describe("hands-on in wordings of our own, a third round (session 33)", () => {
  const cto: HandsOnTitleArg = { title: "CTO", nominal: "cto_architect" };
  const vp: HandsOnTitleArg = { title: "VP of Engineering", nominal: "vp_engineering" };

  it("reads most of the week building the product as required", () => {
    expect(
      handsOnAs(
        "## The role\n- Most of your week goes to building the app with our two developers.",
        cto,
      ),
    ).toBe("required");
    // Building the team is no code.
    expect(
      handsOnAs("## The role\n- Most of your week goes to building the team and its habits.", vp),
    ).toBe("none");
  });

  it("reads hands kept dirty and the odd bug fix as some", () => {
    expect(handsOnAs("## The role\n- Keep your hands dirty with spikes and prototypes.", vp)).toBe(
      "some",
    );
    expect(handsOnAs("## The role\n- Plan the roadmap; pick up the occasional bug fix.", vp)).toBe(
      "some",
    );
  });
});

describe("work mode in wordings of our own, a fourth round (session 33)", () => {
  const mode = (text: string) => extractWorkMode(text.split("\n"));

  it("reads hybrid work said in French, German, Danish, Norwegian, Czech, Romanian and Turkish", () => {
    expect(mode("Télétravail possible 3 jours par semaine.")).toBe("hybrid");
    expect(mode("Homeoffice an zwei Tagen pro Woche möglich.")).toBe("hybrid");
    expect(mode("Standort: Graz (Büro), mobiles Arbeiten nach Vereinbarung.")).toBe("hybrid");
    expect(mode("Hjemmearbejde op til 1 dag om ugen.")).toBe("hybrid");
    expect(mode("Du kan jobbe hjemmefra tre dager i uken.")).toBe("hybrid");
    expect(mode("Možnost práce z domova 2 dny v týdnu.")).toBe("hybrid");
    expect(mode("Program hibrid, 3 zile la birou.")).toBe("hybrid");
    expect(mode("Hibrit çalışma modeli.")).toBe("hybrid");
  });

  it("reads Japanese and Korean work modes", () => {
    expect(mode("勤務形態：ハイブリッド（週2日出社）")).toBe("hybrid");
    expect(mode("完全リモート勤務")).toBe("remote");
    expect(mode("재택근무 주 3회")).toBe("hybrid");
  });

  it("reads on-site work said with a Gulf week, every weekday, or 'sur site'", () => {
    expect(mode("You'll work from our Doha office, Sunday to Thursday.")).toBe("onsite");
    expect(mode("In-office in Lima every weekday.")).toBe("onsite");
    expect(mode("Poste sur site à Rabat.")).toBe("onsite");
  });

  it("keeps a sentence going after a numeral's full stop", () => {
    expect(mode("- Three office days a week in the VII. district, the other two from home")).toBe(
      "hybrid",
    );
  });
});

describe("team size in wordings of our own, a third round (session 33)", () => {
  const size = (text: string) =>
    extractTeamSize(segmentsOf(`Engineering Manager\n\n## The role\n${text}`));

  it("reads a team counted in Italian, Dutch and Scandinavian words", () => {
    expect(size("Guiderai un team di 6 sviluppatori.")).toEqual({ min: 6, max: 6 });
    expect(size("Je leidt een team van 9 ontwikkelaars.")).toEqual({ min: 9, max: 9 });
    expect(size("Du kommer att leda ett team på 7 utvecklare.")).toEqual({ min: 7, max: 7 });
  });

  it("reads a size to come said with 'soon'", () => {
    expect(size("You'll lead a team of 5 engineers, soon 8.")).toEqual({ min: 5, max: 8 });
  });
});

describe("hands-on: coding a builder's title keeps but limits (session 33)", () => {
  const staff: HandsOnTitleArg = { title: "Staff Engineer", nominal: "staff_ic" };
  const principal: HandsOnTitleArg = { title: "Principal Engineer", nominal: "staff_ic" };

  it("reads coding kept but limited as some under a builder's title", () => {
    expect(
      handsOnAs(
        "## The role\n- Most of your week is design reviews and mentoring; you'll still write code, but less than before.",
        principal,
      ),
    ).toBe("some");
    expect(
      handsOnAs("## The role\n- You will code occasionally, mostly spikes and prototypes.", staff),
    ).toBe("some");
    expect(
      handsOnAs(
        "## The role\n- Spend your time on design documents and coaching rather than features.",
        principal,
      ),
    ).toBe("some");
    expect(
      handsOnAs(
        "## The role\n- About a third of your time is hands-on; the rest is alignment.",
        staff,
      ),
    ).toBe("some");
  });

  it("keeps a builder's title required without such a limit, or with one asked of the candidate", () => {
    expect(handsOnAs("## The role\n- Own the ingestion service end to end.", staff)).toBe(
      "required",
    );
    expect(
      handsOnAs(
        "## The role\n- Own the ingestion service.\n## Requirements\n- You have coded occasionally in Rust.",
        staff,
      ),
    ).toBe("required");
  });
});

describe("set 21 read (session 33): lines named before, on-site said plainly, limits on coding", () => {
  it("reads 'report to her' whose antecedent is a sentence or two before", () => {
    expect(
      extractReportsTo(
        "Our COO, Dana, has run the three developers until now. That can't go on. You take the team over and report to her.",
        "Head of Engineering",
      ),
    ).toBe("other_exec");
    expect(
      extractReportsTo(
        "The platform engineers report to our CTO and co-founder, Rui. Rui will focus on architecture. You report to him.",
        "Engineering Manager",
      ),
    ).toBe("cto");
  });

  it("reads 'Tomas and me' from a founder, 'CTO and co-founder', and a team that reports to them", () => {
    expect(
      extractReportsTo(
        "I'm Vera, one of the two founders of a farm-software company. You'd report to Tomas and me.",
        "CTO",
      ),
    ).toBe("founders");
    expect(
      extractReportsTo(
        "Our CTO and co-founder, Mei, stays on architecture; you will report to her.",
      ),
    ).toBe("cto");
    expect(
      extractReportsTo(
        "As Director you lead two managers, and the engineers report to them. You report to our VP of Engineering.",
        "Director of Engineering",
      ),
    ).toBe("vp");
  });

  it("reads on-site work said as five days on site or in office, or based at a body's headquarters", () => {
    const mode = (text: string) => extractWorkMode(text.split("\n"));
    expect(mode("We all work on site five days a week in Bergen.")).toBe("onsite");
    expect(mode("**Location:** Pune, 5 days in office")).toBe("onsite");
    expect(mode("The post is based at the Ministry's headquarters in Muscat.")).toBe("onsite");
  });

  it("does not read a company's headcount in brackets beside its stage as the team", () => {
    expect(
      extractTeamSize(
        segmentsOf(
          "Lead Engineer\nI'm recruiting for a Riga insurer (Series B, about 300 people). Whoever takes this seat leads the claims area: two teams with about 14 engineers in total.",
        ),
      ),
    ).toEqual({ min: 14, max: 14 });
  });

  it("reads coding limited in more words, and most of the week away from code", () => {
    const principal: HandsOnTitleArg = { title: "Principal Engineer", nominal: "staff_ic" };
    const cto: HandsOnTitleArg = { title: "CTO", nominal: "cto_architect" };
    expect(
      handsOnAs(
        "## The role\n- You review code, but most of your week goes to people and design rather than to writing features.",
        principal,
      ),
    ).toBe("some");
    expect(
      handsOnAs(
        "## The role\n- Write sample code for partners; you'll code a bit, but it isn't the main job.",
        principal,
      ),
    ).toBe("some");
    expect(
      handsOnAs(
        "## The role\n- Be hands-on when it matters: review and write code on the riskiest paths.",
        cto,
      ),
    ).toBe("some");
    expect(
      handsOnAs("## The role\n- You would write nearly all of the code for the first year.", cto),
    ).toBe("required");
  });
});

describe("set 21 read (session 33): office presence required, a long office name, a glossed title", () => {
  it("reads on-site work said as presence required or at a three-word office five days", () => {
    const mode = (text: string) => extractWorkMode(text.split("\n"));
    expect(mode("Presence in the office is required five days a week.")).toBe("onsite");
    expect(mode("Presence in the office is required three days a week.")).toBe("hybrid");
    expect(mode("- Work at our Gangnam Finance Center office, five days a week.")).toBe("onsite");
  });

  it("reads a local title glossed '(our CEO)' as the gloss", () => {
    expect(extractReportsTo("You will report to the President Director (our CEO).")).toBe("ceo");
  });
});

describe("extractTeamSize: a long list the lead verb opens (session 33)", () => {
  it("counts the team at the end of a list opened by 'you'll manage ...:'", () => {
    expect(
      extractTeamSize(
        segmentsOf(
          "Engineering Manager\n\n## The role\nYou'll manage the Search team: three backend engineers, one iOS engineer, one data engineer and a designer — six people in all.",
        ),
      ),
    ).toEqual({ min: 6, max: 6 });
    // Without a lead verb before the list, a count far from any lead word stays unread.
    expect(
      extractTeamSize(
        segmentsOf(
          "Engineering Manager\n\n## The role\nThe Search team today: three backend engineers, one iOS engineer, one data engineer and a designer — six people in all.",
        ),
      ),
    ).toBeNull();
  });
});

describe("extractTeamSize: a count the next sentences say the role leads all of (session 33)", () => {
  it("reads the organisation counted before 'the Engineering Director leads all of it'", () => {
    expect(
      extractTeamSize(
        segmentsOf(
          "Engineering Director\n\n## The role\nOur engineering organisation has grown to around 80 engineers in seven teams. The Engineering Director leads all of it.",
        ),
        "Engineering Director",
      ),
    ).toEqual({ min: 80, max: 80 });
    // Another leader leading all of it is not the role.
    expect(
      extractTeamSize(
        segmentsOf(
          "Engineering Director\n\n## The role\nOur engineering organisation has grown to around 80 engineers in seven teams. Our CTO leads all of it.",
        ),
        "Engineering Director",
      ),
    ).toBeNull();
  });

  it("reads a team section's count when the duties say 'you will lead the whole group'", () => {
    expect(
      extractTeamSize(
        segmentsOf(
          "Director of Engineering\n\n## About the team\nThe group is four teams led by three managers, with between 20 and 26 engineers.\n\n## What you'll do\nAs Director you will lead the whole group through its managers.",
        ),
        "Director of Engineering",
      ),
    ).toEqual({ min: 20, max: 26 });
  });
});

describe("reporting lines named before the verb, as German, Turkish, Japanese and Korean put them (session 34)", () => {
  it("reads the manager named before a verb-final reporting verb", () => {
    expect(extractReportsTo("Die Position ist direkt dem CTO unterstellt.")).toBe("cto");
    expect(extractReportsTo("Du bist der Geschäftsführung unterstellt.")).toBe("ceo");
    expect(extractReportsTo("Bu pozisyon doğrudan CTO'ya bağlı olarak çalışır.")).toBe("cto");
    expect(extractReportsTo("Genel Müdür'e raporlayacaksınız.")).toBe("ceo");
    expect(extractReportsTo("CTOに直接レポートします。")).toBe("cto");
    expect(extractReportsTo("CTO直下のポジションです。")).toBe("cto");
    expect(extractReportsTo("CTO에게 직접 보고합니다.")).toBe("cto");
    expect(extractReportsTo("CEO 직속 포지션입니다.")).toBe("ceo");
  });

  it("reads people who report to the role ('Ihnen unterstellt') as no line", () => {
    expect(extractReportsTo("Ihnen ist der Head of QA unterstellt.")).toBeNull();
  });

  it("reads a Japanese sentence's line only from its own sentence", () => {
    expect(extractReportsTo("CEOは創業者です。チームに報告します。")).toBeNull();
  });

  it("reads Polish 'raportujesz do' and Nordic 'rapportering til'", () => {
    expect(extractReportsTo("Raportujesz bezpośrednio do CTO.")).toBe("cto");
    expect(extractReportsTo("Rapportering til CTO.")).toBe("cto");
  });
});

describe("team sizes counted in the words of other languages (session 34)", () => {
  const teamOf = (sentence: string) => teamSizeOf(`## The role\n${sentence}`);
  it("reads German, Portuguese and Italian counts in words", () => {
    expect(teamOf("Du führst ein Team von acht Entwicklern.")).toEqual({ min: 8, max: 8 });
    expect(teamOf("Sie leiten ein Team aus zwölf Ingenieurinnen und Ingenieuren.")).toEqual({
      min: 12,
      max: 12,
    });
    expect(teamOf("Você vai liderar um time de sete engenheiros.")).toEqual({ min: 7, max: 7 });
    expect(teamOf("Guiderai un team di sei sviluppatori.")).toEqual({ min: 6, max: 6 });
  });

  it("reads Polish, Turkish and Korean team counts", () => {
    expect(teamOf("Będziesz zarządzać zespołem 9 programistów.")).toEqual({ min: 9, max: 9 });
    expect(teamOf("8 kişilik bir ekibi yöneteceksiniz.")).toEqual({ min: 8, max: 8 });
    expect(teamOf("10명의 엔지니어 팀을 이끌게 됩니다.")).toEqual({ min: 10, max: 10 });
  });

  it("reads a foreign count in words only before a word for people", () => {
    expect(teamOf("Du arbeitest mit acht Teams zusammen.")).toBeNull();
  });
});

describe("team sizes read from set 22 (session 34)", () => {
  const teamOf = (text: string) => teamSizeOf(`## The role\n${text}`);
  it("reads a count in compound number words", () => {
    expect(teamOf("Engineering is thirty-four people in four teams.")).toEqual({
      min: 34,
      max: 34,
    });
  });

  it("reads a count whose sentence says, farther off, that its people report to the role", () => {
    expect(
      teamOf(
        "That means some thirty staff in three units (web, ERP and the service desk), each with its own head reporting to you.",
      ),
    ).toEqual({ min: 30, max: 30 });
  });

  it("reads a count after 'you will be responsible for all of engineering'", () => {
    expect(
      teamOf(
        "You will be responsible for all of engineering — web, mobile, data and QA — about 55 people working through five managers.",
      ),
    ).toEqual({ min: 55, max: 55 });
  });

  it("reads an engineering group's size as the department, which the team the role leads overrides", () => {
    expect(
      teamOf(
        "Our engineering group in Tromsø is about 45 people. Seven engineers on the Ingest team report directly to you.",
      ),
    ).toEqual({ min: 7, max: 7 });
    expect(teamOf("Our engineering group in Tromsø is about 45 people.")).toEqual({
      min: 45,
      max: 45,
    });
  });
});

describe("stage and work mode read from set 22 (session 34)", () => {
  it("reads a government agency named in brackets as enterprise", () => {
    expect(stageOf("Organisation: Open Data Office (government agency)")).toBe("enterprise");
  });

  it("reads a company in business for decades with hundreds of staff as enterprise", () => {
    expect(
      stageOf(
        "## About\nThe client is a family-owned group that has been selling farm machinery across the region for over 40 years, with about 800 staff.",
      ),
    ).toBe("enterprise");
    // Young, or small: not so.
    expect(
      stageOf(
        "## About\nThe client is a family-owned group that has been selling farm machinery for over 8 years, with about 800 staff.",
      ),
    ).toBe("growth");
  });

  it("reads 'a 30-person data and AI consultancy' as early", () => {
    expect(stageOf("## About\nMy client is a 30-person data and AI consultancy in Leeds.")).toBe(
      "early",
    );
  });

  it("reads '(in-person)' after a place of work as on-site", () => {
    expect(extractWorkMode(["Place of work: Main office, Cuenca, Ecuador (in-person)"])).toBe(
      "onsite",
    );
  });
});

describe("hands-on read from set 22 (session 34)", () => {
  const principal: HandsOnTitleArg = { title: "Principal Engineer", nominal: "staff_ic" };
  const cto: HandsOnTitleArg = { title: "Chief Technology Officer", nominal: "cto_architect" };
  const founder: HandsOnTitleArg = { title: "Co-founder & CTO", nominal: "founder" };

  it("reads coding now and then, or 'not a full-time coding position', under a builder's title as some", () => {
    expect(
      handsOnAs(
        "## The role\nYou will review designs and now and then build a prototype, but this is not a full-time coding position.",
        principal,
      ),
    ).toBe("some");
  });

  it("reads coding as a core duty only for the first months as some", () => {
    expect(
      handsOnAs(
        "## The role\nStay hands-on in the first months: write code and review pull requests while we hire.",
        cto,
      ),
    ).toBe("some");
    // For the first year it is the job.
    expect(
      handsOnAs("## The role\nYou'd write most of the code for the first year.", founder),
    ).toBe("required");
  });

  it("reads a demo prototyped now and then as some", () => {
    expect(
      handsOnAs(
        "## The role\nNow and then, prototype a demo in Python when a pitch needs one.",
        cto,
      ),
    ).toBe("some");
  });

  it("reads building the first version yourself as a core duty", () => {
    expect(
      handsOnAs("## The role\nYou will build the first working version yourself.", founder),
    ).toBe("required");
    expect(handsOnAs("## The role\nYou will build the first product team yourself.", founder)).toBe(
      "some",
    );
  });
});

describe("a reporting line to a firm's founding partners (session 34)", () => {
  it("reads 'the two founding partners' as the founders", () => {
    expect(extractReportsTo("You would report to the two founding partners.")).toBe("founders");
  });
});

describe("a team counted in a Japanese sentence (session 34)", () => {
  it("reads '8名のエンジニアチームをリードします。' as a team of eight", () => {
    expect(teamSizeOf("## The role\n8名のエンジニアチームをリードします。")).toEqual({
      min: 8,
      max: 8,
    });
  });
});

describe("facts read from set 23 (session 35)", () => {
  it("reads a line reported to jointly, and a Field CTO's line to the CTO", () => {
    expect(extractReportsTo("You would report jointly to the two co-founders.")).toBe("founders");
    expect(extractReportsTo("You report to our CTO.", "Field CTO, APAC")).toBe("cto");
    expect(extractReportsTo("You report to our CTO.", "Deputy CTO")).toBe("cto");
    // The role's own title is still no line of its own.
    expect(extractReportsTo("Team leads report to the CTO.", "CTO")).toBeNull();
  });

  it("reads the office every weekday, remote denied, as on-site, not as a split week", () => {
    expect(
      extractWorkMode([
        "Everyone works from the office in Karachi, Monday to Friday, and it is not a remote role.",
      ]),
    ).toBe("onsite");
    expect(
      extractWorkMode(["In the office Monday and Tuesday, remote the rest of the week."]),
    ).toBe("hybrid");
  });

  it("counts no organisation whose running stays with someone else", () => {
    expect(
      teamSizeOf(
        "## The role\nThe running of the 300-person IT organisation stays with our Chief Information Officer.",
      ),
    ).toBeNull();
  });

  it("counts a round number said as 'about thirty' in French or Spanish", () => {
    const teamOf = (sentence: string) => teamSizeOf(`## The role\n${sentence}`);
    expect(teamOf("You will lead the IT department, une quarantaine de personnes.")).toEqual({
      min: 40,
      max: 40,
    });
    expect(teamOf("Liderarás una treintena de ingenieros en Sevilla.")).toEqual({
      min: 30,
      max: 30,
    });
  });

  it("counts engineers described by their kind of work or contract", () => {
    const teamOf = (sentence: string) => teamSizeOf(`## The role\n${sentence}`);
    expect(teamOf("You will lead eight implementation engineers.")).toEqual({ min: 8, max: 8 });
    expect(teamOf("You will manage six full-time engineers and two contractors.")).toMatchObject({
      min: 6,
    });
  });
});

describe("facts read from set 24 (session 35)", () => {
  it("counts the group or area a section about the team describes", () => {
    expect(
      teamSizeOf(
        "## About the team\nThe group is made up of three teams, Ledger, Payouts and Risk, with between 18 and 22 engineers in total.",
      ),
    ).toEqual({ min: 18, max: 22 });
    expect(
      teamSizeOf(
        "## About the team\nThe Checkout area is two squads, each with its own team lead, around 14 people in total.",
      ),
    ).toEqual({ min: 14, max: 14 });
    // The company's size, in a section about it, is no team.
    expect(teamSizeOf("## About us\nWe are a team of 400 people across Europe.")).toBeNull();
  });

  it("counts no past size, no company 'now a team of', and no organisation another leader runs", () => {
    const teamOf = (text: string) => teamSizeOf(`## The role\n${text}`);
    expect(
      teamOf(
        "Our set-up worked at 20 engineers; it does not at 60. You will lead all 60 engineers.",
      ),
    ).toEqual({ min: 60, max: 60 });
    expect(
      teamOf(
        "We raised a seed round and we're now a team of 12. You will manage our four engineers.",
      ),
    ).toEqual({ min: 4, max: 4 });
    expect(
      teamOf(
        "The company's VP of Engineering, hired last year, runs the 120-person engineering organisation. Three architects will report to you.",
      ),
    ).toEqual({ min: 3, max: 3 });
  });
});

describe("stage, line and work mode read from set 24 (session 35)", () => {
  it("reads a company decades or generations old with hundreds of staff as enterprise", () => {
    expect(
      stageOf(
        "## About us\nWe are a second-generation, family-owned bakery group near Ghent, with bakeries in Flanders and roughly 480 staff.",
      ),
    ).toBe("enterprise");
    expect(
      stageOf(
        "## About us\nFor almost five decades our family-owned group has run pharmacies across Chile, and today more than 6,000 colaboradores work with us.",
      ),
    ).toBe("enterprise");
  });

  it("reads a government entity joined, and a small company counted by its people", () => {
    expect(
      stageOf(
        "## About us\nJoin the government entity that runs the digital services of the province.",
      ),
    ).toBe("enterprise");
    expect(stageOf("## About us\nWe are a 30-person product company in Pokhara.")).toBe("early");
  });

  it("reads a Nordic director as the line, the writer's own title in brackets, Norwegian home days", () => {
    expect(extractReportsTo("Du rapporterer til avdelingsdirektøren for IT.")).toBe("director");
    expect(
      extractReportsTo(
        "We are four people: me (CEO, formerly in retail), two engineers and a designer. The role reports to me.",
      ),
    ).toBe("ceo");
    expect(extractWorkMode(["Flexible hours and up to two days a week hjemmekontor."])).toBe(
      "hybrid",
    );
    expect(extractWorkMode(["Full-time · Based at Group headquarters"])).toBe("onsite");
  });
});

describe("facts of session 36's read postings, in sentences of our own", () => {
  it("reads the role's own line after a clause of what it leads", () => {
    expect(
      extractReportsTo(
        "The CTO leads a small office of two architects and reports to our Director General.",
        "Chief Technology Officer",
      ),
    ).toBe("ceo");
    // Another leader's clause stays another's.
    expect(
      extractReportsTo(
        "The Head of Data leads four analysts and reports to the COO.",
        "Chief Technology Officer",
      ),
    ).toBeNull();
  });

  it("reads a public establishment or a body created by law as long established", () => {
    expect(stageOf("Public establishment · Luxembourg · Permanent contract")).toBe("enterprise");
    expect(stageOf("The Authority is a public body that delivers services to citizens.")).toBe(
      "enterprise",
    );
    expect(stageOf("The registry was created by law in 1999 and employs about 300 staff.")).toBe(
      "enterprise",
    );
  });

  it("reads a listing on a named market of an exchange, and a headcount said in colleagues", () => {
    expect(
      stageOf("Our parent is listed on the Main Board of the Stock Exchange of Hong Kong."),
    ).toBe("enterprise");
    expect(stageOf("We are listed on the Prime Market of the Tokyo Stock Exchange.")).toBe(
      "enterprise",
    );
    expect(stageOf("A Tokyo classifieds portal, listed on the TSE Prime Market.")).toBe(
      "enterprise",
    );
    expect(stageOf("A profitable scale-up with about 160 colleagues in Ghent and Lille.")).toBe(
      "growth",
    );
  });

  it("reads a total said after the sentence the role leads in, and an N-person group of three words", () => {
    expect(
      teamSizeOf(
        "## The role\nYou will lead three teams, each run by its own team lead. About 25 people in total.",
      ),
    ).toEqual({ min: 25, max: 25 });
    expect(
      teamSizeOf("## What you will do\n- Lead our 18-person engineering and QA group, two teams."),
    ).toEqual({ min: 18, max: 18 });
    // A total after the company's blurb is no team.
    expect(
      teamSizeOf("## About us\nWe are a company of 120. About 40 people in total work in Riga."),
    ).toBeNull();
  });

  it("reads telework days in French words, full remote, a coworking space's days, days of those in the office", () => {
    expect(extractWorkMode(["Télétravail trois jours par semaine."])).toBe("hybrid");
    expect(extractWorkMode(["Up to two days of télétravail per week."])).toBe("hybrid");
    expect(extractWorkMode(["Lyon, France – full remote within France"])).toBe("remote");
    expect(
      extractWorkMode(["We sit together five days a week at a coworking space in Tartu."]),
    ).toBe("onsite");
    expect(
      extractWorkMode([
        "We work from a coworking space in Kilimani two days a week, the rest remote.",
      ]),
    ).toBe("hybrid");
    expect(
      extractWorkMode([
        "Two of those days would be in their office in Cluj, the rest can be remote.",
      ]),
    ).toBe("hybrid");
    expect(extractWorkMode(["Location: Baner, Pune — five days a week from the office."])).toBe(
      "onsite",
    );
  });

  it("reads the organisation grown to a size whose managers report to the role, not a size to come", () => {
    expect(
      teamSizeOf(
        "## About us\nOur engineering organisation has grown to roughly 45 engineers in five teams, and the managers of those five teams will report to you.",
      ),
    ).toEqual({ min: 45, max: 45 });
    expect(
      teamSizeOf(
        "## What you will do\n- Lead the five managers, and build the leadership bench we'll need at 90 engineers.",
      ),
    ).toBeNull();
  });

  it("reads a report given to the board as no line, and in-person days as on-site", () => {
    expect(
      extractReportsTo(
        "Sit on the leadership team and report to the board each quarter on risk. You'll report to our CEO.",
      ),
    ).toBe("ceo");
    expect(extractReportsTo("You report to the board.")).toBe("board");
    expect(extractWorkMode(["We need you in Nairobi, with us in person most days."])).toBe(
      "onsite",
    );
    expect(extractWorkMode(["It's five days a week in their office in Doha."])).toBe("onsite");
  });

  it("reads a team counted after a colon in a section about the engagement", () => {
    expect(
      teamSizeOf(
        "## About the engagement\nWe run online classes for schools.\n\nThe team: eight developers, six employees and two contractors.",
      ),
    ).toEqual({ min: 8, max: 8 });
  });

  it("reads every day at the office as on-site, remote work up to two days a week as hybrid", () => {
    expect(extractWorkMode(["We sit together every day at our office in Kalamaja."])).toBe(
      "onsite",
    );
    expect(extractWorkMode(["- remote work (kaugtöö) up to two days a week"])).toBe("hybrid");
    // A standup held every day at the office says nothing of where the work is done.
    expect(
      extractWorkMode(["Remote-first: we meet every day at our office standup on video."]),
    ).toBe("remote");
  });
});

describe("facts as set 28's postings put them, read after scoring, in sentences of our own (session 37)", () => {
  const IC: HandsOnTitleArg = { title: "Firmware Lead", nominal: "staff_ic" };

  it("reads coding denied at the end of a list of things the role will not do as none", () => {
    expect(
      handsOnAs(
        "## The role\nThis is a strategy seat: you will not run the plants' IT, sign the hosting contracts or write code.",
      ),
    ).toBe("none");
  });

  it("reads a range of percent of the week spent writing code as a core duty", () => {
    expect(
      handsOnAs("## The role\nHonestly, 55 to 65 percent of your week would be writing code."),
    ).toBe("required");
    expect(handsOnAs("## The role\nAbout 25% of your week will be writing code.")).toBe("some");
  });

  it("reads a hands-on leader who codes only now and then, said later, as some", () => {
    expect(
      handsOnAs(
        "## The role\nWe want a hands-on CTO to take over R&D. You will review pull requests and occasionally write code on the hardest paths.",
      ),
    ).toBe("some");
  });

  it("reads a share under half said before a duty to write code as some", () => {
    expect(
      handsOnAs(
        "## The role\nExpect to spend around 30% of your time coding.\n\n## What you will do\n- Write and review code on the pricing service",
      ),
    ).toBe("some");
  });

  it("reads a duty to design and develop software as a core duty", () => {
    expect(
      handsOnAs(
        "## Duties\n1. Design and develop the motion-control software for our sorting machines (C++, embedded Linux)",
        IC,
      ),
    ).toBe("required");
    expect(
      handsOnAs("## Duties\n1. Design and build the software organisation for the next plant", IC),
    ).not.toBe("required");
  });

  it("reads a listed company's headcount as its own, not the team's", () => {
    expect(
      teamSizeOf(
        "## The role\nWe're a software company listed on Euronext Paris with about 700 people, and you'd manage a team of six engineers.",
      ),
    ).toEqual({ min: 6, max: 6 });
  });

  it("reads a total said in the sentence where the role leads the squads", () => {
    expect(
      teamSizeOf(
        "## The role\nIn practice the role leads the three product squads that build the booking site, the partner API and the payments backend, around 18 people in total.",
      ),
    ).toEqual({ min: 18, max: 18 });
  });

  it("reads an executive director of one area as another executive, a plain one as the chief", () => {
    expect(extractReportsTo("You will report to the Executive Director of Public Services.")).toBe(
      "other_exec",
    );
    expect(extractReportsTo("You will report to the Executive Director.")).toBe("ceo");
  });

  it("reads a place's office a few days a week as hybrid", () => {
    expect(extractWorkMode(["Location: Fitzroy office two days a week, home the rest."])).toBe(
      "hybrid",
    );
  });
});

describe("facts as set 29's postings put them, read after scoring, in sentences of our own (session 37)", () => {
  it("reads 'the two of us' as the founders who write, and a hired role's pronoun past it", () => {
    expect(extractReportsTo("You would report to the two of us.")).toBe("founders");
    expect(
      extractReportsTo(
        "Our co-founder and CTO, Ines, has led engineering. Now she is hiring a VP of Engineering to run it. You'll report to her.",
      ),
    ).toBe("cto");
  });

  it("reads a work location's office from Monday to Friday as on-site, days in together as hybrid", () => {
    expect(extractWorkMode(["Work location: Ortigas office, Monday to Friday."])).toBe("onsite");
    expect(
      extractWorkMode([
        "Where: our office by the river; the team is in together Tuesday to Thursday and works from anywhere on Mondays and Fridays",
      ]),
    ).toBe("hybrid");
  });

  it("reads engineering as one team of eight, and 'it is a team of seven' under a team heading", () => {
    expect(
      teamSizeOf("## The role\nEngineering is a single team of eight developers and testers."),
    ).toEqual({ min: 8, max: 8 });
    expect(
      teamSizeOf(
        "## The team\nThe Ledger team owns settlement. It is a team of seven engineers, five on the backend.",
      ),
    ).toEqual({ min: 7, max: 7 });
  });

  it("reads a listing on a Børs or Bursa, a headcount grown to, and a state agency searched for", () => {
    expect(stageOf("## About us\nKvalfisk ASA has been listed on Oslo Børs since 2014.")).toBe(
      "enterprise",
    );
    expect(
      stageOf(
        "## About us\nWe have been profitable since 2020 and have grown to a little over 300 people.",
      ),
    ).toBe("growth");
    expect(
      stageOf(
        "## The role\nWe are searching for an interim Head of Engineering for a Finnish state agency with around 800 employees.",
      ),
    ).toBe("enterprise");
  });
});

describe("facts as set 30's postings put them, read after scoring, in sentences of our own (session 37)", () => {
  const CTO = "Chief Technology Officer";

  it("reads a title after the role's own name as its line, not a person's name", () => {
    expect(extractReportsTo("The CTO will report to the Managing Director.", CTO)).toBe("ceo");
    expect(
      extractReportsTo(
        "The brief comes from the Group CEO, to whom you would report, and is short.",
      ),
    ).toBe("ceo");
  });

  it("reads 'not be expected to do any hands-on work' as none, 'a large share of that code yourself' as required", () => {
    expect(
      handsOnAs("## The role\nYou would not be expected to do any hands-on technical work."),
    ).toBe("none");
    expect(handsOnAs("## The role\nThe CTO is not expected to do hands-on development.")).toBe(
      "none",
    );
    expect(
      managerHandsOn("## What you'll do\n- Write a large share of that code yourself, in Go"),
    ).toBe("required");
  });

  it("reads Italian presence at the office five days of five as on-site", () => {
    expect(extractWorkMode(["Sede: Bergamo · Presenza in sede cinque giorni su cinque"])).toBe(
      "onsite",
    );
  });

  it("reads the company's builders as no team, and people who 'will report to you' next as the team", () => {
    expect(
      teamSizeOf(
        "## The role\nOur apps are built in-house by about 300 engineers. The area has three teams, around 25 engineers altogether.",
      ),
    ).toEqual({ min: 25, max: 25 });
    expect(
      teamSizeOf(
        "## The role\nToday there are 20 people in tech, reporting through two team leads. They'll report to you, and you'll report to the CEO.",
      ),
    ).toEqual({ min: 20, max: 20 });
  });

  it("reads 'nobody reports to you' and an individual-contributor position as an IC's role", () => {
    const ic = (text: string) => statedIndividualContributor(segmentsOf(text)) !== null;
    expect(ic("## The role\nIn practice it is a senior individual-contributor position.")).toBe(
      true,
    );
    expect(ic("## The role\nNobody reports to you, and that is by design.")).toBe(true);
    expect(ic("## The role\nSix engineers report to you.")).toBe(false);
  });
});

describe("facts as set 31's postings put them, read after scoring, in sentences of our own (session 37)", () => {
  it("reads 'you'll write little production code' as some, 'coding most of the week' as required", () => {
    expect(
      handsOnAs(
        "## The role\nWe expect you to stay technical, though most weeks you'll write little production code.",
      ),
    ).toBe("some");
    expect(handsOnAs("## The role\nYou'd be coding most of the week.")).toBe("required");
    expect(handsOnAs("## The role\nYou won't be directly coding most of the time.")).not.toBe(
      "required",
    );
    expect(
      handsOnAs(
        "## The role\nWe expect around 20–30% of your time to go to hands-on development and review.",
      ),
    ).toBe("some");
  });

  it("reads the company's people counted before its 'we', and all of engineering run", () => {
    expect(
      teamSizeOf(
        "## The role\nWith 300 people in Sousse, we build software for European clients. You will lead around 90 engineers.",
      ),
    ).toEqual({ min: 90, max: 90 });
    expect(
      teamSizeOf(
        "## The role\nYou'd run all of engineering, roughly 60 people across product and platform, through five managers.",
      ),
    ).toEqual({ min: 60, max: 60 });
  });

  it("reads a team described under 'Your team'", () => {
    expect(
      teamSizeOf("## Your team\nThere are six engineers on the team, backend and frontend."),
    ).toEqual({ min: 6, max: 6 });
  });
});

describe("team sizes of growth to come and of someone else's team (session 38)", () => {
  it("reads no team from growth by a number or an organisation growing from one size to another", () => {
    expect(teamSizeOf("We expect to grow by 35–40 engineers over the next year.")).toBeNull();
    expect(
      teamSizeOf("We are growing the engineering organisation from 90 to 140 people this year."),
    ).toBeNull();
  });

  it("reads no team from one another leader runs, a tilde before its count", () => {
    expect(
      teamSizeOf(
        "## The role\nMarta Ruiz, our VP Engineering, runs the ~80-person engineering team and its managers.",
      ),
    ).toBeNull();
  });
});
