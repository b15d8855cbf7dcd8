/**
 * Fitting the values' multiple-instance models together (src/core/reflect/learned.ts
 * `ValueModel` with `sentence`, and the model's `sharedSentence`): the labels are per post,
 * the evidence a few sentences. The instances of value v in a post are the sentences where a
 * cue of v stands (`c:<v>` of `valueSentenceFeatures`). Each gets a score
 * z = c_v + β_v·x (the value's own features: its cue strengths, n-grams) + γ·x (features
 * shared by every value: where the sentence stands and how it is framed, so a cue in a
 * reason counts more than one in thanks, learned from all values' labels at once); the
 * post's log-odds are a = b_v + δ_v·d + (1/r)·log(1 + Σ exp(r·z)), a smooth maximum over the
 * instances beside a logistic regression over post features d. The fit minimises
 * Σ_v Σ_posts [softplus(a) − y·a] + (λ_d/2)Σ‖δ_v‖² + (λ_s/2)Σ‖β_v‖² + (λ_g/2)‖γ‖² with
 * L-BFGS (biases not penalised). Not convex (the pooled score of a positive post), so the
 * start is fixed (zero weights, c_v = 0): training is deterministic.
 *
 * Multiple-instance learning: O. Maron & T. Lozano-Pérez, "A framework for multiple-instance
 * learning" (NIPS 1998); log-sum-exp pooling as in P. O. Pinheiro & R. Collobert, "From
 * image-level to pixel-level labeling with convolutional networks" (CVPR 2015).
 */
import { sigmoid } from "../../src/core/learn/linear.js";
import { addRidge, minimizeLbfgs, type SparseRow } from "./lr.js";

export interface MilValueData {
  /** Per post: 0/1 label. */
  y: readonly number[];
  /** Per post: its feature row over the post vocabulary. */
  docs: readonly SparseRow[];
  /** Per post: one row per instance over the value vocabulary, and over the shared one. */
  own: readonly (readonly SparseRow[])[];
  shared: readonly (readonly SparseRow[])[];
}

export interface MilSettings {
  docLambda: number;
  sentenceLambda: number;
  sharedLambda: number;
  sharpness: number;
  maxIterations: number;
}

export interface MilFit {
  shared: Float64Array;
  values: Array<{ bias: number; doc: Float64Array; sentenceBias: number; own: Float64Array }>;
}

interface Packed {
  data: MilValueData;
  first: Int32Array;
  at: Int32Array;
  idx: Int32Array;
  val: Float64Array;
  sat: Int32Array;
  sidx: Int32Array;
  sval: Float64Array;
  ez: Float64Array;
}

/** All instances of one value in compressed sparse rows (post n: [first[n], first[n+1])). */
function pack(data: MilValueData): Packed {
  const posts = data.y.length;
  const first = new Int32Array(posts + 1);
  let count = 0;
  let entries = 0;
  let sEntries = 0;
  for (let n = 0; n < posts; n++) {
    first[n] = count;
    const own = data.own[n] as readonly SparseRow[];
    count += own.length;
    for (const row of own) entries += row.idx.length;
    for (const row of data.shared[n] as readonly SparseRow[]) sEntries += row.idx.length;
  }
  first[posts] = count;
  const at = new Int32Array(count + 1);
  const sat = new Int32Array(count + 1);
  const idx = new Int32Array(entries);
  const val = new Float64Array(entries);
  const sidx = new Int32Array(sEntries);
  const sval = new Float64Array(sEntries);
  let i = 0;
  let e = 0;
  let se = 0;
  for (let n = 0; n < posts; n++) {
    const own = data.own[n] as readonly SparseRow[];
    const shared = data.shared[n] as readonly SparseRow[];
    own.forEach((row, k) => {
      const srow = shared[k] as SparseRow;
      at[i] = e;
      sat[i] = se;
      idx.set(row.idx, e);
      val.set(row.val, e);
      sidx.set(srow.idx, se);
      sval.set(srow.val, se);
      e += row.idx.length;
      se += srow.idx.length;
      i++;
    });
  }
  at[count] = e;
  sat[count] = se;
  return { data, first, at, idx, val, sat, sidx, sval, ez: new Float64Array(count) };
}

