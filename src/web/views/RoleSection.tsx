import type { ReactNode } from "react";
import {
  acceptChanges,
  READABLE_FACTS,
  type RoleReading,
} from "../../core/decision/role-reading.js";
import type { Profile } from "../../core/model/profile.js";
import { describeFact, FACT_LABELS } from "../../core/roles/describe.js";
import { quoted } from "../../core/roles/quote.js";
import type { RoleAnalysis } from "../../core/roles/types.js";
import {
  ARCHETYPE_LABELS,
  RESPONSIBILITY_LABELS,
  type ResponsibilityId,
  type RoleFacts,
} from "../../core/taxonomy.js";
import type { OptionView } from "../../server/workspace-view.js";
import { capitalise, percent } from "../format.js";
import { markPieces } from "../highlight.js";
import { roleReading } from "../role.js";
import { store } from "../store.js";

/**
 * What the option's job description says: the role it really is (archetype, against the one
 * its title names), its fit with the responsibilities the user wants more or less of, and what
 * it fills in that the user has not written (with a button to accept it into the file).
 */
export function RoleSummary({ profile, option }: { profile: Profile | null; option: OptionView }) {
  const reading = profile ? roleReading(profile, option) : null;
  if (!reading) return null;
  const { analysis, fit } = reading;
  const runnerUp = analysis.archetype.ranked[0];
  // Below the model's confidence threshold the reading names two archetypes.
  const second =
    analysis.readsAs && analysis.readsAs.length > 1
      ? analysis.archetype.ranked.find((r) => r.id === analysis.readsAs?.[1])
      : undefined;
  const derived = Object.entries(reading.ratings);
  const facts = Object.keys(reading.facts) as (keyof RoleFacts)[];
  const accept = () => void store.editOption(option.id, acceptChanges(reading));
  return (
    <section className="role-summary" aria-labelledby="role-title" data-testid="role-summary">
      <h2 id="role-title">The role, as its posting describes it</h2>
      {second ? (
        <p data-testid="reads-as-either">
          Reads as <strong>{ARCHETYPE_LABELS[analysis.archetype.id]}</strong> or{" "}
          <strong>{ARCHETYPE_LABELS[second.id]}</strong> ({percent(analysis.archetype.confidence)} /{" "}
          {percent(second.score)}): the posting does not say clearly which.
        </p>
      ) : (
        <p>
          Reads as <strong>{ARCHETYPE_LABELS[analysis.archetype.id]}</strong> (
          {percent(analysis.archetype.confidence)} sure)
          {runnerUp && (
            <>
              ; next most likely {ARCHETYPE_LABELS[runnerUp.id]} ({percent(runnerUp.score)})
            </>
          )}
          .
        </p>
      )}
      {analysis.titleMismatch && (
        <p className="callout" role="note" data-testid="title-mismatch">
          <strong>Not what the title says.</strong>{" "}
          {analysis.mismatchReason ??
            `The title suggests ${analysis.nominalArchetype ? ARCHETYPE_LABELS[analysis.nominalArchetype] : "another role"}.`}
        </p>
      )}
      {analysis.warnings.map((warning) => (
        // What the reading itself doubts, as `bearing role` and `check` say it.
        <p className="callout" role="note" data-testid="role-warning" key={warning}>
          {capitalise(warning)}.
        </p>
      ))}
      {fit ? (
        <p data-testid="role-fit">
          <strong>Role fit {percent(fit.score)}.</strong> {fit.explanation}
        </p>
      ) : (
        <p className="muted small">
          Say which responsibilities you want more or less of (<code>responsibilities</code> in
          bearing.yaml) to see how well this role fits.
        </p>
      )}
      <StatedFacts analysis={analysis} />
      {(derived.length > 0 || facts.length > 0) && (
        <div className="derived">
          <p>
            From the posting, not yet in your file:{" "}
            {[
              ...derived.map(
                ([c, v]) => `${criterionName(profile, c)} rated ${v} (from the role fit)`,
              ),
              ...facts.map(
                (f) => `${FACT_LABELS[f].toLowerCase()} ${describeFact(f, reading.facts[f])}`,
              ),
            ].join("; ")}
            . They count in the ranking until you accept them or rate them yourself.
          </p>
          <button type="button" onClick={accept}>
            Accept into the option file
          </button>
        </div>
      )}
    </section>
  );
}

/**
 * Each fact the posting states, with the words it was read from (`factEvidence`) as visible
 * text below it, so the reader can judge the reading; nothing when it states none. Hands-on
 * "none" is stated only when the posting says so ("This is not a hands-on coding role"), which
 * its quote shows.
 */
