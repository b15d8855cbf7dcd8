import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    // Prints which test tiers run (src/testing/tiers.ts) and fails at once when a required
    // tier (BEARING_SHARED=required, BEARING_E2E=required) cannot run.
    globalSetup: ["src/testing/tiers-summary.ts"],
    // Property tests run on a fixed seed unless FC_SEED says otherwise (src/testing/property-seed.ts);
    // temporary folders are removed after each file (src/testing/temp-cleanup.ts).
    setupFiles: ["src/testing/property-seed.ts", "src/testing/temp-cleanup.ts"],
    // Hang detectors, not speed goals (speed is in npm run bench): a test that runs the built
    // CLI a dozen times takes over 30 s when the two cores are shared with other work.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine, which
    // then idles while a test waits for chromium, a child process or a timer. Test files keep
    // to their own temporary folders and ports, so they can run side by side.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
