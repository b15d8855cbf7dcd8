import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asWritten, blankMarkup, collapse, prepareText } from "./text.js";

/** blankMarkup as the chain of regular-expression replacements it stands for. */
function blankMarkupByRegex(source: string): string {
  const spaces = (m: string) => " ".repeat(m.length);
  return source
    .replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, " ")
    .replace(/<!--[\s\S]*?-->/g, spaces)
    .replace(/\]\([^)\s]*\)/g, spaces)
    .replace(/[[\]]/g, " ")
    .replace(
      /^[ \t]*(#{1,6}[ \t]|>[ \t]?|(?:[-*+•→➔➜▶►▸▪◦‣●–]|✅|✔️?|👉|➡️?)[ \t]+|\d{1,2}[.)][ \t]+)/gm,
      spaces,
    )
    .replace(/\*\*|__|`+/g, spaces)
    .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=[\s).,:;!?]|$)/gm, (m) => m.replace(/[*_]/, " "))
    .replace(/^[ \t]*([-*_=][ \t]*){3,}$/gm, spaces);
}

/** Texts made of the characters markup is made of, and line ends of every kind. */
const markupText = fc
  .array(
    fc.constantFrom(
      ..."*_-=#>+•`[]()<!-.,:;?1a Z\t\n\r\u2028\u2029\u00a0\u00ad\u200b\ufeff".split(""),
      "**",
      "__",
      "<!--",
      "-->",
      "](x)",
      "12.",
      "1)",
      "word",
      "→",
      "–",
      "✅",
      "👉",
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

describe("blankMarkup", () => {
  it("equals its chain of regular-expression replacements on random markup", () => {
    fc.assert(
      fc.property(markupText, (text) => {
        expect(blankMarkup(text)).toBe(blankMarkupByRegex(text));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it("reads the bullets of word processors and social posts as list markers", () => {
    const text =
      "CTO\n\n→ You make the stack calls.\n✅ Hire two engineers\n👉 Run the on-call\n– Own planning";
    const { lines } = prepareText(text);
    expect(lines.filter((l) => l.listItem).map((l) => l.text)).toEqual([
      "You make the stack calls.",
      "Hire two engineers",
      "Run the on-call",
      "Own planning",
    ]);
    expect(prepareText("Pay → on request").lines[0]?.listItem).toBe(false);
  });

  it("blanks list markers, headings, emphasis, links and rules, keeping every offset", () => {
    const text = "# Title\n- **Lead** the _team_ [docs](http://x)\n1. Ship *it*.\n---\n";
    const blanked = blankMarkup(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).toBe(
      `  Title\n    Lead   the  team   docs${" ".repeat(11)}\n   Ship  it .\n   \n`,
    );
  });
});

describe("collapse", () => {
  it("equals replace(/\\s+/g, ' ').trim() on random whitespace", () => {
    const spacey = fc
      .array(fc.constantFrom(..."ab .\t\n\r\u00a0\u2028\u3000\ufeff\u200b".split("")), {
        maxLength: 30,
      })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(spacey, (text) => {
        expect(collapse(text)).toBe(text.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});

describe("the lines as written", () => {
  it("joins the lines a hard wrap cut, and keeps the lines the author ended", () => {
    const text = [
      "Reporting to the VP of Engineering, you will run the platform group and",
      "its on-call rotation across two sites, with a budget of your own for",
      "tooling.",
      "Location: Leeds",
      "- Remote two days a week",
    ].join("\n");
    const prepared = prepareText(text);
    const written = asWritten(prepared);
    expect(written.lines).toEqual([
      "Reporting to the VP of Engineering, you will run the platform group and its on-call rotation across two sites, with a budget of your own for tooling.",
      "Location: Leeds",
      "Remote two days a week",
    ]);
    expect(written.text.length).toBe(prepared.clean.length);
    expect(written.text.split("\n").length).toBe(3);
  });

  it("keeps every line of a text that was not wrapped", () => {
    const prepared = prepareText("Staff Engineer\n\nWe are a small team.\nRemote in Europe.");
    expect(asWritten(prepared).lines).toEqual([
      "Staff Engineer",
      "",
      "We are a small team.",
      "Remote in Europe.",
    ]);
  });
});

describe("prepareText: long runs of whitespace", () => {
  it("keeps every segment's offsets after any number of spaces (a blanked front matter or HTML)", () => {
    const body =
      "## Role\n\n**Founding CTO** at Tallyho.\n\nTallyho helps clubs run fixtures. We have\npaying pilots with 40 clubs.\n";
    const plain = prepareText(body).segments.map((s) => s.text);
    for (const gap of [10, 63, 64, 100, 1000]) {
      const text = `${" ".repeat(gap)}\n${body}`;
      const segments = prepareText(text).segments;
      expect(
        segments.map((s) => s.text),
        `${gap} spaces`,
      ).toEqual(plain);
      for (const s of segments)
        expect(collapse(text.slice(s.start, s.end).replace(/[#*]/g, " ")), `${gap}`).toBe(s.text);
    }
  });
});
