import { tempDir } from "../testing/cli.js";
import { FsStorage } from "./fs-storage.js";
import { storageContract } from "./storage.contract.js";
import { MemoryStorage } from "./storage.js";

// File-system specifics (locks, leftovers of crashed writers) are in fs-storage.test.ts.
storageContract("MemoryStorage", async () => new MemoryStorage());
storageContract("FsStorage", async () => new FsStorage(tempDir()));
