import { readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { tempDir } from "../testing/cli.js";
import { FsStorage } from "./fs-storage.js";
import { storageContract } from "./storage.contract.js";
import { MemoryStorage } from "./storage.js";

storageContract("MemoryStorage", async () => new MemoryStorage());
storageContract("FsStorage", async () => new FsStorage(tempDir()));

it("FsStorage leaves no temporary files behind", async () => {
  const dir = tempDir();
  const storage = new FsStorage(dir);
  for (let i = 0; i < 20; i++) await storage.write("options/a.md", `version ${i}`);
  expect(readdirSync(join(dir, "options"))).toEqual(["a.md"]);
});
