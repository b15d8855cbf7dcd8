/**
 * Assertions over the hand-written patterns of the readers: the sentences a pattern must read
 * and those it must not, each named in a failure.
 */
import { expect } from "vitest";

/**
 * Asserts that `re` matches every one of `matches` and none of `misses`.
 *
 * @param re a pattern without the `g` or `y` flag (its `test` then keeps no state)
 */
export function expectPattern(
  re: RegExp,
  matches: readonly string[],
  misses: readonly string[] = [],
): void {
  for (const s of matches) expect(re.test(s), s).toBe(true);
  for (const s of misses) expect(re.test(s), s).toBe(false);
}
