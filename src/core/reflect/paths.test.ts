import { describe, expect, it } from "vitest";
import { analyseReflection } from "./analyse.js";
import { readReflectionParts } from "./features.js";
import { openQuestions, UNDECIDED_FRAME } from "./lexicon.js";
import { readPost } from "./post.js";

/** The hand-written path reading of a plain text (our own sentences). */
function paths(text: string) {
  return readReflectionParts(readPost(text)).paths;
}

/** The kind of the first mention of `path` in a plain text, if any. */
function kindOf(text: string, path: string) {
  return paths(text).mentions.find((m) => m.path === path)?.kind;
}

describe("path cues said in phrases (MORE_PATH_CUES)", () => {
  it("a company started with words between the verb and the noun is a founder step", () => {
    const r = paths("This spring I decided to start a small software company with a friend.");
    expect(r.considered).toContain("founder");
    expect(r.chosen).toBe("founder");
    // Without the phrase the founder step is not read.
    expect(paths("This spring I decided to start.").considered).not.toContain("founder");
  });

  it("a year off and semi-retirement are breaks; a team to lead is a manager step", () => {
    expect(paths("I decided to take a year off before anything else.").considered).toContain(
      "break",
    );
    expect(paths("Next month I'm moving into semi-retirement.").considered).toContain("break");
    const lead = paths("I'm joining a bank in April to lead a new payments team.");
    expect(lead.considered).toContain("manager");
    // Leading a discussion is not a team.
    expect(paths("I'm joining a bank in April to lead the discussion.").considered).not.toContain(
      "manager",
    );
  });

  it("joining an engineering team reads as an individual contributor step", () => {
    const r = paths("Last week I joined the platform engineering team at a logistics firm.");
    expect(r.mentions.some((m) => m.path === "ic")).toBe(true);
  });
});

describe("a head of a function is a manager's step", () => {
  it("'joined as Head of Platform' names the manager step taken", () => {
    const r = paths(
      "Personal news: I've joined a logistics firm as Head of Platform, leading three teams.",
    );
    expect(r.mentions).toContainEqual(expect.objectContaining({ path: "manager", kind: "chosen" }));
    // The head of engineering stays an executive's title.
    expect(paths("I've joined a logistics firm as Head of Engineering.").mentions).toContainEqual(
      expect.objectContaining({ path: "executive", kind: "chosen" }),
    );
  });
});

describe("a list of offers is a list of options", () => {
  it("reads each kind of role offered in a list as considered", () => {
    const r = paths(
      "I've been offered two things and must choose by Friday:\n\n- a director role at my company\n- a staff engineer role at a small startup\n\nI don't know yet.",
    );
    expect(r.considered).toEqual(expect.arrayContaining(["manager", "ic"]));
    expect(r.chosen).toBe("undecided");
  });

  it("reads the role after 'Offer A:' or 'Option 2:' as one the author weighs", () => {
    const r = paths(
      "I can't choose.\n\nOffer A: director of engineering at a large insurer.\n\nOption 2: technical co-founder of a tiny robotics startup.",
    );
    expect(r.considered).toEqual(expect.arrayContaining(["manager", "founder"]));
    expect(r.chosen).toBe("undecided");
    // Without the label the titles are nobody's role.
    expect(
      paths("I can't choose.\n\nA director of engineering at a large insurer called.").considered,
    ).toEqual([]);
  });

  it("reads options lettered 'A)' and 'B)', and steps named in verbs, as weighed", () => {
    const r = paths(
      "A) Stay at the studio and become head of engineering next spring.\n\nB) Leave and freelance full time.\n\nStill undecided.",
    );
    expect(r.considered).toEqual(expect.arrayContaining(["executive", "independent"]));
    expect(r.mentions).toContainEqual(expect.objectContaining({ path: "executive", listed: true }));
    expect(r.chosen).toBe("undecided");
    const steps = paths(
      "Option 1: go independent and advise a few early startups.\n\nOption 2: take six months off and write the book on queueing I keep promising.",
    );
    expect(steps.considered).toEqual(
      expect.arrayContaining(["independent", "break", "teaching_writing"]),
    );
    // A letter in running prose labels nothing.
    expect(paths("Plan a) fell through, so I called the recruiter back.").mentions).toEqual([]);
  });
});

