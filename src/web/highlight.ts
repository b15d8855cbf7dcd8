/**
 * Highlighting evidence in a text: overlapping spans (one sentence can be evidence for several
 * responsibilities) become a flat list of pieces, each covered by a fixed set of ids.
 */
import type { EvidenceSpan } from "../core/roles/types.js";
import type { ResponsibilityId } from "../core/taxonomy.js";

export interface Piece {
  /** Offsets `[start, end)` into the text. */
  start: number;
  end: number;
  /** Responsibilities whose evidence covers the whole piece; empty for plain text. */
  ids: ResponsibilityId[];
}

/**
 * Cuts `[0, length)` at every span boundary (spans are clamped to the text).
 * @returns consecutive pieces covering the text exactly, in order
 */
export function markPieces(
  length: number,
  spans: readonly (EvidenceSpan & { id: ResponsibilityId })[],
): Piece[] {
  const cuts = new Set([0, length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(length, s.start)));
    cuts.add(Math.max(0, Math.min(length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const ids = [
      ...new Set(spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.id)),
    ];
    pieces.push({ start, end, ids });
  }
  return pieces;
}
