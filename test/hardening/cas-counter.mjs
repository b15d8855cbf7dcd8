// A child for the concurrency test: increments the number in DIR/counter.txt COUNT times
// through FsStorage's compare-and-swap (built dist/), retrying each lost race from a fresh read.
// Prints "ready", waits for a line on stdin, then prints "done WRITES CONFLICTS".
import { FsStorage } from "../../dist/workspace/fs-storage.js";
import { ConflictError, contentHash } from "../../dist/workspace/storage.js";

const [dir, countArg] = process.argv.slice(2);
const storage = new FsStorage(dir);
process.stdout.write("ready\n");
await new Promise((resolve) => process.stdin.once("data", resolve));
let conflicts = 0;
for (let done = 0; done < Number(countArg); ) {
  const bytes = await storage.read("counter.txt");
  const value = Number(new TextDecoder().decode(bytes ?? new Uint8Array()) || 0);
  try {
    await storage.write("counter.txt", String(value + 1), {
      expectedHash: bytes ? contentHash(bytes) : null,
    });
    done++;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    conflicts++;
  }
}
process.stdout.write(`done ${countArg} ${conflicts}\n`);
process.exit(0);
