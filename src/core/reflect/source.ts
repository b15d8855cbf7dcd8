/**
 * The input text as read, and the cleaned copy the reader works on, with a way back.
 *
 * Posts arrive with a UTF-8 byte-order mark, Windows line ends, Liquid tags or Hugo
 * shortcodes. The reader parses a cleaned copy in which line ends are `\n` and template tags
 * are blanked out with spaces of the same length, so that every offset in the cleaned copy
 * still points at the same character of the original; {@link SourceText.slice} maps a span
 * of the cleaned copy back to the exact characters of the input. That mapping is what lets
 * every piece of evidence be quoted verbatim.
 */

export interface SourceText {
  /** The input exactly as given. */
  readonly original: string;
  /** BOM removed, `\r\n` and lone `\r` turned into `\n`; same length otherwise. */
  readonly text: string;
  /** Offset in `original` of offset `offset` of `text` (0 ≤ offset ≤ text.length). */
  toOriginal(offset: number): number;
  /** The characters of `original` that the span [start, end) of `text` came from. */
  slice(start: number, end: number): string;
}

/** Normalises line ends and the BOM, keeping a map of removed characters. */
export function sourceText(original: string): SourceText {
  const bom = original.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Positions in `text` before which one more `\r` was dropped (one entry per `\r\n`).
  const dropped: number[] = [];
  let text = "";
  let runStart = bom;
  const firstCr = original.indexOf("\r");
  for (let i = firstCr < 0 ? original.length : firstCr; i < original.length; i++) {
    if (original.charCodeAt(i) !== 13) continue;
    text += original.slice(runStart, i);
    if (original.charCodeAt(i + 1) === 10) {
      dropped.push(text.length);
    } else {
      text += "\n";
    }
    runStart = i + 1;
  }
  text += original.slice(runStart);

  const toOriginal = (offset: number): number => {
    // Count dropped `\r` strictly before `offset`: a span ending at a line end stops before it.
    let lo = 0;
    let hi = dropped.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((dropped[mid] ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + bom + lo;
  };
  return {
    original,
    text,
    toOriginal,
    slice: (start, end) => original.slice(toOriginal(start), toOriginal(end)),
  };
}

/** Paired template blocks whose content is code or a comment, not prose. */
const LIQUID_BLOCKS = /\{%-?\s*(highlight|comment|raw)\b[^%]*%\}[\s\S]*?\{%-?\s*end\1\s*-?%\}/g;
const HUGO_BLOCKS =
  /\{\{[<%]\s*(highlight|code|raw|comment)\b[^}]*[>%]\}\}[\s\S]*?\{\{[<%]\s*\/\1\s*[>%]\}\}/g;
/** Liquid tags and output, Hugo shortcodes (`{{< >}}`, `{{% %}}`) and Kramdown attribute lists. */
const TEMPLATE_TAGS = /\{%[\s\S]*?%\}|\{\{[<%][\s\S]*?[>%]\}\}|\{\{[\s\S]*?\}\}|\{:[^}\n]*\}/g;

/**
 * Blanks Liquid (`{% %}`, `{{ }}`), Hugo shortcodes and Kramdown attribute lists (`{: .x}`)
 * with spaces, keeping line ends and the length, so offsets stay valid.
 */
export function blankTemplates(text: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, " ");
  return text
    .replace(LIQUID_BLOCKS, blank)
    .replace(HUGO_BLOCKS, blank)
    .replace(TEMPLATE_TAGS, blank);
}
