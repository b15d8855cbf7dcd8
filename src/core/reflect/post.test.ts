import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseReflection } from "./analyse.js";
import { sourceSpan } from "./blocks.js";
import { quote, readPost } from "./post.js";
import { sentencesOf } from "./sentences.js";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");
const bodyText = (name: string) =>
  readPost(fixture(name))
    .blocks.filter((b) => b.kind !== "title" && b.kind !== "summary")
    .map((b) => b.text)
    .join("\n");

describe("readPost: front matter", () => {
  it("reads Hugo TOML front matter, keeping the written calendar day of an offset date-time", () => {
    const post = readPost(fixture("hugo-toml.md"));
    expect(post.format).toBe("toml");
    expect(post.title).toBe("Leaving the platform team");
    // 23:30 at -07:00 is the next day in UTC; the author's day is the 31st.
    expect(post.date).toBe("2021-10-31");
    expect(post.tags).toEqual(["career", "platform"]);
    expect(post.categories).toEqual(["notes"]);
  });

  it("reads Octopress YAML with an unquoted date and time and space-separated categories", () => {
    const post = readPost(fixture("jekyll-octopress.md"));
    expect(post.format).toBe("yaml");
    expect(post.title).toBe("Why I stepped out of management");
    expect(post.date).toBe("2019-11-02");
    expect(post.categories).toEqual(["career", "leadership"]);
    expect(post.tags).toEqual(["management", "ic"]);
  });

  it("reads Eleventy JSON front matter, an RFC 2822 date and comma-separated tags", () => {
    const post = readPost(fixture("eleventy-json.md"));
    expect(post.format).toBe("json");
    expect(post.title).toBe("A year of freelancing");
    expect(post.date).toBe("2013-01-29");
    expect(post.tags).toEqual(["freelance", "money"]);
  });

  it("keeps reading when front matter is malformed, with a warning naming the line", () => {
    const post = readPost(fixture("broken-yaml.md"));
    expect(post.issues).toHaveLength(1);
    expect(post.issues[0]).toMatchObject({ code: "frontmatter_syntax", severity: "warning" });
    expect(post.issues[0]?.line).toBeGreaterThanOrEqual(2);
    expect(post.date).toBe("2018-05-06");
    expect(post.blocks.map((b) => b.text)).toContain("The body still counts.");
  });

  it("takes the date from a Jekyll file name when front matter has none", () => {
    const post = readPost("---\ntitle: x\n---\nBody.\n", {
      fileName: "_posts/2016-07-04-moving-on.md",
    });
    expect(post.date).toBe("2016-07-04");
  });

  it("reads plain text without front matter, its first short line as the title", () => {
    const post = readPost(fixture("plain.txt"));
    expect(post.format).toBeNull();
    expect(post.title).toBe("Thinking about the next step");
    expect(post.date).toBeNull();
    expect(post.blocks.length).toBe(3);
  });

  it("takes a note's opening heading of any level as its title when it has no level-one heading", () => {
    expect(readPost("## Offer or stay?\n\nI have two weeks to decide.\n").title).toBe(
      "Offer or stay?",
    );
    // A level-one heading further down still titles it; a heading after the prose does not.
    expect(readPost("## Notes\n\n# Offer or stay?\n\nText.\n").title).toBe("Offer or stay?");
    expect(readPost("I have two weeks to decide.\n\n## Why\n\nMoney.\n").title).toBeNull();
  });

  it("reads an opening level-one heading as the title block when front matter names no title", () => {
    const pasted = readPost(
      "# From engineer to advocate\n\nI made the move.\n\n## Why\n\nReach.\n",
    );
    expect(pasted.blocks.map((b) => [b.kind, b.section])).toEqual([
      ["title", -1],
      // The prose under the title belongs to no section, as before the first heading of a
      // post with front matter; the later heading still opens its own.
      ["paragraph", -1],
      ["heading", -1],
      ["paragraph", 2],
    ]);
    expect(pasted.title).toBe("From engineer to advocate");
    // With a front-matter title the body's level-one heading stays a heading.
    const titled = readPost("---\ntitle: Notes\n---\n# Why I moved\n\nReach.\n");
    expect(titled.blocks.map((b) => b.kind)).toEqual(["title", "heading", "paragraph"]);
  });
});

