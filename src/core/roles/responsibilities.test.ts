import { describe, expect, it } from "vitest";
import { analyzeRole } from "./analyze.js";
import { readPosting } from "./features.js";
import {
  deniedResponsibilities,
  FALLBACK_WEIGHT,
  fallbackWeight,
  segmentCues,
  stackedResponsibilities,
  stackFeatures,
  withHandsOnCoding,
} from "./responsibilities.js";

// Postings of our own writing.
const prose = [
  "# Staff Backend Engineer",
  "",
  "Tallyworks sells scheduling software to dental clinics; twelve of us work from Porto.",
  "The engineer who joins spends most days writing code in Go.",
  "A good share of the week also goes to code review for the other five.",
  "The on-call rota for production incidents includes them.",
  "Infrastructure and reliability work is theirs as well.",
  "Pay is shared on request.",
].join("\n");

describe("postings without duty text", () => {
  it("are read from their whole role text, at a weaker weight, and say so", () => {
    const reading = readPosting(prose);
    expect(reading.wholeText).toBe(true);
    expect(reading.dutiesFound).toBe(true);
    const a = analyzeRole(prose);
    const ids = a.responsibilities.map((r) => r.id);
    expect(ids).toContain("coding");
    expect(ids).toContain("operations");
    expect(a.warnings.join(" ")).toMatch(/no duties section found/);
    // Evidence stays verbatim.
    for (const r of a.responsibilities)
      r.spans.forEach((s, i) => {
        expect(prose.slice(s.start, s.end)).toBe(r.evidence[i]);
      });
  });

  it("are not read when the title names no role (notes, careers pages)", () => {
    const notes = prose.replace("# Staff Backend Engineer", "# Notes after the call");
    const reading = readPosting(notes);
    expect(reading.wholeText).toBe(false);
    expect(reading.dutiesFound).toBe(false);
    expect(analyzeRole(notes).responsibilities).toEqual([]);
  });

  it("weigh a plain sentence below one strong cue's presence, duty-shaped ones as before", () => {
    const reading = readPosting(prose);
    const plain = reading.segments.find((s) => s.text.startsWith("The on-call rota"));
    // One sentence saying it is not enough; two are (noisy-OR of 0.45 and 0.45 is 0.70).
    expect(plain && fallbackWeight(plain)).toBe(FALLBACK_WEIGHT);
    expect(0.9 * FALLBACK_WEIGHT).toBeLessThan(0.5);
    const heading = reading.segments[0];
    expect(heading && fallbackWeight(heading)).toBe(0);
  });
});

describe("product work, not teams called product teams", () => {
  const ids = (duty: string) =>
    analyzeRole(
      `# Director of Engineering\n\n## What you'll do\n- ${duty}\n- Run quarterly planning.\n`,
    ).responsibilities.map((r) => r.id);

  it("reads no product duty in the kind of teams the role leads", () => {
    expect(
      ids("You will lead the Payments group: four product teams, about 30 engineers."),
    ).not.toContain("product");
    expect(ids("Partner with product management on the roadmap and its priorities.")).toContain(
      "product",
    );
  });
});

describe("coding from a hands-on role stated in the text", () => {
  const em = [
    "# Engineering Manager, Payments",
    "",
    "## What you'll do",
    "- This is a hands-on role: expect to spend about half of each week building features yourself.",
    "- Hold weekly one-on-ones with the six engineers on the team.",
    "- Plan each quarter's work with the product manager.",
  ].join("\n");

  it("adds coding with the hands-on sentence as its evidence", () => {
    const a = analyzeRole(em);
    const coding = a.responsibilities.find((r) => r.id === "coding");
    expect(coding?.evidence[0]).toMatch(/^This is a hands-on role/);
    const span = coding?.spans[0];
    expect(span && em.slice(span.start, span.end)).toBe(coding?.evidence[0]);
  });

  it("adds nothing when the text does not make hands-on work a core duty", () => {
    // (Building features yourself is coding by the cues alone, so the sentence goes.)
    const reading = readPosting(
      em.replace(
        "This is a hands-on role: expect to spend about half of each week building features yourself.",
        "Expect to spend about half of each week with the team.",
      ),
    );
    expect(reading.hand.findings.map((f) => f.id)).not.toContain("coding");
    const none = withHandsOnCoding([], "some", reading.segments);
    expect(none).toEqual([]);
  });
});

