import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeShared, sharedDir, sharedReady } from "../../testing/shared.js";
import { analyseReflection, type Reflection } from "./analyse.js";
import { readReflectionParts } from "./features.js";
import { chosenUnlessOpen } from "./paths.js";
import { readPost } from "./post.js";

const seedsDir = join(sharedDir, "seeds");
const postsDir = join(sharedDir, "dev", "posts");
const seed = (prefix: string) => {
  const name = readdirSync(seedsDir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(seedsDir, name), "utf8");
};
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");
const ids = (r: Reflection) => r.values.map((v) => v.id);
const evidenceOf = (r: Reflection, id: string) => r.values.find((v) => v.id === id)?.evidence ?? [];

/** The sentences of a post given as lines (our own words). */
function sentencesOf(lines: string[]) {
  return readReflectionParts(readPost(lines.join("\n"))).sentences;
}

describe("analyseReflection on our own post with five stated criteria", () => {
  it("the five stated criteria in order, each with the value it names", () => {
    const text = fixture("five-criteria.md");
    const r = analyseReflection(text);
    const leads = [...text.matchAll(/^\d+\. \*\*([^*]+)\*\*/gm)].map((m) => m[1]);
    expect(leads).toHaveLength(5);
    expect(r.criteria.map((c) => c.name)).toEqual(leads);
    expect(r.criteria.map((c) => c.values[0])).toEqual([
      "mastery",
      "ownership",
      "colleagues",
      "wellbeing",
      "compensation",
    ]);
    for (const c of r.criteria) expect(text).toContain(c.evidence);
    expect(r.date).toBe("2025-03-04");
    expect(r.paths.chosen).toBe("undecided");
  });
});

describeShared("analyseReflection on the seed posts", () => {
  it("001: the five stated criteria in order, each with the value it names", () => {
    const text = seed("001_");
    const r = analyseReflection(text);
    // The bold lead phrases of the numbered list, read from the seed itself.
    const leads = [...text.matchAll(/^\d+\. \*\*([^*]+)\*\*/gm)].map((m) => m[1]);
    expect(leads).toHaveLength(5);
    expect(r.criteria.map((c) => c.name)).toEqual(leads);
    expect(r.criteria.map((c) => c.values[0])).toEqual([
      "colleagues",
      "hands_on",
      "strategy",
      "people_leadership",
      "learning",
    ]);
    for (const c of r.criteria) expect(text).toContain(c.evidence);
    for (const id of ["colleagues", "hands_on", "strategy", "people_leadership", "learning"]) {
      expect(ids(r)).toContain(id);
    }
  });

  it("001: its role areas and long-term goal as considered paths, nothing chosen yet", () => {
    const r = analyseReflection(seed("001_"));
    expect(r.paths.considered).toEqual(
      expect.arrayContaining(["go_to_market", "independent", "manager"]),
    );
    expect(r.paths.chosen).toBe("undecided");
    expect(r.goals.some((g) => /long-term goal/i.test(g))).toBe(true);
    expect(r.title).toBe("What's Next?!");
    expect(r.date).toBeNull();
  });

  it("000: autonomy, mastery and purpose, and the options it names", () => {
    const r = analyseReflection(seed("000_"));
    expect(ids(r)).toEqual(expect.arrayContaining(["autonomy", "mastery", "purpose"]));
    expect(ids(r)).not.toContain("recognition");
    expect(r.paths.considered).toEqual(
      expect.arrayContaining(["founder", "independent", "open_source", "break"]),
    );
    // Resigning as CTO, said once, is the role left, not an option weighed.
    expect(r.paths.considered).not.toContain("executive");
    expect(r.paths.chosen).toBe("undecided");
    expect(r.date).toBe("2012-03-06");
  });

  it("002: impact; titles rejected as motivation are not a recognition value", () => {
    const text = seed("002_");
    const r = analyseReflection(text);
    // (Strategy is not asserted since session 35: its only sentences were companies that
    // "strategically define the CTO role" and the step called "a strategic move", the word and
    // not the value, setting direction; the learned models do not read it, and a hand reading
    // of 0.65 no longer overrules them.)
    expect(ids(r)).toContain("impact");
    expect(ids(r)).not.toContain("recognition");
    expect(r.paths.chosen).toBe("manager");
    expect(r.paths.considered).toContain("executive");
    expect(r.date).toBe("2022-04-04");
  });
});

