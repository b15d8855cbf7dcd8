/**
 * Agreement between two independent readings of the same texts, and the adjudicated labels
 * built from them (the labelling protocol of data/README.md).
 *
 * - Set-valued fields (responsibilities, values, considered paths): micro-F1 between the two
 *   readings (symmetric: either reading may stand as the reference) and Cohen's κ over the
 *   binary decisions "id present in text" for every text × id of the vocabulary.
 * - Single-valued fields (archetype, nominal archetype, chosen path, each fact): the share of
 *   texts where the readings agree and Cohen's κ over the categories seen (null is a category).
 *
 * Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and
 * Psychological Measurement 20(1), 37–46. κ = (p_o − p_e) / (1 − p_e); 1 when p_e = 1 and the
 * readings agree everywhere.
 */

/** Observed agreement, chance agreement and Cohen's κ of two parallel lists of categories. */
export interface Kappa {
  /** Number of paired decisions. */
  n: number;
  /** Share of decisions on which the two readings agree, in [0, 1]. */
  observed: number;
  /** Agreement expected by chance from each reading's category frequencies, in [0, 1]. */
  chance: number;
  /** Cohen's κ, in [-1, 1]. */
  kappa: number;
}

/**
 * Cohen's κ for two readings `a` and `b` of the same `n` items (categories compared with `===`
 * after `JSON.stringify`, so objects such as `{min, max}` compare by value).
 * @throws Error when the lists differ in length.
 */
export function cohenKappa(a: readonly unknown[], b: readonly unknown[]): Kappa {
  if (a.length !== b.length) throw new Error(`cohenKappa: ${a.length} items against ${b.length}`);
  const n = a.length;
  if (n === 0) return { n, observed: 1, chance: 1, kappa: 1 };
  const keyA = a.map((x) => JSON.stringify(x ?? null));
  const keyB = b.map((x) => JSON.stringify(x ?? null));
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  let agree = 0;
  for (let i = 0; i < n; i++) {
    const ka = keyA[i] as string;
    const kb = keyB[i] as string;
    if (ka === kb) agree++;
    countA.set(ka, (countA.get(ka) ?? 0) + 1);
    countB.set(kb, (countB.get(kb) ?? 0) + 1);
  }
  let chance = 0;
  for (const [k, ca] of countA) chance += (ca / n) * ((countB.get(k) ?? 0) / n);
  const observed = agree / n;
  const kappa = chance === 1 ? (observed === 1 ? 1 : 0) : (observed - chance) / (1 - chance);
  return { n, observed, chance, kappa };
}

/** Agreement of a set-valued field: micro-F1 and κ over every text × id decision. */
export interface SetAgreement extends Kappa {
  /** Micro-F1 of one reading against the other, in [0, 1] (symmetric). */
  microF1: number;
  /** Per id: F1 of the two readings on that id and the number of texts either gave it. */
  perId: Record<string, { f1: number; either: number }>;
}

/**
 * Agreement of two readings of a set-valued field over the same texts.
 * @param vocabulary every id the field may take (decisions are made for each).
 */
export function setAgreement(
  a: readonly (readonly string[])[],
  b: readonly (readonly string[])[],
  vocabulary: readonly string[],
): SetAgreement {
  const decisionsA: boolean[] = [];
  const decisionsB: boolean[] = [];
  let both = 0;
  let onlyA = 0;
  let onlyB = 0;
  const perIdCounts = new Map<string, { both: number; onlyA: number; onlyB: number }>();
  for (const id of vocabulary) perIdCounts.set(id, { both: 0, onlyA: 0, onlyB: 0 });
  for (let t = 0; t < a.length; t++) {
    const setA = new Set(a[t]);
    const setB = new Set(b[t]);
    for (const id of vocabulary) {
      const inA = setA.has(id);
      const inB = setB.has(id);
      decisionsA.push(inA);
      decisionsB.push(inB);
      const c = perIdCounts.get(id);
      if (!c) continue;
      if (inA && inB) {
        both++;
        c.both++;
      } else if (inA) {
        onlyA++;
        c.onlyA++;
      } else if (inB) {
        onlyB++;
        c.onlyB++;
      }
    }
  }
  const f1 = (x: number, y: number, z: number) =>
    x === 0 ? (y + z === 0 ? 1 : 0) : (2 * x) / (2 * x + y + z);
  const perId: SetAgreement["perId"] = {};
  for (const [id, c] of perIdCounts)
    perId[id] = { f1: f1(c.both, c.onlyA, c.onlyB), either: c.both + c.onlyA + c.onlyB };
  return { ...cohenKappa(decisionsA, decisionsB), microF1: f1(both, onlyA, onlyB), perId };
}