describe("the learned decision over the cue scores (stackedResponsibilities)", () => {
  const posting = [
    "# Engineering Manager, Billing",
    "",
    "## Responsibilities",
    "- Hold weekly one-on-ones with the seven engineers on the team and coach them.",
    "- Plan each quarter's delivery with the product manager.",
    "- Review pull requests and write code for the invoicing service.",
    "- Keep the on-call rota and run incident reviews.",
  ].join("\n");
  const reading = readPosting(posting);
  // A model that reads how strongly the cues speak, p = σ(-2 + 4 · max contribution), and
  // doubts people_management a little.
  const model = { bias: -2, weights: { max: 4, "people_management:bias": -1 }, threshold: 0.5 };

  it("reports what the model decides, with scores in [0.5, 1] and verbatim evidence", () => {
    const found = stackedResponsibilities(reading, model);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.score).toBeGreaterThanOrEqual(0.5);
      expect(f.score).toBeLessThanOrEqual(1);
      f.spans.forEach((s, i) => {
        expect(posting.slice(s.start, s.end)).toBe(f.evidence[i]);
      });
    }
    // A stricter threshold reports fewer; one above every probability reports none.
    expect(found.map((f) => f.id)).toContain("people_management");
    const strict = stackedResponsibilities(reading, { ...model, threshold: 0.8 });
    expect(strict.map((f) => f.id)).not.toContain("people_management");
    expect(strict.length).toBe(found.length - 1);
    expect(stackedResponsibilities(reading, { ...model, threshold: 0.999 })).toEqual([]);
  });

  it("leaves the responsibilities it keeps hand-written to the cue scores' decision", () => {
    const none = { bias: -20, weights: {}, threshold: 0.5 };
    expect(stackedResponsibilities(reading, none)).toEqual([]);
    const kept = stackedResponsibilities(reading, none, ["people_management"]);
    expect(kept.map((f) => f.id)).toEqual(["people_management"]);
    expect(kept[0]).toEqual(reading.hand.findings.find((f) => f.id === "people_management"));
  });

  it("names each feature for all responsibilities and for the one it describes", () => {
    const x = stackFeatures(reading, "people_management");
    expect(x.get("people_management:bias")).toBe(1);
    expect(x.get("max")).toBe(x.get("people_management:max"));
    expect(x.get("people_management:nominal=engineering_manager")).toBe(1);
    // Nothing cued: only the bias, the length of the duties and the title remain.
    const y = stackFeatures(reading, "evangelism");
    expect([...y.keys()].filter((k) => !/bias|length|nominal/.test(k))).toEqual([]);
  });
});

describe("deniedResponsibilities", () => {
  const denied = (sentence: string) =>
    readPosting(`Chief Technology Officer\n\n## The role\n${sentence}\n`).segments.flatMap((seg) =>
      deniedResponsibilities(seg),
    );

  it("names the duties a sentence mentions only to deny them", () => {
    expect(
      denied(
        "You won't be writing code day to day, but you'll need to be credible with our engineers.",
      ),
    ).toEqual(["coding"]);
    expect(denied("You will not hire engineers.")).toEqual(["hiring"]);
  });

  it("names none when the duty also stands in the sentence, or nothing is negated", () => {
    expect(denied("You will write code every day.")).toEqual([]);
    expect(denied("You will not only manage the team but also write code.")).toEqual([]);
  });
});