describe("a role taken in the present tense, named after a bare 'as'", () => {
  it("'I start as CTO' names the executive step as the one chosen", () => {
    const r = paths("After five years I'm moving on. Next month I start as CTO at a small lab.");
    expect(r.mentions).toContainEqual(
      expect.objectContaining({ path: "executive", kind: "chosen" }),
    );
    expect(r.chosen).toBe("executive");
    // Without the bare "as" the title is no one's role, so no step is read.
    expect(paths("Next month I start. The CTO at a small lab hired me.").chosen).not.toBe(
      "executive",
    );
  });

  it("'as their VP of Engineering' names the author's role; 'our VP' someone else's", () => {
    const r = paths("I've accepted an offer to join a small startup as their VP of Engineering.");
    expect(r.mentions).toContainEqual(
      expect.objectContaining({ path: "executive", kind: "chosen" }),
    );
    expect(paths("I've accepted an offer to work with our VP of Engineering.").mentions).toEqual(
      [],
    );
  });

  it("the years spent as VP are a role of the author's, not a step chosen", () => {
    const r = paths("I spent the last three years as VP of Engineering at a bank.");
    expect(r.mentions).toContainEqual(expect.objectContaining({ path: "executive" }));
    expect(r.chosen).not.toBe("executive");
  });
});

describe("steps taken, said the ways people announce them", () => {
  const chosen = (text: string) =>
    readReflectionParts(readPost(`# Update\n\n${text}\n`)).paths.chosen;

  it("reads a new role named after 'the new', a colon, a promotion, or leaving to do it", () => {
    expect(chosen("From next week I'm the new head of engineering at a bank.")).toBe("executive");
    expect(chosen("My new role: Engineering Manager at a logistics firm.")).toBe("manager");
    expect(chosen("I've been promoted to engineering manager.")).toBe("manager");
    expect(chosen("I left the bank to start my own company.")).toBe("founder");
    expect(chosen("I quit my job at a big tech company to start my own company.")).toBe("founder");
    // Someone else's step is not the author's.
    expect(chosen("My manager left to start a company.")).toBe("undecided");
    // A step begun right after "I start", "I'm going": taken; a conditional start is not.
    expect(chosen("Next month I start teaching at a high school.")).toBe("teaching_writing");
    expect(chosen("I'm going freelance in May.")).toBe("independent");
    expect(chosen("When I start writing code again I'll be happy.")).toBe("undecided");
    // A first day in the role, a role stayed in, a practice launched.
    expect(chosen("Today is my first day as a principal engineer at a bank.")).toBe("ic");
    expect(chosen("After a lot of thought, I'm staying put as an engineering manager.")).toBe(
      "manager",
    );
    expect(chosen("I'm launching my own consultancy in January.")).toBe("independent");
    // What the author has been doing since leaving.
    expect(
      chosen("I left in March. Since then I've been writing a book and teaching a workshop."),
    ).toBe("teaching_writing");
    // A role one is made, named or appointed to; a yes said to it.
    expect(chosen("Last week I was made engineering manager of my team.")).toBe("manager");
    expect(chosen("I've been named head of engineering.")).toBe("executive");
    expect(chosen("I was made aware of a principal engineer opening.")).toBe("undecided");
  });

  it("reads the role held beside the one taken, and a step on a condition, as no step taken", () => {
    const yes = paths(
      "This month I said yes to leading the team I've been a senior engineer on for years.",
    );
    expect(yes.chosen).toBe("manager");
    expect(yes.mentions.find((m) => m.path === "ic")?.kind).not.toBe("chosen");
    const deal = paths(
      "I'm now the engineering manager of my team. If I hate it, I'll go back to being a staff engineer.",
    );
    expect(deal.chosen).toBe("manager");
    expect(deal.mentions.find((m) => m.path === "ic")?.kind).toBe("option");
    // A concession or a manner of speaking is no condition.
    expect(chosen("Even if it pays less, I decided to go back to being a staff engineer.")).toBe(
      "ic",
    );
    expect(chosen("If I'm honest, I decided to become a manager.")).toBe("manager");
  });

  it("reads an offer to be a role, without an article, as an option weighed", () => {
    const offer = paths("Two weeks ago I got an offer to be VP of Engineering at a startup.");
    expect(offer.considered).toContain("executive");
    expect(offer.chosen).toBe("undecided");
  });
});

