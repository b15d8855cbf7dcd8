/**
 * The first step of tokenising, done in one pass over the string's char codes: cutting a text
 * into raw tokens (runs of characters between spaces) the way wink-nlp's tokenizer does
 * (wink-nlp 2.4, `src/tokenizer.js`: `text.split` on its model's `splitter` expression
 * `([ \u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]+|[\n\r\t]+)`), without the array of
 * strings that split builds.
 *
 * - A run of spaces (U+0020 and the no-break and fixed-width spaces of the splitter) is not a
 *   token: its length is the next token's count of preceding spaces.
 * - A run of line breaks and tabs (`\n`, `\r`, `\t`) is a token of its own.
 * - Every other maximal run of characters is a raw token, which wink-nlp may cut further
 *   (punctuation, contractions): see `core/nlp.ts`, which keeps that part.
 *
 * Pure: no wink-nlp here, so the rules can be tested on their own.
 */

/** wink-nlp caps a token's count of preceding spaces (its `maxPrecedingSpaces` - 1). */
export const MAX_PRECEDING_SPACES = 65534;

/** Whether `c` separates raw tokens as a space (U+0020 or one of wink's no-break spaces). */
export function isSplitSpace(c: number): boolean {
  if (c === 0x20) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    (c >= 0x2002 && c <= 0x2005) ||
    c === 0x2009 ||
    c === 0x200a ||
    c === 0x202f ||
    c === 0x205f
  );
}

/** Whether `c` is one of the line-break characters whose runs are tokens (`\n`, `\r`, `\t`). */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * Calls `visit(start, end, precedingSpaces, spacesFrom)` for each raw token of `text`, in order:
 * `[start, end)` are offsets into `text`; `precedingSpaces` is the length of the run of spaces
 * just before it (0 when none; capped at {@link MAX_PRECEDING_SPACES}); `spacesFrom` is where
 * that run starts when it holds a no-break or fixed-width space (which wink-nlp keeps aside),
 * else -1. Spaces at the end of the text are not reported, as wink-nlp drops them.
 */
export function forEachRawToken(
  text: string,
  visit: (start: number, end: number, precedingSpaces: number, spacesFrom: number) => void,
): void {
  const n = text.length;
  let i = 0;
  let spaces = 0;
  let special = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSplitSpace(c)) {
      const from = i;
      let hasSpecial = c !== 0x20;
      i++;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (!isSplitSpace(d)) break;
        if (d !== 0x20) hasSpecial = true;
      }
      spaces = Math.min(i - from, MAX_PRECEDING_SPACES);
      special = hasSpecial ? from : -1;
      continue;
    }
    const from = i;
    i++;
    if (isLineBreak(c)) {
      while (i < n && isLineBreak(text.charCodeAt(i))) i++;
    } else {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isSplitSpace(d) || isLineBreak(d)) break;
        i++;
      }
    }
    visit(from, i, spaces, special);
    spaces = 0;
    special = -1;
  }
}