describe("readPost: body", () => {
  it("drops Liquid tags and blocks, Hugo shortcodes and highlighted code from the prose", () => {
    for (const name of ["hugo-toml.md", "jekyll-octopress.md"]) {
      const text = bodyText(name);
      expect(text).not.toMatch(/\{%|%\}|\{\{|\}\}/);
      expect(text).not.toContain("raise");
      expect(text).not.toContain("this is code");
    }
    expect(bodyText("jekyll-octopress.md")).toContain(
      "Every week had fewer hours for building things.",
    );
  });

  it.each([
    ["<!-- more -->", "a"],
    ["<!--more-->", "b"],
    ["<!-- MORE -->", "c"],
  ])("takes the excerpt before %s", (marker) => {
    const post = readPost(`---\ntitle: t\n---\nFirst part.\n\n${marker}\n\nSecond part.\n`);
    expect(post.excerpt).toBe("First part.");
    expect(post.blocks.find((b) => b.text === "First part.")?.inExcerpt).toBe(true);
    expect(post.blocks.find((b) => b.text === "Second part.")?.inExcerpt).toBe(false);
  });

  it("honours a custom excerpt_separator and keeps it out of the prose", () => {
    const post = readPost(fixture("custom-excerpt.md"));
    expect(post.excerpt).toBe("I took three months off between jobs.");
    expect(post.blocks.some((b) => b.text.includes("[[cut]]"))).toBe(false);
    expect(post.date).toBe("2020-02-29");
  });

  it("has no excerpt when there is no marker", () => {
    expect(readPost(fixture("plain.txt")).excerpt).toBeNull();
  });

  it("keeps list structure and bold lead phrases", () => {
    const post = readPost(fixture("looking-for.md"));
    const items = post.blocks.filter((b) => b.list);
    expect(items.map((b) => b.lead)).toEqual([
      "Room to decide how I work",
      "A product that helps people",
      "Time for my family",
    ]);
    expect(items.map((b) => b.list?.index)).toEqual([0, 1, 2]);
    expect(items.every((b) => b.list?.ordered)).toBe(true);
  });
});

