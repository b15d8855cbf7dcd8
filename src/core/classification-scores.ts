/**
 * Precision, recall and F1 from true-positive, false-positive and false-negative counts, as
 * the evaluation scorers of the role and reflection analysers report them (van Rijsbergen
 * 1979). An empty denominator gives 0.
 */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
