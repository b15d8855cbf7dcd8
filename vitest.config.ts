import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    // Prints which test tiers run (src/testing/tiers.ts) and fails at once when a required
    // tier (BEARING_SHARED=required, BEARING_E2E=required) cannot run.
    globalSetup: ["src/testing/tiers-summary.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
