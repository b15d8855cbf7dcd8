import {
  analysePairwise,
  describeJudgement,
  judgementOf,
  POSITION_MAX,
  POSITION_MIN,
  positionOf,
  ratioAt,
  snapToScale,
} from "../../core/decision/pairwise.js";
import type { JudgementInconsistency } from "../../core/mcda/weighting/ahp.js";
import type { Profile } from "../../core/model/profile.js";
import { store } from "../store.js";

/** Saaty's (1980) acceptance level for the consistency ratio. */
const CR_LIMIT = 0.1;
/** Above this many criteria the pairs are grouped in collapsible sections. */
const OPEN_ALL_UP_TO = 6;

interface Named {
  id: string;
  name: string;
}

/**
 * AHP pairwise comparisons: one control per pair of criteria on Saaty's scale, grouped by the
 * first criterion; the consistency ratio and the judgement that contributes most to the
 * inconsistency, recomputed with the core's AHP on every change. Weights and ranking follow
 * from the store, which saves the judgements as `weighting.pairwise` shortly after.
 */
export function Pairwise({ profile }: { profile: Profile }) {
  const criteria: Named[] = profile.criteria.map((c) => ({ id: c.id, name: c.name }));
  const pairwise = profile.weighting.pairwise;
  // An eigen decomposition of at most 15 x 15: cheap enough to redo on every render.
  const analysis = analysePairwise(
    criteria.map((c) => c.id),
    pairwise,
    criteria.map((c) => c.name),
  );
  const worst =
    analysis.complete && analysis.result.ci > 1e-9 ? analysis.result.inconsistency[0] : undefined;
  const worstKey = worst ? pairKey(criteria[worst.row], criteria[worst.column]) : "";
  const m = criteria.length;
  const pairCount = (m * (m - 1)) / 2;
  return (
    <section aria-labelledby="pairwise-title" className="pairwise">
      <h2 id="pairwise-title">Pairwise comparisons</h2>
      <p className="small muted">
        For each pair, move the control towards the criterion that matters more to you: the middle
        means equally important, the ends that one is extremely more important (9 times). Arrow keys
        move one step. {pairCount} pairs.{" "}
        <a href="#/weigh" data-testid="pairwise-to-weigh">
          Rather not judge every pair? Answer trade-off questions between two roles instead.
        </a>
      </p>
      <Consistency analysis={analysis} m={m} />
      {worst && (
        <WorstJudgement
          worst={worst}
          a={criteria[worst.row] as Named}
          b={criteria[worst.column] as Named}
        />
      )}
      {!analysis.complete && (
        <p className="notice" data-testid="pairs-missing">
          {analysis.missing.length} of {pairCount} pairs are not judged yet, so the weights cannot
          be computed.{" "}
          <button type="button" onClick={() => void store.setWeightingMethod("ahp")}>
            Start them from the current weights
          </button>
        </p>
      )}
      {criteria.slice(0, -1).map((a, i) => {
        const rest = criteria.slice(i + 1);
        const group = (
          <div className="pairs">
            {rest.map((b) => (
              <PairControl
                key={b.id}
                a={a}
                b={b}
                ratio={judgementOf(pairwise, a.id, b.id)}
                worst={pairKey(a, b) === worstKey}
              />
            ))}
          </div>
        );
        const title = `${a.name} compared with ${rest.length === 1 ? (rest[0] as Named).name : `the ${rest.length} criteria below it`}`;
        if (m <= OPEN_ALL_UP_TO) {
          return (
            <fieldset key={a.id} className="pair-group">
              <legend>{title}</legend>
              {group}
            </fieldset>
          );
        }
        const holdsWorst = worst !== undefined && worst.row === i;
        return (
          <details key={a.id} className="pair-group" open={i === 0 || holdsWorst || undefined}>
            <summary>
              {title}
              {holdsWorst && <span className="flag warn"> most inconsistent pair inside</span>}
            </summary>
            {group}
          </details>
        );
      })}
    </section>
  );
}

function pairKey(a: Named | undefined, b: Named | undefined): string {
  return `${a?.id}:${b?.id}`;
}

function Consistency({ analysis, m }: { analysis: ReturnType<typeof analysePairwise>; m: number }) {
  if (!analysis.complete) return null;
  const { cr, ci } = analysis.result;
  if (m <= 2) {
    return (
      <p data-testid="consistency">With two criteria, a single judgement is always consistent.</p>
    );
  }
  if (cr === null) {
    return (
      <p data-testid="consistency">
        Consistency index {ci.toFixed(3)}; no consistency ratio beyond 15 criteria (Saaty gives no
        random index there).
      </p>
    );
  }
  const ok = cr <= CR_LIMIT;
  return (
    <p data-testid="consistency" className={ok ? "consistency ok" : "consistency high"}>
      Consistency ratio <strong data-testid="cr">{cr.toFixed(2)}</strong>:{" "}
      {ok
        ? "consistent enough (Saaty's rule of thumb accepts up to 0.10)."
        : "above 0.10, the level Saaty's rule of thumb accepts: some judgements contradict the others. Revise the highlighted one first."}
    </p>
  );
}

function WorstJudgement(props: { worst: JudgementInconsistency; a: Named; b: Named }) {
  const { worst, a, b } = props;
  const implied = snapToScale(worst.consistentValue);
  return (
    <p className="worst-judgement" data-testid="worst-judgement">
      Most inconsistent judgement ({Math.round(worst.share * 100)}% of the inconsistency):{" "}
      <strong>{describeJudgement(a.name, b.name, worst.value)}</strong>. Your other judgements imply
      about: {describeJudgement(a.name, b.name, worst.consistentValue)}.{" "}
      {Math.abs(Math.log(implied / worst.value)) > 1e-9 && (
        <button type="button" onClick={() => store.setJudgement(a.id, b.id, implied)}>
          Use the implied judgement
        </button>
      )}
    </p>
  );
}

function PairControl(props: { a: Named; b: Named; ratio: number | undefined; worst: boolean }) {
  const { a, b, ratio, worst } = props;
  const words = ratio === undefined ? "not judged yet" : describeJudgement(a.name, b.name, ratio);
  const id = `pair-${a.id}-${b.id}`;
  return (
    <div
      className={`pair${worst ? " worst" : ""}`}
      data-testid="pair"
      data-pair={`${a.id}:${b.id}`}
    >
      <span className="pair-a" aria-hidden="true">
        {a.name}
      </span>
      <input
        id={id}
        type="range"
        min={POSITION_MIN}
        max={POSITION_MAX}
        step={1}
        value={ratio === undefined ? 0 : positionOf(ratio)}
        aria-label={`${a.name} against ${b.name}`}
        aria-valuetext={words}
        aria-describedby={`${id}-words`}
        onChange={(e) => store.setJudgement(a.id, b.id, ratioAt(Number(e.target.value)))}
      />
      <span className="pair-b" aria-hidden="true">
        {b.name}
      </span>
      <output id={`${id}-words`} htmlFor={id} className="pair-words small">
        {worst && <span className="flag warn">most inconsistent</span>} {words}
      </output>
    </div>
  );
}
