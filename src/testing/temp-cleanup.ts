/**
 * Vitest setup file: after each test file, the temporary folders it made through `tempDir`
 * (and `copyExample`) are removed, so repeated test runs leave nothing under the OS temp dir.
 * Registered first, this `afterAll` runs after the test file's own (which close servers and
 * browsers still reading those folders).
 */
import { afterAll } from "vitest";
import { removeTempDirs } from "./cli.js";

afterAll(removeTempDirs);
