import { describe, expect, it } from "vitest";
import { type ClassifiedSegment, classifyHeading, classifySections } from "./sections.js";
import { prepareText } from "./text.js";

function sectionOf(segments: ClassifiedSegment[], start: string): ClassifiedSegment | undefined {
  return segments.find((s) => s.text.startsWith(start));
}

/** The classified segments of a text (our own postings). */
function classify(text: string): ClassifiedSegment[] {
  return classifySections(prepareText(text));
}

describe("classifyHeading", () => {
  it("knows the usual headings of postings", () => {
    expect(classifyHeading("What you'll do")).toBe("duties");
    expect(classifyHeading("What you do")).toBe("duties");
    // A recruiter's "What the role covers:" before the duties' bullets.
    expect(classifyHeading("What the role covers:")).toBe("duties");
    expect(classifyHeading("What this job involves")).toBe("duties");
    // A job board's button row names no section; a lone "Apply now" opens the application's.
    expect(classifyHeading("Apply now   Save")).toBeUndefined();
    expect(classifyHeading("Easy Apply · Share")).toBeUndefined();
    expect(classifyHeading("Apply now")).toBe("other");
    expect(classifyHeading("Why this role exists")).toBe("role");
    expect(classifyHeading("Why we're hiring")).toBe("role");
    // A recruiter's headings that name the role holder rather than "you" (session 36).
    expect(classifyHeading("What the CTO will do")).toBe("duties");
    expect(classifyHeading("What our new Head of Data would own")).toBe("duties");
    expect(classifyHeading("Why they're hiring")).toBe("role");
    expect(classifyHeading("What you will be responsible for")).toBe("duties");
    expect(classifyHeading("Your area")).toBe("role");
    expect(classifyHeading("What this role is not")).toBe("role");
    expect(classifyHeading("What we expect")).toBe("requirements");
    // Headings of Spanish, Portuguese, French and German postings, and of bilingual ones.
    expect(classifyHeading("Responsabilidades / Responsibilities")).toBe("duties");
    expect(classifyHeading("O que você vai fazer")).toBe("duties");
    expect(classifyHeading("Requisitos")).toBe("requirements");
    expect(classifyHeading("Profil recherché")).toBe("requirements");
    expect(classifyHeading("Wir bieten")).toBe("benefits");
    expect(classifyHeading("Sobre nosotros / About us")).toBe("company");
    expect(classifyHeading("Mission")).toBeUndefined();
    expect(classifyHeading("Key Responsibilities:")).toBe("duties");
    expect(classifyHeading("About the role")).toBe("role");
    expect(classifyHeading("Who you are")).toBe("requirements");
    expect(classifyHeading("Nice to have")).toBe("requirements");
    expect(classifyHeading("Perks & benefits")).toBe("benefits");
    expect(classifyHeading("About Moonbeam Labs")).toBe("company");
    expect(classifyHeading("Equal Opportunity Employer")).toBe("other");
  });

  it("reads a heading that lists several names, or a name and whom it is for", () => {
    expect(classifyHeading("Job description, responsibilities and duties")).toBe("duties");
    expect(classifyHeading("Overview, tasks and responsibilities")).toBe("duties");
    expect(classifyHeading("Requirements for the candidate")).toBe("requirements");
    // Every part must be a name: a list with a part of its own stays a sub-heading.
    expect(classifyHeading("Platform, data and reliability")).toBeUndefined();
  });

  it("reads the duties under a listing heading of a job board's form", () => {
    const segments = classify(
      [
        "Head of Platform",
        "",
        "Salary (base component)",
        "5 000 EUR/month",
        "",
        "Job description, responsibilities and duties",
        "",
        "• owning the architecture of our billing platform",
        "• leading our four developers (code reviews, weekly 1:1s)",
        "",
        "Requirements for the employee",
        "",
        "Fluent Slovak and English",
      ].join("\n"),
    );
    expect(sectionOf(segments, "owning the architecture")?.section).toBe("duties");
    expect(sectionOf(segments, "leading our four")?.dutyShaped).toBe(true);
    expect(sectionOf(segments, "Fluent Slovak")?.section).toBe("requirements");
  });

  it("leaves sub-headings it does not know to the current section", () => {
    expect(classifyHeading("Technical leadership")).toBeUndefined();
    expect(classifyHeading("People & Process")).toBeUndefined();
  });
});