describe("evidence", () => {
  const fixtures = join(import.meta.dirname, "fixtures");
  const texts = [
    ...readdirSync(fixtures).map((f) => join(fixtures, f)),
    // The real-text tier adds the seed and dev posts when ../shared is there.
    ...(sharedReady
      ? [
          ...readdirSync(seedsDir).map((f) => join(seedsDir, f)),
          ...readdirSync(postsDir)
            .filter((f) => f.endsWith(".md"))
            .map((f) => join(postsDir, f)),
        ]
      : []),
  ];

  it.each(texts)("every evidence string of %s is a sentence found verbatim in it", (file) => {
    const text = readFileSync(file, "utf8");
    const r = analyseReflection(text);
    const quotes = [
      ...r.values.flatMap((v) => v.evidence),
      ...r.criteria.map((c) => c.evidence),
      ...r.goals,
    ];
    for (const q of quotes) {
      expect(q.trim()).toBe(q);
      expect(q.length).toBeGreaterThan(0);
      expect(text).toContain(q);
    }
    for (const v of r.values) {
      expect(v.evidence.length).toBeGreaterThan(0);
      expect(v.score).toBeGreaterThan(0);
      expect(v.score).toBeLessThanOrEqual(1);
    }
  });

  it("quotes CRLF input verbatim too", () => {
    const crlf = fixture("five-criteria.md").replace(/\n/g, "\r\n");
    const r = analyseReflection(crlf);
    expect(r.criteria).toHaveLength(5);
    for (const v of r.values) for (const q of v.evidence) expect(crlf).toContain(q);
  });
});

