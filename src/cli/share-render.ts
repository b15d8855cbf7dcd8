/**
 * What the sharing commands print: the list of what was left out (read before sharing), and
 * the `--include` kinds that keep something in.
 */
import { BearingError } from "../core/errors.js";
import {
  type LeftOut,
  PRIVATE_KIND_LABELS,
  PRIVATE_KINDS,
  type PrivateKind,
} from "../core/share/redact.js";

/** `--include` values, checked: exit 2 naming the unknown kind and the known ones. */
export function privateKinds(values: readonly string[]): Set<PrivateKind> {
  const kinds = new Set<PrivateKind>();
  for (const value of values.flatMap((v) => v.split(","))) {
    const kind = value.trim();
    if (kind === "") continue;
    if (!(PRIVATE_KINDS as readonly string[]).includes(kind)) {
      throw BearingError.input({
        code: "invalid_value",
        message: `unknown kind "${kind}" to include`,
        path: ["--include"],
        hint: `use any of: ${PRIVATE_KINDS.join(", ")}`,
      });
    }
    kinds.add(kind as PrivateKind);
  }
  return kinds;
}

/** "Left out (N): …" grouped by kind, one line per file; empty when nothing was left out. */
export function renderLeftOut(leftOut: readonly LeftOut[]): string {
  if (leftOut.length === 0) return "Nothing was left out (every kind was included).\n";
  const lines = [`Left out (${leftOut.length}; --include KIND keeps a kind in):`];
  for (const kind of PRIVATE_KINDS) {
    const items = leftOut.filter((l) => l.kind === kind);
    if (items.length === 0) continue;
    lines.push(`  ${kind}: ${PRIVATE_KIND_LABELS[kind]}`);
    const byFile = new Map<string, string[]>();
    for (const item of items) byFile.set(item.file, [...(byFile.get(item.file) ?? []), item.what]);
    for (const [file, whats] of byFile) lines.push(`    ${file}: ${whats.join("; ")}`);
  }
  return `${lines.join("\n")}\n`;
}