describe("classifySections", () => {
  const text = [
    "# Head of Platform",
    "",
    "**Company:** Moonbeam Labs",
    "",
    "We make tools for bakeries. You will lead the platform team.",
    "",
    "## Responsibilities",
    "- Run the on-call rotation for our core services",
    "- Technical Excellence: Raise the bar on testing",
    "",
    "Requirements: 10+ years of hands-on coding in Go.",
    "Experience leading teams of 5+ engineers.",
    "",
    "What we offer",
    "- A yearly learning budget",
  ].join("\n");
  const segments = classify(text);

  it("tells duties from requirements and benefits", () => {
    expect(sectionOf(segments, "Run the on-call")?.section).toBe("duties");
    expect(sectionOf(segments, "Technical Excellence")?.section).toBe("duties");
    expect(sectionOf(segments, "Requirements: 10+")?.section).toBe("requirements");
    expect(sectionOf(segments, "Experience leading")?.requirementShaped).toBe(true);
    expect(sectionOf(segments, "A yearly learning")?.section).toBe("benefits");
  });

  it("reads a short question after a sentence of its line as prose, not a heading", () => {
    const segments = classify(
      [
        "CTO",
        "",
        "Why this role?",
        "- You make the stack calls. Do we split the billing service? Your call.",
        "- Own the weekly planning.",
      ].join("\n"),
    );
    expect(sectionOf(segments, "Why this role")?.heading).toBe(true);
    expect(sectionOf(segments, "Do we split")?.heading).toBe(false);
  });

  it("reads a requirement that lost its list marker as a requirement, not a heading", () => {
    const plain = classify(
      [
        "Head of Platform",
        "",
        "Experience in designing payment platforms",
        "Experience using agile planning tools",
        "Experience and skills",
        "Five years of Go",
        "Apply software engineering to how we run our infrastructure",
      ].join("\n"),
    );
    expect(sectionOf(plain, "Experience using")?.heading).toBe(false);
    expect(sectionOf(plain, "Apply software")?.heading).toBe(false);
    const asked = sectionOf(plain, "Experience in designing");
    expect(asked?.heading).toBe(false);
    expect(asked?.requirementShaped).toBe(true);
    expect(sectionOf(plain, "Experience and skills")?.heading).toBe(true);
    expect(sectionOf(plain, "Five years")?.section).toBe("requirements");
  });

  it("marks duty-shaped sentences of the summary and keeps header fields from opening sections", () => {
    expect(sectionOf(segments, "You will lead")?.dutyShaped).toBe(true);
    expect(sectionOf(segments, "We make tools")?.dutyShaped).toBe(false);
    expect(sectionOf(segments, "You will lead")?.section).toBe("summary");
    expect(sectionOf(segments, "Head of Platform")?.heading).toBe(true);
  });
});

describe("duties said in the present tense", () => {
  it("marks 'you write', 'you lead' as duties, as 'you will' is", () => {
    const segments = classify(
      "Tech Lead\n\nSummary: a lead for payments.\nMost of the week you write and review code.\nYou lead the design reviews.\nYour colleagues work in four countries.",
    );
    expect(sectionOf(segments, "Most of the week")?.dutyShaped).toBe(true);
    expect(sectionOf(segments, "You lead")?.dutyShaped).toBe(true);
    expect(sectionOf(segments, "Your colleagues work")?.dutyShaped).toBe(false);
  });

  it("marks what a founder writing in the first person expects of the hire as a duty", () => {
    const segments = classify(
      "CTO\n\nWe sell a stock app to grocers.\nThis year I'd expect you to write much of the code and choose our stack.\nI expect you to set up our deploys.\nI'd like to hear from you.",
    );
    expect(sectionOf(segments, "This year I'd expect")?.dutyShaped).toBe(true);
    expect(sectionOf(segments, "I expect you")?.dutyShaped).toBe(true);
    expect(sectionOf(segments, "I'd like to hear")?.dutyShaped).toBe(false);
  });
});