function StatedFacts({ analysis }: { analysis: RoleAnalysis }) {
  const stated = READABLE_FACTS.filter(
    (f) =>
      analysis.facts[f] !== null &&
      !(f === "handsOn" && analysis.facts.handsOn === "none" && !analysis.factEvidence?.handsOn),
  );
  if (stated.length === 0) return null;
  return (
    <div className="stated-facts" data-testid="stated-facts">
      <h3>What the posting states</h3>
      <dl>
        {stated.map((f) => {
          const e = analysis.factEvidence?.[f];
          return (
            <div key={f} data-testid="stated-fact" data-field={f}>
              <dt>{FACT_LABELS[f]}</dt>
              <dd>
                {describeFact(f, analysis.facts[f])}
                {e ? (
                  <q className="fact-quote" data-testid="fact-quote" data-start={e.start}>
                    {quoted(e).slice(1, -1)}
                  </q>
                ) : (
                  <span className="muted small"> (no single sentence to quote)</span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}

/**
 * The body with each detected responsibility's evidence highlighted, and a legend; `fallback`
 * when the body is not a job description.
 */
export function PostingText({
  profile,
  option,
  fallback,
}: {
  profile: Profile | null;
  option: OptionView;
  fallback: ReactNode;
}) {
  const reading: RoleReading | null = profile ? roleReading(profile, option) : null;
  if (!reading) return fallback;
  const { analysis } = reading;
  const colour = new Map(
    analysis.responsibilities.map((r, i) => [r.id, `hl-${i % HIGHLIGHT_COLOURS}`] as const),
  );
  return (
    <>
      <ul className="responsibility-legend" aria-label="Responsibilities found in the posting">
        {analysis.responsibilities.map((r) => (
          <li key={r.id} data-testid="responsibility" data-id={r.id}>
            <span className={`swatch ${colour.get(r.id)}`} aria-hidden="true" />
            {RESPONSIBILITY_LABELS[r.id]} <span className="muted small">{percent(r.score)}</span>
          </li>
        ))}
      </ul>
      <div className="prose posting">{highlighted(option.body, analysis, colour)}</div>
    </>
  );
}

const HIGHLIGHT_COLOURS = 6;

function highlighted(body: string, analysis: RoleAnalysis, colour: Map<ResponsibilityId, string>) {
  const spans = analysis.responsibilities.flatMap((r) => r.spans.map((s) => ({ ...s, id: r.id })));
  const pieces = markPieces(body.length, spans);
  const inline = (from: number, to: number): ReactNode[] =>
    pieces
      .filter((p) => p.end > from && p.start < to)
      .map((p) => {
        const text = body.slice(Math.max(p.start, from), Math.min(p.end, to)).replaceAll("**", "");
        const key = `${p.start}-${from}`;
        if (p.ids.length === 0) return <span key={key}>{text}</span>;
        const labels = p.ids.map((id) => RESPONSIBILITY_LABELS[id]).join(", ");
        return (
          <mark
            key={key}
            className={colour.get(p.ids[0] as ResponsibilityId)}
            title={labels}
            data-responsibility={p.ids.join(" ")}
          >
            {text}
          </mark>
        );
      });
  const blocks: ReactNode[] = [];
  let list: ReactNode[] = [];
  let paragraph: [number, number] | null = null;
  // Consecutive plain lines are one paragraph, as in Markdown; bullets gather into a list.
  const flush = () => {
    if (list.length > 0) blocks.push(<ul key={`ul-${blocks.length}`}>{list}</ul>);
    if (paragraph) blocks.push(<p key={paragraph[0]}>{inline(paragraph[0], paragraph[1])}</p>);
    list = [];
    paragraph = null;
  };
  let offset = 0;
  for (const line of body.split("\n")) {
    const start = offset;
    const end = start + line.length;
    offset = end + 1;
    const heading = /^(\s*#{1,6}\s+)/.exec(line);
    const bullet = /^(\s*[-*+]\s+)/.exec(line);
    if (line.trim() === "") flush();
    else if (heading) {
      flush();
      blocks.push(<h3 key={start}>{inline(start + (heading[1]?.length ?? 0), end)}</h3>);
    } else if (bullet) {
      if (paragraph) flush();
      list.push(<li key={start}>{inline(start + (bullet[1]?.length ?? 0), end)}</li>);
    } else if (paragraph) paragraph = [paragraph[0], end];
    else {
      flush();
      paragraph = [start, end];
    }
  }
  flush();
  return blocks;
}

function criterionName(profile: Profile | null, id: string): string {
  return profile?.criteria.find((c) => c.id === id)?.name ?? id;
}
