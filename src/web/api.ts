/**
 * The page's side of the JSON API (see `src/server/app.ts`). Every mutation answers with the
 * fresh workspace; failures become {@link ApiError} with the server's status and issues.
 */
import type { Issue } from "../core/errors.js";
import type { Tradeoff } from "../core/model/profile.js";
import type { WorkspaceView } from "../server/workspace-view.js";

export type { WorkspaceView };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: readonly Issue[],
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers["content-type"] = "application/json";
  // The server refuses mutations without the session token it put in the index page.
  if (method !== "GET" && method !== "HEAD") {
    const meta = document.querySelector('meta[name="bearing-token"]');
    headers["x-bearing-token"] = meta?.getAttribute("content") ?? "";
  }
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = (await response.json().catch(() => null)) as
    | (T & { error?: { message: string; issues: Issue[] } })
    | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      data?.error?.message ?? `request failed (${response.status})`,
      data?.error?.issues ?? [],
    );
  }
  return data as T;
}

export const api = {
  workspace: () => call<WorkspaceView>("GET", "/api/workspace"),
  addOption: (input: { title: string; organisation?: string; status?: string }) =>
    call<WorkspaceView & { id: string }>("POST", "/api/options", input),
  editOption: (id: string, expectedHash: string, changes: { field: string; value: unknown }[]) =>
    call<WorkspaceView>("PATCH", `/api/options/${encodeURIComponent(id)}`, {
      expectedHash,
      changes,
    }),
  setStatus: (id: string, expectedHash: string, status: string) =>
    call<WorkspaceView>("PUT", `/api/options/${encodeURIComponent(id)}/status`, {
      expectedHash,
      status,
    }),
  /** Replaces the option's job description and notes (the Markdown below its front matter). */
  setOptionBody: (id: string, expectedHash: string, body: string) =>
    call<WorkspaceView>("PUT", `/api/options/${encodeURIComponent(id)}/body`, {
      expectedHash,
      body,
    }),
  addJournalEntry: (title: string, body: string) =>
    call<WorkspaceView & { file: string }>("POST", "/api/journal", { title, body }),
  /** `file` is `journal/<name>`; replaces the entry's text below its front matter. */
  setJournalBody: (file: string, expectedHash: string, body: string) =>
    call<WorkspaceView>("PUT", `/api/${file.split("/").map(encodeURIComponent).join("/")}`, {
      expectedHash,
      body,
    }),
  setCriterion: (id: string, expectedHash: string, field: string, value: unknown) =>
    call<WorkspaceView>("PATCH", `/api/profile/criteria/${encodeURIComponent(id)}`, {
      expectedHash,
      field,
      value,
    }),
  addCriterion: (expectedHash: string, name: string) =>
    call<WorkspaceView & { id: string }>("POST", "/api/profile/criteria", { expectedHash, name }),
  reorderCriteria: (expectedHash: string, order: string[]) =>
    call<WorkspaceView>("PUT", "/api/profile/criteria-order", { expectedHash, order }),
  /** The weighting method and/or the whole list of AHP judgements `[a, b, a over b]`. */
  setWeighting: (
    expectedHash: string,
    change: { method?: string; pairwise?: [string, string, number][] },
  ) => call<WorkspaceView>("PUT", "/api/profile/weighting", { expectedHash, ...change }),
  /** Keeps an answer to a trade-off question (`bearing weigh`'s `tradeoffs`). */
  answerTradeoff: (expectedHash: string, answer: Tradeoff) =>
    call<WorkspaceView>("POST", "/api/profile/tradeoffs", { expectedHash, ...answer }),
  /** Takes back trade-off answer `number` (from 1, as `bearing weigh --list` numbers them). */
  removeTradeoff: (expectedHash: string, number: number) =>
    call<WorkspaceView>("DELETE", `/api/profile/tradeoffs/${number}`, { expectedHash }),
};
