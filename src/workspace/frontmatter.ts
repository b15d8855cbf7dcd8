/**
 * YAML front matter as Jekyll and Hugo write it: a `---` line, YAML, a closing `---` (or
 * `...`) line, then the Markdown body. CRLF line ends are kept as found.
 */

export interface FrontMatterSplit {
  /** The YAML between the fences ("" when there is none). */
  yaml: string;
  /** Everything after the closing fence, byte for byte. */
  body: string;
  /** Lines before the YAML (1: the opening fence), to turn YAML lines into file lines. */
  lineOffset: number;
  /** `\r\n` when the file uses CRLF line ends. */
  eol: "\n" | "\r\n";
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** Splits front matter from the body; `null` when the text does not start with `---`. */
export function splitFrontMatter(text: string): FrontMatterSplit | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const rest = text.slice(open[0].length);
  // An empty front matter block closes on the very next line.
  const close = CLOSE.exec(rest);
  if (!close) return null;
  return {
    yaml: rest.slice(0, close.index),
    body: rest.slice(close.index + close[0].length),
    lineOffset: 1,
    eol: open[0].endsWith("\r\n") ? "\r\n" : "\n",
  };
}

/** Joins YAML and body back into a file with fences, in the given line-end style. */
export function joinFrontMatter(yaml: string, body: string, eol: "\n" | "\r\n" = "\n"): string {
  const normalised = yaml.endsWith("\n") ? yaml : `${yaml}\n`;
  const fenced = `---\n${normalised}---\n`;
  return (eol === "\r\n" ? fenced.replace(/\r?\n/g, "\r\n") : fenced) + body;
}