describe("steps turned down, suggested by others, or said in other words", () => {
  it("reads a step turned down after it is named, or one that could have been taken, as not taken", () => {
    expect(kindOf("I decided to go back to IC work for a while, and decided no.", "ic")).toBe(
      "rejected",
    );
    expect(
      kindOf(
        "I'm joining a consultancy as a freelance engineer, but I turned it down.",
        "independent",
      ),
    ).toBe("rejected");
    expect(kindOf("I could have taken a year off.", "break")).toBe("option");
    // Without the turn it is the step.
    expect(kindOf("I decided to go back to IC work for a while.", "ic")).toBe("chosen");
  });

  it("reads someone else's suggestion as an option, not the step taken", () => {
    expect(kindOf("A friend suggested I start my own company.", "founder")).toBe("option");
    expect(kindOf("Last spring I decided to start my own company.", "founder")).toBe("chosen");
  });

  it("reads steps the author says they did not consider or ruled out as rejected", () => {
    expect(
      kindOf("Things I didn't consider, though people asked: going back to IC work.", "ic"),
    ).toBe("rejected");
    expect(kindOf("I ruled out starting my own company early on.", "founder")).toBe("rejected");
  });

  it("reads a step dated years before the post as history, not the step taken", () => {
    const dated = (text: string) =>
      readReflectionParts(readPost(`---\ndate: 2024-05-02\n---\n# Moving on\n\n${text}\n`)).paths
        .mentions[0]?.kind;
    expect(dated("I joined Wellmark in March 2019 as a staff engineer.")).toBe("left");
    expect(dated("In May 2024 I joined Wellmark as a staff engineer.")).toBe("chosen");
  });

  it("reads an undated post as of the latest year it names, for steps told in the past", () => {
    const undated = (text: string) =>
      readReflectionParts(readPost(`# Moving on\n\n${text}\n`)).paths.mentions.find(
        (m) => m.path === "ic",
      )?.kind;
    expect(
      undated(
        "I joined Wellmark in 2016 as a staff engineer.\n\nI became a manager in 2020 and a director in 2022.",
      ),
    ).toBe("left");
    // A step still to come keeps its reading, whatever year it names.
    expect(
      undated(
        "From March I will work as a staff engineer on the library I have kept since 2018.\n\nI became a manager in 2020.",
      ),
    ).toBe("chosen");
  });

  it("reads the step one is leaving for as taken, and the role one holds now as no step", () => {
    expect(kindOf("I'm leaving to co-found a company with my sister.", "founder")).toBe("chosen");
    expect(
      kindOf("I've worked at Harbourlight for five years, where I'm a staff engineer.", "ic"),
    ).not.toBe("chosen");
    expect(kindOf("By day, I'm a senior mobile engineer at a bank.", "ic")).not.toBe("chosen");
    expect(kindOf("Since Monday I'm now a staff engineer at a bank.", "ic")).toBe("chosen");
  });

  it("reads 'I join X as Y' as the step taken, and a role inside a longer one as that one", () => {
    expect(kindOf("Next month I join Harbourline as VP of Engineering.", "executive")).toBe(
      "chosen",
    );
    const head = paths("I've accepted the head of engineering role at a small insurer.");
    expect(head.mentions.map((m) => m.path)).toEqual(["executive"]);
  });

  it("reads clients signed, writing full time and a funded maintainer as those steps", () => {
    expect(paths("Last month I signed my first two consulting clients.").considered).toContain(
      "independent",
    );
    expect(paths("I've decided to write my newsletter full time.").chosen).toBe("teaching_writing");
    expect(paths("I'm now a funded maintainer of a parsing library.").chosen).toBe("open_source");
  });
});

describe("steps weighed in everyday words", () => {
  const paths = (text: string) => readReflectionParts(readPost(`# Update\n\n${text}\n`)).paths;

  it("reads starting something of one's own as founding, and quitting with no job lined up as a break", () => {
    const own = paths("Maybe I'll start something of my own next year.");
    expect(own.considered).toContain("founder");
    expect(own.chosen).toBe("undecided");
    expect(paths("I'm going to take the summer off and think.").considered).toContain("break");
    const quit = paths("I quit last month with no job lined up.");
    expect(quit.considered).toContain("break");
    // A job lined up is no break.
    expect(paths("I quit last month with a new job lined up.").considered).not.toContain("break");
  });

  it("reads an idea of one's own as a founder's step weighed", () => {
    const idea = paths("I've been sketching a product idea of my own on weekends.");
    expect(idea.considered).toContain("founder");
    expect(idea.chosen).toBe("undecided");
  });

  it("reads a step thought about as an option weighed", () => {
    const thought = paths("I thought about becoming a manager for a while.");
    expect(thought.mentions.find((m) => m.path === "manager")?.kind).toBe("option");
  });

  it("reads the rows of a table of options as options weighed", () => {
    const table =
      "I have two options.\n\n| Option | Pay |\n|---|---|\n| Stay as engineering manager | good |\n| Go freelance | variable |";
    const read = paths(table);
    expect(read.considered).toEqual(expect.arrayContaining(["manager", "independent"]));
    expect(read.chosen).toBe("undecided");
    // A table after prose that weighs nothing lists no options.
    const plain = paths(
      "Here is my last year.\n\n| Month | Work |\n|---|---|\n| May | engineering manager |",
    );
    expect(plain.considered).not.toContain("manager");
  });
});

