import { useMemo, useState } from "react";
import { explain } from "../../core/decision/explain.js";
import { pointValues } from "../../core/decision/rank.js";
import { listing, percentPair } from "../../core/decision/verdict.js";
import { CANVAS_TOOLTIP, Chart, type ChartOption, useNarrow } from "../chart.js";
import { percent, score } from "../format.js";
import type { StoreState } from "../store.js";

/** Two options side by side: a radar of partial values and `explain`'s differences. */
export function Compare({ state }: { state: StoreState }) {
  const model = state.derived?.model;
  const ids = state.derived?.ranking.alternatives.map((a) => a.id) ?? [];
  const [a, setA] = useState(ids[0] ?? "");
  const [b, setB] = useState(ids[1] ?? "");
  const narrow = useNarrow();
  const result = useMemo(() => {
    if (!model || !ids.includes(a) || !ids.includes(b) || a === b) return null;
    const altA = model.alternatives.find((x) => x.id === a);
    const altB = model.alternatives.find((x) => x.id === b);
    if (!altA || !altB) return null;
    const radar: ChartOption = {
      color: ["#1f5fa8", "#c2410c"],
      tooltip: CANVAS_TOOLTIP,
      legend: { bottom: 0, orient: narrow ? "vertical" : "horizontal" },
      radar: {
        indicator: model.criteria.map((c) => ({ name: wrap(c.name, narrow ? 12 : 22), max: 1 })),
        // An explicit line height: without one the wrapped lines of a name overlap on canvas.
        axisName: { color: "#222", lineHeight: 14 },
        // Room for the criterion names around the web on a phone.
        radius: narrow ? "52%" : "65%",
        center: ["50%", narrow ? "45%" : "50%"],
      },
      series: [
        {
          type: "radar",
          data: [
            { name: altA.title, value: pointValues(altA) },
            { name: altB.title, value: pointValues(altB) },
          ],
        },
      ],
    };
    // What the figures assume: unrated criteria count at the middle of their scale.
    const unrated = [altA, altB].flatMap((alt) =>
      alt.missing.length === 0
        ? []
        : [
            `${alt.title}'s unrated ${listing(
              alt.missing.map(
                (id) => model.criteria.find((c) => c.id === id)?.name.toLowerCase() ?? id,
              ),
            )}`,
          ],
    );
    return {
      explanation: explain(model, a, b),
      radar,
      titleA: altA.title,
      titleB: altB.title,
      unrated,
    };
  }, [model, a, b, ids, narrow]);
  if (!model) return <p>{state.derivedError ?? "No ranking yet."}</p>;
  const pick = (value: string, set: (v: string) => void, label: string) => (
    <label>
      {label}{" "}
      <select value={value} onChange={(e) => set(e.target.value)}>
        {model.alternatives.map((alt) => (
          <option key={alt.id} value={alt.id}>
            {alt.title}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section aria-labelledby="compare-title">
      <h1 id="compare-title">Compare</h1>
      <div className="inline">
        {pick(a, setA, "First")}
        {pick(b, setB, "Second")}
      </div>
      {!result ? (
        <p>Choose two different options.</p>
      ) : (
        <>
          <Chart
            option={result.radar}
            height={360}
            label={`Partial values of ${result.titleA} and ${result.titleB} on each criterion`}
            testId="radar"
          />
          <p>
            {result.titleA}: {score(result.explanation.scoreA)} · {result.titleB}:{" "}
            {score(result.explanation.scoreB)}
          </p>
          {result.explanation.decidedBy === "mustHaves" && (
            <p>
              {result.explanation.screen.a.passes ? result.titleA : result.titleB} ranks first
              whatever the scores:{" "}
              {result.explanation.screen.a.passes ? result.titleB : result.titleA} fails{" "}
              {(result.explanation.screen.a.passes
                ? result.explanation.screen.b
                : result.explanation.screen.a
              ).failed
                .map((check) => `${check.label} (${check.reason})`)
                .join("; ")}
              .
            </p>
          )}
          <table>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Weight</th>
                <th scope="col">Share of the difference</th>
              </tr>
            </thead>
            <tbody>
              {result.explanation.criteria.map((c) => (
                <tr key={c.criterion}>
                  <th scope="row">{c.name}</th>
                  <td>{percent(c.weight)}</td>
                  {/* The size, and whom it favours: a sign as well would read "-0.100 for B"
                      as a loss for B. */}
                  <td className={c.difference >= 0 ? "pos" : "neg"}>
                    {Math.abs(c.difference) < 0.0005
                      ? "none"
                      : `${Math.abs(c.difference).toFixed(3)} for ${c.difference >= 0 ? result.titleA : result.titleB}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.explanation.weightFlips[0] && (
            <p>
              They swap if the weight of {result.explanation.weightFlips[0].name} goes from{" "}
              {percentPair(
                result.explanation.weightFlips[0].from,
                result.explanation.weightFlips[0].to,
              ).join(" to ")}
              {result.unrated.length > 0 && (
                <span data-testid="compare-assumes">
                  , counting {listing(result.unrated)} at the middle of the scale (an assumption:
                  rate {result.unrated.length === 1 ? "it" : "them"} to know)
                </span>
              )}
              .
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** Breaks a label into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}
