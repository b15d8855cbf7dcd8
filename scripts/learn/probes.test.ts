import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeShared, sharedWordRuns, wordRuns } from "../../src/testing/shared.js";
import { evaluateDir } from "../eval-reflect.js";
import { evaluateFolder } from "../eval-roles.js";
import { loadProbeSet, PROBE_ROUNDS, PROBES_DIR, scoreProbes } from "./probes.js";

const SETS = ["hands-on", "stage", "responsibilities", "archetype", "facts", "posts"];

describe("the probe sets of data/probes", () => {
  it("hold a text for every expected line and an expected line for every text", () => {
    for (const dir of PROBE_ROUNDS)
      for (const set of SETS) {
        const probes = loadProbeSet(set, dir);
        const files = readdirSync(join(dir, set)).filter((f) => f.endsWith(".md"));
        expect(probes.map((p) => `${p.id}.md`).sort(), `${dir} ${set}`).toEqual(files.sort());
        expect(probes.length, set).toBeGreaterThanOrEqual(40);
      }
  });

  // Regression floors a little under the scores when each round's wordings were fixed (npm run
  // eval:probes): wordings new users write that the analysers once misread must not be misread
  // again. Not an estimate of accuracy on unseen text (data/probes/README.md). Round 1: session
  // 22; round 2: session 23, written blind and scored before any fix, then fixed. Invented facts
  // where the text states none: #11 allows at most 5% per field on real texts.
  const FLOORS = [
    {
      round: "round 1",
      dir: PROBES_DIR,
      at: { handsOn: 64, stage: 63, responsibilities: 0.79, archetype: 36 },
      stated: { reportsTo: 44, teamSize: 37, workMode: 48 },
      invented: { workMode: 2, reportsTo: 1, teamSize: 1 },
      posts: { chosen: 32, considered: 0.75, values: 0.62 },
    },
    {
      round: "round 2",
      dir: join(PROBES_DIR, "round-2"),
      at: { handsOn: 37, stage: 36, responsibilities: 0.76, archetype: 38 },
      stated: { reportsTo: 27, teamSize: 24, workMode: 30 },
      invented: { workMode: 1, reportsTo: 1, teamSize: 1 },
      posts: { chosen: 24, considered: 0.72, values: 0.55 },
    },
  ] as const;

  it.each(FLOORS)(
    "$round is read as well as when its wordings were fixed",
    (f) => {
      const s = scoreProbes(f.dir);
      expect(s.handsOn.right).toBeGreaterThanOrEqual(f.at.handsOn);
      expect(s.stage.right).toBeGreaterThanOrEqual(f.at.stage);
      expect(s.responsibilities.f1).toBeGreaterThanOrEqual(f.at.responsibilities);
      expect(s.archetype.archetype.right).toBeGreaterThanOrEqual(f.at.archetype);
      for (const field of ["reportsTo", "teamSize", "workMode"] as const) {
        expect(s.facts[field].stated.right, field).toBeGreaterThanOrEqual(f.stated[field]);
        expect(s.facts[field].invented.right, field).toBeLessThanOrEqual(f.invented[field]);
      }
      expect(s.posts.chosen.right).toBeGreaterThanOrEqual(f.posts.chosen);
      expect(s.posts.considered.f1).toBeGreaterThanOrEqual(f.posts.considered);
      expect(s.posts.values.f1).toBeGreaterThanOrEqual(f.posts.values);
    },
    60_000,
  );

  // The realistic sets (session 24): postings and posts written and labelled blind in the dev
  // set's format, each scored before any fix (data/probes/README.md gives both scores). Floors a
  // little under the scores after the fixes they exposed (set 3: under its blind scores). Facts: [right where stated, at least;
  // invented where not, at most].
  const REALISTIC = [
    {
      set: "realistic-1",
      postings: 50,
      responsibilities: 0.8,
      archetype: 0.82,
      facts: {
        reports_to: [17, 1],
        team_size: [16, 1],
        hands_on: [40, 0],
        compensation: [24, 1],
        work_mode: [40, 1],
        stage: [22, 1],
      },
      posts: 45,
      chosen: 37,
      considered: 0.8,
      values: 0.54,
    },
    {
      set: "realistic-2",
      postings: 40,
      responsibilities: 0.82,
      archetype: 0.88,
      facts: {
        reports_to: [13, 1],
        team_size: [13, 1],
        hands_on: [31, 5],
        compensation: [20, 1],
        work_mode: [32, 1],
        stage: [20, 1],
      },
      posts: 40,
      chosen: 31,
      considered: 0.82,
      values: 0.48,
    },
    {
      // Scored blind and left unread: floors under its blind scores, not after fixes.
      set: "realistic-3",
      postings: 40,
      responsibilities: 0.82,
      archetype: 0.86,
      facts: {
        reports_to: [12, 1],
        team_size: [10, 2],
        hands_on: [24, 7],
        compensation: [20, 1],
        work_mode: [32, 1],
        stage: [19, 2],
      },
      posts: 40,
      chosen: 29,
      considered: 0.8,
      values: 0.43,
    },
    {
      // Session 25: scored blind, then read and fixed.
      set: "realistic-4",
      postings: 40,
      responsibilities: 0.8,
      archetype: 0.82,
      facts: {
        reports_to: [13, 1],
        team_size: [13, 1],
        hands_on: [31, 2],
        compensation: [21, 1],
        work_mode: [31, 1],
        stage: [19, 1],
      },
      posts: 40,
      chosen: 30,
      considered: 0.78,
      values: 0.54,
    },
    {
      // Session 25: postings scored blind, then their facts and archetypes read and fixed; the
      // posts scored blind and left unread (floors under their blind scores).
      set: "realistic-5",
      postings: 40,
      responsibilities: 0.8,
      archetype: 0.85,
      facts: {
        reports_to: [14, 1],
        team_size: [13, 1],
        hands_on: [28, 5],
        compensation: [19, 1],
        work_mode: [35, 1],
        stage: [19, 1],
      },
      posts: 40,
      chosen: 31,
      considered: 0.84,
      values: 0.54,
    },
    {
      // Session 25: postings only, scored blind (floors under those scores), then their facts read.
      set: "realistic-6",
      postings: 40,
      responsibilities: 0.8,
      archetype: 0.78,
      facts: {
        reports_to: [13, 1],
        team_size: [12, 3],
        hands_on: [24, 6],
        compensation: [18, 1],
        work_mode: [29, 1],
        stage: [20, 1],
      },
      posts: 0,
      chosen: 0,
      considered: 0,
      values: 0,
    },
    {
      // Session 25, written after every fix: postings only, scored blind and left unread.
      set: "realistic-7",
      postings: 40,
      responsibilities: 0.8,
      archetype: 0.85,
      facts: {
        reports_to: [13, 1],
        team_size: [12, 1],
        hands_on: [30, 2],
        compensation: [21, 1],
        work_mode: [30, 1],
        stage: [20, 1],
      },
      posts: 0,
      chosen: 0,
      considered: 0,
      values: 0,
    },
    {
      // Session 26: postings scored blind, then read and their facts fixed; the posts scored
      // blind and left unread (floors under their blind scores).
      set: "realistic-8",
      postings: 40,
      responsibilities: 0.82,
      archetype: 0.85,
      facts: {
        reports_to: [15, 1],
        team_size: [13, 1],
        hands_on: [34, 1],
        compensation: [19, 1],
        work_mode: [35, 1],
        stage: [20, 1],
      },
      posts: 40,
      chosen: 31,
      considered: 0.8,
      values: 0.46,
    },
    {
      // Session 26, written after every fix of the session: scored blind and left unread.
      set: "realistic-9",
      postings: 40,
      responsibilities: 0.82,
      archetype: 0.8,
      facts: {
        reports_to: [15, 1],
        team_size: [15, 2],
        hands_on: [29, 2],
        compensation: [17, 2],
        work_mode: [30, 1],
        stage: [18, 1],
      },
      posts: 40,
      chosen: 29,
      considered: 0.8,
      values: 0.42,
    },
    {
      // Session 27, written at its start: scored blind (floors under those scores), left unread.
      set: "realistic-10",
      postings: 40,
      responsibilities: 0.82,
      archetype: 0.82,
      facts: {
        reports_to: [12, 1],
        team_size: [12, 3],
        hands_on: [28, 6],
        compensation: [18, 2],
        work_mode: [31, 1],
        stage: [16, 1],
      },
      posts: 40,
      chosen: 27,
      considered: 0.82,
      values: 0.45,
    },
    {
      // Session 27, written after every fix of the session: scored blind and left unread.
      set: "realistic-11",
      postings: 40,
      responsibilities: 0.82,
      archetype: 0.78,
      facts: {
        reports_to: [13, 1],
        team_size: [11, 2],
        hands_on: [29, 1],
        compensation: [19, 1],
        work_mode: [28, 1],
        stage: [20, 2],
      },
      posts: 40,
      chosen: 28,
      considered: 0.8,
      values: 0.5,
    },
    {
      // Session 28, written at its start: scored blind at its first commit (floors under those
      // scores), left unread.
      set: "realistic-12",
      postings: 40,
      responsibilities: 0.83,
      archetype: 0.78,
      facts: {
        reports_to: [12, 1],
        team_size: [10, 1],
        hands_on: [31, 3],
        compensation: [17, 1],
        work_mode: [30, 1],
        stage: [19, 1],
      },
      posts: 40,
      chosen: 29,
      considered: 0.79,
      values: 0.55,
    },
    {
      // Session 28, written after the fixes of sets 11 and 12: scored blind, left unread.
      set: "realistic-13",
      postings: 40,
      responsibilities: 0.82,
      archetype: 0.78,
      facts: {
        reports_to: [12, 1],
        team_size: [12, 2],
        hands_on: [25, 9],
        compensation: [19, 1],
        work_mode: [31, 1],
        stage: [20, 2],
      },
      posts: 40,
      chosen: 28,
      considered: 0.8,
      values: 0.45,
    },
    {
      // Session 28, written at its end after every fix: scored blind; read in session 29.
      set: "realistic-14",
      postings: 40,
      responsibilities: 0.82,
      archetype: 0.8,
      facts: {
        reports_to: [15, 1],
        team_size: [13, 1],
        hands_on: [32, 5],
        compensation: [18, 1],
        work_mode: [34, 2],
        stage: [19, 1],
      },
      posts: 40,
      chosen: 27,
      considered: 0.77,
      values: 0.49,
    },
    {
      // Session 29, written at its start: scored blind at 6177f4d; its postings then read.
      set: "realistic-15",
      postings: 40,
      responsibilities: 0.82,
      archetype: 0.77,
      facts: {
        reports_to: [34, 1],
        team_size: [27, 1],
        hands_on: [31, 7],
        compensation: [33, 1],
        work_mode: [36, 1],
        stage: [34, 1],
      },
      posts: 40,
      chosen: 27,
      considered: 0.79,
      values: 0.64,
    },
    {
      // Session 29, written mid-session: scored blind at 7320641; read in session 30 (floors
      // raised to what it then read). Its title-mismatch false alarms (3 of 20) are over #11's
      // line: a ceiling here, not a floor met.
      set: "realistic-16",
      postings: 40,
      responsibilities: 0.82,
      archetype: 0.77,
      falseAlarms: 0.15,
      facts: {
        reports_to: [33, 1],
        team_size: [26, 1],
        hands_on: [31, 5],
        compensation: [31, 1],
        work_mode: [35, 1],
        stage: [33, 1],
      },
      posts: 40,
      chosen: 26,
      considered: 0.8,
      values: 0.62,
    },
    {
      // Session 30, written at its start: scored blind at 586c07d; then read, postings and posts.
      set: "realistic-17",
      postings: 40,
      responsibilities: 0.82,
      archetype: 0.87,
      facts: {
        reports_to: [33, 1],
        team_size: [23, 2],
        hands_on: [29, 7],
        compensation: [32, 1],
        work_mode: [36, 1],
        stage: [33, 1],
      },
      posts: 40,
      chosen: 30,
      considered: 0.79,
      values: 0.6,
    },
    {
      // Session 30, written mid-session: scored blind at 814cfa2 (and at 586c07d), left unread.
      set: "realistic-18",
      postings: 40,
      responsibilities: 0.8,
      archetype: 0.82,
      facts: {
        reports_to: [31, 1],
        team_size: [20, 2],
        hands_on: [31, 4],
        compensation: [31, 1],
        work_mode: [33, 1],
        stage: [35, 1],
      },
      posts: 40,
      chosen: 25,
      considered: 0.84,
      values: 0.65,
    },
    {
      // Session 31, written at the session's start: scored blind at b180f7b, left unread.
      set: "realistic-19",
      postings: 40,
      responsibilities: 0.8,
      archetype: 0.79,
      facts: {
        reports_to: [31, 1],
        team_size: [22, 1],
        hands_on: [27, 7],
        compensation: [30, 1],
        work_mode: [30, 1],
        stage: [34, 1],
      },
      posts: 40,
      chosen: 24,
      considered: 0.8,
      values: 0.62,
    },
    {
      // Session 32, written at the session's start: scored blind at 5033344; read in session 33.
      set: "realistic-20",
      postings: 40,
      responsibilities: 0.81,
      archetype: 0.85,
      falseAlarms: 0.1,
      facts: {
        reports_to: [35, 1],
        team_size: [25, 2],
        hands_on: [33, 5],
        compensation: [31, 1],
        work_mode: [35, 1],
        stage: [34, 1],
      },
      posts: 40,
      chosen: 26,
      considered: 0.83,
      values: 0.6,
    },
    {
      // Session 33, written at the session's start: scored blind at 0b19bf5; read later in
      // session 33, once set 22 was written.
      set: "realistic-21",
      postings: 40,
      responsibilities: 0.79,
      archetype: 0.85,
      falseAlarms: 0.11,
      facts: {
        reports_to: [31, 1],
        team_size: [20, 1],
        hands_on: [25, 7],
        compensation: [29, 1],
        work_mode: [34, 1],
        stage: [35, 1],
      },
      posts: 40,
      chosen: 25,
      considered: 0.81,
      values: 0.62,
    },
    {
      // Session 33, written mid-session: scored blind at ad25f44; read in session 34, once set
      // 23 was written.
      set: "realistic-22",
      postings: 40,
      responsibilities: 0.82,
      archetype: 0.77,
      falseAlarms: 0.12,
      facts: {
        reports_to: [34, 1],
        team_size: [23, 1],
        hands_on: [33, 5],
        compensation: [33, 1],
        work_mode: [34, 1],
        stage: [32, 2],
      },
      posts: 40,
      chosen: 31,
      considered: 0.82,
      values: 0.64,
    },
    {
      // Session 34, written at the session's start: scored blind at c632a07; read in session 35,
      // once set 24 was written.
      set: "realistic-23",
      postings: 40,
      responsibilities: 0.81,
      archetype: 0.77,
      falseAlarms: 0.23,
      facts: {
        reports_to: [30, 1],
        team_size: [20, 2],
        hands_on: [31, 3],
        compensation: [26, 1],
        work_mode: [32, 1],
        stage: [35, 2],
      },
      posts: 40,
      chosen: 30,
      considered: 0.86,
      values: 0.65,
    },
    {
      // Session 35, written at the session's start: scored blind at 4e5df2a; read in session 35,
      // once set 25 was written.
      set: "realistic-24",
      postings: 40,
      responsibilities: 0.82,
      archetype: 0.79,
      falseAlarms: 0.13,
      facts: {
        reports_to: [29, 1],
        team_size: [20, 1],
        hands_on: [32, 4],
        compensation: [26, 1],
        work_mode: [30, 1],
        stage: [29, 1],
      },
      posts: 40,
      chosen: 28,
      considered: 0.83,
      values: 0.64,
    },
    {
      // Session 35, written mid-session: scored blind at 0a49a10, read in session 36.
      set: "realistic-25",
      postings: 40,
      responsibilities: 0.79,
      archetype: 0.75,
      falseAlarms: 0.13,
      facts: {
        reports_to: [31, 1],
        team_size: [23, 1],
        hands_on: [31, 4],
        compensation: [30, 1],
        work_mode: [33, 1],
        stage: [32, 1],
      },
      posts: 40,
      chosen: 29,
      considered: 0.84,
      values: 0.62,
    },
    {
      // Session 36, written at its first step: scored blind at 80fd46d (session 35's end).
      set: "realistic-26",
      postings: 40,
      responsibilities: 0.82,
      archetype: 0.87,
      falseAlarms: 0.08,
      facts: {
        reports_to: [32, 1],
        team_size: [24, 1],
        hands_on: [32, 1],
        compensation: [30, 1],
        work_mode: [31, 1],
        stage: [31, 1],
      },
      posts: 40,
      chosen: 29,
      considered: 0.85,
      values: 0.63,
    },
    {
      // Session 36, written mid-session: scored blind at 57abbf2 (after set 25's fixes), read in
      // session 36.
      set: "realistic-27",
      postings: 40,
      responsibilities: 0.82,
      archetype: 0.92,
      falseAlarms: 0.09,
      facts: {
        reports_to: [33, 1],
        team_size: [22, 1],
        hands_on: [27, 2],
        compensation: [31, 1],
        work_mode: [29, 1],
        stage: [29, 1],
      },
      posts: 40,
      chosen: 29,
      considered: 0.83,
      values: 0.66,
    },
    {
      // Session 36, written late in the session: scored blind at caa1c67 (after set 26's fixes),
      // read in session 37.
      set: "realistic-28",
      postings: 40,
      responsibilities: 0.8,
      archetype: 0.87,
      falseAlarms: 0.08,
      facts: {
        reports_to: [31, 1],
        team_size: [22, 1],
        hands_on: [26, 3],
        compensation: [32, 1],
        work_mode: [34, 1],
        stage: [30, 1],
      },
      posts: 40,
      chosen: 35,
      considered: 0.78,
      values: 0.69,
    },
    {
      // Session 37, written at its first step: scored blind at 5bc23c5 (session 36's end), read
      // in session 37.
      set: "realistic-29",
      postings: 40,
      responsibilities: 0.83,
      archetype: 0.85,
      falseAlarms: 0.12,
      facts: {
        reports_to: [29, 1],
        team_size: [24, 1],
        hands_on: [32, 4],
        compensation: [32, 1],
        work_mode: [33, 1],
        stage: [29, 1],
      },
      posts: 40,
      chosen: 28,
      considered: 0.82,
      values: 0.65,
    },
    {
      // Session 37, written mid-session: scored blind at 0ca308c (after set 28's fixes), read in
      // session 37.
      set: "realistic-30",
      postings: 40,
      responsibilities: 0.8,
      archetype: 0.72,
      falseAlarms: 0.06,
      facts: {
        reports_to: [30, 1],
        team_size: [20, 2],
        hands_on: [27, 6],
        compensation: [31, 1],
        work_mode: [33, 1],
        stage: [34, 1],
      },
      posts: 40,
      chosen: 32,
      considered: 0.83,
      values: 0.65,
    },
    {
      // Session 37, written late in the session: scored blind at c6142ac (after set 29's
      // fixes), read in session 37.
      set: "realistic-31",
      postings: 40,
      responsibilities: 0.83,
      archetype: 0.87,
      falseAlarms: 0.08,
      facts: {
        reports_to: [32, 1],
        team_size: [23, 1],
        hands_on: [27, 2],
        compensation: [30, 1],
        work_mode: [33, 1],
        stage: [34, 2],
      },
      posts: 40,
      chosen: 31,
      considered: 0.81,
      values: 0.61,
    },
    {
      // Session 37, written at its end: scored blind at 044f0ce (after set 30's fixes), read in
      // session 38.
      set: "realistic-32",
      postings: 40,
      responsibilities: 0.79,
      archetype: 0.8,
      falseAlarms: 0.2,
      facts: {
        reports_to: [32, 1],
        team_size: [25, 2],
        hands_on: [31, 4],
        compensation: [33, 1],
        work_mode: [33, 1],
        stage: [33, 1],
      },
      posts: 40,
      chosen: 31,
      considered: 0.83,
      values: 0.66,
    },
    {
      // Session 38, written at its start: scored blind at 0bf08ab (session 37's end), read in
      // session 38.
      set: "realistic-33",
      postings: 40,
      responsibilities: 0.77,
      archetype: 0.77,
      falseAlarms: 0.17,
      facts: {
        reports_to: [32, 1],
        team_size: [25, 1],
        hands_on: [32, 2],
        compensation: [33, 1],
        work_mode: [33, 1],
        stage: [33, 1],
      },
      posts: 40,
      chosen: 22,
      considered: 0.75,
      values: 0.39,
    },
    {
      // Session 38, written mid-session: scored blind at 0cb6d04 (set 32's postings read); its
      // postings read at the session's end, its posts in session 39 (chosen 20 -> 22).
      set: "realistic-34",
      postings: 40,
      responsibilities: 0.78,
      archetype: 0.7,
      falseAlarms: 0.22,
      facts: {
        reports_to: [32, 1],
        team_size: [15, 2],
        hands_on: [35, 2],
        compensation: [34, 1],
        work_mode: [31, 1],
        stage: [33, 1],
      },
      posts: 40,
      chosen: 21,
      considered: 0.73,
      values: 0.45,
    },
    {
      // Session 38, written late: scored blind at 6a852ce (after set 33 was read); read in
      // session 39 (archetype 0.78 -> 0.90, mismatch 16 -> 20 of 22, facts +12).
      set: "realistic-35",
      postings: 40,
      responsibilities: 0.81,
      archetype: 0.87,
      falseAlarms: 0.17,
      facts: {
        reports_to: [30, 1],
        team_size: [24, 3],
        hands_on: [35, 1],
        compensation: [30, 1],
        work_mode: [33, 1],
        stage: [30, 1],
      },
      posts: 40,
      chosen: 22,
      considered: 0.72,
      values: 0.47,
    },
    {
      // Session 39, written at its start: scored blind at d893dbf (session 38's end); its
      // postings partly read at the session's end (titles on job boards, other languages), its
      // posts unread.
      set: "realistic-36",
      postings: 40,
      responsibilities: 0.74,
      archetype: 0.67,
      falseAlarms: 0.36,
      facts: {
        reports_to: [25, 1],
        team_size: [16, 4],
        hands_on: [34, 1],
        compensation: [24, 1],
        work_mode: [30, 1],
        stage: [31, 1],
      },
      posts: 40,
      chosen: 20,
      considered: 0.72,
      values: 0.28,
    },
    {
      // Session 39, written late (40 postings, 20 posts: one post writer did not finish): scored
      // blind at 0c12723 (before set 36 was read), unread.
      set: "realistic-37",
      postings: 40,
      responsibilities: 0.71,
      archetype: 0.72,
      falseAlarms: 0.24,
      facts: {
        reports_to: [27, 1],
        team_size: [14, 3],
        hands_on: [29, 2],
        compensation: [24, 1],
        work_mode: [30, 1],
        stage: [30, 1],
      },
      posts: 20,
      chosen: 7,
      considered: 0.62,
      values: 0.43,
    },
  ] as const;
  const realisticDir = (set: string) => join(PROBES_DIR, set);

  it.each(REALISTIC)(
    "the $set postings are read as well as when their wordings were fixed",
    (r) => {
      const { report } = evaluateFolder(join(realisticDir(r.set), "jds"));
      expect(report.postings).toBe(r.postings);
      expect(report.responsibilities.micro.f1).toBeGreaterThanOrEqual(r.responsibilities);
      expect(report.archetype.accuracy).toBeGreaterThanOrEqual(r.archetype);
      const falseAlarms = "falseAlarms" in r ? r.falseAlarms : 0.1;
      expect(report.mismatch.falseAlarmRate ?? 1).toBeLessThanOrEqual(falseAlarms);
      const floors: Record<string, readonly [number, number]> = r.facts;
      for (const f of report.facts) {
        const [right, invented] = floors[f.field] ?? [0, 0];
        expect(f.correct, f.field).toBeGreaterThanOrEqual(right);
        expect(f.invented, f.field).toBeLessThanOrEqual(invented);
      }
    },
    60_000,
  );

  it.each(REALISTIC.filter((r) => r.posts > 0))(
    "the $set posts are read as well as when their wordings were fixed",
    (r) => {
      const { scores } = evaluateDir(join(realisticDir(r.set), "posts"));
      expect(scores.posts).toBe(r.posts);
      expect(scores.chosen.correct).toBeGreaterThanOrEqual(r.chosen);
      expect(scores.considered.f1).toBeGreaterThanOrEqual(r.considered);
      expect(scores.valuesMicro.f1).toBeGreaterThanOrEqual(r.values);
    },
    60_000,
  );

  describeShared("are our own words", () => {
    it("no probe shares eight consecutive words with a text of ../shared", () => {
      const runs = sharedWordRuns(8);
      expect(runs.size).toBeGreaterThan(100_000);
      const copied = PROBE_ROUNDS.flatMap((dir) =>
        SETS.flatMap((set) =>
          loadProbeSet(set, dir)
            .filter((p) => wordRuns(p.text, 8).some((run) => runs.has(run)))
            .map((p) => `${dir}/${set}/${p.id}`),
        ),
      );
      const realistic = REALISTIC.flatMap(({ set, posts }) =>
        (posts > 0 ? ["jds", "posts"] : ["jds"]).flatMap((kind) =>
          readdirSync(join(realisticDir(set), kind))
            .filter((f) => f.endsWith(".md"))
            .filter((f) =>
              wordRuns(readFileSync(join(realisticDir(set), kind, f), "utf8"), 8).some((run) =>
                runs.has(run),
              ),
            )
            .map((f) => `${set}/${kind}/${f}`),
        ),
      );
      expect([...copied, ...realistic]).toEqual([]);
    }, 60_000);
  });
});