describe("whose values, and which are rejected", () => {
  it("reads our own post: stated criteria, rejections and an employer's mission", () => {
    const text = fixture("looking-for.md");
    const r = analyseReflection(text);
    expect(r.criteria.map((c) => c.values[0])).toEqual(["autonomy", "purpose", "wellbeing"]);
    expect(ids(r)).not.toContain("compensation");
    expect(ids(r)).not.toContain("recognition");
    // The bank's mission is the employer's, not the author's purpose.
    expect(evidenceOf(r, "purpose").some((e) => e.includes("bank"))).toBe(false);
    expect(r.paths.considered).toEqual(expect.arrayContaining(["independent", "ic"]));
    expect(r.paths.chosen).toBe("undecided");
    expect(r.goals).toHaveLength(1);
  });

  it("a rejected value is not a value, a sought one is", () => {
    const rejected = analyseReflection(
      "I left my job last month. Money was never the reason I work; I do not care about titles or status.\n\nWhat I want is to work with smart colleagues who care about their craft.\n",
    );
    expect(ids(rejected)).not.toContain("compensation");
    expect(ids(rejected)).not.toContain("recognition");
    expect(ids(rejected)).toContain("colleagues");

    const sought = analyseReflection(
      "I left my job last month. I want better pay and equity this time, because financial security matters to me.\n",
    );
    expect(ids(sought)).toContain("compensation");
  });

  it("hears plain words for choosing one's work, family time and respected people", () => {
    // The hand-written reading (lexicon.ts), which the learned model reads as features.
    const strength = (text: string, id: string) =>
      readReflectionParts(readPost(text)).signals.find((v) => v.id === id)?.score ?? 0;
    expect(
      strength("I want to choose my clients, my hours and the problems I work on.\n", "autonomy"),
    ).toBeGreaterThanOrEqual(0.5);
    expect(strength("I want time with my kids again.\n", "wellbeing")).toBeGreaterThanOrEqual(0.4);
    expect(
      strength("I enjoy helping other engineers grow more than coding.\n", "people_leadership"),
    ).toBeGreaterThanOrEqual(0.5);
    expect(strength("I want time with my two kids again.\n", "wellbeing")).toBeGreaterThanOrEqual(
      0.4,
    );
    expect(
      strength("I worked evenings and weekends for years.\n", "wellbeing"),
    ).toBeGreaterThanOrEqual(0.3);
    expect(
      strength("I want to work with people I respect.\n", "colleagues"),
    ).toBeGreaterThanOrEqual(0.4);
    expect(strength("I work on weekends.\n", "wellbeing")).toBeLessThan(0.4);
    // Whom to work with, work that means something, one's evenings back.
    expect(
      strength("I want to choose who I work with and when.\n", "autonomy"),
    ).toBeGreaterThanOrEqual(0.5);
    expect(strength("I want work that means something to me.\n", "purpose")).toBeGreaterThanOrEqual(
      0.5,
    );
    expect(strength("I want my evenings back.\n", "wellbeing")).toBeGreaterThanOrEqual(0.4);
    expect(strength("I got my old laptop back.\n", "wellbeing")).toBe(0);
    // Getting back to building, and work that went unvalued; a time or a fact that is valued
    // or appreciated by someone is no recognition the author wants.
    expect(strength("I want to get back to building.\n", "hands_on")).toBeGreaterThanOrEqual(0.4);
    expect(
      strength("I never felt my work was valued by the people above me.\n", "recognition"),
    ).toBeGreaterThan(0);
    expect(
      strength("I want to be somewhere my work is appreciated.\n", "recognition"),
    ).toBeGreaterThan(0);
    expect(strength("In consulting, time is valued differently.\n", "recognition")).toBe(0);
    // Being great at one thing, evenings spent on work.
    expect(strength("I want to be great at one thing again.\n", "mastery")).toBeGreaterThanOrEqual(
      0.5,
    );
    expect(
      strength("I want to stop spending my evenings on performance reviews.\n", "wellbeing"),
    ).toBeGreaterThanOrEqual(0.4);
    expect(
      strength("I had not appreciated how slow promotions are.\n", "recognition"),
    ).toBeLessThan(0.5);
  });

  it("hears what an offer pays, being passed over, a peer group, a manager worth following", () => {
    const strength = (text: string, id: string) =>
      readReflectionParts(readPost(text)).signals.find((v) => v.id === id)?.score ?? 0;
    const reasons = (line: string) => `Reasons I'm tempted by the offer: ${line}\n`;
    expect(strength(reasons("I've been passed over twice."), "recognition")).toBeGreaterThan(0.4);
    expect(strength(reasons("I'd set its direction myself."), "strategy")).toBeGreaterThan(0.3);
    expect(
      strength(
        reasons("I want the peer group I have now, the best I've worked with."),
        "colleagues",
      ),
    ).toBeGreaterThan(0.3);
    expect(
      strength(reasons("I want a boss like mine, someone I'd follow anywhere."), "support"),
    ).toBeGreaterThan(0.3);
    expect(
      strength(reasons("I want to stop negotiating every decision."), "autonomy"),
    ).toBeGreaterThan(0.3);
    expect(
      strength("I left because I was running on empty and had stopped sleeping.\n", "wellbeing"),
    ).toBeGreaterThan(0.5);
    expect(
      strength("I'd take it because it pays about 20% more.\n", "compensation"),
    ).toBeGreaterThan(0.3);
    // Someone else passed over for a hire, advice to pay more: neither is the author's.
    expect(strength("Candidates who wait are passed over.\n", "recognition")).toBeLessThan(0.5);
    expect(strength("Clients should pay more for senior work.\n", "compensation")).toBe(0);
  });

  it("hears values said in everyday paraphrase", () => {
    const strength = (text: string, id: string) =>
      readReflectionParts(readPost(text)).signals.find((v) => v.id === id)?.score ?? 0;
    const reasons = (line: string) => `Why I chose this: ${line}\n`;
    for (const [line, id] of [
      ["I want my work to mean something again.", "purpose"],
      ["I want my work to be for something.", "purpose"],
      ["I want to spend my days on a thing I believe is good for the planet.", "purpose"],
      ["Honestly, I also chose it for the people.", "colleagues"],
      ["Every engagement has been completely different, and I love that.", "variety"],
      ["I want to own my calendar.", "autonomy"],
      ["I want to be the one who decides where the technology goes.", "strategy"],
      ["I want leadership that tells people the truth.", "support"],
      ["I need to stop worrying about rent.", "compensation"],
      ["I want to get properly good at databases.", "mastery"],
      ["I want to make a bigger difference.", "impact"],
      ["I want something that's mine.", "ownership"],
      ["I want to be there for bedtime most nights.", "wellbeing"],
      ["I want to help these people grow.", "people_leadership"],
    ] as const)
      expect(strength(reasons(line), id), line).toBeGreaterThan(0.3);
    // The same words about something else say nothing of the value.
    expect(strength(reasons("The weather does not matter much."), "purpose")).toBe(0);
    expect(strength(reasons("Our office is well lit."), "support")).toBe(0);
  });

  it("a company's description is weaker evidence than the author's own wish", () => {
    const theirs = analyseReflection("The company values autonomy and says so on every wall.\n");
    const mine = analyseReflection("I want autonomy over how and when I work.\n");
    expect(ids(theirs)).not.toContain("autonomy");
    expect(ids(mine)).toContain("autonomy");
  });

  it("a decision names the chosen path; open questions keep it undecided", () => {
    const decided = analyseReflection(
      "After six years as an engineering manager I decided to go back to a staff engineer role.\n",
    );
    expect(decided.paths.chosen).toBe("ic");
    expect(decided.paths.considered).toEqual(expect.arrayContaining(["ic", "manager"]));

    const open = analyseReflection(
      "I might start a company of my own, or I could go freelance for a while. I have no idea yet which, and I am open to all ideas.\n",
    );
    expect(open.paths.chosen).toBe("undecided");
    expect(open.paths.considered).toEqual(expect.arrayContaining(["founder", "independent"]));
  });

  it("yields an empty analysis for empty or prose-free input", () => {
    for (const text of ["", "\uFEFF", "---\ntitle: Only a title\n---\n", "```\ncode only\n```\n"]) {
      const r = analyseReflection(text);
      expect(r.values).toEqual([]);
      expect(r.criteria).toEqual([]);
      expect(r.paths.chosen).toBe("undecided");
    }
  });
});