describe("the undecided frame (UNDECIDED_FRAME)", () => {
  it("reads every form of 'contemplate' (the pattern once looked for a literal backslash)", () => {
    for (const word of ["contemplating", "contemplate", "contemplated"]) {
      expect(UNDECIDED_FRAME.test(`Right now I am ${word} what comes after this role.`)).toBe(true);
    }
    expect(UNDECIDED_FRAME.test("I accepted the offer last week.")).toBe(false);
  });

  it("reads a search just begun and roles one is open to as undecided", () => {
    // The frame reads sentences as the reader normalises them: lower case.
    expect(UNDECIDED_FRAME.test("i took the summer off and now i'm starting to look.")).toBe(true);
    expect(UNDECIDED_FRAME.test("i'm open to a staff role or a manager's.")).toBe(true);
    expect(UNDECIDED_FRAME.test("i started at the bank in may.")).toBe(false);
  });

  it("counts a step left open until the author knows, and 'nothing decided' said without a person", () => {
    const open = (...texts: string[]) => openQuestions(texts.map((norm) => ({ norm })));
    expect(open("i'll take a few months off until i know which way to go.")).toBe(1);
    expect(open("nothing decided yet.", "nothing is settled.")).toBe(2);
    expect(open("still undecided.", "nothing is signed.", "no decision yet.")).toBe(3);
    expect(open("i can't pick between them.", "i'm leaning towards the staff role.")).toBe(2);
    expect(open("i'll decide by the end of march.")).toBe(1);
    // A frame said of someone else is not the author's open question.
    expect(open("she is not sure what comes next.")).toBe(0);
    expect(open("i decided to join the bank.")).toBe(0);
  });

  it("reads a post weighing options with nothing decided as undecided", () => {
    // Read as a manager's step taken before "Nothing decided yet." counted (our own words).
    const post = [
      "I got laid off in March along with a third of the engineering org. I was a director with four teams.",
      "I've spent the last two months interviewing. Honestly it's been brutal: most director roles want someone who has scaled from 50 to 500, and half the \"Head of Engineering\" roles are really hands-on lead jobs at tiny startups.",
      "What I want next: a company with a product that matters, leadership that is honest about the numbers, and a role where I still own the roadmap with my product partner. I'd take a step down in title for the right team. I'm talking to a couple of Series B companies about director roles and one about a VP role. Nothing decided yet.",
    ];
    expect(analyseReflection(post.join("\n\n")).paths.chosen).toBe("undecided");
  });
});

describe("steps ruled out or only near the new job are not read as taken", () => {
  it("a step named under a negation is rejected, not chosen", () => {
    const r = paths(
      "---\ntitle: Why I will not choose to be a manager\n---\n\nI like my work as it is.\n",
    );
    const manager = r.mentions.filter((m) => m.path === "manager");
    expect(manager.length).toBeGreaterThan(0);
    expect(manager.every((m) => m.kind !== "chosen")).toBe(true);
    expect(manager.some((m) => m.kind === "rejected")).toBe(true);
    expect(r.chosen).not.toBe("manager");
    // Without the negation the same title reports the step.
    const plain = paths("---\ntitle: Why I choose to be a manager\n---\n\nI like the work.\n");
    expect(plain.mentions.some((m) => m.path === "manager" && m.kind === "chosen")).toBe(true);
  });

  it("'in my new job' makes a role taken only when it follows the role closely", () => {
    const near = paths("I'm a data engineer at my new company, and I love it.");
    expect(near.mentions.some((m) => m.path === "ic" && m.kind === "chosen")).toBe(true);
    const far = paths(
      "Back when I studied in graduate school I read papers every night, and I wondered about many things long before I found out what happens in my new job.",
    );
    expect(far.mentions.some((m) => m.path === "teaching_writing" && m.kind === "chosen")).toBe(
      false,
    );
  });

  it("writing code is not the writing path; being back in engineering is an engineering step", () => {
    const code = paths("From Monday I will be writing code in a small functional language.");
    expect(code.mentions.some((m) => m.path === "teaching_writing")).toBe(false);
    // Nor is writing the post itself (session 36).
    const post = paths(
      "I'm starting a job search, and rather than explain my situation to twenty recruiters, I'm writing it down once.",
    );
    expect(post.mentions.some((m) => m.path === "teaching_writing")).toBe(false);
    expect(
      paths("From Monday I'm writing full-time: a book about payments.").mentions.some(
        (m) => m.path === "teaching_writing",
      ),
    ).toBe(true);
    const back = paths(
      "---\ntitle: Back in engineering\n---\n\nAfter two years of meetings I have a keyboard again.\n",
    );
    expect(back.mentions.some((m) => m.path === "ic" && m.kind === "chosen")).toBe(true);
    expect(back.chosen).toBe("ic");
  });
});