describe("readPost: verbatim quotes", () => {
  it("reads CRLF and a BOM like LF, and quotes the original characters", () => {
    const lf = fixture("jekyll-octopress.md");
    const crlf = `\uFEFF${lf.replace(/\n/g, "\r\n")}`;
    const a = readPost(lf);
    const b = readPost(crlf);
    expect(b.title).toBe(a.title);
    expect(b.date).toBe(a.date);
    expect(b.blocks.map((x) => x.text)).toEqual(a.blocks.map((x) => x.text));
    for (const block of b.blocks) {
      const q = quote(b, block, 0, block.text.length);
      expect(crlf).toContain(q);
    }
  });

  it("quotes markup whole: a sentence opening with a bold phrase keeps both asterisk pairs", () => {
    const post = readPost(fixture("looking-for.md"));
    const first = post.blocks.find((b) => b.list);
    if (!first) throw new Error("no list");
    const q = quote(post, first, 0, first.text.length);
    expect(q.startsWith("**Room to decide how I work**:")).toBe(true);
  });

  it("maps each plain character to the source characters it was written as", () => {
    const input = "I 💙 my *team* &amp; x\\_y.\n";
    const [block] = readPost(input).blocks;
    if (!block) throw new Error("no block");
    expect(block.text).toBe("I 💙 my team & x_y.");
    const span = (i: number) => input.slice(block.starts[i], block.ends[i]);
    // Both halves of the emoji map to the whole pair; the decoded entity and escape to the
    // source character that matches them (`&` of `&amp;`, `_` after the backslash); each
    // other character to itself.
    expect([...block.text].length).toBe(block.text.length - 1);
    expect(Array.from({ length: block.text.length }, (_, i) => span(i))).toEqual([
      "I",
      " ",
      "💙",
      "💙",
      " ",
      "m",
      "y",
      " ",
      "t",
      "e",
      "a",
      "m",
      " ",
      "&",
      " ",
      "x",
      "_",
      "y",
      ".",
    ]);
  });

  it("normalises a sentence: lower case, straight quotes, one space per run, negation kept", () => {
    const [s] = sentencesOf(
      readPost("I don't  WANT\u00a0\u2003 the “BIG” role’s İstanbul ÉTÉ\tnow.\n"),
    );
    // İ stays: its lower case is two characters, which would shift the negation flags.
    expect(s?.norm).toBe(`i don't want the "big" role's İstanbul été now.`);
    expect(s?.negated.length).toBe(s?.norm.length);
    // wink-nlp's scope after "n't": the words up to the full stop (spaces between stay 0).
    expect(Array.from(s?.negated ?? []).join("")).toBe(
      "00000000111101110011100111111011111111011111110",
    );
  });

  it("every sentence of every block is a verbatim substring of any Markdown input", () => {
    const word = fc.constantFrom(
      "I",
      "want",
      "work",
      "the",
      "team",
      "code",
      "&amp;",
      "Mr.",
      "e.g.",
      "x\\*y",
    );
    const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => `${ws.join(" ")}.`);
    const inline = fc.oneof(
      sentence,
      sentence.map((s) => `**${s}**`),
      sentence.map((s) => `_${s}_ and more.`),
      sentence.map((s) => `[${s}](http://example.com/a_b) then text.`),
      sentence.map((s) => `\`${s}\` in code.`),
    );
    const block = fc.oneof(
      fc.array(inline, { minLength: 1, maxLength: 3 }).map((xs) => xs.join(" ")),
      inline.map((s) => `## ${s}`),
      fc
        .array(inline, { minLength: 1, maxLength: 3 })
        .map((xs) => xs.map((x, i) => `${i + 1}. ${x}`).join("\n")),
      inline.map((s) => `> ${s}`),
      inline.map((s) => `- ${s}\n  continued line.`),
    );
    const doc = fc
      .tuple(fc.array(block, { minLength: 1, maxLength: 5 }), fc.boolean(), fc.boolean())
      .map(([blocks, crlf, matter]) => {
        const body = `${matter ? "---\ntitle: A title\n---\n" : ""}${blocks.join("\n\n")}\n`;
        return crlf ? body.replace(/\n/g, "\r\n") : body;
      });
    fc.assert(
      fc.property(doc, (input) => {
        const post = readPost(input);
        for (const s of sentencesOf(post)) {
          if (!input.includes(s.quote)) return false;
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });
});

describe("readPost: HTML bodies (a post exported from a CMS)", () => {
  // Our own post, written twice: as Markdown and as the HTML a CMS exports.
  const markdown = `---
title: Back to the keyboard
---
After six years of managing teams I'm going back to writing code every day. I've accepted an offer as a staff engineer at a small company.

## Why I'm leaving management

- I miss the craft: I want to build things with my own hands again.
- I want to keep learning new languages and tools, and to grow my skills.
- I want the freedom to choose how I work and what I work on.

I will miss my team & the people I grew with, but I'm sure this is the right choice for me.
`;
  const html = `---
title: Back to the keyboard
---
<p>After six years of managing teams I&rsquo;m going back to writing <em>code</em> every day. I&#8217;ve accepted an offer as a <a href="https://example.com/jobs">staff engineer</a> at a small company.</p>
<!-- a comment that
is not prose at all, with enough words to look like a sentence -->
<script>var notProse = "this script is never read as words of the post";</script>
<h2>Why I&rsquo;m leaving management</h2>
<ul class="reasons">
  <li>I miss the craft: I want to build things with my own hands again.</li>

    <li>I want to keep learning new languages and tools, and to grow my skills.</li>
  <li>I want the freedom to choose how I work and what I work on.
</ul>
<p>I will miss my team &amp; the people I grew with,
but I&rsquo;m sure this is the right choice for me.</p>
`;
  const body = (input: string) =>
    readPost(input).blocks.filter((b) => b.kind !== "title" && b.kind !== "summary");

  it("reads the text between tags: paragraphs, items, headings as sections, entities decoded", () => {
    const blocks = body(html);
    expect(blocks.map((b) => b.kind)).toEqual([
      "paragraph",
      "heading",
      "item",
      "item",
      "item",
      "paragraph",
    ]);
    const straight = (s: string) => s.replace(/’/g, "'").replace(/\s+/g, " ");
    expect(blocks.map((b) => straight(b.text))).toEqual(
      body(markdown).map((b) => straight(b.text)),
    );
    const heading = blocks[1];
    expect(heading?.depth).toBe(2);
    for (const b of blocks.slice(2))
      expect(readPost(html).blocks[b.section]?.text).toBe(heading?.text);
    // The items are one list (the indented one after a blank line too), in order.
    expect(blocks.slice(2, 5).map((b) => [b.list?.list, b.list?.index])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
    ]);
    expect(blocks[2]?.lead).toBe("I miss the craft");
    expect(blocks.map((b) => b.text).join(" ")).not.toMatch(/notProse|comment|[<>]|&\w+;/);
  });

  it("quotes every sentence verbatim: the input's own characters at the block's offsets", () => {
    const post = readPost(html);
    const sentences = sentencesOf(post);
    expect(sentences.length).toBeGreaterThanOrEqual(8);
    for (const s of sentences) {
      const block = post.blocks[s.block];
      if (!block) throw new Error("no block");
      const from = block.text.indexOf(s.text);
      const [start, end] = sourceSpan(block, from, from + s.text.length);
      expect(html.slice(start, end).trim()).toBe(s.quote);
      expect(quote(post, block, from, from + s.text.length)).toBe(s.quote);
    }
    const quotes = sentences.map((s) => s.quote);
    // Entities and inline tags stay as written in the quote; a link's tags are kept whole.
    expect(quotes).toContain(
      `I&#8217;ve accepted an offer as a <a href="https://example.com/jobs">staff engineer</a> at a small company.`,
    );
    expect(quotes).toContain(
      "I will miss my team &amp; the people I grew with,\nbut I&rsquo;m sure this is the right choice for me.",
    );
  });

  it("gives the values and paths of the Markdown form, with verbatim evidence", () => {
    const fromHtml = analyseReflection(html);
    const fromMarkdown = analyseReflection(markdown);
    expect(fromHtml.values.map((v) => v.id)).toEqual(fromMarkdown.values.map((v) => v.id));
    expect(fromHtml.values.length).toBeGreaterThan(0);
    const { evidence, ...paths } = fromHtml.paths;
    const { evidence: markdownEvidence, ...markdownPaths } = fromMarkdown.paths;
    expect(paths).toEqual(markdownPaths);
    // Each quotes its own input verbatim.
    expect(evidence !== undefined && html.includes(evidence)).toBe(true);
    expect(markdownEvidence !== undefined && markdown.includes(markdownEvidence)).toBe(true);
    for (const v of fromHtml.values) for (const e of v.evidence) expect(html).toContain(e);
  });

  it("keeps the old reading of a paragraph CommonMark swallowed into an HTML block", () => {
    const input =
      '<figure><img src="a.png" alt="x"></figure>\nThat summer I decided to leave the company for good.\n<div class="x"></div>\n';
    expect(body(input).map((b) => [b.kind, b.text])).toEqual([
      ["paragraph", "That summer I decided to leave the company for good."],
    ]);
  });
});
