import { describe, expect, it } from "vitest";
import { rankWorkspace } from "../cli/workspace-actions.js";
import { rank } from "../core/decision/methods.js";
import { copyExample } from "../testing/cli.js";
import { derive } from "../web/store.js";
import { FsStorage } from "../workspace/fs-storage.js";
import { reportData } from "./report-data.js";

describe("reportData", () => {
  it("a shared report ranks as bearing rank does, derived total pay included", async () => {
    const storage = new FsStorage(copyExample());
    const { workspace, model } = await rankWorkspace(storage);
    const ranking = rank(model);
    // The example's pay criterion is derived from each option's compensation, which the shared
    // report leaves out: what it gives must be baked in before.
    expect(workspace.profile.criteria.find((c) => c.id === "pay")?.derived).toBe(
      "totalCompensation",
    );
    let letters: Record<string, string> = {};
    const { data } = await reportData(storage, {
      share: true,
      date: "2026-12-02",
      fingerprint: (ids) => {
        letters = ids;
        return "fingerprint";
      },
    });
    // As the report page derives its ranking from the data.
    const page = derive(data.view).derived?.ranking.alternatives ?? [];
    expect(page.map((a) => a.id)).toEqual(ranking.alternatives.map((a) => letters[a.id]));
    expect(page.map((a) => a.score)).toEqual(
      ranking.alternatives.map((a) => expect.closeTo(a.score, 9)),
    );
  });
});