describe("a step said in the present, the future or as a plan, right before the activity", () => {
  it("a company being started now, alone or with someone, is the step taken", () => {
    expect(kindOf("Since the spring I'm starting a company for bakers.", "founder")).toBe("chosen");
    expect(kindOf("This autumn I'm co-founding a company with an old colleague.", "founder")).toBe(
      "chosen",
    );
    expect(kindOf("From June 3rd, Tomasz and I are starting a company.", "founder")).toBe("chosen");
    // Someone else's company is not.
    expect(kindOf("My sister is starting a company in Lagos.", "founder")).not.toBe("chosen");
  });

  it("time off said in the present or as the plan is the step taken", () => {
    expect(kindOf("For the coming year, I'm not working at all.", "break")).toBe("chosen");
    expect(kindOf("I take four months off, then we will see.", "break")).toBe("chosen");
    expect(kindOf("My plan is to take the rest of the year off and sleep.", "break")).toBe(
      "chosen",
    );
    expect(kindOf("When I take time off I read novels.", "break")).not.toBe("chosen");
  });

  it("'from <date>' names when a step begins, not a role left", () => {
    expect(kindOf("From Tuesday I'm a senior developer at a games studio.", "ic")).toBe("chosen");
    expect(kindOf("From March I'll be VP of Engineering at a shipping firm.", "executive")).toBe(
      "chosen",
    );
    // "from X to Y" still names the role left.
    expect(kindOf("I moved from engineer to engineering manager in 2019.", "ic")).toBe("left");
  });

  it("a step only thought about is an option, not the step taken", () => {
    expect(kindOf("I did think about going back to being an IC for a while.", "ic")).toBe("option");
    expect(
      kindOf(
        "I weighed one more thing: maybe going back to be a principal engineer somewhere.",
        "ic",
      ),
    ).toBe("option");
  });
});

describe("a sabbatical one is on, a role one no longer holds, a product built after leaving", () => {
  it("reads 'I'm on sabbatical' as the step taken", () => {
    expect(kindOf("From Monday I'm on sabbatical for three months.", "break")).toBe("chosen");
  });

  it("reads a role one is no longer in as left, whatever the frame before it", () => {
    expect(kindOf("As of this week I am no longer a staff engineer at Brightwave.", "ic")).toBe(
      "left",
    );
  });

  it("reads leaving a job to build, and something that is one's own, as founding", () => {
    expect(kindOf("Last month I quit my job to build Tallybook full-time.", "founder")).toBe(
      "chosen",
    );
    expect(
      paths(
        "I want to build something that's mine, from the first commit to the first invoice.",
      ).mentions.some((m) => m.path === "founder"),
    ).toBe(true);
  });
});

describe("a step said from this month, or since a date", () => {
  it("reads 'from this month I'm the engineering manager' and 'since 1 April I am team lead' as taken", () => {
    expect(
      kindOf("And from this month I'm the engineering manager of the Search team.", "manager"),
    ).toBe("chosen");
    expect(kindOf("Since 3 March I am team lead for the billing team.", "manager")).toBe("chosen");
  });
});

describe("a step joined after the role left, and a company co-founded named after it", () => {
  const kindsOf = (text: string, path: string) =>
    paths(text)
      .mentions.filter((m) => m.path === path)
      .map((m) => m.kind);

  it("reads 'I left X, where I'd been head of engineering, and joined Y as CTO' as the step taken", () => {
    expect(
      kindsOf(
        "In March I left Tallow Labs, where I had been Head of Engineering for four years, and joined Brookfern as CTO.",
        "executive",
      ),
    ).toEqual(["chosen"]);
    expect(
      kindsOf("A friend left Tallow Labs and joined Brookfern as CTO.", "executive"),
    ).not.toContain("chosen");
  });

  it("reads working on a company one co-founded as founding, not a startup founded years ago", () => {
    expect(
      kindsOf(
        "From next week I'm working full time on a startup I co-founded with Mara.",
        "founder",
      ),
    ).toEqual(["chosen"]);
    expect(
      kindsOf("The startup I founded in 2015 was sold two years later.", "founder"),
    ).not.toContain("chosen");
  });

  it("reads the role one leaves to become, or goes on to after leaving, as the step taken", () => {
    expect(
      kindsOf(
        "Last spring I left a data engineer job at a grocery chain to become CTO of a small clinic app.",
        "executive",
      ),
    ).toEqual(["chosen"]);
    // A leaving that opens a clause after a colon is the author's.
    expect(
      kindsOf(
        "The choice I faced this year: leaving my platform role at an insurer to become VP of Engineering at a lender.",
        "executive",
      ),
    ).toEqual(["chosen"]);
    expect(
      kindsOf(
        "In May I left my job as a backend engineer at an insurer and started teaching programming at a college.",
        "teaching_writing",
      ),
    ).toEqual(["chosen"]);
    // Someone else's leaving names no step of the author's.
    expect(
      kindsOf(
        "In May my manager left the insurer and started teaching programming.",
        "teaching_writing",
      ),
    ).not.toContain("chosen");
  });

  it("reads 'as CTO' in a title as the step and 'after ten years as an engineer' as the role left", () => {
    const r = paths(
      "# Twelve months as CTO after eight years as an engineer\n\nIt was a long year.",
    );
    expect(r.mentions.filter((m) => m.path === "executive").map((m) => m.kind)).toEqual(["chosen"]);
    expect(r.mentions.filter((m) => m.path === "ic").map((m) => m.kind)).toEqual(["left"]);
  });

  it("reads what the author will do in a role just named as that role taken", () => {
    expect(kindsOf("As VP I'll own the roadmap for all four product lines.", "executive")).toEqual([
      "chosen",
    ]);
    expect(
      kindsOf("As VP she owned the roadmap for all four product lines.", "executive"),
    ).not.toContain("chosen");
  });
});

