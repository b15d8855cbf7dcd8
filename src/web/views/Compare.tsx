import { useMemo, useState } from "react";
import { explain } from "../../core/decision/explain.js";
import { pointValues } from "../../core/decision/rank.js";
import { CANVAS_TOOLTIP, Chart, type ChartOption } from "../chart.js";
import { percent, score } from "../format.js";
import type { StoreState } from "../store.js";

/** Two options side by side: a radar of partial values and `explain`'s differences. */
export function Compare({ state }: { state: StoreState }) {
  const model = state.derived?.model;
  const ids = state.derived?.ranking.alternatives.map((a) => a.id) ?? [];
  const [a, setA] = useState(ids[0] ?? "");
  const [b, setB] = useState(ids[1] ?? "");
  const result = useMemo(() => {
    if (!model || !ids.includes(a) || !ids.includes(b) || a === b) return null;
    const altA = model.alternatives.find((x) => x.id === a);
    const altB = model.alternatives.find((x) => x.id === b);
    if (!altA || !altB) return null;
    const radar: ChartOption = {
      color: ["#1f5fa8", "#c2410c"],
      tooltip: CANVAS_TOOLTIP,
      legend: { bottom: 0 },
      radar: {
        indicator: model.criteria.map((c) => ({ name: c.name, max: 1 })),
        axisName: { color: "#222" },
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
    return { explanation: explain(model, a, b), radar, titleA: altA.title, titleB: altB.title };
  }, [model, a, b, ids]);
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
          />
          <p>
            {result.titleA}: {score(result.explanation.scoreA)} · {result.titleB}:{" "}
            {score(result.explanation.scoreB)}
          </p>
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
                  <td className={c.difference >= 0 ? "pos" : "neg"}>
                    {c.difference >= 0 ? "+" : ""}
                    {c.difference.toFixed(3)} for{" "}
                    {c.difference >= 0 ? result.titleA : result.titleB}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.explanation.weightFlips[0] && (
            <p>
              They swap if the weight of {result.explanation.weightFlips[0].name} goes from{" "}
              {percent(result.explanation.weightFlips[0].from)} to{" "}
              {percent(result.explanation.weightFlips[0].to)}.
            </p>
          )}
        </>
      )}
    </section>
  );
}
