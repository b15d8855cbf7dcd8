/**
 * A light English suffix stripper used to compare cue words with the words of a posting.
 *
 * wink-nlp lemmatises verbs well but leaves capitalised words (title-case bullets such as
 * "Hiring Managers") and some nouns untouched, so both the cue vocabulary and the posting are
 * reduced to the same crude stem: plural and verbal endings are removed, then a final "e"
 * ("hire", "hires", "hiring", "hired" all give "hir"). It is deliberately weaker than the Porter
 * stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980): "manager" and "management"
 * stay apart from "manage", because they signal different responsibilities.
 *
 * @param word one token, any case
 * @returns the lowercase stem; words of three letters or fewer are only lowercased
 */
export function stem(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const result = stemUncached(word);
  // Postings reuse a small vocabulary; the cap only guards against pathological input.
  if (memo.size < 100_000) memo.set(word, result);
  return result;
}

const memo = new Map<string, string>();

function stemUncached(word: string): string {
  let w = word.toLowerCase().replace(/[’']/g, "'");
  if (w.length <= 3 || KEEP.has(w)) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ing") && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ed") && w.length > 4) w = undouble(w.slice(0, -2));
  else if (w.endsWith("es") && /(ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is|os)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

/**
 * Words whose "-ing" form names a field, not an act: "engineering" is a discipline, and
 * "engineers" are people; "positioning" is not "position".
 */
const KEEP = new Set([
  "engineering",
  "marketing",
  "positioning",
  "pricing",
  "offering",
  "accounting",
]);

/** "plann" -> "plan", "shipp" -> "ship"; keeps "ll" and "ss" ("install", "process"). */
function undouble(w: string): string {
  const n = w.length;
  if (n >= 4 && w[n - 1] === w[n - 2] && !/[lsaeiou]/.test(w[n - 1] ?? "")) return w.slice(0, -1);
  return w;
}
