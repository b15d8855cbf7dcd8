import { useEffect, useState } from "react";
import { formatIssue } from "../core/errors.js";
import { store, useStore } from "./store.js";
import { Board } from "./views/Board.js";
import { Compare } from "./views/Compare.js";
import { Criteria } from "./views/Criteria.js";
import { Decisions } from "./views/Decisions.js";
import { Journal } from "./views/Journal.js";
import { MergePanel } from "./views/MergePanel.js";
import { OptionPage } from "./views/OptionPage.js";
import { Overview } from "./views/Overview.js";
import { Robustness } from "./views/Robustness.js";
import { WarningsBanner } from "./views/Warnings.js";
import { Weigh } from "./views/Weigh.js";

const VIEWS = [
  ["overview", "Overview"],
  ["criteria", "Criteria and weights"],
  ["weigh", "Trade-off questions"],
  ["board", "Options"],
  ["robustness", "Robustness"],
  ["compare", "Compare"],
  ["journal", "Journal"],
  ["decisions", "Decisions"],
] as const;

function readRoute(): string[] {
  return window.location.hash.replace(/^#\/?/, "").split("/").filter(Boolean);
}

function useRoute(): string[] {
  const [route, setRoute] = useState(readRoute);
  useEffect(() => {
    const onChange = () => setRoute(readRoute());
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}

/**
 * The workbench: navigation, status messages, the problems banner (errors: the ranking waits
 * for them), the warnings banner (what bearing read and accepted but wants you to check),
 * and the current view.
 */
export function App() {
  const state = useStore();
  const [view = "overview", param = ""] = useRoute();
  const routeKey = `${view}/${param}`;
  // Move focus to the new view so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (routeKey) document.getElementById("main")?.focus();
  }, [routeKey]);
  const errors = state.view?.issues.filter((i) => i.severity !== "warning") ?? [];
  return (
    <>
      <header>
        <span className="brand">bearing</span>
        <nav aria-label="Views">
          {VIEWS.map(([id, label]) => (
            <a key={id} href={`#/${id}`} aria-current={view === id ? "page" : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <span className="status" aria-live="polite">
          {state.saving
            ? "Saving…"
            : state.unsaved.length > 0
              ? `${state.unsaved.length} unsaved change${state.unsaved.length === 1 ? "" : "s"}`
              : ""}
        </span>
      </header>
      {(state.message || state.conflicts.length > 0) && (
        <div className={`message ${state.message?.kind ?? "conflict"}`} role="alert">
          {state.message?.text ?? "Some of your changes wait to be merged into newer files."}{" "}
          {state.conflicts.length > 0 && state.questions.length === 0 && (
            <>
              <button type="button" onClick={() => void store.merge()}>
                Merge my changes
              </button>{" "}
              <button type="button" onClick={() => void store.discard()}>
                Discard my changes and reload
              </button>
            </>
          )}
          {state.message?.kind === "error" && state.unsaved.length > 0 && (
            <button type="button" onClick={() => void store.retry()}>
              Try again
            </button>
          )}{" "}
          {state.conflicts.length === 0 && (
            <button type="button" onClick={store.dismiss}>
              Dismiss
            </button>
          )}
        </div>
      )}
      <MergePanel state={state} />
      {errors.length > 0 && (
        <div className="message error" role="status">
          The workspace has problems; fix them in your editor and this page will update:
          <ul>
            {errors.map((issue) => (
              <li key={formatIssue(issue)}>{formatIssue(issue)}</li>
            ))}
          </ul>
        </div>
      )}
      <WarningsBanner view={state.view} model={state.derived?.model} />
      <main id="main" tabIndex={-1}>
        {!state.view ? (
          <p>Loading…</p>
        ) : view === "criteria" ? (
          <Criteria state={state} />
        ) : view === "weigh" ? (
          <Weigh state={state} />
        ) : view === "board" ? (
          <Board state={state} />
        ) : view === "option" ? (
          <OptionPage state={state} id={param} />
        ) : view === "robustness" ? (
          <Robustness state={state} />
        ) : view === "compare" ? (
          <Compare state={state} />
        ) : view === "journal" ? (
          <Journal state={state} />
        ) : view === "decisions" ? (
          <Decisions state={state} />
        ) : (
          <Overview state={state} />
        )}
      </main>
    </>
  );
}
