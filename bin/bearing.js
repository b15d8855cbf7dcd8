#!/usr/bin/env node
import { main } from "../dist/cli/main.js";

// A reader that stops early (`bearing rank --json | head`) closes the pipe: stop quietly, as
// other command-line tools do, instead of dying on the write with a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