describe("the cues of model.yaml on wordings of our own", () => {
  const cues = (sentence: string) => {
    const reading = readPosting(`# Engineering Lead\n\n## What you'll do\n\n- ${sentence}\n`);
    const duty = reading.segments.find((s) => s.text.startsWith(sentence.slice(0, 12)));
    if (!duty) throw new Error(`no segment for ${sentence}`);
    return segmentCues(duty);
  };

  it("reads no money in an error, performance or learning budget", () => {
    expect(
      cues("Keep checkout fast: performance budgets, monitoring, incidents.").has("budget_vendors"),
    ).toBe(false);
    expect(
      cues("Agree the error budget of each service with its owners.").has("budget_vendors"),
    ).toBe(false);
    expect(cues("Own the team's budget and suppliers.").get("budget_vendors")).toBe(0.9);
  });

  it("reads how the team ships, the monolith's fate and an agency's contract (session 39)", () => {
    expect(cues("Own how we ship: the two-week cycle and what goes into it.").get("delivery")).toBe(
      0.9,
    );
    expect(
      cues("Decide what happens to our monolith: keep it or split it.").get("architecture"),
    ).toBe(0.9);
    expect(cues("Take over the agency contract and wind it down.").get("budget_vendors")).toBe(0.9);
  });

  it("reads a duty's words in Spanish, Portuguese, Italian and German by their exact forms", () => {
    expect(
      cues("Contratación del equipo y gestión de proveedores y presupuesto.").has("hiring"),
    ).toBe(true);
    expect(cues("Assunzioni e gestione del team di piattaforma.").has("hiring")).toBe(true);
    expect(cues("Verantwortung für Datenschutz und Sicherheit.").has("security_compliance")).toBe(
      true,
    );
    // Exact forms only: the English stem of "clientes" must not make "clients" a new cue.
    expect(cues("Write the clients' integration scripts.").get("customers") ?? 0).toBeLessThan(0.6);
  });

  it("reads the role as the first hire, not as hiring (session 39)", () => {
    expect(cues("You'd be our first software hire and build the platform.").has("hiring")).toBe(
      false,
    );
    expect(cues("Hire our first two engineers after the round.").get("hiring")).toBe(0.9);
  });

  it("reads building it yourself as coding and choosing the stack as architecture", () => {
    expect(cues("Build the first version of the product yourself.").get("coding")).toBe(0.9);
    expect(cues("Choose the stack for our new data platform.").get("architecture")).toBe(0.9);
  });

  it("reads spend, clients, direction, design and running systems said in everyday words", () => {
    for (const [sentence, id] of [
      ["Renegotiate our hosting contracts with the agency.", "budget_vendors"],
      ["Bring the monthly cloud bill under control.", "budget_vendors"],
      ["Manage our subcontractors and their rates.", "budget_vendors"],
      ["Join calls with our largest clients to scope integrations.", "customers"],
      ["Lead technical pitches to new clients.", "customers"],
      ["Advise customers on how to run our database at scale.", "customers"],
      ["Host executive briefings for banks in the region.", "customers"],
      ["Be the technical voice in strategic deal reviews.", "customers"],
      ["Look after our five key accounts in the Nordics.", "customers"],
      ["Decide where our technology is heading over the next three years.", "tech_strategy"],
      ["Choose which techniques we adopt and when.", "tech_strategy"],
      ["Design the public API of our SDKs.", "architecture"],
      ["Make the team's design decisions.", "architecture"],
      ["Decide how the booking platform is put together.", "architecture"],
      ["Work out how our infrastructure should look by next year.", "architecture"],
      ["Sketch how our product fits into each client's landscape.", "architecture"],
      ["Run post-incident reviews after every outage.", "operations"],
      ["Own capacity planning for the GPU clusters.", "operations"],
    ] as const)
      expect(cues(sentence).get(id), sentence).toBe(0.9);
    // The same words said of something else.
    expect(cues("Keep the roadmap short.").get("operations") ?? 0).toBeLessThan(0.9);
    expect(cues("Design the onboarding plan for new hires.").get("architecture") ?? 0).toBeLessThan(
      0.9,
    );
    expect(cues("Put together a hiring plan for the year.").get("architecture") ?? 0).toBeLessThan(
      0.9,
    );
  });

  it("reads a team named first and led after ('... and you will lead it') as managing", () => {
    expect(
      cues("Our search team has five engineers and you will run it.").get("people_management"),
    ).toBe(0.9);
    expect(cues("Two developers join in March; you'll manage them.").get("people_management")).toBe(
      0.9,
    );
    // A thing led that is not people.
    expect(cues("The migration is hard and you will lead it.").has("people_management")).toBe(
      false,
    );
  });
});

describe("product cues: shaping what is built with product management", () => {
  it("reads the roadmap planned with a PM, a voice in what we build and the product shaped together", () => {
    for (const duty of [
      "Plan the roadmap together with your PM each quarter.",
      "Be a real voice in what we build and what we don't.",
      "Shape the product with me as our first engineer.",
    ]) {
      const hand = readPosting(`# Engineering Manager\n\n## What you'll do\n- ${duty}\n`).hand;
      expect(hand.scores.product, duty).toBeGreaterThanOrEqual(0.5);
    }
    const other = readPosting(
      "# Engineering Manager\n\n## What you'll do\n- Plan the on-call rota.\n",
    );
    expect(other.hand.scores.product).toBeLessThan(0.5);
  });
});
