import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectPattern } from "../../testing/patterns.js";
import { itShared, sharedDir } from "../../testing/shared.js";
import {
  GO_TO_MARKET_CUES,
  GO_TO_MARKET_GATE,
  LEADS_SERVICES_TEAM,
  MANAGES_PEOPLE,
  ORGANISATION_LED_BY_ANOTHER,
  readPosting,
  severalTeamsDuty,
} from "./features.js";

describe("the go-to-market gate", () => {
  itShared("passes every sentence of ../shared a go-to-market cue matches", () => {
    let matched = 0;
    for (const dir of ["dev/jds", "corpus/jds"]) {
      const folder = join(sharedDir, dir);
      for (const file of readdirSync(folder).filter((f) => f.endsWith(".md"))) {
        for (const seg of readPosting(readFileSync(join(folder, file), "utf8")).segments)
          for (const re of GO_TO_MARKET_CUES) {
            if (!re.test(seg.text)) continue;
            matched++;
            expect(GO_TO_MARKET_GATE.test(seg.text), `${file}: ${seg.text}`).toBe(true);
          }
      }
    }
    expect(matched).toBeGreaterThan(50);
    expect(GO_TO_MARKET_GATE.test("Own the quarterly delivery plan.")).toBe(false);
  });
});

describe("ORGANISATION_LED_BY_ANOTHER: the organisation someone else runs", () => {
  it("reads 'It's run by our VP of Engineering' after the organisation is named", () => {
    expect(
      ORGANISATION_LED_BY_ANOTHER.test(
        "It's run by our VP of Engineering, Ada, who built the team.",
      ),
    ).toBe(true);
    expect(ORGANISATION_LED_BY_ANOTHER.test("It's run by volunteers on weekends.")).toBe(false);
  });

  it("reads operations kept by another executive, and teams the role does not run (session 33)", () => {
    expect(
      ORGANISATION_LED_BY_ANOTHER.test(
        "Our Chief Operating Officer continues to run IT operations and the service desk.",
      ),
    ).toBe(true);
    expect(
      ORGANISATION_LED_BY_ANOTHER.test("The role does not run the regional engineering teams."),
    ).toBe(true);
    expect(ORGANISATION_LED_BY_ANOTHER.test("You will run the engineering teams.")).toBe(false);
  });

  it("reads an organisation another runs, its size said before it (session 39)", () => {
    expect(
      ORGANISATION_LED_BY_ANOTHER.test(
        "Here, our VP Engineering, Marta, runs the 45-strong engineering organisation.",
      ),
    ).toBe(true);
  });

  it("reads a CTO's role called strategic, and operations left with another (session 35)", () => {
    const says = (t: string) => ORGANISATION_LED_BY_ANOTHER.test(t);
    expect(says("The new CTO will not run operations; the focus is direction and standards.")).toBe(
      true,
    );
    expect(says("This is a strategic role, supported by two advisers.")).toBe(true);
    expect(
      says(
        "The running of our 300-person IT organisation stays with the Chief Information Officer.",
      ),
    ).toBe(true);
    expect(says("The CTO does not manage the IT or R&D line organisations.")).toBe(true);
    expect(says("You will run operations and the platform teams.")).toBe(false);
    expect(says("This is a strategic hire for the company.")).toBe(false);
  });
});

describe("severalTeamsDuty: leads or managers who would report to the role", () => {
  it("reads leads or managers who 'would' report to you as several teams led", () => {
    const duty = (text: string) => severalTeamsDuty(readPosting(text))?.text ?? null;
    expect(
      duty("## The role\nThe area is four squads, and the four squad leads would report to you."),
    ).toContain("would report to you");
    expect(duty("## The role\nThree engineering managers report to you.")).toContain(
      "report to you",
    );
    // Product managers are colleagues, not reports.
    expect(duty("## The role\nThree product managers report to you.")).toBeNull();
  });

  it("reads team leads the role leads, or a squad's lead who reports to it, as several teams", () => {
    const duty = (text: string) => severalTeamsDuty(readPosting(text))?.text ?? null;
    expect(duty("## What you'll do\n- Leading and developing the three team leads.")).toContain(
      "three team leads",
    );
    expect(
      duty("## The role\nEach squad has its own team lead, who will report to you."),
    ).toContain("who will report to you");
    // A lead one works with is no report.
    expect(duty("## The role\nYou will pair with the team lead on estimates.")).toBeNull();
  });

  it("reads leads who report into 'this role' as the role's reports (a recruiter's words)", () => {
    const duty = (text: string) => severalTeamsDuty(readPosting(text))?.text ?? null;
    expect(
      duty("## The role\nEach squad has a lead, and those three leads report into this role."),
    ).toContain("report into this role");
  });
});

