/**
 * What a report file carries: the workspace as the page reads it (the same `WorkspaceView` the
 * workbench gets from `bearing serve`), redacted for sharing or the user's full copy, and what
 * the redaction left out. `bearing report` inlines it as JSON in the built report page, which
 * runs the same decision core and views on it as the workbench does.
 */
import { decisionOptions } from "../core/decision/role-reading.js";
import { errorsOf } from "../core/errors.js";
import {
  type LeftOut,
  PRIVATE_KINDS,
  type PrivateKind,
  redactWorkspace,
} from "../core/share/redact.js";
import { workspaceError } from "../workspace/load.js";
import type { Storage } from "../workspace/storage.js";
import { NO_DECISIONS, readWorkspaceView, type WorkspaceView } from "./workspace-view.js";

export interface ReportData {
  /** `shared`: redacted for reviewers; `full`: the user's own copy. */
  kind: "shared" | "full";
  /** The day the report was written, YYYY-MM-DD (deadlines count from it). */
  date: string;
  view: WorkspaceView;
  /**
   * The kinds of thing the redaction left out (empty in a full copy). Only the kinds: the list
   * itself names files, whose names may identify an option.
   */
  leftOut: PrivateKind[];
  /**
   * A fingerprint of which option each letter stands for (shared reports), echoed back in the
   * reviewer's feedback so `feedback import` can tell whether the letters still mean the same.
   */
  fingerprint: string | null;
}

/**
 * Reads the workspace and prepares the report's data.
 * @param fingerprint of the letters' mapping, computed by the caller (it needs a hash).
 * @throws BearingError (input) when the workspace has problems.
 */
export async function reportData(
  storage: Storage,
  options: { share: boolean; date: string; fingerprint?: (ids: Record<string, string>) => string },
): Promise<{ data: ReportData; leftOut: LeftOut[] }> {
  const view = await readWorkspaceView(storage);
  if (!view.profile || errorsOf(view.issues).length > 0) throw workspaceError(view.issues);
  const profile = view.profile;
  if (!options.share) {
    return {
      // The report draws no decision records: they stay in the workspace.
      data: {
        kind: "full",
        date: options.date,
        view: { ...view, decisions: NO_DECISIONS },
        leftOut: [],
        fingerprint: null,
      },
      leftOut: [],
    };
  }
  // What each posting and pay package fills in is baked into the options (as the page would
  // derive it), since the postings and the pay stay behind.
  const redacted = redactWorkspace(profile, decisionOptions(profile, view.options));
  const leftOut: LeftOut[] = [
    ...redacted.leftOut,
    ...(view.journal.length > 0
      ? [
          {
            kind: "notes" as const,
            file: "journal/",
            what: `${view.journal.length} journal entries`,
          },
        ]
      : []),
  ];
  return {
    data: {
      kind: "shared",
      date: options.date,
      view: {
        profile: redacted.profile,
        profileHash: null,
        options: redacted.options.map((option) => ({ ...option, hash: "", roleAnalysis: null })),
        issues: [],
        journal: [],
        decisions: NO_DECISIONS,
      },
      leftOut: PRIVATE_KINDS.filter((kind) => leftOut.some((l) => l.kind === kind)),
      fingerprint: options.fingerprint ? options.fingerprint(redacted.ids) : null,
    },
    leftOut,
  };
}