describe("classifySections on a posting pasted without its heading", () => {
  it("reads a first line of prose as text, not as the title heading", () => {
    const first =
      "We are hiring a Head of Engineering to lead our platform group: run one-to-ones, hire engineers and set the technical roadmap.";
    const segments = classify(`${first}\nReports to the CEO.`);
    expect(segments[0]?.heading).toBe(false);
    expect(segments[0]?.dutyShaped).toBe(true);
    const titled = classify("Head of Engineering\nRun one-to-ones.");
    expect(titled[0]?.heading).toBe(true);
  });
});

describe("a certification the company holds", () => {
  it("is a duty to keep, not a qualification asked of the candidate", () => {
    const segments = classify(
      "Head of Platform\n\nYou will own our ISO 27001 certification.\nYou will keep the SOC 2 certification current.\nYou will have an AWS certification or equivalent.",
    );
    expect(sectionOf(segments, "You will own our ISO")?.requirementShaped).toBe(false);
    expect(sectionOf(segments, "You will own our ISO")?.dutyShaped).toBe(true);
    expect(sectionOf(segments, "You will keep the SOC 2")?.dutyShaped).toBe(true);
    expect(sectionOf(segments, "You will have an AWS")?.requirementShaped).toBe(true);
  });
});

describe("classifySections: a sentence addressed to the reader before a colon", () => {
  it("keeps 'You are still a developer: ...' among the duties, not a label opening requirements", () => {
    const segs = classifySections(
      prepareText(
        "Team Lead\n\n**What you do**\n- You run the team's one-on-ones\n- You are still a developer: about half your time goes to client work\n- You join client meetings\n",
      ),
    );
    const still = segs.find((s) => s.text.startsWith("You are still"));
    expect(still?.section).toBe("duties");
    expect(segs.find((s) => s.text.startsWith("You join"))?.section).toBe("duties");
  });
});

describe("classifySections: a heading of its own words after a company blurb", () => {
  it("reads on as before any heading, so a duty there still counts; a known heading still rules", () => {
    const segments = classify(
      [
        "# Director of Engineering",
        "",
        "## About us",
        "We sell seeds to market gardens.",
        "",
        "## Why Plovdiv, why now",
        "You will lead our three squads and their team leads.",
        "",
        "## Our values",
        "We ship small and often.",
      ].join("\n"),
    );
    const lead = sectionOf(segments, "You will lead our three");
    expect(lead?.section).toBe("summary");
    expect(lead?.dutyShaped).toBe(true);
    expect(sectionOf(segments, "We ship small")?.section).toBe("company");
  });
});

describe("sentences ended by a CJK full stop (session 34)", () => {
  it("reads a short Japanese sentence as a statement, not a heading", () => {
    const segs = classifySections(
      prepareText("# エンジニアリングマネージャー\n\n8名のエンジニアチームをリードします。"),
    );
    const sentence = segs.find((s) => s.text.startsWith("8名"));
    expect(sentence?.heading).toBe(false);
  });
});

describe("duty-shaped sentences in a role's prose (session 36)", () => {
  it("reads what the company would like the role to do, and work with others on, as duties", () => {
    const segments = classify(
      [
        "# Solutions Architect",
        "",
        "## Your job",
        "",
        "Once a quarter we'd like you to speak at a meetup.",
        "You work with the account executive on each deal.",
        "Our office is in Kraków.",
      ].join("\n"),
    );
    expect(sectionOf(segments, "Once a quarter")?.dutyShaped).toBe(true);
    expect(sectionOf(segments, "You work with")?.dutyShaped).toBe(true);
    expect(sectionOf(segments, "Our office")?.dutyShaped).toBe(false);
  });
});

