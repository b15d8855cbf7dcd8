/**
 * Postings of our own writing that tests in several layers read (core, CLI, workbench).
 */

/**
 * A manager's title over a role its text calls an individual contributor's, with no direct
 * reports: the models read the title, so the analysis must say what the text says.
 */
export const IC_DESPITE_TITLE_POSTING = [
  "Engineering Manager, Search",
  "",
  "This is a senior individual contributor role despite the title: you will have no direct reports.",
  "You'll lead the design of our ranking pipeline, write most of its code and mentor two engineers.",
  "",
].join("\n");
