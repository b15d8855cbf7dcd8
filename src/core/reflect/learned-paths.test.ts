import { describe, expect, it } from "vitest";
import { readReflectionParts } from "./features.js";
import {
  type LearnedPathsModel,
  learnedPaths,
  newRoleKinds,
  pathFeatures,
  postPathContext,
  stepReading,
} from "./learned-paths.js";
import { readPost } from "./post.js";

const POST = [
  "# Leaving management",
  "",
  "For three years I was an engineering manager, and I thought about consulting for a while.",
  "",
  "Last month I joined a small company as a staff engineer.",
  "",
].join("\n");

const OPEN = [
  "# What now?",
  "",
  "I might go back to being a staff engineer, or I could try consulting.",
  "",
  "I'm not sure yet, and I'll keep my options open.",
  "",
].join("\n");

/** A hand-made model: considered as the hand-written reading says; a step taken is chosen. */
const MODEL: LearnedPathsModel = {
  considered: {
    bias: -2,
    weights: { any: 1, hc: 2, taken: 3 },
    threshold: 0.5,
  },
  chosen: { taken: 4, "u:bias": 1, "u:open": 1 },
};

describe("learned paths", () => {
  it("reads the step taken from the decision sentence and keeps it among the considered", () => {
    const reading = readReflectionParts(readPost(POST));
    const ic = pathFeatures(reading, "ic");
    expect(ic.get("taken")).toBe(1);
    expect(ic.get("ic|taken")).toBe(1);
    expect(pathFeatures(reading, "open_source").has("any")).toBe(false);
    const out = learnedPaths(MODEL, reading);
    expect(out.chosen).toBe("ic");
    expect(out.considered).toContain("ic");
    expect(out.considered).not.toContain("open_source");
  });

  it("lets the hand-written reading choose a kind too rare to learn (handRare)", () => {
    const post = "# News\n\nLast month I joined a small company as its Head of Engineering.\n";
    const reading = readReflectionParts(readPost(post));
    expect(reading.paths.chosen).toBe("executive");
    // A chosen model that always prefers `ic` over any other kind.
    const icFirst: LearnedPathsModel = { ...MODEL, chosen: { "ic|bias": 9, "u:bias": -9 } };
    expect(learnedPaths(icFirst, reading).chosen).not.toBe("executive");
    const out = learnedPaths({ ...icFirst, handRare: ["executive"] }, reading);
    expect(out.chosen).toBe("executive");
    expect(out.considered).toContain("executive");
  });

  it("takes a step the author states as new, not one they look back on", () => {
    // A chosen model that always prefers `ic` over any other kind.
    const icFirst: LearnedPathsModel = { ...MODEL, chosen: { "ic|bias": 9, "u:bias": -9 } };
    const news = readReflectionParts(
      readPost(
        "# News\n\nToday is my first day as an engineering manager at a small company.\n\nFor eight years I was an individual contributor.\n",
      ),
    );
    expect(news.paths.chosen).toBe("manager");
    expect(learnedPaths(icFirst, news).chosen).toBe("manager");
    const past = readReflectionParts(
      readPost("# Looking back\n\nSix years ago I joined a bank as an engineering manager.\n"),
    );
    // A step six years back is the role held, not the one taken (session 31); the model decides.
    expect(past.paths.chosen).toBe("undecided");
    expect(past.paths.mentions.find((m) => m.path === "manager")?.kind).toBe("left");
    expect(learnedPaths(icFirst, past).chosen).toBe("ic");
    // "Now I'm a ..." opening a sentence or a clause states the role the post is about.
    const now = readReflectionParts(
      readPost(
        "# Why I left\n\nFor five years I was a CTO. Now I'm an engineering manager at a logistics firm.\n",
      ),
    );
    expect(learnedPaths(icFirst, now).chosen).toBe("manager");
  });

  it("considers every step the author lists as an option, whatever the model says", () => {
    const post =
      "# Two offers\n\nOption A: a staff engineer role at a bank.\n\nOption B: consulting for a year.\n";
    const reading = readReflectionParts(readPost(post));
    // A model that considers nothing.
    const none: LearnedPathsModel = { ...MODEL, considered: { ...MODEL.considered, bias: -20 } };
    expect(learnedPaths(none, reading).considered).toEqual(["ic", "independent"]);
    // The same words unlabelled are left to the model.
    const plain = readReflectionParts(
      readPost("# Two offers\n\nA staff engineer role at a bank.\n\nConsulting for a year.\n"),
    );
    expect(learnedPaths(none, plain).considered).toEqual([]);
  });

  it("considers the steps the author says they weigh now, whatever the model says", () => {
    const none: LearnedPathsModel = { ...MODEL, considered: { ...MODEL.considered, bias: -20 } };
    const read = (text: string) =>
      learnedPaths(none, readReflectionParts(readPost(`# Laid off\n\n${text}\n`))).considered;
    expect(
      read("I'm open to both staff engineer and engineering manager roles, given the right team."),
    ).toEqual(["ic", "manager"]);
    expect(read("I am currently interviewing for staff engineer roles.")).toEqual(["ic"]);
    // The role left behind is not weighed, and past weighing is left to the model.
    expect(read("I was open to staying on as an engineering manager.")).toEqual([]);
  });

  it("takes the one step stated as new and the author's own, even where the hand reading is undecided", () => {
    // A model that never chooses a step.
    const never: LearnedPathsModel = { ...MODEL, chosen: { "u:bias": 50 } };
    const read = (text: string) =>
      learnedPaths(never, readReflectionParts(readPost(`# News\n\n${text}\n`))).chosen;
    expect(read("On Monday I start as VP of Engineering at a small logistics firm.")).toBe(
      "executive",
    );
    expect(read("From next week I'm joining Relay as a developer advocate.")).toBe("go_to_market");
    // An offer accepted: "I accepted an offer to join ... as ..." is the step taken.
    expect(
      read("Last Tuesday I accepted an offer to join Kente Pay as an engineering manager."),
    ).toBe("manager");
  });

  it("takes the step named after the author's leaving, or a new job started as a role (session 36)", () => {
    const icFirst: LearnedPathsModel = { ...MODEL, chosen: { "ic|bias": 9, "u:bias": -9 } };
    const read = (text: string) =>
      learnedPaths(icFirst, readReflectionParts(readPost(`# News\n\n${text}\n`))).chosen;
    expect(
      read(
        "After five years as a staff engineer, I'm leaving at the end of the month to become CTO at a small agritech company.",
      ),
    ).toBe("executive");
    expect(
      read("Three weeks ago I started a new job as VP of Engineering at a logistics company."),
    ).toBe("executive");
    expect(read("In January I started as VP of Engineering at a health-tech company.")).toBe(
      "executive",
    );
    expect(
      read("Personal news: on Monday I become the engineering manager of the search team."),
    ).toBe("manager");
    expect(
      read(
        "At the end of this month I leave my role as director of engineering at a services firm, after ten years, to start a product company with my co-founder.",
      ),
    ).toBe("founder");
    expect(
      read(
        "Exactly one year ago I left my job as an engineering manager and joined a cloud provider as a solutions architect.",
      ),
    ).toBe("go_to_market");
    // The role left, named before the leaving, is not the step taken.
    expect(read("I'm leaving my job as an engineering manager to think for a while.")).not.toBe(
      "manager",
    );
  });

  it("does not take a step the author rules out and states as taken nowhere", () => {
    const icFirst: LearnedPathsModel = { ...MODEL, chosen: { "ic|bias": 9, "u:bias": -9 } };
    const ruledOut = readReflectionParts(
      readPost(
        "# Next\n\nI manage the payments team today.\n\nI'm not going back to being an individual contributor.\n",
      ),
    );
    expect(learnedPaths(icFirst, ruledOut).chosen).toBe("undecided");
    // Taken somewhere, the same kind stands.
    const taken = readReflectionParts(
      readPost(
        "# Next\n\nI said I'd never be an individual contributor again.\n\nLast month I joined a small company as a staff engineer.\n",
      ),
    );
    expect(learnedPaths(icFirst, taken).chosen).toBe("ic");
  });

  it("says undecided when no path reads as taken", () => {
    const out = learnedPaths(MODEL, readReflectionParts(readPost(OPEN)));
    expect(out.chosen).toBe("undecided");
    expect(out.considered).toEqual(expect.arrayContaining(["ic", "independent"]));
  });

  it("never reads a path the post does not name into the considered ones", () => {
    const eager: LearnedPathsModel = {
      ...MODEL,
      considered: { bias: 9, weights: {}, threshold: 0.5 },
    };
    const out = learnedPaths(eager, readReflectionParts(readPost(OPEN)));
    expect(out.considered).not.toContain("break");
    expect(out.considered).not.toContain("teaching_writing");
  });
});

