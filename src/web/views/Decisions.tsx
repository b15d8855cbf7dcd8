import { useMemo } from "react";
import type { StoredRecord } from "../../core/decision/record.js";
import {
  type Calibration,
  calibrationOf,
  type OutcomeRow,
  ratingText,
  type StoredReview,
} from "../../core/decision/review.js";
import { formatIssue, type Issue } from "../../core/errors.js";
import type { StoreState } from "../store.js";

type Event =
  | { kind: "decision"; date: string; file: string; stored: StoredRecord }
  | { kind: "review"; date: string; file: string; stored: StoredReview };

/**
 * Decisions and reviews on a timeline, oldest first: each decision record (what was chosen,
 * its place in the ranking then, the verdict, and whether its seal and the chain still hold,
 * as `bearing check` verifies them on the server), each review (expected against actual per
 * criterion: `bearing review`), and, above them, where the ratings leaned too hopeful or too
 * gloomy across every reviewed decision (`core/decision/review.ts`). Read-only: decisions
 * and reviews are recorded with the CLI.
 */
export function Decisions({ state }: { state: StoreState }) {
  const view = state.view;
  const records = view?.decisions.records ?? [];
  const reviews = view?.decisions.reviews ?? [];
  const criteria = view?.profile?.criteria ?? [];
  const calibration = useMemo(
    () => calibrationOf(records, reviews, criteria),
    [records, reviews, criteria],
  );
  const problems = (file: string): Issue[] =>
    (view?.issues ?? []).filter((i) => i.file === file && i.severity !== "warning");
  // Problems in decisions/ that name no record shown here (a fork, a record off the chain).
  const shown = new Set([...records.map((r) => r.file), ...reviews.map((r) => r.file)]);
  const elsewhere = (view?.issues ?? []).filter(
    (i) => i.file?.startsWith("decisions") && !shown.has(i.file) && i.severity !== "warning",
  );
  const events: Event[] = [
    ...records.map(
      (stored): Event => ({
        kind: "decision",
        date: stored.record.date,
        file: stored.file,
        stored,
      }),
    ),
    ...reviews.map(
      (stored): Event => ({ kind: "review", date: stored.review.date, file: stored.file, stored }),
    ),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
  const titleOf = (id: string, record?: StoredRecord) =>
    view?.options.find((o) => o.id === id)?.title ??
    rankingOf(record)?.find((r) => r.option === id)?.title ??
    id;
  const rowsOf = (review: StoredReview): OutcomeRow[] => {
    // The review's own outcomes, compared with its record (a later review may supersede them
    // in the summary, but the timeline shows each review as written).
    const single = calibrationOf(
      records.filter((r) => r.file === review.review.decision),
      [review],
      criteria,
    );
    return single.decisions[0]?.rows ?? [];
  };
  return (
    <section aria-labelledby="decisions-title" data-testid="decisions">
      <h1 id="decisions-title">Decisions and how they turned out</h1>
      {records.length === 0 && reviews.length === 0 ? (
        <p data-testid="no-decisions">
          No decision recorded yet. When you choose, <code>bearing decide OPTION</code> records what
          you knew then; months later, <code>bearing review OPTION</code> records how it turned out,
          and this page compares the two.
        </p>
      ) : (
        <>
          <CalibrationSummary calibration={calibration} />
          {elsewhere.length > 0 && (
            <div className="message error" role="status" data-testid="record-problem">
              {elsewhere.map((issue) => (
                <p key={formatIssue(issue)}>{formatIssue(issue)}</p>
              ))}
            </div>
          )}
          <h2>Timeline</h2>
          <ol className="timeline" data-testid="timeline">
            {events.map((event) =>
              event.kind === "decision" ? (
                <DecisionEvent
                  key={event.file}
                  stored={event.stored}
                  title={titleOf(event.stored.record.chosen, event.stored)}
                  problems={problems(event.file)}
                />
              ) : (
                <ReviewEvent
                  key={event.file}
                  stored={event.stored}
                  title={titleOf(event.stored.review.chosen)}
                  rows={rowsOf(event.stored)}
                  problems={problems(event.file)}
                />
              ),
            )}
          </ol>
        </>
      )}
    </section>
  );
}

interface RankingEntry {
  option: string;
  title: string;
  rank: number;
}

function rankingOf(record?: StoredRecord): RankingEntry[] | undefined {
  const ranking = record?.record.snapshot.ranking;
  return Array.isArray(ranking) ? (ranking as RankingEntry[]) : undefined;
}

function CalibrationSummary({ calibration }: { calibration: Calibration }) {
  return (
    <div className="calibration" data-testid="calibration">
      <h2>Expected against actual</h2>
      <p>{calibration.summary}</p>
      {calibration.criteria.length > 0 && (
        <ul>
          {calibration.criteria.map((c) => (
            <li key={c.criterion} data-criterion={c.criterion} data-lean={c.lean}>
              {c.text}
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">
        For each criterion, the mean of (how it turned out − how you rated it when you decided),
        over the decisions you reviewed; an interval you gave counts as its middle.
      </p>
    </div>
  );
}

function Problems({ problems }: { problems: readonly Issue[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="timeline-problem" role="alert" data-testid="record-problem">
      {problems.map((issue) => (
        <p key={formatIssue(issue)}>
          <strong>{issue.message}</strong>
          {issue.line ? ` (line ${issue.line})` : ""}. {issue.hint}
        </p>
      ))}
    </div>
  );
}

function DecisionEvent(props: { stored: StoredRecord; title: string; problems: Issue[] }) {
  const { stored, title, problems } = props;
  const snapshot = stored.record.snapshot;
  const ranking = rankingOf(stored);
  const place = ranking?.find((r) => r.option === stored.record.chosen);
  const verdict = snapshot.verdict as { kind?: string; text?: string } | undefined;
  return (
    <li
      className="timeline-event decision"
      data-testid="timeline-decision"
      data-file={stored.file}
      data-verified={problems.length === 0 ? "yes" : "no"}
    >
      <p className="timeline-date">{stored.record.date}</p>
      <h3>You chose {title}</h3>
      <p>
        {place && ranking
          ? `Ranked ${place.rank} of ${ranking.length} then.`
          : "Not among the ranked options then."}{" "}
        {verdict?.text ? `The answer then (${verdict.kind}): ${verdict.text}` : ""}
      </p>
      <p className="muted small">
        {stored.file} ·{" "}
        {problems.length === 0 ? "sealed, unchanged since it was written" : "changed afterwards"}
      </p>
      <Problems problems={problems} />
    </li>
  );
}

function ReviewEvent(props: {
  stored: StoredReview;
  title: string;
  rows: OutcomeRow[];
  problems: Issue[];
}) {
  const { stored, title, rows, problems } = props;
  return (
    <li className="timeline-event review" data-testid="timeline-review" data-file={stored.file}>
      <p className="timeline-date">{stored.review.date}</p>
      <h3>How {title} turned out</h3>
      <ul className="outcomes">
        {rows.map((row) => (
          <li key={row.criterion} data-criterion={row.criterion}>
            <span className="outcome-name">{row.name}</span>{" "}
            <span className="outcome-figures">
              expected {ratingText(row.expected)}, actual {ratingText(row.actual)}
            </span>{" "}
            <span className={`lean ${row.lean?.replace(" ", "-") ?? "none"}`}>
              {row.lean ?? "nothing expected then"}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted small">
        {stored.file} · reviews {stored.review.decision}
      </p>
      <Problems problems={problems} />
    </li>
  );
}
