/**
 * Money on the workbench: an option's pay as the decision reads it (each part and the total
 * as yearly p10 / p50 / p90 and mean in the profile currency, with the assumptions: rates and
 * their date, working days, stage figures), the same figures `bearing money` prints (the page
 * runs the same core functions, `withMoney` and `moneyReport`, on the server's files); an
 * editor for the option's `compensation` block; and the pay range for the overview.
 */
import { type FormEvent, useEffect, useRef, useState } from "react";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { missingRates } from "../../core/money/check.js";
import { moneyContext } from "../../core/money/convert.js";
import type { MoneyReport, MoneyReportOption } from "../../core/money/report.js";
import { compensationPackageSchema } from "../../core/money/schema.js";
import type { Distribution } from "../../core/money/simulate.js";
import type { OptionView } from "../../server/workspace-view.js";
import { type StoreState, store } from "../store.js";

const PART_NAMES: Record<MoneyReportOption["parts"][number]["kind"], string> = {
  base: "Base",
  bonus: "Bonus",
  signOn: "Sign-on",
  equity: "Equity",
  dayRate: "Day rate",
  retainer: "Retainer",
};

/** A yearly amount, whole units with thousands separators: `213,089`. */
export function money(x: number): string {
  return Math.round(x).toLocaleString("en", { maximumFractionDigits: 0 });
}

/** `213,089–237,117 USD a year` (p10–p90), or one figure when the total is certain. */
export function payRange(annual: Distribution, currency: string): string {
  const low = money(annual.p10);
  const high = money(annual.p90);
  return `${low === high ? low : `${low}–${high}`} ${currency} a year`;
}

/** The option's money reading from the page's derived state, or undefined. */
export function optionMoney(state: StoreState, id: string): MoneyReportOption | undefined {
  return state.derived?.money.options.find((o) => o.id === id);
}

/**
 * The option page's "Pay" section: the breakdown and its assumptions, then the editor of the
 * `compensation` block.
 */
export function OptionMoney({ state, option }: { state: StoreState; option: OptionView }) {
  const report = state.derived?.money;
  const reading = optionMoney(state, option.id);
  return (
    <section aria-labelledby="pay-title" data-testid="option-money">
      <h2 id="pay-title">Pay</h2>
      {report && reading ? (
        <Breakdown report={report} reading={reading} />
      ) : (
        <p className="muted small">
          No pay to add up yet: give its compensation below (base, bonus, sign-on, equity, day rate
          or retainer).
        </p>
      )}
      <CompensationEditor key={option.id} option={option} state={state} />
    </section>
  );
}

function Breakdown({ report, reading }: { report: MoneyReport; reading: MoneyReportOption }) {
  const rows: { name: string; label: string; d: Distribution }[] = [
    ...reading.parts.map((p) => ({ name: PART_NAMES[p.kind], label: p.label, d: p })),
  ];
  const rates = Object.entries(report.rates);
  return (
    <>
      <p className="muted small">
        In {report.currency} a year, averaged over {report.horizonYears} years: the low (p10),
        middle (p50) and high (p90) of {report.samples.toLocaleString("en")} simulations, and the
        mean.
      </p>
      <table className="money" data-testid="money-table">
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Low (p10)</th>
            <th scope="col">Middle (p50)</th>
            <th scope="col">High (p90)</th>
            <th scope="col">Mean</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, label, d }) => (
            <tr key={`${name}-${label}`} data-testid="money-part">
              {/* What was given sits under the part's name, not in a column of its own: six
                  columns are wider than a phone's screen. */}
              <th scope="row">
                {name}
                <span className="money-given muted small">{label}</span>
              </th>
              <Figures d={d} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="money-total">
            <th scope="row">Total</th>
            <Figures d={reading.annual} />
          </tr>
        </tfoot>
      </table>
      <ul className="small muted" data-testid="money-assumptions">
        {reading.assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
        {rates.length > 0 && (
          <li>
            Rates: {rates.map(([c, r]) => `1 ${c} = ${r} ${report.currency}`).join(", ")} (
            {report.ratesAsOf ? `as of ${report.ratesAsOf}` : "date not given"}); set under{" "}
            <code>money: rates:</code> in bearing.yaml.
          </li>
        )}
      </ul>
    </>
  );
}

