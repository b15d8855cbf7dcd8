/**
 * The page's workspace state: what the server last sent, local weight edits not yet saved,
 * and the ranking the decision core computes from them (in the browser, at once).
 *
 * Mutations run one at a time, each with the hash of the file as last received, so our own
 * quick successive edits never collide; a 409 means the file changed elsewhere, and the page
 * offers a reload instead of guessing. File changes on disk arrive as Server-Sent Events and
 * reload the state, unless a local edit is still being saved.
 */
import { useSyncExternalStore } from "react";
import { buildModel, type DecisionModel } from "../core/decision/model.js";
import { type Ranking, rankAlternatives } from "../core/decision/rank.js";
import type { Profile } from "../core/model/profile.js";
import { ApiError, api, type WorkspaceView } from "./api.js";

export interface Derived {
  model: DecisionModel;
  ranking: Ranking;
}

export interface StoreState {
  view: WorkspaceView | null;
  /** The profile with unsaved local weight edits applied. */
  profile: Profile | null;
  derived: Derived | null;
  /** Why the ranking could not be computed (e.g. weights missing). */
  derivedError: string | null;
  message: { kind: "error" | "conflict" | "info"; text: string } | null;
  saving: boolean;
}

type Listener = () => void;

class WorkspaceStore {
  private state: StoreState = {
    view: null,
    profile: null,
    derived: null,
    derivedError: null,
    message: null,
    saving: false,
  };
  private readonly listeners = new Set<Listener>();
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private localEdits = new Map<string, { field: string; value: number }>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  get = (): StoreState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<StoreState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private receive(view: WorkspaceView): void {
    this.set({ view, ...this.derive(view.profile, view) });
  }

  private derive(
    base: Profile | null,
    view: WorkspaceView,
  ): Pick<StoreState, "profile" | "derived" | "derivedError"> {
    if (!base) return { profile: null, derived: null, derivedError: null };
    const profile: Profile = {
      ...base,
      criteria: base.criteria.map((criterion) => {
        const edit = this.localEdits.get(criterion.id);
        return edit ? { ...criterion, [edit.field]: edit.value } : criterion;
      }),
    };
    try {
      const model = buildModel(profile, view.options);
      return { profile, derived: { model, ranking: rankAlternatives(model) }, derivedError: null };
    } catch (error) {
      return { profile, derived: null, derivedError: (error as Error).message };
    }
  }

  /** Fetches the workspace again (after a conflict, or when files changed on disk). */
  reload = async (): Promise<void> => {
    try {
      this.receive(await api.workspace());
      if (this.state.message?.kind !== "error") this.set({ message: null });
    } catch (error) {
      this.set({ message: { kind: "error", text: (error as Error).message } });
    }
  };

  /** Runs one mutation after the previous ones; resolves to whether it succeeded. */
  private mutate(run: (view: WorkspaceView) => Promise<WorkspaceView>): Promise<boolean> {
    this.pending++;
    this.set({ saving: true });
    const result = this.queue.then(async () => {
      const view = this.state.view;
      if (!view) return false;
      try {
        this.receive(await run(view));
        this.set({ message: null });
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          this.set({
            message: {
              kind: "conflict",
              text: "A file changed on disk since this page read it, so nothing was saved. Reload to see the current version, then make the change again.",
            },
          });
        } else {
          const issues = error instanceof ApiError ? error.issues.map((i) => i.message) : [];
          const text = [(error as Error).message, ...issues].join(" — ");
          this.set({ message: { kind: "error", text } });
        }
        return false;
      } finally {
        this.pending--;
        if (this.pending === 0) this.set({ saving: false });
      }
    });
    this.queue = result;
    return result;
  }

  /** Changes a criterion's weight input now (re-ranks at once) and saves it shortly after. */
  setCriterionWeight = (id: string, field: string, value: number): void => {
    this.localEdits.set(id, { field, value });
    const view = this.state.view;
    if (view) this.set(this.derive(view.profile, view));
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.flushWeights(), 250);
  };

  private async flushWeights(): Promise<void> {
    const edits = [...this.localEdits];
    for (const [id, edit] of edits) {
      await this.mutate((view) =>
        api.setCriterion(id, view.profileHash ?? "", edit.field, edit.value),
      );
      if (this.localEdits.get(id) === edit) this.localEdits.delete(id);
    }
    const view = this.state.view;
    if (view) this.set(this.derive(view.profile, view));
  }

  reorderCriteria = (order: string[]): Promise<boolean> =>
    this.mutate((view) => api.reorderCriteria(view.profileHash ?? "", order));

  addOption = async (input: {
    title: string;
    organisation?: string;
    status?: string;
  }): Promise<string | null> => {
    let id: string | null = null;
    await this.mutate(async () => {
      const created = await api.addOption(input);
      id = created.id;
      return created;
    });
    return id;
  };

  editOption = (id: string, changes: { field: string; value: unknown }[]): Promise<boolean> =>
    this.mutate((view) => api.editOption(id, hashOf(view, id), changes));

  setStatus = (id: string, status: string): Promise<boolean> =>
    this.mutate((view) => api.setStatus(id, hashOf(view, id), status));

  dismiss = (): void => this.set({ message: null });

  /** Listens for file changes on disk; reloads unless our own edits are in flight. */
  listen(): void {
    const source = new EventSource("/api/events");
    source.addEventListener("change", () => {
      if (this.pending === 0 && this.localEdits.size === 0) void this.reload();
    });
  }
}

function hashOf(view: WorkspaceView, id: string): string {
  return view.options.find((option) => option.id === id)?.hash ?? "";
}

export const store = new WorkspaceStore();

/** The current state, re-rendering on every change. */
export function useStore(): StoreState {
  return useSyncExternalStore(store.subscribe, store.get);
}