describe("a break said with a word before it, as leave, or as rest (session 31)", () => {
  const mentioned = (text: string) => paths(text).mentions.some((m) => m.path === "break");

  it("reads 'a long break', 'unpaid leave' and 'rest properly' as a break", () => {
    expect(mentioned("Option three: a proper break, maybe half a year of it.")).toBe(true);
    expect(mentioned("By March I knew I needed a long break before anything else.")).toBe(true);
    expect(mentioned("The bank would give me unpaid leave if I asked.")).toBe(true);
    expect(mentioned("First I want to rest properly and see my parents.")).toBe(true);
  });

  it("does not read a break from one activity, or a coffee break, as one", () => {
    expect(mentioned("I took a long break from writing Go after that.")).toBe(false);
    expect(mentioned("We took a coffee break at eleven.")).toBe(false);
  });
});

describe("individual contributors' roles beyond engineers (session 31)", () => {
  it("reads a data scientist's role, or a CEO's technical advisor, as an individual contributor's", () => {
    expect(kindOf("In May I started as a data scientist at an insurer.", "ic")).toBe("chosen");
    expect(
      kindOf("On Monday I begin a new job at a bank as Technical Advisor to the CEO.", "ic"),
    ).toBe("chosen");
    expect(
      paths("---\ntitle: Two years as a machine learning scientist\n---\n\nIt went fast.").chosen,
    ).toBe("ic");
  });

  it("leaves an advisor to companies, a consultant's work, to the independent step", () => {
    expect(
      kindOf(
        "I could advise two startups at a time as a part-time CTO or technical advisor.",
        "ic",
      ),
    ).toBeUndefined();
  });
});

describe("a step long past, travel as a break, what one looks for in a next job (session 31)", () => {
  it("reads a role joined two or more years ago as the role held, not the step taken", () => {
    expect(kindOf("Seven years ago I joined a bank as a backend developer.", "ic")).toBe("left");
    expect(kindOf("It is eight and a half years ago that I joined as an engineer.", "ic")).toBe(
      "left",
    );
    // A step a year back is the one a post written a year later looks back on.
    expect(kindOf("A year ago I joined a startup as its CTO.", "executive")).toBe("chosen");
    // And a step said as now beside it stands.
    expect(
      kindOf(
        "Five years ago I joined as an engineer, and now I'm joining Acme as a manager.",
        "manager",
      ),
    ).toBe("chosen");
  });

  it("reads solo travel and backpacking as a break", () => {
    expect(paths("In March I start solo traveling across South America.").considered).toContain(
      "break",
    );
    expect(
      paths("From May I'll be backpacking through Laos for a few months.").considered,
    ).toContain("break");
  });

  it("reads what one looks for in a next job as a search not ended", () => {
    expect(UNDECIDED_FRAME.test("here is what i'm looking for in my next job: a small team.")).toBe(
      true,
    );
    expect(UNDECIDED_FRAME.test("what i'm looking for in a new role")).toBe(true);
  });
});

describe("a role one stops being, a role one won't be (session 31)", () => {
  it("reads the role one decided to stop being as the role left", () => {
    expect(
      kindOf(
        "In spring I decided to stop being an individual contributor and became a manager.",
        "ic",
      ),
    ).toBe("left");
    expect(kindOf("In spring I decided to stop being an individual contributor.", "ic")).not.toBe(
      "chosen",
    );
  });

  it("reads 'I won't become a manager' as a step ruled out", () => {
    expect(kindOf("Whatever happens, I won't become a manager.", "manager")).toBe("rejected");
    // Nor is a thing that won't be, said of no one, a step.
    expect(paths("There won't be an advisory board to blame.").considered).toEqual([]);
  });
});

