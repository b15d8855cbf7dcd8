/**
 * Posts of our own writing for the sentence-model tests (scripts/learn/*-sentences.test.ts,
 * sentence-paths.test.ts): filler sentences around at most one sentence that states a label,
 * with that sentence's soft target as two readers might give it.
 */
import { type ReflectionReading, readReflectionParts } from "../../src/core/reflect/features.js";
import { readPost } from "../../src/core/reflect/post.js";

const FILLER = [
  "The office was on the fourth floor.",
  "We shipped the billing rewrite in March.",
  "Our team had seven engineers and a designer.",
  "The roadmap changed twice that spring.",
  "I wrote this on a train to Leeds.",
];

/**
 * Post n: two filler sentences and, when given, `stated` between them; `targets` per sentence,
 * 1 (odd n: both readers marked it) or 0.5 (even n: one did) for `stated`, 0 for the rest.
 */
export function syntheticPost(
  n: number,
  stated: string | null,
): { reading: ReflectionReading; targets: number[] } {
  const lines = [FILLER[n % 5], FILLER[(n + 2) % 5]] as string[];
  if (stated) lines.splice(1, 0, stated);
  const reading = readReflectionParts(readPost(lines.join("\n\n")));
  const targets = reading.sentences.map((s) => (s.quote === stated ? (n % 2 ? 1 : 0.5) : 0));
  return { reading, targets };
}