describe("MANAGES_PEOPLE: people the role manages, in the words postings use", () => {
  it("reads a team managed with its one-on-ones or appraisals, and not a team named alone", () => {
    expect(
      MANAGES_PEOPLE.test(
        "Manage the team of 6 engineers including task allocation, one-on-one meetings and appraisals",
      ),
    ).toBe(true);
    expect(MANAGES_PEOPLE.test("You are their direct manager and you hold their reviews.")).toBe(
      true,
    );
    expect(MANAGES_PEOPLE.test("Manage the team of 6 engineers' release calendar")).toBe(false);
    expect(
      MANAGES_PEOPLE.test(
        "Supervise a team of eleven software engineers: plan their work and write their performance evaluations",
      ),
    ).toBe(true);
    expect(MANAGES_PEOPLE.test("Supervise a team of eleven software engineers' deployments")).toBe(
      false,
    );
  });

  it("reads leads, managers or a team said to report to the role (session 36)", () => {
    expectPattern(
      MANAGES_PEOPLE,
      [
        "The three squad leads report to you, and you coach them as managers.",
        "It is a people role too: the Billing team, six engineers, reports to you.",
        "Both engineering managers report directly to you.",
      ],
      ["You report to the VP of Engineering.", "The team reports to the Head of Product."],
    );
  });
});

describe("LEADS_SERVICES_TEAM: a go-to-market or services team led (session 35)", () => {
  it("reads implementation, integration and pre-sales teams led, not product teams", () => {
    expectPattern(
      LEADS_SERVICES_TEAM,
      [
        "You will manage five integration engineers who connect banks to our platform.",
        "Lead our pre-sales team across the Nordics.",
        "Manage the implementation engineers through every go-live.",
        "You will lead the Customer Delivery team: six engineers who configure the product for each client.",
        "The Technical Director leads our pre-sales and solution architecture group.",
      ],
      [
        "Lead the integration of the new team into the platform group.",
        "You will lead the payments team of six engineers.",
        "Work with our solutions engineers on customer escalations.",
        "Lead the platform delivery team's planning.",
      ],
    );
  });
});

describe("set 29's postings, read after scoring, in sentences of our own (session 37)", () => {
  it("reads an organisation its VP runs as led by another", () => {
    expect(
      ORGANISATION_LED_BY_ANOTHER.test(
        "Our VP of Engineering, Ana, runs the engineering organisation: managers, hiring, delivery.",
      ),
    ).toBe(true);
    expect(
      ORGANISATION_LED_BY_ANOTHER.test("You will run the engineering organisation from day one."),
    ).toBe(false);
  });

  it("reads a CTO role called very much client-facing, or the firm's technical face", () => {
    const facing = (line: string) =>
      readPosting(
        ["# CTO", "", "## The role", "", line, "- Set our technology direction"].join("\n"),
      ).clientFacing;
    expect(facing("This is very much a client-facing CTO role.")).toBe(true);
    expect(facing("The CTO is the technical face of the firm.")).toBe(true);
    expect(facing("We want a CTO who will be the technical face of the company.")).toBe(true);
    expect(facing("The CTO is the technical face of Acme to our clients.")).toBe(true);
    expect(facing("This is an internal platform role.")).toBe(false);
  });

  it("reads a customer onboarding team as a services team, a product area called onboarding not", () => {
    expect(LEADS_SERVICES_TEAM.test("You'll lead the customer onboarding team of six.")).toBe(true);
    expect(LEADS_SERVICES_TEAM.test("You'll lead the Onboarding team, seven engineers.")).toBe(
      false,
    );
  });

  it("counts demonstrations, a sales engineering team and tenders as go-to-market cues", () => {
    const cues = (text: string) => GO_TO_MARKET_CUES.filter((re) => re.test(text)).length;
    expect(cues("You join our Sales Engineering team.")).toBe(1);
    expect(cues("Present and demonstrate the product on site.")).toBe(1);
    expect(cues("Write the technical parts of quotes and tenders.")).toBe(1);
  });
});
