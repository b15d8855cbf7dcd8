/**
 * The contract every {@link Storage} implementation meets, as one shared suite
 * (run by `storage.test.ts` against each implementation).
 */
import { describe, expect, it } from "vitest";
import { ConflictError, contentHash, type Storage } from "./storage.js";

export function storageContract(name: string, make: () => Promise<Storage>): void {
  describe(`Storage contract: ${name}`, () => {
    it("reads back what it wrote, and null for a missing file", async () => {
      const storage = await make();
      expect(await storage.read("options/a.md")).toBeNull();
      await storage.write("options/a.md", "héllo\n");
      expect(
        new TextDecoder().decode((await storage.read("options/a.md")) ?? new Uint8Array()),
      ).toBe("héllo\n");
      expect(await storage.exists("options/a.md")).toBe(true);
      expect(await storage.exists("options")).toBe(true);
      expect(await storage.exists("journal")).toBe(false);
    });

    it("lists a folder's entries, sorted, and nothing for a missing folder", async () => {
      const storage = await make();
      await storage.write("options/b.md", "b");
      await storage.write("options/a.md", "a");
      expect(await storage.list("options")).toEqual(["a.md", "b.md"]);
      expect(await storage.list("journal")).toEqual([]);
    });

    it("compare-and-swap: writes when the hash matches, refuses when it does not", async () => {
      const storage = await make();
      await storage.write("bearing.yaml", "v1", { expectedHash: null });
      await expect(
        storage.write("bearing.yaml", "v0", { expectedHash: null }),
      ).rejects.toBeInstanceOf(ConflictError);
      await storage.write("bearing.yaml", "v2", { expectedHash: contentHash("v1") });
      await expect(
        storage.write("bearing.yaml", "v3", { expectedHash: contentHash("v1") }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(
        new TextDecoder().decode((await storage.read("bearing.yaml")) ?? new Uint8Array()),
      ).toBe("v2");
    });

    it("compare-and-swap is atomic: of many writers racing from one version, exactly one wins", async () => {
      const storage = await make();
      await storage.write("options/a.md", "v0");
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) =>
          storage.write("options/a.md", `v1-${i}`, { expectedHash: contentHash("v0") }),
        ),
      );
      const won = results.flatMap((r, i) => (r.status === "fulfilled" ? [i] : []));
      expect(won).toHaveLength(1);
      for (const r of results) {
        if (r.status === "rejected") expect(r.reason).toBeInstanceOf(ConflictError);
      }
      expect(
        new TextDecoder().decode((await storage.read("options/a.md")) ?? new Uint8Array()),
      ).toBe(`v1-${won[0]}`);
      expect(await storage.list("options")).toEqual(["a.md"]);
    });

    it("refuses paths that leave the workspace", async () => {
      const storage = await make();
      for (const path of ["../outside.md", "/etc/passwd", "options/../../x", "a\\b", ""]) {
        await expect(storage.read(path)).rejects.toThrow(/unsafe|escapes/);
        await expect(storage.write(path, "x")).rejects.toThrow(/unsafe|escapes/);
      }
    });
  });
}