describe("criteria listed inline", () => {
  it("takes each item after 'my criteria ...:' as a criterion with the value it names", () => {
    const r = analyseReflection(
      "My criteria for the next role: a real say in technical direction, a CEO who trusts engineering, remote work and a chance to mentor a few people.\n",
    );
    expect(r.criteria.map((c) => [c.name, c.values[0]])).toEqual([
      ["a real say in technical direction", "strategy"],
      ["a CEO who trusts engineering", "support"],
      ["remote work", "wellbeing"],
      ["a chance to mentor a few people", "people_leadership"],
    ]);
    expect(ids(r)).toEqual(
      expect.arrayContaining(["strategy", "support", "wellbeing", "people_leadership"]),
    );
  });

  it("reads no list after a colon in running prose", () => {
    for (const text of [
      "That is what I want to share today: doing things out of joy, not duty.\n",
      "Timing is crucial: missing the moment costs you, and waiting costs more.\n",
    ]) {
      expect(analyseReflection(text).criteria).toEqual([]);
    }
  });
});

describe("criteria sections", () => {
  it("takes the items under a looking-for heading, not the roles list or the things set aside", () => {
    const r = analyseReflection(fixture("criteria-sections.md"));
    expect(r.criteria.map((c) => c.name)).toEqual([
      "Time to write software most days",
      "A manager who is honest with me and shields the team from politics",
      "Colleagues I can learn from",
    ]);
    expect(r.criteria.map((c) => c.values[0])).toEqual(["hands_on", "support", "colleagues"]);
    // The roles listed as possible titles are options weighed, not chosen.
    expect(r.paths.considered).toEqual(expect.arrayContaining(["ic", "manager"]));
    expect(r.paths.chosen).toBe("undecided");
    // What the author is not interested in is not a value.
    expect(ids(r)).not.toContain("business");
    expect(ids(r)).not.toContain("compensation");
  });

  it("takes nothing from a section headed as what the author is not looking for (session 38)", () => {
    const r = analyseReflection(
      [
        "# My next role",
        "",
        "## What I'm looking for",
        "",
        "**A say in the technical direction.** I want to be in the room where priorities are set.",
        "",
        "## What I'm not looking for",
        "",
        "**A bigger title for its own sake.** Whatever the job is called is fine by me.",
        "",
        "**Another fully remote role.** They are easy to find and I have decided against them.",
      ].join("\n"),
    );
    expect(r.criteria.map((c) => c.name)).toEqual(["A say in the technical direction"]);
  });
});

describe("the chosen step's evidence", () => {
  it("quotes the sentence that states the step taken, not the role left", () => {
    const r = analyseReflection(
      [
        "# Leaving the platform team",
        "",
        "For six years I was an engineering manager at a parcel company.",
        "Last month I started as a freelance consultant, working with two logistics clients.",
        "I did think about founding something, but not now.",
      ].join("\n"),
    );
    expect(r.paths.chosen).toBe("independent");
    expect(r.paths.evidence).toBe(
      "Last month I started as a freelance consultant, working with two logistics clients.",
    );
  });

  it("has none for an undecided post", () => {
    const r = analyseReflection(
      "# Which way now\n\nI have not decided yet: management again, or back to writing code?\n",
    );
    expect(r.paths.chosen).toBe("undecided");
    expect(r.paths.evidence).toBeUndefined();
  });
});