/**
 * Fits every value's model at once.
 *
 * @param values one data set per value (same posts, same vocabularies)
 * @param dims sizes of the post, value and shared vocabularies
 */
export function fitMilJoint(
  values: readonly MilValueData[],
  dims: { doc: number; own: number; shared: number },
  s: MilSettings,
): MilFit {
  const G = dims.shared;
  const stride = dims.doc + dims.own + 2;
  const packed = values.map(pack);
  const r = s.sharpness;
  const fg = (p: Float64Array, grad: Float64Array) => {
    grad.fill(0);
    let f = 0;
    packed.forEach((pk, v) => {
      const base = G + v * stride;
      const ownAt = base + dims.doc;
      const B = ownAt + dims.own;
      const C = B + 1;
      const b = p[B] as number;
      const c = p[C] as number;
      const { data, first, at, idx, val, sat, sidx, sval, ez } = pk;
      for (let n = 0; n < data.y.length; n++) {
        const doc = data.docs[n] as SparseRow;
        const lo = first[n] as number;
        const hi = first[n + 1] as number;
        let top = 0;
        for (let i = lo; i < hi; i++) {
          let z = c;
          for (let j = at[i] as number, end = at[i + 1] as number; j < end; j++)
            z += (p[ownAt + (idx[j] as number)] as number) * (val[j] as number);
          for (let j = sat[i] as number, end = sat[i + 1] as number; j < end; j++)
            z += (p[sidx[j] as number] as number) * (sval[j] as number);
          z *= r;
          ez[i] = z;
          if (z > top) top = z;
        }
        let total = Math.exp(-top);
        for (let i = lo; i < hi; i++) {
          const e = Math.exp((ez[i] as number) - top);
          ez[i] = e;
          total += e;
        }
        let a = b + (Math.log(total) + top) / r;
        for (let j = 0; j < doc.idx.length; j++)
          a += (p[base + (doc.idx[j] as number)] as number) * (doc.val[j] as number);
        const t = data.y[n] as number;
        f += (a > 0 ? a + Math.log1p(Math.exp(-a)) : Math.log1p(Math.exp(a))) - t * a;
        const e = sigmoid(a) - t;
        grad[B] = (grad[B] as number) + e;
        for (let j = 0; j < doc.idx.length; j++) {
          const k = base + (doc.idx[j] as number);
          grad[k] = (grad[k] as number) + e * (doc.val[j] as number);
        }
        const scale = e / total;
        for (let i = lo; i < hi; i++) {
          const alpha = scale * (ez[i] as number);
          if (alpha === 0) continue;
          grad[C] = (grad[C] as number) + alpha;
          for (let j = at[i] as number, end = at[i + 1] as number; j < end; j++) {
            const k = ownAt + (idx[j] as number);
            grad[k] = (grad[k] as number) + alpha * (val[j] as number);
          }
          for (let j = sat[i] as number, end = sat[i + 1] as number; j < end; j++) {
            const k = sidx[j] as number;
            grad[k] = (grad[k] as number) + alpha * (sval[j] as number);
          }
        }
      }
    });
    const penalise = (from: number, to: number, lambda: number) => {
      f = addRidge(f, p, grad, lambda, from, to);
    };
    penalise(0, G, s.sharedLambda);
    for (let v = 0; v < packed.length; v++) {
      const base = G + v * stride;
      penalise(base, base + dims.doc, s.docLambda);
      penalise(base + dims.doc, base + dims.doc + dims.own, s.sentenceLambda);
    }
    return f;
  };
  const { w } = minimizeLbfgs(fg, new Float64Array(G + values.length * stride), {
    maxIterations: s.maxIterations,
  });
  return {
    shared: w.slice(0, G),
    values: values.map((_, v) => {
      const base = G + v * stride;
      return {
        doc: w.slice(base, base + dims.doc),
        own: w.slice(base + dims.doc, base + dims.doc + dims.own),
        bias: w[base + dims.doc + dims.own] as number,
        sentenceBias: w[base + dims.doc + dims.own + 1] as number,
      };
    }),
  };
}
