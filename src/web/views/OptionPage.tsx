import { useEffect, useState } from "react";
import type { Rating } from "../../core/model/option.js";
import type { Criterion } from "../../core/model/profile.js";
import type { OptionView } from "../../server/workspace-view.js";
import { showRating } from "../format.js";
import { type StoreState, store } from "../store.js";

/** One option: its ratings (editable, with an "unsure" interval), next step, facts, text. */
export function OptionPage({ state, id }: { state: StoreState; id: string }) {
  const option = state.view?.options.find((o) => o.id === id);
  const criteria = state.profile?.criteria ?? [];
  if (!option) return <p>No option “{id}”.</p>;
  const ranked = state.derived?.ranking.alternatives.find((a) => a.id === id);
  return (
    <article aria-labelledby="option-title">
      <h1 id="option-title">{option.title}</h1>
      <p className="muted">
        {[option.organisation, option.path, option.status].filter(Boolean).join(" · ")}
        {ranked && ` · rank ${ranked.rank}, score ${ranked.score.toFixed(3)}`}
      </p>
      <NextStep option={option} />
      <h2>Ratings</h2>
      <table className="ratings">
        <tbody>
          {criteria.map((criterion) => (
            <RatingRow
              key={`${criterion.id}-${option.hash}`}
              option={option}
              criterion={criterion}
            />
          ))}
        </tbody>
      </table>
      <Facts option={option} />
      {option.contacts.length > 0 && (
        <>
          <h2>Contacts</h2>
          <ul>
            {option.contacts.map((c) => (
              <li key={c.name}>
                {c.name}
                {c.role && `, ${c.role}`}
                {c.relation && <span className="muted"> — {c.relation}</span>}
                {c.lastContact && <span className="muted"> (last contact {c.lastContact})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Description and notes</h2>
      <p className="muted small">
        Detected responsibilities will be highlighted here once the role analyser lands.
      </p>
      <MarkdownText text={option.body} />
    </article>
  );
}

function NextStep({ option }: { option: OptionView }) {
  const [value, setValue] = useState(option.nextStep ?? "");
  useEffect(() => setValue(option.nextStep ?? ""), [option.nextStep]);
  return (
    <form
      className="inline"
      onSubmit={(e) => {
        e.preventDefault();
        void store.editOption(option.id, [{ field: "nextStep", value: value.trim() || null }]);
      }}
    >
      <label>
        Next step <input value={value} onChange={(e) => setValue(e.target.value)} size={50} />
      </label>
      <button type="submit">Save</button>
    </form>
  );
}

function RatingRow({ option, criterion }: { option: OptionView; criterion: Criterion }) {
  const rating: Rating = option.ratings[criterion.id] ?? null;
  const [unsure, setUnsure] = useState(Array.isArray(rating));
  const [low, setLow] = useState(
    rating === null ? "" : String(Array.isArray(rating) ? rating[0] : rating),
  );
  const [high, setHigh] = useState(Array.isArray(rating) ? String(rating[1]) : "");
  const scale = criterion.scale;
  const save = () => {
    const a = low.trim() === "" ? null : Number(low);
    const b = high.trim() === "" ? null : Number(high);
    const value = a === null ? null : unsure && b !== null ? [Math.min(a, b), Math.max(a, b)] : a;
    void store.editOption(option.id, [{ field: `ratings.${criterion.id}`, value }]);
  };
  const bounds = { min: scale.min, max: scale.max, step: scale.kind === "rating" ? 1 : "any" };
  return (
    <tr data-testid="rating-row" data-criterion={criterion.id}>
      <th scope="row">
        {criterion.name}
        <div className="muted small">now: {showRating(rating)}</div>
      </th>
      <td>
        <form
          className="inline"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <input
            type="number"
            {...bounds}
            value={low}
            aria-label={`${unsure ? "Lowest" : "Rating"} for ${criterion.name}`}
            onChange={(e) => setLow(e.target.value)}
          />
          {unsure && (
            <input
              type="number"
              {...bounds}
              value={high}
              aria-label={`Highest for ${criterion.name}`}
              onChange={(e) => setHigh(e.target.value)}
            />
          )}
          <label className="small">
            <input type="checkbox" checked={unsure} onChange={(e) => setUnsure(e.target.checked)} />{" "}
            unsure
          </label>
          <button type="submit" aria-label={`Save rating for ${criterion.name}`}>
            Save
          </button>
        </form>
      </td>
    </tr>
  );
}

function Facts({ option }: { option: OptionView }) {
  const rows: [string, string][] = [];
  const facts = option.facts ?? {};
  if (facts.reportsTo) rows.push(["Reports to", facts.reportsTo]);
  if (facts.workMode) rows.push(["Work mode", facts.workMode]);
  if (facts.handsOn) rows.push(["Hands-on", facts.handsOn]);
  if (facts.teamSize) rows.push(["Team size", `${facts.teamSize.min}–${facts.teamSize.max}`]);
  if (facts.compensation) {
    const c = facts.compensation;
    rows.push([
      "Pay",
      `${c.min.toLocaleString("en")}–${c.max.toLocaleString("en")} ${c.currency}/${c.period}`,
    ]);
  }
  const company = option.company ?? {};
  if (company.headcount) rows.push(["Headcount", String(company.headcount)]);
  if (company.stage) rows.push(["Stage", company.stage]);
  if (company.funding) rows.push(["Funding", company.funding]);
  if (company.runwayMonths !== undefined) rows.push(["Runway", `${company.runwayMonths} months`]);
  if (rows.length === 0) return null;
  return (
    <>
      <h2>Facts</h2>
      <dl className="facts">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** Headings, bullets and paragraphs of Markdown as plain text (no HTML is ever injected). */
export function MarkdownText({ text }: { text: string }) {
  const blocks = text.split(/\n{2,}/).filter((b) => b.trim() !== "");
  return (
    <div className="prose">
      {blocks.map((block, i) => {
        const key = `${i}-${block.slice(0, 12)}`;
        const heading = /^(#{1,6})\s+(.*)$/.exec(block.trim());
        if (heading) return <h3 key={key}>{heading[2]?.replaceAll("*", "")}</h3>;
        const lines = block.split("\n");
        if (lines.every((l) => /^\s*[-*]\s+/.test(l))) {
          return (
            <ul key={key}>
              {lines.map((l) => (
                <li key={l}>{l.replace(/^\s*[-*]\s+/, "").replaceAll("**", "")}</li>
              ))}
            </ul>
          );
        }
        return <p key={key}>{block.replaceAll("**", "")}</p>;
      })}
    </div>
  );
}