describe("role cues (read only for a model that asks for them)", () => {
  const read = (text: string) => readReflectionParts(readPost(text));

  it("reads the kind of the role taken from its title words", () => {
    expect([
      ...newRoleKinds(read("Today I'm joining a bank as a senior software engineer.")),
    ]).toEqual(["ic"]);
    expect([
      ...newRoleKinds(read("I have accepted the role of VP of Engineering at a retailer.")),
    ]).toEqual(["executive"]);
    expect([
      ...newRoleKinds(read("I joined a startup as engineering manager of two teams.")),
    ]).toEqual(["manager"]);
    expect([...newRoleKinds(read("I have joined a friend's company as co-founder."))]).toEqual([
      "founder",
    ]);
    expect([
      ...newRoleKinds(read("In March I'll join Brightwave as their Chief Technology Officer.")),
    ]).toEqual(["executive"]);
    expect([...newRoleKinds(read("# I accepted a CTO role\n\nNews."))]).toEqual(["executive"]);
    // Someone else's role, though the sentence says "my".
    expect(
      newRoleKinds(read("When Sam joined the company as my new manager, I was glad.")).size,
    ).toBe(0);
    // Not a decision sentence of the author's: no role taken.
    expect(newRoleKinds(read("She joined the company as a staff engineer.")).size).toBe(0);
    // Under a negation: not taken.
    expect(newRoleKinds(read("I decided I will not join them as a manager.")).size).toBe(0);
    // Only weighed: not taken.
    expect(
      newRoleKinds(
        read("I might go freelance, or I might join a small company as a staff engineer."),
      ).size,
    ).toBe(0);
  });

  it("adds its features only when the model reads role cues", () => {
    const reading = read("Last month I joined a small company as a staff engineer.");
    const off = pathFeatures(reading, "ic", postPathContext(reading));
    const on = pathFeatures(reading, "ic", postPathContext(reading, true));
    expect(off.has("newRole")).toBe(false);
    expect(on.get("newRole")).toBe(1);
    expect(on.get("ic|post:newJob")).toBe(1);
    const cued: LearnedPathsModel = {
      ...MODEL,
      chosen: { newRole: 6, "u:bias": 1 },
      roleCues: true,
    };
    expect(learnedPaths(cued, reading).chosen).toBe("ic");
    expect(learnedPaths({ ...cued, roleCues: undefined }, reading).chosen).toBe("undecided");
  });

  it("lets the chosen model alone read the role cues (chosenRoleCues)", () => {
    // A new job whose kind only the role named ("as a staff engineer") tells.
    const reading = read("Last month I joined a small company as a staff engineer.");
    const model: LearnedPathsModel = {
      // The considered model would take the path only on the role cue: it must not see it.
      considered: { bias: -3, weights: { newRole: 6 }, threshold: 0.5 },
      chosen: { newRole: 6, "u:bias": 1 },
      chosenRoleCues: true,
    };
    const out = learnedPaths(model, reading);
    expect(out.chosen).toBe("ic");
    // The chosen path is considered, and no other path is read in on the role cue.
    expect(out.considered).toEqual(["ic"]);
    expect(out.probabilities.ic).toBeLessThan(0.5);
    expect(learnedPaths({ ...model, chosenRoleCues: undefined }, reading).chosen).toBe("undecided");
  });

  it("reads the step sentences, where the news stands, only when asked", () => {
    const reading = read(
      [
        "# Joining a new team",
        "",
        "I'm joining a small company next month as a staff engineer.",
        "",
        "It took a while. I spent many years in management before that.",
        "",
        "My manager was kind. The team was great. We shipped a lot.",
        "",
        "We grew fast. Everyone learned. I will miss them.",
        "",
      ].join("\n"),
    );
    const step = stepReading(reading);
    expect(step.cues).toEqual(expect.arrayContaining(["step", "joining@head", "future@tail"]));
    expect(step.cues).not.toContain("unstated");
    expect(step.kinds.get("ic")).toEqual(expect.arrayContaining(["in", "strict", "only"]));
    // Off unless the context is asked for the step cues.
    expect(postPathContext(reading).step).toBeUndefined();
    expect(postPathContext(reading, false, true).post).toContain("joining@head");
    const open = stepReading(read(OPEN));
    expect(open.sentences).toEqual([]);
    expect(open.cues).not.toContain("step");
    // A step under "if I" is weighed, not taken.
    expect(
      stepReading(read("If I joined them as a manager, I would lead a team.")).sentences,
    ).toEqual([]);
  });

  it("reads a step that answers 'what's next' as a step, not a search (session 39)", () => {
    const step = stepReading(
      read("Ten years here.\n\nWhat's next: from June I'll be at a friend's company in Porto."),
    );
    expect(step.cues).toContain("step");
    expect(step.cues).not.toContain("search");
    // Helping others work something out is no search of one's own.
    const helping = stepReading(
      read("I have no plan yet. I spend my days helping customers figure out their migrations."),
    );
    expect(helping.cues).not.toContain("search");
    expect(stepReading(read("I'm still figuring it out.")).cues).toContain("search");
  });

  it("reads the chosen path in two stages when the model has a decided stage", () => {
    const reading = read(POST);
    const twoStage: LearnedPathsModel = {
      ...MODEL,
      chosen: { taken: 4 },
      decided: { bias: 0, weights: { "d:taken": 3 }, threshold: 0.5 },
    };
    expect(learnedPaths(twoStage, reading).chosen).toBe("ic");
    expect(learnedPaths(twoStage, reading).decided).toBeGreaterThan(0.9);
    // Below the decided stage's threshold no kind is read, however strong.
    const unsure = { ...twoStage, decided: { bias: -5, weights: {}, threshold: 0.5 } };
    expect(learnedPaths(unsure, reading).chosen).toBe("undecided");
  });
});