describe("pay read only where the author gives it up (session 34)", () => {
  it("reads no compensation from 'the grant pays less than my salary', however strong the cue", () => {
    const r = analyseReflection(
      [
        "# Why I'm leaving the bank for open source",
        "",
        "After nine years at the bank I'm going to maintain an open-source library full time.",
        "",
        "Q: Money?",
        "",
        "The grant pays less than my salary, but enough. I have savings and no children yet, and I know that is a privilege.",
        "",
        "What I want is to build something that outlives my job, and to work with people who care about the craft.",
      ].join("\n"),
    );
    expect(ids(r)).not.toContain("compensation");
    expect(ids(r)).toContain("mastery");
  });
});

describe("ownership only with a step that owns a venture (session 34)", () => {
  it("reads no ownership from founding set aside by an author who took a manager's job", () => {
    const r = analyseReflection(
      [
        "# Why I joined a bigger company as an engineering manager",
        "",
        "After six years as a tech lead at a small agency I have accepted an engineering manager role at a logistics company.",
        "",
        "Others asked why I am not starting my own thing. **Starting my own company** was on the list for a while, with equity and a product of my own, but not now.",
        "",
        "What I want now is to grow people: to run one-on-ones, to help engineers get promoted and to build a team that works well together.",
      ].join("\n"),
    );
    expect(r.paths.chosen).toBe("manager");
    expect(ids(r)).not.toContain("ownership");
    expect(ids(r)).toContain("people_leadership");
  });
});

describe("a job search left open is undecided (session 35)", () => {
  const SEEKING = [
    "# What I want from my next staff engineer role",
    "",
    "After seven years at a payments company in Lodz I left in October, and I am now looking for my next role.",
    "",
    "I want to stay an individual contributor: close to the code, designing systems, reviewing pull requests and mentoring through the work rather than through one-on-ones.",
    "",
    "A staff engineer role at a product company with a real platform would suit me best. I would rather write code than manage people.",
    "",
    "If you're hiring, or you know a team that is, my inbox is open.",
  ];

  it("reads a post that looks for a staff role and takes none as undecided, weighing IC work", () => {
    const r = analyseReflection(SEEKING.join("\n"));
    expect(r.paths.chosen).toBe("undecided");
    expect(r.paths.considered).toContain("ic");
  });

  it("reads a post that weighs a staff role and says it has not decided as undecided", () => {
    const weighing = [
      "# Staff engineer or engineering manager?",
      "",
      "My manager offered me the engineering manager role for our checkout team last month.",
      "",
      "The other path is a staff engineer role on the platform team, where I would keep writing code and designing systems.",
      "",
      "I like coding more than meetings, and a staff role at a bigger company pulls at me.",
      "",
      "I haven't decided yet, and I would love to hear from people who made either move.",
    ];
    expect(analyseReflection(weighing.join("\n")).paths.chosen).toBe("undecided");
    // "I go back and forth", "I'll write again when I've decided" (session 35).
    const forth = [...weighing.slice(0, -1), "Between the two I go back and forth every day."];
    expect(analyseReflection(forth.join("\n")).paths.chosen).toBe("undecided");
    // Options weighed one by one: "if I had to bet today", "door two", "option B" (session 36).
    for (const last of [
      "If I had to bet today: the staff role, but ask me again in a month.",
      "Door two is the staff role, and it pulls at me.",
      "Option B is the staff role.",
    ]) {
      const weighed = [...weighing.slice(0, -1), last];
      expect(analyseReflection(weighed.join("\n")).paths.chosen, last).toBe("undecided");
    }
    // A career told in passing takes no step: "when I started" (session 36).
    const told = [
      ...weighing.slice(0, -1),
      "I love the people part, more than I expected when I started.",
      "Option B is the staff role.",
    ];
    expect(analyseReflection(told.join("\n")).paths.chosen).toBe("undecided");
  });

  it("keeps a step said as from next month, and open DMs for advice are no search (session 39)", () => {
    const taken = sentencesOf([
      "# Stepping out of management",
      "",
      "After three years managing the payments team, I'm stepping out of management. From next month I'll be a staff engineer on our fraud team.",
      "",
      "If you've made the same switch and have advice for the first months, my DMs are open.",
    ]);
    expect(chosenUnlessOpen("ic", taken)).toBe("ic");
    const searching = sentencesOf(["# Laid off", "", "I was laid off in May. My DMs are open."]);
    expect(chosenUnlessOpen("ic", searching)).toBe("undecided");
  });

  it("leaves any step open when the post says outright it is undecided (session 37)", () => {
    const open = sentencesOf([
      "# Three doors",
      "",
      "Two founders asked whether I would be a fractional CTO for their startups.",
      "",
      "## Where that leaves me",
      "",
      "Undecided. I'll answer the bank's offer by December.",
    ]);
    expect(chosenUnlessOpen("independent", open)).toBe("undecided");
    // Not once a step was taken.
    const taken = sentencesOf([
      "# A year as a consultant",
      "",
      "I was undecided for months. Last spring I started consulting for two startups.",
    ]);
    expect(chosenUnlessOpen("independent", taken)).toBe("independent");
    // A search still under way at the end, whatever was taken before (set 30).
    const searching = sentencesOf([
      "# Laid off, and what I want next",
      "",
      "In 2019 I joined a payments startup as its second engineer.",
      "",
      "## Where I am",
      "",
      "Interviewing with three companies right now. No offers yet.",
    ]);
    expect(chosenUnlessOpen("ic", searching)).toBe("undecided");
  });

  it("leaves a step open when the post ends 'genuinely undecided', 'nothing decided' or waits to know more (session 38)", () => {
    const genuinely = sentencesOf([
      "# Asked to manage my own team",
      "",
      "My director asked me to think about becoming the manager of the team I am on.",
      "",
      "## Where I am",
      "",
      "Genuinely undecided. I talk to her again on Friday.",
    ]);
    expect(chosenUnlessOpen("manager", genuinely)).toBe("undecided");
    const nothing = sentencesOf([
      "# Looking at what comes after the CTO job",
      "",
      "A few founders have asked whether I would join them to own their technology.",
      "",
      "Nothing decided. I would rather wait for the right fit.",
    ]);
    expect(chosenUnlessOpen("founder", nothing)).toBe("undecided");
    const later = sentencesOf([
      "# Resting after eight years as CTO",
      "",
      "Two companies have asked me to be their CTO.",
      "",
      "Just resting and thinking for now. I'll post again when I know more.",
    ]);
    expect(chosenUnlessOpen("executive", later)).toBe("undecided");
  });

  it("reads a year stopped on purpose, recruiters told to wait, as a break (session 37)", () => {
    const stopping = [
      "# Stopping for a year, on purpose",
      "",
      "Last month I resigned as a director of engineering at a large retailer.",
      "",
      "Another company offered me a similar director role with more pay, and I declined.",
      "",
      "I've told every recruiter who calls that I'm not available until next spring.",
    ];
    expect(analyseReflection(stopping.join("\n")).paths.chosen).toBe("break");
  });

  it("reads the step once the post says it was taken", () => {
    const taken = [
      ...SEEKING.slice(0, -1),
      "Update: I have accepted a staff engineer role at a logistics platform, and I start next month.",
    ];
    expect(analyseReflection(taken.join("\n")).paths.chosen).toBe("ic");
  });
});

