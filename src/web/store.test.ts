import { beforeEach, describe, expect, it, vi } from "vitest";
import { type Profile, profileSchema } from "../core/model/profile.js";
import type { OptionView, WorkspaceView } from "../server/workspace-view.js";
import { withOptionChanges } from "./merge.js";

/** A stand-in for the server: one option file, compare-and-swap on its hash. */
const disk = vi.hoisted(() => ({ view: null as unknown as WorkspaceView, version: 0 }));

vi.mock("./api.js", async () => {
  const { ApiError } = await vi.importActual<typeof import("./api.js")>("./api.js");
  return {
    ApiError,
    api: {
      workspace: async () => structuredClone(disk.view),
      editOption: async (
        id: string,
        expectedHash: string,
        changes: { field: string; value: unknown }[],
      ) => {
        const option = disk.view.options.find((o) => o.id === id) as OptionView;
        if (option.hash !== expectedHash) throw new ApiError(409, "conflict", []);
        changeOnDisk(id, changes);
        return structuredClone(disk.view);
      },
      setWeighting: async (
        expectedHash: string,
        change: { method?: string; pairwise?: [string, string, number][] },
      ) => {
        if (disk.view.profileHash !== expectedHash) throw new ApiError(409, "conflict", []);
        judgeOnDisk(change.pairwise ?? []);
        return structuredClone(disk.view);
      },
    },
  };
});

function judgeOnDisk(pairwise: [string, string, number][]): void {
  const profile = disk.view.profile as Profile;
  disk.view.profile = { ...profile, weighting: { ...profile.weighting, pairwise } };
  disk.view.profileHash = `p${++disk.version}`;
}

function changeOnDisk(id: string, changes: { field: string; value: unknown }[]): void {
  disk.view.options = disk.view.options.map((o) =>
    o.id === id ? { ...withOptionChanges(o, changes), hash: `h${++disk.version}` } : o,
  );
}

const fileValue = (field: "nextStep" | "organisation") => disk.view.options[0]?.[field];

async function freshStore() {
  vi.resetModules();
  const { store } = await import("./store.js");
  await store.reload();
  return store;
}

beforeEach(() => {
  disk.version = 0;
  disk.view = {
    profile: profileSchema.parse({
      version: 1,
      question: "Next?",
      criteria: [
        { id: "impact", name: "Impact", weight: 1 },
        { id: "pay", name: "Pay", weight: 1 },
        { id: "team", name: "Team", weight: 1 },
      ],
      weighting: {
        method: "ahp",
        pairwise: [
          ["impact", "pay", 1],
          ["impact", "team", 1],
          ["pay", "team", 1],
        ],
      },
    }),
    profileHash: "p0",
    options: [
      {
        id: "quill",
        file: "options/quill.md",
        body: "",
        title: "Staff engineer",
        organisation: "Quill",
        nextStep: "Send the take-home",
        status: "talking",
        contacts: [],
        ratings: { impact: 4 },
        tags: [],
        hash: "h0",
        roleAnalysis: null,
      },
    ],
    issues: [],
    journal: [],
    decisions: { records: [], reviews: [] },
  };
});

describe("the workbench store", () => {
  it("saves an edit and keeps nothing unsaved", async () => {
    const store = await freshStore();
    expect(await store.editOption("quill", [{ field: "nextStep", value: "Call Ada" }])).toBe(true);
    expect(fileValue("nextStep")).toBe("Call Ada");
    expect(store.get().unsaved).toEqual([]);
  });

  it("on a 409 keeps the change visible, then merges it over the other change", async () => {
    const store = await freshStore();
    changeOnDisk("quill", [{ field: "organisation", value: "Quill Labs" }]);
    expect(await store.editOption("quill", [{ field: "nextStep", value: "Call Ada" }])).toBe(false);
    expect(store.get().conflicts).toEqual(["option:quill"]);
    expect(store.get().view?.options[0]?.nextStep).toBe("Call Ada");
    expect(fileValue("nextStep")).toBe("Send the take-home");
    await store.merge();
    expect([fileValue("nextStep"), fileValue("organisation")]).toEqual(["Call Ada", "Quill Labs"]);
    expect(store.get()).toMatchObject({ unsaved: [], conflicts: [], questions: [] });
  });

  it("asks about a field changed on both sides and writes the value the user keeps", async () => {
    const store = await freshStore();
    changeOnDisk("quill", [{ field: "nextStep", value: "Wait for the recruiter" }]);
    await store.editOption("quill", [{ field: "nextStep", value: "Call Ada" }]);
    await store.merge();
    expect(store.get().questions).toEqual([
      {
        target: "option:quill",
        field: "nextStep",
        ours: "Call Ada",
        theirs: "Wait for the recruiter",
      },
    ]);
    expect(fileValue("nextStep")).toBe("Wait for the recruiter");
    await store.resolve(() => true);
    expect(fileValue("nextStep")).toBe("Call Ada");
    expect(store.get()).toMatchObject({ unsaved: [], conflicts: [], questions: [] });
  });

  it("drops the user's change only when asked to", async () => {
    const store = await freshStore();
    changeOnDisk("quill", [{ field: "organisation", value: "Quill Labs" }]);
    await store.editOption("quill", [{ field: "nextStep", value: "Call Ada" }]);
    await store.discard();
    expect(store.get().view?.options[0]).toMatchObject({
      nextStep: "Send the take-home",
      organisation: "Quill Labs",
    });
    expect(store.get()).toMatchObject({ unsaved: [], conflicts: [] });
  });

  it("merges AHP judgements pair by pair", async () => {
    const store = await freshStore();
    judgeOnDisk([
      ["impact", "pay", 3],
      ["impact", "team", 1],
      ["pay", "team", 1],
    ]);
    store.setJudgement("team", "impact", 5);
    // The judgement is saved after the controls settle (a short debounce).
    await vi.waitFor(() => expect(store.get().conflicts).toEqual(["profile"]), { timeout: 5000 });
    await store.merge();
    expect(disk.view.profile?.weighting.pairwise).toEqual([
      ["impact", "pay", 3],
      ["impact", "team", 1 / 5],
      ["pay", "team", 1],
    ]);
    expect(store.get()).toMatchObject({ unsaved: [], conflicts: [], questions: [] });
  });
});
