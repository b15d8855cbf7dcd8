import type { Command } from "commander";

/** Workspace commands: init, check, rank, explain, option. */
export function registerWorkspaceCommands(_program: Command): void {}
