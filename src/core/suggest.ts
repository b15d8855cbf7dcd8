/**
 * "Did you mean": the ids a misspelt one was probably meant to be, for every message that
 * names an unknown option, criterion or prompt id.
 *
 * Closeness is the optimal-string-alignment form of the Damerau-Levenshtein distance
 * (insertions, deletions, substitutions and swaps of two adjacent characters each cost 1;
 * Damerau 1964, Levenshtein 1966), compared case-insensitively. An id is suggested when it
 * is within a third of the longer id's length (at least 1, at most 3 edits), or when the
 * typed text is one whole dash- or underscore-separated part of it, or its start (`hollis`
 * for `director-hollis-health`, at least 3 characters).
 */

/**
 * Optimal-string-alignment distance between `a` and `b` (each swap of two adjacent
 * characters counts as one edit). O(|a|·|b|) time, O(|b|) memory per row kept.
 * @returns a whole number from 0 (equal) to max(|a|, |b|)
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] as number) + 1);
      }
      current[j] = best;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The known ids `typed` was probably meant to be, closest first (ties in the order given).
 * @param typed what the user wrote
 * @param known the ids that exist
 * @param limit how many to return at most (default 3)
 * @returns up to `limit` ids; empty when none is close, or when `typed` is itself known
 */
export function closestIds(typed: string, known: Iterable<string>, limit = 3): string[] {
  const ids = [...new Set(known)];
  if (ids.includes(typed)) return [];
  const wanted = typed.toLowerCase();
  const scored: { id: string; score: number; order: number }[] = [];
  ids.forEach((id, order) => {
    const lower = id.toLowerCase();
    const distance = editDistance(wanted, lower);
    const allowed = Math.min(3, Math.max(1, Math.floor(Math.max(wanted.length, lower.length) / 3)));
    const part =
      wanted.length >= 3 &&
      (lower.startsWith(wanted) || lower.split(/[-_]/).some((piece) => piece === wanted));
    if (distance <= allowed) scored.push({ id, score: distance, order });
    else if (part) scored.push({ id, score: allowed + 1, order });
  });
  return scored
    .sort((x, y) => x.score - y.score || x.order - y.order)
    .slice(0, limit)
    .map((s) => s.id);
}

/**
 * The hint of an "unknown id" message: `did you mean "scaleup-cto"? options: a, b, c`, or
 * just the list when nothing is close; `empty` when there is nothing to list.
 * @param noun what the list is of, e.g. `options` or `criteria`
 * @param empty the hint when `known` is empty, e.g. how to add the first one
 * @param listAtMost how many ids to list (default 12; the rest are counted)
 */
export function unknownIdHint(
  typed: string,
  known: readonly string[],
  noun: string,
  empty = `there are no ${noun} yet`,
  listAtMost = 12,
): string {
  if (known.length === 0) return empty;
  const close = closestIds(typed, known);
  const shown = known.slice(0, listAtMost).join(", ");
  const more = known.length > listAtMost ? ` and ${known.length - listAtMost} more` : "";
  const list = `${noun}: ${shown}${more}`;
  if (close.length === 0) return list;
  const guess = close.map((id) => `"${id}"`).join(" or ");
  return `did you mean ${guess}? ${list}`;
}
