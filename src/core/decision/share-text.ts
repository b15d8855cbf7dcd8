/**
 * Shares (chances, acceptabilities, confidence factors) in words for people: one rounding for
 * the CLI, the page and the verdict, so a figure reads the same everywhere.
 */

/**
 * A share in [0, 1] as a whole percentage that never rounds a rare event away: 0.3% reads
 * "<1%", 99.7% reads ">99%", and only exact 0 and 1 read "0%" and "100%". Values outside
 * [0, 1] read as the nearer end.
 */
export function shareText(x: number): string {
  if (x <= 0) return "0%";
  if (x >= 1) return "100%";
  if (x < 0.005) return "<1%";
  if (x > 0.995) return ">99%";
  return `${Math.round(x * 100)}%`;
}