function Figures({ d }: { d: Distribution }) {
  return (
    <>
      <td className="num">{money(d.p10)}</td>
      <td className="num">{money(d.p50)}</td>
      <td className="num">{money(d.p90)}</td>
      <td className="num">{money(d.mean)}</td>
    </>
  );
}

/** The block as YAML text in the editor (empty when there is none). */
function blockText(option: OptionView): string {
  return option.compensation ? stringifyYaml(option.compensation).trimEnd() : "";
}

/**
 * Reads the editor's text: the compensation block (null to remove it) or the problems, in
 * the schema's words and with the rates the profile lacks (which the server refuses too).
 */
export function readCompensation(
  text: string,
  state: Pick<StoreState, "profile">,
): { value: unknown } | { problems: string[] } {
  if (text.trim() === "") return { value: null };
  let raw: unknown;
  try {
    raw = parseYaml(text, { maxAliasCount: 0 });
  } catch (error) {
    return { problems: [`not YAML: ${(error as Error).message.split("\n")[0]}`] };
  }
  const parsed = compensationPackageSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map(
        (i) => `${i.path.length > 0 ? `${i.path.join(".")}: ` : ""}${i.message}`,
      ),
    };
  }
  if (state.profile) {
    const ctx = moneyContext(state.profile);
    const missing = missingRates(parsed.data, ctx);
    if (missing.length > 0) {
      return {
        problems: missing.map(
          ({ currency, path }) =>
            `${path.slice(1).join(".")}: no exchange rate for ${currency}; add "${currency}: <what 1 ${currency} is worth in ${ctx.currency}>" under money: rates: in bearing.yaml`,
        ),
      };
    }
  }
  // Saved as typed (the schema's defaults stay implicit in the file).
  return { value: raw };
}

/**
 * The option's `compensation` block as YAML text, checked as typed and saved on request.
 * What is typed stays while other saves land; a new version from disk replaces the text only
 * while nothing typed differs from the text as last read.
 */
function CompensationEditor({ option, state }: { option: OptionView; state: StoreState }) {
  const [text, setText] = useState(() => blockText(option));
  const shown = useRef(blockText(option));
  useEffect(() => {
    const fresh = blockText(option);
    if (fresh === shown.current) return;
    if (text === shown.current) setText(fresh);
    shown.current = fresh;
  }, [option, text]);
  const read = readCompensation(text, state);
  const dirty = text.trim() !== shown.current.trim();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!("value" in read) || !dirty) return;
    void store.editOption(option.id, [{ field: "compensation", value: read.value }]);
  };
  return (
    <form className="compensation" onSubmit={submit} aria-labelledby="compensation-title">
      <h3 id="compensation-title">Compensation</h3>
      <p className="muted small">
        As in the option file's front matter, e.g.{" "}
        <code>
          base: {"{"} amount: 95000, currency: GBP {"}"}
        </code>
        ,{" "}
        <code>
          bonus: {"{"} targetPercent: 15 {"}"}
        </code>
        ,{" "}
        <code>
          equity: [{"{"} kind: rsu, value: 80000, vestYears: 4 {"}"}]
        </code>
        ; any amount may be <code>[low, high]</code>. Empty removes the block.
      </p>
      <textarea
        aria-label="Compensation (YAML)"
        value={text}
        rows={Math.max(4, text.split("\n").length + 1)}
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
      />
      {"problems" in read && (
        <ul className="message error small" data-testid="compensation-problems">
          {read.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="inline">
        <button type="submit" disabled={!dirty || "problems" in read}>
          Save compensation
        </button>
        {dirty && (
          <span className="small muted" role="status">
            Not saved yet
          </span>
        )}
      </div>
    </form>
  );
}
