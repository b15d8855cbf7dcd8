// A writer child for the hardening tests: runs `bearing option set` and `bearing option status`
// in a loop through the CLI's own main() (built dist/), in one process so that a write costs
// milliseconds rather than a process start. Prints "ready" once its modules are loaded.
//
//   node cli-writer.mjs DIR SLUG START STATUSES_JSON [COUNT] [FIELD_PREFIX]
//
// Without FIELD_PREFIX (crash test): write i sets nextStep to "write i" when i is even, and
// moves the option to STATUSES[(i >> 1) % STATUSES.length] when i is odd, forever (COUNT 0)
// or COUNT times, printing "w i" as write i starts. With FIELD_PREFIX (concurrency test): write i sets ratings.<prefix><i> to 3
// after "go" arrives on stdin; each write's exit code is reported as "done i CODE".
import { main } from "../../dist/cli/main.js";

// main() loads the command's module lazily; load it now so kills land in writes, not imports.
await import("../../dist/cli/workspace-actions.js");

const [dir, slug, startArg, statusesJson, countArg, prefix] = process.argv.slice(2);
const statuses = JSON.parse(statusesJson ?? "[]");
const start = Number(startArg);
const count = Number(countArg ?? 0);

// main() takes process.argv as node passes it: the node binary and the script first.
function argsFor(i) {
  const head = [process.execPath, "bearing"];
  if (prefix) return [...head, "option", "set", slug, `ratings.${prefix}${i}`, "3", dir];
  if (i % 2 === 0) return [...head, "option", "set", slug, "nextStep", `write ${i}`, dir];
  return [...head, "option", "status", slug, statuses[(i >> 1) % statuses.length], dir];
}

// The CLI prints a confirmation per write; only our own protocol lines go to stdout.
const out = process.stdout.write.bind(process.stdout);
process.stdout.write = () => true;
out("ready\n");
if (prefix) {
  await new Promise((resolve) => process.stdin.once("data", resolve));
}
for (let i = start; count === 0 || i < start + count; i++) {
  if (!prefix) out(`w ${i}\n`);
  const code = await main(argsFor(i));
  process.exitCode = undefined;
  if (prefix) out(`done ${i} ${code}\n`);
  else if (code !== 0) {
    process.stderr.write(`write ${i} exited with ${code}\n`);
    process.exit(3);
  }
}
process.exit(0);