describe("a chief data scientist is not an individual contributor (session 31)", () => {
  it("does not read a chief data scientist's role as an individual contributor's", () => {
    const r = paths("Next month I'm joining a small lab as its chief data scientist.");
    expect(r.chosen).not.toBe("ic");
    expect(r.considered).not.toContain("ic");
    const named = paths("To see why, it helps to explain the chief data scientist role first.");
    expect(named.mentions.some((m) => m.path === "ic")).toBe(false);
    // A data scientist is one.
    expect(paths("Next month I'm joining a small lab as a data scientist.").chosen).toBe("ic");
  });
});

describe("a title about being a role (session 31)", () => {
  it("reads 'Being an X' in a title as the role the author is in, but not 'I tried being an X'", () => {
    const being = paths("---\ntitle: The ups and downs of being a manager\n---\n\nMostly ups.");
    expect(being.mentions.find((m) => m.path === "manager")?.kind).toBe("chosen");
    const tried = paths("---\ntitle: I tried being a manager\n---\n\nMostly downs.");
    expect(tried.mentions.find((m) => m.path === "manager")?.kind).not.toBe("chosen");
  });
});

describe("a role one will not choose to be (session 32)", () => {
  it("reads 'I will not choose to be a manager' as a step ruled out", () => {
    expect(kindOf("I recently decided that I will not choose to be a manager.", "manager")).toBe(
      "rejected",
    );
    expect(kindOf("I'm not choosing to become a CTO.", "executive")).toBe("rejected");
    // Choosing it is a step.
    expect(kindOf("I recently decided to become a manager.", "manager")).not.toBe("rejected");
  });
});

describe("a step thought about with an adverb between (session 32)", () => {
  it("reads 'I thought seriously about going back to IC work' as an option, not the step", () => {
    expect(kindOf("I also thought seriously about going back to IC work.", "ic")).toBe("option");
    expect(kindOf("I thought hard about starting a company.", "founder")).not.toBe("chosen");
  });
});

describe("a gloss in brackets names the mention before it again (session 32)", () => {
  it("reads 'stop being an individual contributor (IC)' as the role left, whatever the gloss", () => {
    for (const text of [
      "This year I decided to stop being an individual contributor (IC) and became a manager.",
      'This year I decided to stop being an individual contributor (or "IC", someone who codes) and became a manager.',
    ]) {
      const found = paths(text).mentions;
      expect(found.find((m) => m.path === "ic")?.kind, text).toBe("left");
      expect(found.find((m) => m.path === "manager")?.kind, text).toBe("chosen");
    }
  });
});

describe("an engineering role led, not done (session 33)", () => {
  it("does not read 'another VP or head of engineering role' as an individual contributor's", () => {
    const reading = readReflectionParts(
      readPost("# Next\n\nI am looking for another VP or head of engineering role in Perth.\n"),
    );
    expect(reading.paths.mentions.filter((m) => m.path === "ic")).toEqual([]);
    // An engineering role said plainly still is one.
    const plain = readReflectionParts(
      readPost("# Next\n\nI am looking for an engineering role at a small company.\n"),
    );
    expect(plain.paths.mentions.some((m) => m.path === "ic")).toBe(true);
  });
});

describe("set 29's posts, read after scoring, in sentences of our own (session 37)", () => {
  it("reads 'back to engineering manager' as the manager's role, not engineering work", () => {
    const found = paths("# From VP back to engineering manager\n\nText.").mentions;
    expect(found.find((m) => m.path === "manager")?.kind).toBe("chosen");
    expect(found.some((m) => m.path === "ic")).toBe(false);
  });

  it("reads friends suggesting the author go back to a role as an option, not the step", () => {
    expect(kindOf("Two friends suggested I go back to being a senior engineer.", "ic")).toBe(
      "option",
    );
  });

  it("reads who funds the step as no role left: 'a grant from an open-source foundation'", () => {
    expect(
      kindOf(
        "For the first year I'll be funded by a grant from an open-source foundation.",
        "open_source",
      ),
    ).not.toBe("left");
  });

  it("reads 'I am stopping' and 'I will have no job' as a break taken, not 'why I'm stopping'", () => {
    expect(kindOf("So I am stopping. That is the plan.", "break")).toBe("chosen");
    expect(kindOf("For the next six months I will have no job.", "break")).toBe("chosen");
    expect(kindOf("Let me write about why I'm stopping, and what comes next.", "break")).toBe(
      undefined,
    );
  });
});