describe("lists led into, needs said as duties, Spanish 'why' headings (session 37)", () => {
  it("reads the items of a list a line leads into as duties, whatever their wording", () => {
    const segments = classify(
      [
        "# CTO",
        "",
        "## The role",
        "",
        "We want a CTO who looks further ahead and spends their time on",
        "- where our platform should be in five years",
        "- the standards every team follows",
        "",
        "Our office is in Rosario.",
      ].join("\n"),
    );
    expect(sectionOf(segments, "where our platform")?.dutyShaped).toBe(true);
    expect(sectionOf(segments, "the standards")?.dutyShaped).toBe(true);
    expect(sectionOf(segments, "Our office")?.dutyShaped).toBe(false);
  });

  it("reads 'What we need from you:' before duties as duties, and 'Por qué buscamos un CTO' as the role", () => {
    const segments = classify(
      [
        "Fractional CTO",
        "",
        "What we need from you: set our technology strategy and review the agency's architecture.",
        "",
        "What we need from you: five years as a CTO.",
      ].join("\n"),
    );
    const holding = (words: string) => segments.find((s) => s.text.includes(words));
    expect(holding("set our technology strategy")?.section).toBe("duties");
    expect(holding("five years as a CTO")?.section).toBe("requirements");
    expect(classifyHeading("Por qué buscamos un CTO")).toBe("role");
  });
});

describe("a job board's buttons and another's remit (session 37, set 30)", () => {
  it("reads past an 'Apply now' button at the top, and not another's remit as a duty", () => {
    const segments = classify(
      [
        "Lead Engineer",
        "Bratislava",
        "Apply now",
        "We process card payments for merchants in eleven countries.",
        "The Lead Engineer runs the payments group of three squads.",
        "",
        "Operations and support remain with the IT Director, with whom you will work closely.",
      ].join("\n"),
    );
    expect(sectionOf(segments, "We process card payments")?.section).toBe("summary");
    expect(sectionOf(segments, "Operations and support remain")?.dutyShaped).toBe(false);
  });

  it("reads engineers who report to their own leads as another's remit (session 39)", () => {
    const segments = classify(
      [
        "Engineering Manager, Ledger",
        "",
        "The engineers in each squad report to their squad leads, who you will partner with.",
        "Our mobile team is led by Ines Duarte, who takes care of their 1:1s and growth; you will work with her.",
        "You will own the ledger's design.",
      ].join("\n"),
    );
    expect(sectionOf(segments, "The engineers in each squad")?.dutyShaped).toBe(false);
    expect(sectionOf(segments, "Our mobile team is led")?.dutyShaped).toBe(false);
    const his = classify("CTO\n\nYou will work with Tom: the teams, hiring and delivery are his.");
    expect(sectionOf(his, "You will work with Tom")?.dutyShaped).toBe(false);
    expect(sectionOf(segments, "You will own")?.dutyShaped).toBe(true);
  });
});

describe("postings written in other languages (session 39)", () => {
  it("knows their duty and requirement headings", () => {
    expect(classifyHeading("Lo que vas a hacer")).toBe("duties");
    expect(classifyHeading("Di cosa ti occuperai")).toBe("duties");
    expect(classifyHeading("Le tue responsabilità")).toBe("duties");
    expect(classifyHeading("Zakres obowiązków")).toBe("duties");
    expect(classifyHeading("Cosa cerchiamo")).toBe("requirements");
  });

  it("reads their 'you will' as a duty's shape", () => {
    const segments = classify(
      [
        "CTO — Ferrovia Digitale",
        "",
        "Siamo una scale-up di Torino.",
        "Ti occuperai della piattaforma e dell'architettura del sistema.",
        "Vas a liderar el equipo de plataforma.",
      ].join("\n"),
    );
    expect(sectionOf(segments, "Siamo una")?.dutyShaped).toBe(false);
    expect(sectionOf(segments, "Ti occuperai")?.dutyShaped).toBe(true);
    expect(sectionOf(segments, "Vas a liderar")?.dutyShaped).toBe(true);
  });
});