describe("a break taken while the decision is still ahead is undecided (session 35)", () => {
  it("reads a break with 'I'll decide by spring' as undecided, and a break as the decision as a break", () => {
    const post = (last: string) =>
      [
        "# Six months off after eight years as a CTO",
        "",
        "I stepped down as CTO of our logistics startup in June, and I am taking a sabbatical: no job, no interviews, long walks and time with my kids.",
        "",
        "The break is what I needed after eight years of on-call weekends and board meetings.",
        "",
        "There are options: another CTO role, fractional work for two founders I know, or a staff engineer job where I write code again.",
        "",
        last,
      ].join("\n");
    expect(
      analyseReflection(post("I'll decide by spring which of them to take.")).paths.chosen,
    ).toBe("undecided");
    expect(
      analyseReflection(post("For now the sabbatical is the decision, and I am at peace with it."))
        .paths.chosen,
    ).toBe("break");
  });
});

describe("an independent's clients are not customer-facing work sought (session 36)", () => {
  const probePost = (set: number, id: string) =>
    readFileSync(
      join(import.meta.dirname, "../../../data/probes", `realistic-${set}`, "posts", `${id}.md`),
      "utf8",
    );

  it("reads no business value where the sentences name only the clients of the practice", () => {
    // A consultant a year in: "Now I pick my clients ...", "We have seven clients."
    const r = analyseReflection(probePost(27, "qz18"));
    expect(r.paths.chosen).toBe("independent");
    expect(r.values.map((v) => v.id)).not.toContain("business");
  });
});