describe("set 32's posts, read after scoring, in sentences of our own (session 38)", () => {
  it("reads a company started and named, and founding as an act, as the founder's step", () => {
    expect(
      paths("The next week my old colleague and I started what is now Kettle.").considered,
    ).toContain("founder");
    expect(
      paths("# Why founding\n\nWhat pulled me toward founding was wanting our own choices.")
        .considered,
    ).toContain("founder");
    expect(kindOf("She is our founding engineer.", "founder")).toBe(undefined);
  });

  it("reads a product built after leaving a job, however long the job's description", () => {
    const text =
      "Last spring I left my job as an engineering manager at a logistics company in Cork to build a booking product for small clinics.";
    expect(kindOf(text, "founder")).toBe("chosen");
  });

  it("reads a role handed over as the role left, not the step taken", () => {
    const found = paths(
      "# Why I'm handing over the CTO job and staying on as principal engineer\n\nText.",
    ).mentions;
    expect(found.find((m) => m.path === "executive")?.kind).toBe("left");
  });

  it("reads a role named right after a coming date as the step taken: 'from next Monday, CTO again'", () => {
    expect(kindOf("And from next Monday, CTO again, at a bank in Quito.", "executive")).toBe(
      "chosen",
    );
    expect(kindOf("From next month, our CTO will run the platform team.", "executive")).not.toBe(
      "chosen",
    );
  });

  it("reads 'my whole job is going to be' as the step taken", () => {
    expect(
      kindOf("From January, my whole job is going to be an open source project.", "open_source"),
    ).toBe("chosen");
  });

  it("reads a role in quotes and a role left 'after being' one", () => {
    const found = paths(
      'Going back to being a "manager" after being a co-founder felt strange at first.',
    ).mentions;
    expect(found.find((m) => m.path === "manager")?.kind).toBe("chosen");
    expect(found.find((m) => m.path === "founder")?.kind).toBe("left");
  });

  it("reads numbered options as options weighed: 'Three: go back to being a senior engineer'", () => {
    const listed = (text: string) => paths(text).mentions.some((m) => m.listed);
    expect(listed("Three: go back to being a senior engineer.")).toBe(true);
    expect(paths("Three: go back to being a senior engineer.").considered).toContain("ic");
    expect(listed("One: that was the year I became a staff engineer.")).toBe(false);
  });

  it("reads a short note in a paragraph the author speaks in as the author's: 'Six months off.'", () => {
    const mine = paths(
      "# Stepping back\n\n## What's next\n\nSix months off. I've told recruiters I won't take calls until July.",
    );
    expect(mine.mentions.some((m) => m.path === "break")).toBe(true);
    // Not in a paragraph where the author does not speak.
    const theirs = paths(
      "# Our team\n\nSix months off. That is what the company gives every parent here.",
    );
    expect(theirs.mentions.some((m) => m.path === "break")).toBe(false);
  });
});

describe("set 35's posts, read after scoring, in sentences of our own (session 39)", () => {
  it("does not read a thing put to rest as a break", () => {
    const text =
      "Tomasz, for putting the old monolith to rest and for never once letting me win an argument about tabs.";
    expect(paths(text).mentions.some((m) => m.path === "break")).toBe(false);
    expect(kindOf("First I want to rest and see my parents.", "break")).toBeDefined();
  });

  it("reads a step the author would take as weighed, and 'I don't feel decided' as open", () => {
    expect(kindOf("I would go back to being an engineer, no team.", "ic")).toBe("option");
    expect(kindOf("I'm going back to being an engineer.", "ic")).toBe("chosen");
    const open = (...texts: string[]) => openQuestions(texts.map((norm) => ({ norm })));
    expect(open("i don't feel decided.", "i'm not deciding anything tonight.")).toBe(2);
    expect(open("i'm not deciding for you.")).toBe(0);
  });

  it("reads a step others asked about as weighed, not taken", () => {
    expect(
      kindOf("Some of you asked if I'm going to a competitor, or to a VP job.", "executive"),
    ).toBe("option");
    expect(kindOf("I'm going to a VP job at a bank.", "executive")).toBe("chosen");
  });

  it("reads 'what's next:' before the step, and others figuring things out, as no open question", () => {
    const open = (...texts: string[]) => openQuestions(texts.map((norm) => ({ norm })));
    expect(open("what's next: from june i'll be at a friend's company in porto.")).toBe(0);
    expect(open("i keep asking myself what's next.")).toBe(1);
    expect(open("i'll be helping their architects figure out whether our platform fits.")).toBe(0);
    expect(open("i need to figure out what i want.")).toBe(1);
  });
});
