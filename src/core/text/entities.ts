/**
 * HTML character references (WHATWG HTML §13.2.5.72–80), for the readers of posts and
 * postings written in HTML: the named ones a CMS commonly writes, and numeric ones.
 */

/** The named references decoded (others stay as written). */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  eacute: "é",
  copy: "©",
};

/** An entity's body as written between `&` and `;`: `#8217`, `#x2019` or a name. */
export const ENTITY_BODY = "#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8}";

/**
 * The text an entity stands for.
 * @param body what stands between `&` and `;` (see {@link ENTITY_BODY})
 * @returns the character; U+FFFD for a numeric reference to no character (0 or past
 *   U+10FFFF, as HTML reads them); `undefined` for a name not in {@link NAMED_ENTITIES}
 */
export function decodeEntity(body: string): string | undefined {
  if (body[0] !== "#") return NAMED_ENTITIES[body];
  const hex = body[1] === "x" || body[1] === "X";
  const code = hex ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
  return String.fromCodePoint(code > 0 && code <= 0x10ffff ? code : 0xfffd);
}
