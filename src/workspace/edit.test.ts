import { describe, expect, it } from "vitest";
import { setOptionBody, setOptionField, setOptionFields } from "./edit.js";
import { contentHash, MemoryStorage } from "./storage.js";

const PROFILE = `version: 1
question: Which role next?
criteria:
  - { id: impact, name: Impact, weight: 1 }
`;

const OPTION = `---
title: Staff engineer, Quill
nextStep: Send the take-home # due Friday
contacts:
  # from the conference
  - name: Ada Byrne # hiring manager
    role: Engineering manager
  - name: Tom Reyes
    relation: friend
ratings:
  impact: [2, 4] # depends on the team
---

Notes stay as they are.
`;

async function edit(field: string, value: unknown): Promise<string> {
  const storage = new MemoryStorage({ "bearing.yaml": PROFILE, "options/quill.md": OPTION });
  await setOptionField(storage, "quill", field, value, "2026-11-21");
  return new TextDecoder().decode((await storage.read("options/quill.md")) ?? new Uint8Array());
}

describe("setOptionField keeps what it does not change", () => {
  it("edits one contact in place, keeping the comments of the others", async () => {
    const text = await edit("contacts", [
      { name: "Ada Byrne", role: "Director of Engineering" },
      { name: "Tom Reyes", relation: "friend", lastContact: "2026-11-20" },
    ]);
    expect(text).toContain("# from the conference");
    expect(text).toContain("- name: Ada Byrne # hiring manager\n    role: Director of Engineering");
    expect(text).toContain("lastContact: 2026-11-20");
    expect(text).toContain("Notes stay as they are.");
  });

  it("removes a contact together with its comment, and adds one as a block", async () => {
    const text = await edit("contacts", [
      { name: "Tom Reyes", relation: "friend" },
      { name: "Lin Park", role: "Recruiter" },
    ]);
    expect(text).not.toContain("Ada Byrne");
    expect(text).not.toContain("hiring manager");
    expect(text).toMatch(
      /- name: Tom Reyes\n {4}relation: friend\n {2}- name: Lin Park\n {4}role: Recruiter/,
    );
  });

  it("keeps a scalar's comment and a flow list's style", async () => {
    expect(await edit("nextStep", "Call Ada")).toContain("nextStep: Call Ada # due Friday");
    expect(await edit("ratings.impact", [3, 4])).toContain(
      "impact: [ 3, 4 ] # depends on the team",
    );
  });

  it("refuses a contact without a name and writes nothing", async () => {
    const storage = new MemoryStorage({ "bearing.yaml": PROFILE, "options/quill.md": OPTION });
    await expect(setOptionField(storage, "quill", "contacts", [{ role: "CEO" }])).rejects.toThrow(
      /invalid/,
    );
    expect(new TextDecoder().decode((await storage.read("options/quill.md")) ?? undefined)).toBe(
      OPTION,
    );
  });

  it("writes several fields at once, or none when one is refused", async () => {
    const storage = new MemoryStorage({ "bearing.yaml": PROFILE, "options/quill.md": OPTION });
    const read = async () =>
      new TextDecoder().decode((await storage.read("options/quill.md")) ?? undefined);
    await expect(
      setOptionFields(storage, "quill", [
        { field: "nextStep", value: "Call Ada" },
        { field: "ratings.impact", value: 9 },
      ]),
    ).rejects.toThrow(/invalid/);
    expect(await read()).toBe(OPTION);
    await setOptionFields(
      storage,
      "quill",
      [
        { field: "nextStep", value: "Call Ada" },
        { field: "organisation", value: "Quill" },
      ],
      "2026-11-21",
    );
    expect(await read()).toMatch(/nextStep: Call Ada # due Friday\n[\s\S]*organisation: Quill/);
  });
});

describe("setOptionField and the rest of the workspace", () => {
  const read = async (storage: MemoryStorage, file: string) =>
    new TextDecoder().decode((await storage.read(file)) ?? undefined);

  it("edits one option while another option file is broken", async () => {
    const storage = new MemoryStorage({
      "bearing.yaml": PROFILE,
      "options/quill.md": OPTION,
      "options/broken.md": "---\ntitle: [unclosed\n---\n",
    });
    await setOptionField(storage, "quill", "nextStep", "Call Ada", "2026-11-21");
    expect(await read(storage, "options/quill.md")).toContain("nextStep: Call Ada");
  });

  it("mends the option's own out-of-scale rating, and refuses an edit that leaves it", async () => {
    const storage = new MemoryStorage({
      "bearing.yaml": PROFILE.replace(
        "weight: 1",
        "weight: 1, scale: { kind: rating, min: 1, max: 5 }",
      ),
      "options/quill.md": OPTION.replace("impact: [2, 4]", "impact: 9"),
    });
    await expect(setOptionField(storage, "quill", "nextStep", "Call Ada")).rejects.toThrow(
      /invalid/,
    );
    await setOptionField(storage, "quill", "ratings.impact", 4, "2026-11-21");
    expect(await read(storage, "options/quill.md")).toContain("impact: 4");
  });

  it("refuses while bearing.yaml is invalid, or another file has the same id", async () => {
    const badProfile = new MemoryStorage({
      "bearing.yaml": PROFILE.replace("weight: 1", "weight: lots"),
      "options/quill.md": OPTION,
    });
    await expect(setOptionField(badProfile, "quill", "nextStep", "Call Ada")).rejects.toThrow(
      /the workspace has 1 problem/,
    );
    const twins = new MemoryStorage({
      "bearing.yaml": PROFILE,
      "options/quill.md": OPTION,
      "options/quill-copy.md": OPTION.replace("---\n", "---\nid: quill\n"),
    });
    await expect(setOptionField(twins, "quill", "nextStep", "Call Ada")).rejects.toThrow(
      /the workspace has 1 problem/,
    );
    expect(await read(twins, "options/quill.md")).toBe(OPTION);
    expect(await read(badProfile, "options/quill.md")).toBe(OPTION);
  });
});

describe("setOptionBody", () => {
  const read = async (storage: MemoryStorage) =>
    new TextDecoder().decode((await storage.read("options/quill.md")) ?? undefined);

  it("replaces the text below the front matter and keeps the front matter, comments included", async () => {
    const storage = new MemoryStorage({ "bearing.yaml": PROFILE, "options/quill.md": OPTION });
    await setOptionBody(
      storage,
      "quill",
      "## Duties\n\n- Own the roadmap\n",
      contentHash(OPTION),
      "2026-12-02",
    );
    const text = await read(storage);
    expect(text).toContain("nextStep: Send the take-home # due Friday");
    expect(text).toContain("  impact: [2, 4] # depends on the team");
    expect(text).toMatch(/updated: 2026-12-02/);
    expect(text.endsWith("---\n\n## Duties\n\n- Own the roadmap\n")).toBe(true);
    expect(text).not.toContain("Notes stay as they are.");
  });

  it("keeps CRLF line ends, and refuses a version it was not given (409), writing nothing", async () => {
    const crlf = OPTION.replaceAll("\n", "\r\n");
    const storage = new MemoryStorage({ "bearing.yaml": PROFILE, "options/quill.md": crlf });
    await expect(setOptionBody(storage, "quill", "new", contentHash("other"))).rejects.toThrow();
    expect(await read(storage)).toBe(crlf);
    await setOptionBody(storage, "quill", "one\ntwo", contentHash(crlf), "2026-12-02");
    expect((await read(storage)).endsWith("---\r\n\r\none\r\ntwo\r\n")).toBe(true);
  });
});
