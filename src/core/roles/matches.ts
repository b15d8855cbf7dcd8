/**
 * Walking every match of a regular expression without `String.prototype.matchAll`, which
 * copies its pattern on each call (about twice as slow on a sentence): the fact readers and the
 * negation scope walk matches once per sentence of every posting.
 */

/** A global copy of each pattern, made once. */
const GLOBAL = new WeakMap<RegExp, RegExp>();

/**
 * `re` with the `g` flag added (its other flags kept), made once per pattern and shared: pass
 * it only to {@link allMatches}, which leaves its `lastIndex` at 0.
 */
export function globalOf(re: RegExp): RegExp {
  if (re.global) return re;
  let global = GLOBAL.get(re);
  if (!global) {
    global = new RegExp(re.source, `${re.flags}g`);
    GLOBAL.set(re, global);
  }
  return global;
}

/**
 * Every match of `re` in `text`, in order, as `text.matchAll(re)` gives them (an empty match
 * moves on one code unit).
 *
 * @param re a pattern with the `g` flag and without the `u` flag; its `lastIndex` is the
 *   cursor, left at 0, so no one else may use it meanwhile
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === "") re.lastIndex++;
  }
  return out;
}
