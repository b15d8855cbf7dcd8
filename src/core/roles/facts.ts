/**
 * The facts of a role (taxonomy section 5) other than pay: reporting line, team size,
 * hands-on level, work mode and company stage. Each is `null` when the posting does not state
 * it; the extractors look for explicit statements rather than guess, because an invented fact
 * misleads more than a missing one.
 */
import {
  type ArchetypeId,
  type HandsOn,
  type ReportsTo,
  STAGES,
  type Stage,
  type TeamSize,
  type WorkMode,
} from "../taxonomy.js";
import { allMatches, globalOf } from "./matches.js";
import { saysUnnegated } from "./negation.js";
import type { ClassifiedSegment } from "./sections.js";

/** Role words that follow "reports to", most specific first (a "VP of Engineering & AI"). */
const REPORT_TARGETS: [ReportsTo, RegExp][] = [
  ["board", /\b(board|board of directors)\b/i],
  // A deputy of the one who leads the organisation ("Deputy Director General for ICT").
  ["other_exec", /\bdeputy (?:ceo|chief executive|managing director|director[- ]general)\b/i],
  // An executive director of one area ("the Executive Director of Digital Government") heads a
  // part of the organisation; a non-profit's Executive Director (below) leads all of it.
  [
    "other_exec",
    /\bexecutive director (?:of|for) (?!(?:the |our )?(?:company|organi[sz]ation|foundation|charity|association|trust|agency|institute)\b)/i,
  ],
  // A "Managing Director" or "MD" of a firm, a non-profit's "Executive Director" and a public
  // agency's "Director General" lead it; so do a Spanish or Portuguese firm's "Gerente General"
  // ("Gerente Geral") and a French one's "Directeur Général".
  [
    "ceo",
    /\b(?<!deputy )(ceo|chief executive|managing director|executive director|director[- ]general|md|gerente ge(?:ne)?ral|directeur g[ée]n[ée]ral|directrice g[ée]n[ée]rale|gesch(?:ä|ae)ftsf(?:ü|ue)hr\w*|administrerende direkt\w*|verkst(?:ä|a)llande direkt\w*|toimitusjohtaja\w*|amministratore delegato|genel m[üu]d[üu]r\w*|diretora? (?:geral|executiv[oa]))\b/i,
  ],
  // "You would report to the two of us": the founders who write the posting.
  ["founders", /^(?:(?:the )?(?:two|three) of us|both of us)\b/i],
  [
    "founders",
    /\b(co-?founders?|founders?|founding team|founding partners?|co-?fundador(?:es|as?)?|fundador(?:es|as?)?|s[oó]cios?[- ]fundador(?:es)?|stiftere?|stifterne|grundare|grundarna|gr[üu]nder(?:in|innen|n)?|co-?fondat(?:eur|rice)s?|fondat(?:eur|rice)s?)\b/i,
  ],
  [
    "cto",
    /\b(cto|chief technology officer|chief technical officer|cpto|directora? de tecnolog[ií]a|directeur technique|directrice technique|technische[rn]? (?:direktor|leiter)(?:in)?|teknologidirekt\w*|teknologiajohtaja\w*|direttore tecnico|directora? t[ée]cnic[oa]|diretora? de tecnologia|chief product (?:and|&) technology officer|chief (?:technology|technical) (?:and|&) (?:product|digital|information|data) officer)\b/i,
  ],
  [
    "other_exec",
    /\b(coo|cfo|cpo|cio|ciso|cro|cmo|cdo|chief [a-z]+ officer|president|general manager|gm|country manager|country director)\b/i,
  ],
  ["vp", /\b(svp|evp|vp|vpe|vpoe|vice[- ]president|head of)\b/i],
  // Norwegian and Danish "(avdelings)direktør", Swedish "direktör", Portuguese "diretor(a)",
  // Italian "direttore", French "directeur", Polish "dyrektor": a director.
  [
    "director",
    /\b(senior director|directora?|diretora?|direttore|direttrice|directeur|directrice|dyrektor|\p{L}*direkt(?:ø|ö)r(?:en|n)?)(?![\p{L}])(?![- ]general)/iu,
  ],
];

/**
 * A manager named before the words that make them the role's line (see extractReportsTo):
 * "to whom you report", "(your manager)", and the languages that put the verb last: German
 * "dem CTO unterstellt", Turkish "CTO'ya bağlı", Japanese "CTOに報告" and "CTO直下", Korean
 * "CTO에게 보고" and "CEO 직속". Each alternative starts at a bounded run of white space: an
 * unbounded one ("\s+unterstellt") is tried from every space of a long blank run and made a page
 * of 50,000 blanked list dashes take seconds (test/hardening/fuzz.test.ts).
 */
const NAMED_BEFORE =
  /,?\s{1,3}(?:(?:to|into) whom (?:you|the (?:role|position)|this (?:role|position))(?:['’]ll|['’]d| will| would)? reports?\b|(?:who|whom) (?:you|the (?:role|position)|this (?:role|position))(?:['’]ll|['’]d| will| would)? reports? (?:in)?to\b)|,? \(?your (?:direct |line )?manager\b|\s(?:direkt\s|unmittelbar\s)?unterstellt\b|['’](?:ya|ye|a|e)\s(?:doğrudan\s)?(?:bağlı|raporla\w*)|\s?(?:に(?:直接)?(?:レポート|報告)|直下|直属|(?:에게|께)\s?(?:직접\s?)?보고|직속)/gi;

/** A reporting line named first in what follows "work for" / "sits under". */
const LINE_FIRST =
  /^(?:(?:our|the|your|its|two|both|(?:company|site|office|group|firm|region|division|unit|country|hub|centre|center|studio|bank)['’]s|group|global)\s+)*(?:co-?founders?|founders?|ceo|cto|coo|cfo|cpo|cio|ciso|chief|vp|svp|evp|vice|head|director|president|managing|general manager|owner|board)\b/i;

/** "One of the CTO's direct reports" (the possessor in group 1). */
const ONE_OF_REPORTS =
  /\b(?:one of|among) (?:the\s+|our\s+|your\s+)?([^.;\n]{2,40}?)['’]s (?:direct )?reports\b/gi;

/** Management taken over with no one named: "to take over the team", "take over engineering". */
const TAKE_OVER_BARE =
  /\btak(?:e|es|ing) over (?:the |our |its )?(?:[\w-]+ ){0,3}?(?:team|teams|department|engineering|organi[sz]ation|org|leadership|management)\b/i;
/** Who led the team until now: "until now they have been organised by our two founders". */
const PREVIOUS_LEADER =
  /\buntil now\b[^.;]{0,100}?\b(?:led|run|managed|organi[sz]ed|coordinated|looked after|handled|reported (?:directly )?to)\s+(?:by\s+)?(?:our |the |their )?([^.;\n]{2,50})/i;
/** Management taken over from someone: "take over engineering management from our CEO". */
const TAKE_OVER_FROM =
  /\btak(?:e|es|ing) over (?:(?:[\w-]+ ){0,4}?(?:management|leadership|responsibilit\w*|running)\b(?: of (?:[\w-]+ ){0,6}?)?|(?:the |our )?(?:[\w-]+ ){0,3}?(?:team|teams|department|organi[sz]ation|org))\s*from (?:the |our |a |an )?([^.;\n]{2,40})/gi;

/**
 * "reports to the CEO", "reporting directly into our CTO", "Reporting to: VP, Client Operations",
 * "your manager will be our VP of Engineering", "you'll be managed by the Engineering Director",
 * "your manager, the Director of ML Platform", a "Manager:" or "Hiring manager:" field, and the
 * line named before the verb: "the Director of Developer Experience, to whom you report", "the
 * VP of Engineering, who you report to"; also "you'll work directly for the founders", "the role
 * sits under our COO", "one of the CTO's direct reports", "your solid line is to our VP",
 * "attached to the Group CTO" and "the line is straight to the CTO"; a person named by name,
 * with the title the posting gives them elsewhere ("Marko (CTO, ...)"); when none is stated,
 * the one management is taken over from ({@link TAKE_OVER_FROM}), or the leaders who ran the
 * team "until now" when the role is to take it over. "Our CEO reports to the board", "the Director of Products, who reports to the COO"
 * and "team leads will report to the Engineering Director" (the role's own title) are not the
 * role's line. The verbs of French ("rattaché au", "sous la responsabilité du", "vous reporterez
 * au"), Spanish ("dependerás del"), Portuguese, Italian ("riporterai al", "risponde
 * all'Amministratore Delegato"), German, Dutch, Polish, Czech, Finnish ("raportoit
 * toimitusjohtajalle"), Indonesian ("melapor langsung ke") and Scandinavian postings are read
 * too, with those languages' words for the chief executive and the technology officer.
 *
 * @returns the first stated reporting line, or null
 */
export function extractReportsTo(text: string, title?: string): ReportsTo | null {
  const after =
    /\b(?:rattach[ée]e?(?:\(e\))?\s+(?:directement\s+)?(?:au|à la|à l['’]|aux)\s*|sous la responsabilit[ée] (?:directe )?(?:du|de la|de l['’])\s*|report(?:er|erez|eras|era|eront)\s+(?:directement\s+)?(?:au|à la|à l['’]|aux|à)\s*|depender(?:ás|á|a|ías)\s+(?:directamente\s+)?(?:del|de la|de)\s+|riport(?:erai|erà|erete|a|i)\s+(?:direttamente\s+)?(?:al|alla|all['’]|a)\s*|rispond(?:e|erai|erà)\s+(?:direttamente\s+)?(?:al|alla|all['’])\s*|reportova\w*\s+(?:přímo\s+)?|raportoi\w*\s+(?:suoraan\s+)?|melapor\s+(?:langsung\s+)?ke(?:pada)?\s+|reporta(?:ndo|r[áa]s?|r)?\s+(?:directamente\s+|diretamente\s+)?(?:al|a la|ao|à|a)\s*|rapport(?:e|er|ez|erez|era|eras|eront)\s+(?:directement\s+)?(?:à|au|aux)\s*|(?:reporte|rattachement|lien) hi[ée]rarchique\s*:|(?:refererer|rapporterer|rapporterar|refererar)\s+(?:direkte\s+|direkt\s+)?(?:til|till)\s*|(?:berichtest|berichtet|berichten)\s+(?:direkt\s+)?an\s*:?\s*(?:den\s+|die\s+|das\s+|unseren?\s+|unsere\s+)?|rapporteer(?:t|d)?\s+(?:direct\s+)?aan\s+(?:de\s+|het\s+|onze?\s+)?|podlega(?:sz|ć|sz bezpośrednio|ła|ł)?\s+(?:bezpośrednio\s+)?|raportuje(?:sz|cie)?\s+(?:bezpośrednio\s+)?do\s+|rapportering\s+(?:direkte\s+)?til\s*|(?:reports?|reporting(?: line)?(?: is)?|answers|answering|(?<=(?:^\s*|\n\s*|[-*•]\s?|[.!?:;]\s+|\b(?:you|will|['’]ll|who|and)\s))answer)\s*(?:,\s*like you,\s*)?(?:(?:directly|jointly|straight|hierarchically|functionally|administratively|operationally)\s+)?(?:up\s+)?(?:in)?to\s*:?|\b(?:(?<=\b(?:you|will|['’]ll|be)\s)work(?:ing)?|(?:role|position|job) (?:sits|will sit))\s+(?:directly\s+)?(?:for|under)\s|(?:reporting|solid)[- ]line\s*:|\bsolid[- ]line (?:is |reporting |runs )?(?:in)?to\b|line manager\s*:|\b(?:your (?:direct |line )?|hiring )manager\s*:|(?<=^|\n)manager\s*:|\byour (?:direct |line )?manager(?: will be| is|,)\s*:?|\bthe hiring manager(?: will be| is)\s*:?|\byou(?:['’]ll| will)? be managed by|\byou are managed by|\b(?:is |be )?(?:directly )?accountable to|\byour (?:direct )?boss(?: will be| is)|\b(?:a|the) direct report (?:of|to)|\b(?:a |have a |with a )direct line (?:in)?to|\battached (?:directly )?to|\b(?:the |your )line (?:is|goes|runs) (?:straight |directly )?(?:up )?(?:in)?to)\s*(?:the\s+|our\s+|a\s+|an\s+|your\s+)?(?=([^.;\n]{2,60}))/gi;
  const stated = [
    ...[...text.matchAll(after)].map((m) => ({
      at: m.index,
      target: (m[1] ?? "").trim(),
      last: false,
      // "Work for", "sits under" and "attached to" (a French posting's "rattaché au CTO") name
      // the line only right after them ("work for the CEO", not "work for a company that values
      // its CTO"; not "attached to the Lyon office").
      first: /^(?:work|role|position|job|attached|(?:the|your) line)/i.test(m[0]),
      // "He'll be your peer, reporting, like you, to our CEO": a line the role shares.
      shared: /,\s*like you,/i.test(m[0]),
    })),
    // "You'll be one of the CTO's direct reports": the line is the possessor.
    ...[...text.matchAll(ONE_OF_REPORTS)].map((m) => ({
      at: m.index,
      target: (m[1] ?? "").trim(),
      last: false,
      first: false,
      shared: false,
    })),
    // The line named before the verb: up to 60 characters of the same clause before it (found
    // from the verb, so the text is scanned once).
    ...[...text.matchAll(NAMED_BEFORE)].map((m) => {
      const clause = text.slice(Math.max(0, m.index - 60), m.index);
      const from = Math.max(
        clause.lastIndexOf("."),
        clause.lastIndexOf("。"),
        clause.lastIndexOf(";"),
        clause.lastIndexOf(":"),
        clause.lastIndexOf("\n"),
      );
      const target = clause.slice(from + 1).trim();
      return {
        at: m.index - clause.length + from + 1,
        // "Ihnen sind zwei Teamleiter unterstellt": people who report to the role.
        target: /unterstellt/i.test(m[0]) && /\b(?:ihnen|dir|euch)\b/i.test(target) ? "" : target,
        last: true,
        first: false,
        shared: false,
      };
    }),
  ].sort((a, b) => a.at - b.at);
  for (const stating of stated) {
    let { target, last } = stating;
    // "All three would report to you, and you'd report to our VP": the role's own line follows
    // the line to it in the same clause.
    const own = !last ? YOUR_LINE_AFTER.exec(target) : null;
    if (own?.[1]) target = own[1];
    if (!last && /^(you|work|duty|the office)\b/i.test(target)) continue;
    // "Report to the board each quarter on technology and risk": a report given, not a line.
    if (
      !last &&
      /^board\b(?:\s+(?:each|every|once|twice|quarterly|monthly|regularly|annually|at)\b[^.;]{0,20}?)?\s+on\b/i.test(
        target,
      )
    )
      continue;
    if (stating.first && !LINE_FIRST.test(target)) continue;
    // "Engineering managers and team leads will report to the Engineering Director": people
    // who report to the role, named by its own title.
    if (!last && title && namesTheRole(target, title)) continue;
    // "Our CEO reports to the board", "Our CTO, Ana Ruiz, reports to ...", "The Head of
    // Technology for Corporate Banking reports to the Group CIO": someone else's line, not the
    // role's (unless the subject is the role its title names).
    if (
      !last &&
      !stating.shared &&
      someoneElsesLine(text.slice(Math.max(0, stating.at - 90), stating.at), title)
    )
      continue;
    // "work with our CEO and report to her": the line is named earlier in the sentence, and
    // read there as a line named before the verb is.
    if (!last && /^(?:him|her|them)\b/i.test(target)) {
      const before = text.slice(0, stating.at);
      // "A team of eight developers and testers who report directly to them": the people the
      // role leads, not its line.
      if (TEAM_WHO_BEFORE.test(before.slice(-80))) continue;
      const start = Math.max(before.lastIndexOf("."), before.lastIndexOf("\n")) + 1;
      // "... she is hiring a VP of Engineering to lead ... You'll report to her": the role
      // hired is not the one reported to.
      target = before.slice(start).replace(HIRING_THE_ROLE, " ");
      last = true;
      // "Our CEO, Camille, has been managing them. ... you take over the team and report to
      // her": named in one of the two sentences before when not in this one.
      let from = start;
      for (let back = 0; back < 2 && !lineNamedIn(target, true) && from > 0; back++) {
        // The sentence's own full stop and line break are one boundary, not two.
        const previous = before.slice(0, from).replace(/[\s.!?]+$/, "");
        from = Math.max(previous.lastIndexOf("."), previous.lastIndexOf("\n")) + 1;
        target = `${previous.slice(from).replace(HIRING_THE_ROLE, " ")} ${target}`;
      }
    }
    // After the verb the line is named first; before "to whom you report", last. "You'll report
    // to Lina", Lina introduced elsewhere as "our CEO and co-founder": the title given her.
    // A line named by a person's name first ("report to Ravi and sit on the leadership team
    // with our Head of Product"): the title the posting gives them, before the words after it.
    // "You'll report to me and to my co-founder Rodrigo (COO)": the writer and their co-founder.
    if (!last && ME_AND_MY_COFOUNDER.test(target)) return "founders";
    const named = last || !NAME_FIRST.test(target) ? undefined : titleOfName(text, target);
    let line = named ? lineNamedIn(named, false) : null;
    line ??= lineNamedIn(target, last);
    // "You'll report to me", written by "Sara, CEO and co-founder"; "report to the two of us",
    // written by the co-founders.
    if (!line && !last) line = writersLine(text, target);
    if (line) return line;
    // "reports to the Manager, Solutions Architects": a line outside the vocabulary is stated,
    // so a later "reports to" (another level of a handbook page) is not this role's.
    if (!last && /^(?:[\w-]+ ){0,3}(?:manager|team lead|lead|supervisor)\b/i.test(target))
      return null;
  }
  // No line stated: management taken over from someone ("take over day-to-day engineering
  // management from our CEO") reads as reporting to them (data/README.md).
  for (const m of text.matchAll(TAKE_OVER_FROM)) {
    const target = (m[1] ?? "").trim();
    if (!LINE_FIRST.test(target)) continue;
    for (const [id, pattern] of REPORT_TARGETS) if (pattern.test(target)) return id;
  }
  // "Until now the team has been organised by our two founders ... a Head of Engineering to take
  // over the team": management taken over from the leaders named before, who stay above it.
  if (TAKE_OVER_BARE.test(text)) {
    const leader = PREVIOUS_LEADER.exec(text)?.[1];
    const line = leader ? lineNamedIn(leader, false) : null;
    if (line === "ceo" || line === "founders" || line === "cto") return line;
  }
  return null;
}

/** The writer and their co-founder as the line: "me and to my co-founder", "my co-founder and me". */
const ME_AND_MY_COFOUNDER =
  /^me,? and (?:also )?(?:to )?(?:my|our) (?:fellow )?co-?founders?\b|^(?:my|our) co-?founders?\b[^.;]{0,40}\band (?:to )?me\b/i;

/** Words that make a title a subordinate of the one it names: "Field CTO", "Deputy CTO". */
const SUBORDINATE_QUALIFIERS: ReadonlySet<string> = new Set([
  "field",
  "deputy",
  "associate",
  "assistant",
]);

/**
 * Whether a line's phrase names the role itself by its title ("the Engineering Director" in a
 * posting titled "Engineering Director"): every word of its noun phrase is one of the title's.
 */
function namesTheRole(target: string, title: string): boolean {
  const phrase = target.split(/[,;:()]|\s(?:and|who|with|to|in|at|for|as|on)\s/i)[0] ?? "";
  const words = phrase
    .toLowerCase()
    .split(/[^a-z0-9&-]+/)
    .filter((w) => w !== "" && !SUBJECT_STOP.has(w));
  if (words.length === 0) return false;
  const head = title.split(/\s[—–|-]\s|\s@\s|\sat\s|[(,]/)[0] ?? title;
  const ownWords = head.toLowerCase().split(/[^a-z0-9&-]+/);
  const own = new Set(ownWords);
  // "our CTO" under "Field CTO" or "Deputy CTO": the role's own chief, not the role.
  const under = ownWords.filter((w) => SUBORDINATE_QUALIFIERS.has(w));
  if (under.length > 0 && !under.some((w) => words.includes(w))) return false;
  if (words.every((w) => own.has(w))) return true;
  // "A team of four architects reports to the CTO" under the title "Chief Technology Officer",
  // or "... to the Chief Technology Officer" under "CTO": the title's initials name it too.
  const initials = (ws: readonly string[]) =>
    ws
      .filter((w) => w !== "" && !SUBJECT_STOP.has(w))
      .map((w) => w[0])
      .join("");
  const one = words.length === 1 ? words[0] : initials(words);
  return (
    one !== undefined &&
    one.length >= 2 &&
    (one === initials(ownWords) || (ownWords.length === 1 && ownWords[0] === initials(words)))
  );
}

/**
 * The reporting line a phrase names: the first of {@link REPORT_TARGETS} in it, or with `last` the
 * last; "our Founder & CEO", "co-founder and CEO" are one person, the chief executive, and "our
 * co-founder and CTO" the technology officer.
 */
function lineNamedIn(phrase: string, last: boolean): ReportsTo | null {
  // "the President Director (CEO)": a local title glossed in brackets reads as the gloss.
  const glossed = last ? null : GLOSSED_TITLE.exec(phrase);
  if (glossed?.[1]) {
    const gloss = lineNamedIn(glossed[1], false);
    if (gloss) return gloss;
  }
  let best: { id: ReportsTo; at: number } | null = null;
  for (const [id, pattern] of REPORT_TARGETS) {
    const hit = last ? allMatches(globalOf(pattern), phrase).at(-1) : pattern.exec(phrase);
    if (hit && (best === null || (last ? hit.index > best.at : hit.index < best.at)))
      best = { id, at: hit.index };
  }
  if (best?.id === "founders") {
    if (/\bfounder\s*(?:&|and|\/|,)\s*(?:ceo|chief executive)\b/i.test(phrase)) return "ceo";
    // "our CEO and co-founder, Giulia": the chief executive, whichever is named first.
    if (
      /\b(?:ceo|chief executive(?: officer)?)\s*(?:&|and|\/|,)\s*(?:co-?)?founder\b/i.test(phrase)
    )
      return "ceo";
    if (/\bfounder\s*(?:&|and|\/|,)\s*(?:cto|chief technology officer)\b/i.test(phrase))
      return "cto";
    // "Our CTO and co-founder, Wei Ling": the technology officer, whichever is named first.
    if (/\b(?:cto|chief technology officer)\s*(?:&|and|\/|,)\s*(?:co-?)?founder\b/i.test(phrase))
      return "cto";
  }
  return best?.id ?? null;
}

/** A person's name alone before the clause goes on: "Ravi and sit on ...", "Ravi, who ...". */
const NAME_FIRST =
  /^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:\s+[A-Z][a-z]+)?(?=\s+(?:and|who|to|in|on|at|for|with|from|directly)\b|\s*[,.;:)]|\s*$)/;
/** A title glossed in brackets at the start of a line's phrase: "President Director (CEO)". */
const GLOSSED_TITLE = /^[^().;,]{2,40}\(\s*(?:our |the |i\.e\. )?([A-Z]{2,5})\s*\)/;

/**
 * The title a posting gives the person a reporting line names ("report to Lina" with "Lina
 * Morales, our CEO and co-founder" or "our CTO, Lina Morales" elsewhere), or undefined.
 */
function titleOfName(text: string, target: string): string | undefined {
  const named = /^([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)(?:\s+[A-Z][a-z]+)?\b/.exec(target);
  const name = named?.[1];
  if (!name || LEADER_WORDS.test(name)) return undefined;
  // "the Managing Director", "the Amministratore Delegato": a title, not a person's name.
  if (lineNamedIn(named[0], false) !== null) return undefined;
  const after = new RegExp(
    `\\b${name}(?:\\s+[A-Z][\\w'’-]+){0,2}\\s*(?:,|\\(|\\s[-–—])\\s*(?:is\\s+)?(?:[Oo]ur|[Tt]he|[Ii]ts|[A-Z][\\w&]*['’]s)\\s+([^,.;()\\n]{2,50})`,
  );
  const before = new RegExp(`\\b(?:[Oo]ur|[Tt]he|[Ii]ts)\\s+([^,.;()\\n]{2,50}?),?\\s+${name}\\b`);
  // "Marko (CTO, ex-platform engineer)": a title in brackets after the name.
  const bracketed = new RegExp(
    `\\b${name}(?:\\s+[A-Z][\\w'’-]+){0,2}\\s*\\(\\s*([A-Z][^,.;()\\n]{1,40}?)\\s*[,;)]`,
  );
  return after.exec(text)?.[1] ?? before.exec(text)?.[1] ?? bracketed.exec(text)?.[1];
}

/** The role's own line after a line to it: "you, and you'd report to our VP". */
const YOUR_LINE_AFTER =
  /^you\b[^.;]{0,40}?\byou(?:['’]d|['’]ll| will| would)?\s+(?:also\s+)?(?:report|answer)\s+(?:directly\s+)?(?:in)?to\s+(?:the\s+|our\s+|a\s+|an\s+|your\s+)?(.+)$/i;

/**
 * The line a posting's writer names by speaking of themselves: "report to me" where the
 * writer introduces themselves with a title ("I'm Sara, CEO and co-founder"), "report to us" /
 * "the two of us" where the writers call themselves the founders.
 */
function writersLine(text: string, target: string): ReportsTo | null {
  // "Markus and me jointly", written by "Lena, one of the two founders": the writer's line.
  if (/^me\b|^(?:[\p{Lu}][\p{L}\p{M}'’-]+ )?and me\b/iu.test(target)) {
    // A post signed "— Marisol Vega, Director of Engineering at Brightwell".
    const signed =
      /(?:^|\n)\s*(?:[—–]|--)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3},\s*([^\n]{2,80})/.exec(text);
    // Names in any script's letters: "I'm Rūta, CEO of ...".
    const self =
      /\b(?:I['’]m|I am|my name is)\s+(?:\p{Lu}[\p{L}\p{M}'’-]+\s*){1,2},?\s+(?:the\s+|your\s+)?([^.;\n]{2,50})/u.exec(
        text,
      ) ??
      /\b(?:I['’]m|I am)\s+(?:the|your)\s+([^.;,\n]{2,50})/.exec(text) ??
      // "we are three people: me (CEO, ten years in pharma), ...".
      /\bme \((?:the )?([^,;()\n]{2,40})[,;)]/.exec(text);
    const title = self?.[1] ?? signed?.[1];
    return title ? lineNamedIn(title, false) : null;
  }
  if (/^(?:(?:the )?(?:two|three|four|both) of )?us\b/i.test(target))
    return /\b(?:we|us)\b[^.;\n]{0,40}\b(?:co-?)?founders?\b|\b(?:co-?)?founders?\b[^.;\n]{0,20}\b(?:we|us)\b|\b(?:I['’]m|I am)\b[^.;\n]{0,30}\b(?:one of (?:the|our) (?:two |three )?)(?:co-?)?founders\b/i.test(
      text,
    )
      ? "founders"
      : null;
  return null;
}

/** People the role leads, then "who" just before "report to them". */
const TEAM_WHO_BEFORE =
  /\b(?:engineers|developers|testers|designers|analysts|scientists|architects|managers|leads|people|staff|members|team)\s*,?\s+(?:who\s+(?:[\w-]+\s+)?|(?:in turn\s+|directly\s+|all\s+)?)$/i;

/** The subject of a clause that ends where "reports to" begins: "our CTO, Ana Ruiz,". */
const SUBJECT_BEFORE =
  /(?:^|[.;:!?\n]\s*|,\s+(?:and|while|but)\s+)(?:our|the|whose|its)\s+([^.;:,\n]{2,60}?)(?:,\s*[A-Z][^,.;\n]{1,40},)?\s+(?:also\s+|currently\s+|directly\s+|in turn\s+)?$/i;
/** A subject that is the role being offered: "the role", "the successful candidate". */
const ROLE_ITSELF = /\b(?:role|position|job|post|hire|candidate|person|incumbent|you|this)\b/i;
/** A leader's title among a subject's words. */
const LEADER_WORDS =
  /\b(?:ceo|cto|coo|cfo|cpo|cio|ciso|chief|head|vp|svp|evp|vice|president|director|founders?|co-?founders?|manager|lead|board)\b/i;
/**
 * An executive's title: a subject the reporting line is someone else's for. (Managers, leads
 * and directors are left out: a handbook page's levels, "the Senior Manager reports to the
 * Director", are the role's.)
 */
const EXECUTIVE_WORDS =
  /\b(?:ceo|cto|coo|cfo|cpo|cio|ciso|chief|head|vp|svp|evp|vice|president|founders?|co-?founders?|board)\b/i;
const SUBJECT_STOP = new Set(["of", "for", "and", "the", "our", "a", "an", "in", "at", "&"]);

/**
 * Whether the clause before "reports to" makes the line someone else's: its subject is an
 * executive ("our CEO", "the Head of Technology for Corporate Banking") and not the role, read as
 * the role when at least half of the subject's words are the posting's title's.
 */
function someoneElsesLine(before: string, title: string | undefined): boolean {
  const subject = SUBJECT_BEFORE.exec(before)?.[1];
  if (subject !== undefined) return someoneElse(subject, title, EXECUTIVE_WORDS);
  // "..., the Director of Digital Products, who continue to report to the COO": a relative
  // clause after a leader the posting names with "the" or "our" (not "a Director, who will
  // report to ...", the role being offered), any leader, directors and managers too.
  const antecedent = RELATIVE_BEFORE.exec(before)?.[1];
  return antecedent !== undefined && someoneElse(antecedent, title, LEADER_WORDS);
}

/** A relative clause's leader before "reports to": "the Director of X, who continues to". */
const RELATIVE_BEFORE =
  /\b(?:our|the|its)\s+([^.;:,\n]{2,60}),\s*who\s+(?:(?:will|would|continues?|currently|also|still|now|to|directly)\s+)*$/i;

/**
 * Whether a clause's subject (or a relative clause's leader) is someone other than the role: a
 * leader `leaders` names, fewer than half of whose words are the posting's title's.
 */
function someoneElse(subject: string, title: string | undefined, leaders: RegExp): boolean {
  if (ROLE_ITSELF.test(subject) || !leaders.test(subject)) return false;
  if (!title) return /^(?:ceo|chief executive(?: officer)?)$/i.test(subject.trim());
  // The subject's noun phrase: "CTO" of "the CTO is a member of the leadership team and", of
  // "the CTO leads a small office of three architects and".
  const phrase =
    subject.split(
      /\s+(?:is|was|will|has|and|who|which|also|currently|sits|leads|runs|manages|owns|heads|oversees|works|holds|chairs)\b/i,
    )[0] ?? "";
  const words = phrase
    .toLowerCase()
    .split(/[^a-z0-9&-]+/)
    .filter((w) => w !== "" && !SUBJECT_STOP.has(w));
  const own = new Set(title.toLowerCase().split(/[^a-z0-9&-]+/));
  // "The CTO will report to ..." under the title "Chief Technology Officer": the title's
  // initials name it too.
  for (const m of title.toLowerCase().matchAll(/\bchief (\w)\w* (?:(\w)\w* )?officer\b/g))
    own.add(`c${m[1]}${m[2] ?? ""}o`);
  if (/\bvice president\b/i.test(title)) own.add("vp");
  return words.filter((w) => own.has(w)).length * 2 < words.length;
}

const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const NUMBER_WORDS: Record<string, number> = {
  // Before the single words they hold: "twenty-two" is not "twenty", "two dozen" not "two".
  ...Object.fromEntries(
    TENS.flatMap((ten, t) =>
      UNITS.flatMap((unit, u) => [
        [`${ten}-${unit}`, (t + 2) * 10 + u + 1],
        [`${ten} ${unit}`, (t + 2) * 10 + u + 1],
      ]),
    ),
  ),
  "half a dozen": 6,
  "a dozen": 12,
  "two dozen": 24,
  "three dozen": 36,
  dozen: 12,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/**
 * Counts in words of the languages the last of {@link TEAM_PATTERNS} reads ("ein Team von acht
 * Entwicklern", "um time de sete engenheiros"): German, Spanish, Portuguese, French, Italian,
 * Dutch and Swedish, 2 to 20. Words that are English words too ("once", "elf", "sex") are left
 * out.
 */
const FOREIGN_NUMBER_WORDS: Record<string, number> = {
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  zwölf: 12,
  fünfzehn: 15,
  zwanzig: 20,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  quince: 15,
  veinte: 20,
  dois: 2,
  duas: 2,
  três: 3,
  quatro: 4,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
  doze: 12,
  vinte: 20,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  huit: 8,
  neuf: 9,
  dix: 10,
  douze: 12,
  quinze: 15,
  vingt: 20,
  due: 2,
  tre: 3,
  quattro: 4,
  sei: 6,
  sette: 7,
  otto: 8,
  dieci: 10,
  dodici: 12,
  venti: 20,
  twee: 2,
  drie: 3,
  vijf: 5,
  zes: 6,
  zeven: 7,
  negen: 9,
  tien: 10,
  twaalf: 12,
  två: 2,
  fyra: 4,
  fem: 5,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  tolv: 12,
  // Round counts said as "about": French "une trentaine de personnes", Italian "una ventina di
  // sviluppatori", Spanish "una veintena de ingenieros".
  "dizaine de": 10,
  "douzaine de": 12,
  "quinzaine de": 15,
  "vingtaine de": 20,
  "trentaine de": 30,
  "quarantaine de": 40,
  "cinquantaine de": 50,
  "soixantaine de": 60,
  "centaine de": 100,
  "decina di": 10,
  "ventina di": 20,
  "trentina di": 30,
  "quarantina di": 40,
  "cinquantina di": 50,
  "centinaio di": 100,
  "decena de": 10,
  "veintena de": 20,
  "treintena de": 30,
  "centenar de": 100,
};
// A count ends where the word does: "3D engineers" is no team of 3.
const NUMBER_WORD = Object.keys(NUMBER_WORDS).join("|");
const FOREIGN_NUMBER_WORD = Object.keys(FOREIGN_NUMBER_WORDS).join("|");
// Not a part of a figure in thousands: "4,200 people" is no team of 200 (nor of 4).
const NUM = `((?<![\\d,.])\\d{1,4}(?![.,]\\d{3})|${NUMBER_WORD})(?![a-z\\d])`;
// The foreign words as whole words only, as ANY_NUM reads them: unbounded, "tio" and "tre" would
// let every "-tion" and "street" through the gate below.
const FOREIGN_COUNT = `(?<![a-zà-ÿ])(?:${FOREIGN_NUMBER_WORD})(?![a-zà-ÿ\\d])`;
/** Every team-size pattern needs a count, so a text without a digit or number word holds none. */
const MAY_COUNT = new RegExp(`\\d|${NUMBER_WORD}|${FOREIGN_COUNT}`, "i");
/** A count in figures or in the words of English or another language ({@link FOREIGN_NUMBER_WORDS}). */
const ANY_NUM = `((?<![\\d,.])\\d{1,4}(?![.,]\\d{3})|(?<![a-zà-ÿ])(?:${NUMBER_WORD}|${FOREIGN_NUMBER_WORD}))(?![a-zà-ÿ\\d])`;
const ANY_RANGE = `(?:~|about |around |ca\\.? |etwa |rund |unos |cerca de |environ |circa |oko[łl]o )?${ANY_NUM}\\s*\\+?(?:\\s*(?:-|–|—|bis|a|à|tot|till)\\s*${ANY_NUM}\\s*\\+?)?`;
const RANGE = `(?:~|about |around |approximately |roughly |some |over |more than |up to |nearly |almost |between )?${NUM}\\s*\\+?(?:\\s*(?:-|–|—|to|(?<=\\bbetween \\S+\\s*)and)\\s*${NUM}\\s*\\+?)?`;
const PEOPLE =
  "(?:(?:sr\\.?|jr\\.?|junior|mid-level|implementation|full[- ]time|experienced|software|full[- ]stack|backend|frontend|platform|data|ml|qa|devops|sre|product|mobile|talented|senior|distributed|remote|global|cross-functional|solutions?|support|security|infrastructure|cloud|web|ios|android|embedded|test|automation|analytics|research|principal|staff|lead|firmware|hardware|enterprise|gameplay|game|manual|network|systems|it|application|java|python|\\.net|ruby|go|rust|c\\+\\+|php)(?:\\s*[,/&]\\s*|\\s+and\\s+|\\s+))*(?:engineers|developers|devs|swes|sdes|programmers|testers|analysts|designers|contractors|administrators|technicians|specialists|people|direct reports|reports|individual contributors|ics|managers|engineering managers|staff|team members|members|technologists|scientists|architects|professionals|fte|ftes|headcount)";
/**
 * "A 15-person engineering team", "our 400 person engineering organization": counted only after a
 * verb of leading ({@link PERSON_TEAM_LED}).
 */
const PERSON_TEAM = new RegExp(
  `\\b${RANGE}[- ](?:person|people|strong|member)\\s+(?:(?:[\\w&/-]+\\s+){0,3}(?:team|teams|org|organi[sz]ation|department|group|function))\\b`,
  "i",
);
/**
 * "Engineering is about 45 people today", "our engineering group in Reykjavík is about 60
 * people": all of engineering counted after a verb of being.
 */
const ENGINEERING_IS = new RegExp(
  `\\bengineering(?:\\s+(?:group|organi[sz]ation|org|department|function)(?:\\s+in\\s+[A-Z][^\\s,.;]*)?)?\\s+(?:(?:today|currently|now)\\s+)?(?:is|are)\\s+(?:(?:today|currently|now)\\s+)?${RANGE}\\s*(?:people|engineers|developers)\\b`,
  "i",
);
/**
 * Not a count of teams: "an organization of eight product and platform teams" counts teams, not
 * people, and states no team size.
 */
const NOT_UNITS =
  "(?!\\s*(?:(?:product|platform|engineering|scrum|agile|delivery|feature|cross-functional|development|dev|stream-aligned|autonomous|mission|small|and|or|&)\\s+){0,4}(?:teams|squads|pods|tribes|groups|departments)\\b)";
export const TEAM_PATTERNS = [
  new RegExp(
    `\\b(?:teams?|organi[sz]ation|org|group|department|squads?|pods?|tribe)\\s+of\\s+${RANGE}\\s*${NOT_UNITS}${PEOPLE}?`,
    "i",
  ),
  new RegExp(`\\b${RANGE}\\s*${PEOPLE}\\b`, "i"),
  new RegExp(`\\bteam\\s*\\(\\s*${RANGE}\\s*${PEOPLE}?`, "i"),
  // "You'll lead our engineers (currently 11)": the count in brackets after the people.
  new RegExp(
    `\\b(?:engineers|developers)\\s*\\(\\s*(?:currently\\s+|now\\s+|today\\s+)?${RANGE}\\s*(?:people\\s*)?\\)`,
    "i",
  ),
  new RegExp(`\\b(?:headcount|span of control)\\s+of\\s+${RANGE}`, "i"),
  // "the headcount of the team you'll manage is ~20", "the size of your org will be 30-40": the
  // measure first, the count after a verb of being.
  new RegExp(
    `\\b(?:headcount|size)\\s+of\\s+(?:the|your|this)\\s+(?:[\\w-]+\\s+){0,2}(?:team|teams|org|organi[sz]ation|group)\\b[^.;:]{0,40}?\\b(?:is|are|will be|starts? at|sits? at)\\s+(?:currently\\s+|now\\s+|initially\\s+)?${RANGE}`,
    "i",
  ),
  PERSON_TEAM,
  // People led through managers, their kinds listed: "four engineering managers and, through
  // them, roughly 35 software, test and DevOps engineers".
  new RegExp(
    `\\bthrough (?:them|their (?:leads|managers)),?\\s+${RANGE}\\s+(?:[\\w/-]+,?\\s+(?:(?:and|&)\\s+)?){1,4}(?:engineers|developers|people)\\b`,
    "i",
  ),
  // A field: "Team size: 10-15", "Direct reports: 7", "Span of control: 6".
  new RegExp(
    `(?:^|[|•·]\\s*)(?:team size|size of (?:the )?team|(?:team )?headcount|(?:number of )?direct reports|span of control)\\s*:\\s*${RANGE}`,
    "i",
  ),
  // "The engineering team is 30 strong", "the group today is 40 strong": the count after a verb
  // of being, the team before it.
  new RegExp(
    `\\b(?:team|teams|org|organi[sz]ation|department|group|function)\\s+(?:(?:today|currently|now|already)\\s+)?(?:is|are|will be|stands at)\\s+(?:(?:today|currently|now|already|some|about|around)\\s+)?${RANGE}[- ]strong\\b`,
    "i",
  ),
  ENGINEERING_IS,
  // A team counted in the words of Spanish, Portuguese, French, German, Italian, Dutch,
  // Scandinavian, Polish, Turkish, Japanese and Korean postings: "un equipo de 8 ingenieros",
  // "time de sete desenvolvedores", "une équipe de 5 développeurs", "ein Team von acht
  // Entwicklern", "un team di 7 sviluppatori", "ett team på 8 utvecklare", "zespołem 9
  // programistów", "8 kişilik bir ekip", "8名のエンジニア", "10명의 엔지니어".
  new RegExp(
    `(?:\\b(?:(?:equipo|equipa|time|[ée]quipe|squad)\\s+de\\s+|team\\s+(?:von|aus|di|van|på|af)\\s+|squadra\\s+di\\s+|zesp[oó][lł]\\w*\\s+(?:liczącym\\s+|liczący\\s+)?))?${ANY_RANGE}\\s*(?:personas|pessoas|personnes|persone|ingenieros|ingenieras|engenheiros|engenheiras|ing[ée]nieurs|ingegneri|desarrolladores|desenvolvedores|d[ée]veloppeurs|sviluppatori|entwickler(?:n|innen)?|ingenieur(?:en|innen)|ontwikkelaars|utvecklare|udviklere|utviklere|mitarbeiter(?:n|innen)?|profesionales|profissionais|programist(?:ów|ek)|in[żz]ynier(?:ów|ek)|os[oó]b|kişilik|mühendis|geliştirici|名(?:の|規模の)?(?:エンジニア|開発者|メンバー|チーム)|人(?:の|規模の)?(?:エンジニア|開発者|メンバー|チーム)|명(?:의)?\\s*(?:엔지니어|개발자|팀|구성원))(?![a-zà-ÿ])`,
    "i",
  ),
];

const PERSON_TEAM_LED =
  /\b(?:lead|leads|leading|manage|manages|managing|run|runs|running|oversee|oversees|overseeing|head|heads|heading|own|owns|grow|grows|growing|scale|scaling|build|building|inherit|inheriting|take over|taking over)\b[^.;]{0,40}$/i;

/**
 * Before a count: the company's own size, not a team the role leads ("we're 9 people", "we are
 * about 900 engineers", "we're a team of 40", "join a company of 300", "Acme is a small team of
 * 14", "our global team of 900 people", "X is a marketplace with about 180 engineers", "a
 * profitable insurtech of around 120 staff", "we're a software company listed on Euronext with about
 * 900 people").
 */
export const COMPANY_TEAM =
  /\bwe(?:['’]re| are) (?:now |just |only |about |around |roughly )?\S+\s*(?:people|employees|staff|folks|humans|engineers|developers)?$|\b(?:we(?:['’]re| are) (?:now |just |only |still )?(?:a|an)\b[^.;]{0,50}|(?:join|joining) (?:a|an|our|the)\b[^.;]{0,30}|(?!(?:team|squad|group|department|org|organi[sz]ation|you|it|this|that|engineering|tech|technology|development|r&d)\b)[a-z][\w&.'’-]* (?:is|are) (?:a|an)\b[^.;]{0,50})(?:team|company|organi[sz]ation|start-?up|business|scale-?up|firm|[a-z]+tech|insurer|bank|retailer|marketplace|consultancy|agency) (?:of|with)\s*\S+\s*\S*$|\b(?:is|are) (?:a|an)\b[^.;]{0,50}\b(?:company|business|start-?up|scale-?up|firm|[a-z]+tech|insurer|bank|retailer|marketplace|consultancy|agency) (?:of|with) (?:about|around|roughly|approximately|over|more than|some|nearly|almost) \S+\s*\S*$|\bour (?:[\w-]+ ){0,3}team of (?:more than |over |some )?\d[\d,]*\+? (?:professionals|people|employees|colleagues|staff)$|\b(?:is|are|we['’]re) (?:a|an|the)\b[^.;]{0,50}\b(?:company|marketplace|platform|start-?up|scale-?up|business|firm|agency|organi[sz]ation|provider|bank|insurer|retailer|studio|consultancy|lab)(?: (?:listed|based|headquartered|founded|traded) [^.;,]{0,40}?)? with [^.;]{0,25}$/i;
/** The role joining a team as one of its members (see extractTeamSize). */
const JOINS_TEAM =
  /\byou(?:['’]ll| will)? be one of\b|\bin (?:our|the|a|an) (?:[\w&-]+ ){0,3}team of\b|\byou(?:['’]ll| will) join (?:our|the|a|an)\b[^.;]{0,40}\bteam\b|\bas (?:a|an) (?:[\w-]+ ){0,3}(?:member|engineer|developer|analyst|scientist) (?:of|in|on) (?:our|the)\b/i;
/** Leading denied: "you won't line-manage anyone", "not managing people". */
const NOT_LEADING =
  /\b(?:won['’]t|will not|not|never|no)\s+(?:[\w-]+\s+)?[\w-]*(?:lead|manag|supervis)\w*/gi;
/** Any word of leading people. */
const LEADS_ANY =
  /\b(?:lead|leads|leading|manage|manages|managing|head|heads|run|runs|oversee|oversees|supervise|supervises)\b/i;
/**
 * Someone leading a team or an organisation, the leader after: "led by", "run day to day by"
 * (a regular expression's source, shared with features.ts).
 */
export const LED_BY = String.raw`(?:led|run|managed|headed|overseen)(?:\s+day[- ]to[- ]day)?\s+by`;
/**
 * What follows a team's count when someone other than the role leads it: "is led by our VP",
 * "... of the 200-person IT organisation stays with the CIO".
 */
const LED_BY_ANOTHER = new RegExp(
  String.raw`^[^.;]{0,25}?\b(?:is|are)\s+(?:currently\s+)?${LED_BY}\b(?!\s+you\b)|^[^.;]{0,40}?\b(?:stays?|remains?)\s+with\s+(?:the|our|its|their|him|her)\b`,
  "i",
);
/**
 * A team's count followed by the person who leads it, named ("The four data engineers ...
 * belong to our Platform team, led by Sara Lindqvist, who takes care of their 1:1s"): a team
 * someone else leads. Case-sensitive: a first and a last name.
 */
const LED_BY_NAMED =
  /^[^.;]{0,80}?\b(?:led|run|managed|headed)(?: day[- ]to[- ]day)? by [A-Z][\p{L}'’-]+ [A-Z][\p{L}'’-]+/u;
/** A company's story: "founded in 2008" (its size then follows, not a team's). */
const FOUNDED_IN =
  /\b(?:founded|established|started) in (?:19|20)\d\d\b|\b(?:founded|started|set up|created) (?:in [A-Z][\w-]+(?: [A-Z][\w-]+)? )?by (?:\d{1,2}|two|three|four|five) (?:[\w-]+ )?(?:engineers|developers|friends|people|founders)\b/i;
/**
 * The company's own make-up listed after its size: "We're a team of 12: the two founders, ...,
 * two developers, and a product designer" (the developers are not a team the role leads).
 */
const COMPANY_LIST_BEFORE =
  /\bwe(?:['’]re| are) (?:a (?:team|company) of |now |about |around )*(?:about |around |roughly )?\d[\d,]*\+?\s*(?:people|employees|staff)?\s*[:(—–]/i;
/** A count of people (not of engineers or developers): see {@link COMPANY_AT_WORK_AFTER}. */
const PEOPLE_AT_WORK = /\b(?:people|employees|colleagues|staff)\s*$/i;
/** The verb of a company's people at work after their count: "400 people build and run ...". */
const COMPANY_AT_WORK_AFTER =
  /^\s*(?:build|make|run|work|serve|create|develop|ship|power|design|operate|help)\b/i;
/**
 * Words near a count of people that make it a team someone leads ("lead", "oversee",
 * "responsible", "squads", "engineers"); a count without any nearby states no team.
 */
export const TEAM_LEAD_CONTEXT =
  /\b(team|teams|squad|squads|pod|group|lead|leads|leading|manage|manages|managing|head|heads|heading|oversee|oversees|overseeing|responsible|org|organi[sz]ation|department|reports?|engineers|developers|grow|hire|build|lidera\w*|gestionar\w*|gerenciar|dirig\w*|encadr\w*|leite\w*|f[üu]hr\w*|equipo|equipa|[ée]quipe|zesp[oó][lł]\w*|zarz[ąa]dz\w*|ekib\w*|y[öo]net\w*)\b|チーム|リード|率い|팀을|이끌/i;
/** A count said as a total: "about 25 people in total", "30 engineers altogether". */
const IN_TOTAL = /\b(?:in total|altogether|in all|all told)\b/i;
/** The role as the subject of a lead verb: "the role leads", "you'll manage", "this position heads". */
const ROLE_LEADS =
  /\b(?:you(?:['’]ll| will)?|(?:the|this) (?:role|position|hire))\s+(?:lead|leads|manage|manages|run|runs|oversee|oversees|head|heads)\b/i;
export const YOU_WILL_LEAD = /\byou(?:['’]ll| will) (?:lead|manage|run|oversee|build|grow)\b/i;
/** A sentence that opens with a count: "With 450 people in Tunis, we ...". */
const WITH_COUNT_BEFORE = /^\W*with (?:about |around |roughly |over |more than |nearly |some )?$/i;
/** The company as the subject after a count's clause: "..., we build and maintain software". */
const WE_AFTER = /^[^.;]{0,60},\s*(?:we|our (?:company|firm|team)|the company)\b/i;
/** The people just counted said to report to the role: "They'll report to you". */
const THEY_REPORT_TO_YOU =
  /^(?:they|all of them|all \w+ of them)(?:['’]ll| will| would)? (?:all )?report (?:directly )?to you\b/i;
/** Before a count, the people who build the company's products: "built in-house by". */
const BUILT_BY_BEFORE =
  /\b(?:built|made|developed|run|maintained|operated|designed)(?: in-house)? by (?:about |around |roughly |over |more than |some |nearly )?$/i;
/**
 * The role answering for the whole of what it then counts: "you will be responsible for all of
 * engineering", "you'd run all of engineering, roughly 70 people".
 */
const RESPONSIBLE_FOR_ALL_BEFORE =
  /\byou(?:['’]ll|['’]d| will| would)? (?:be )?(?:(?:responsible|accountable) for|run|lead|head|oversee) (?:all of|the whole|the entire|all)\b/i;
/** The whole of something led: "you will lead the whole Payments group", "leads all of it". */
const LEADS_ALL =
  /^(?:.*?[,:]\s*)?(?:as\s+[^,.;]{2,40}?[,\s]\s*)?\b(you|(?:the|our|this)\s+[^.;,]{2,40}?)\s+(?:will\s+|['’]ll\s+)?(?:lead|leads|run|runs|head|heads|oversee|oversees)\s+(?:all of (?:it|them)|the whole|the entire)\b/i;

/**
 * Whether a sentence says the role leads the whole of what the sentence before counts: "you" or
 * the role's own title as the subject ("The Engineering Director leads all of it"), not another
 * leader ("Our CTO leads all of it").
 */
function leadsAllOfIt(text: string | undefined, title: string | undefined): boolean {
  // Most sentences say neither: the cheap test first.
  if (text === undefined || !/\b(?:all of (?:it|them)|the whole|the entire)\b/i.test(text))
    return false;
  const m = LEADS_ALL.exec(text);
  if (!m?.[1]) return false;
  const subject = m[1].trim();
  if (/^you$/i.test(subject)) return true;
  return title !== undefined && namesTheRole(subject.replace(/^(?:the|our|this)\s+/i, ""), title);
}

/** The role a sentence says is being hired: "she is hiring a VP of Engineering". */
const HIRING_THE_ROLE =
  /\b(?:hiring|looking for|seeking|recruiting|searching for)\s+(?:an?|our|the)\s+[^,.;]{2,60}/gi;

/** A lead verb that opens a list with a colon, the count later in the list (no full stop). */
const LED_LIST_BEFORE =
  /\byou(?:['’]ll| will)? (?:lead|manage|run|oversee)\b[^.;:]{0,60}:[^.;]{0,160}$/i;
/**
 * People said to report to the role: "all eight will report to you", "three team leads, who will
 * report to this position". A sentence about the team that says so counts whom the role leads.
 */
export const REPORT_TO_ROLE =
  /\breport(?:s|ing)? (?:directly )?(?:in)?to (?:you\b|this (?:role|position|person|hire)\b)/i;

/**
 * "Mentor two engineers", "pair with 3 developers": people the role mentors or pairs with are
 * not a team it leads (a count right after the verb; "mentor and grow a team of 8" still counts).
 */
export const MENTEES_BEFORE =
  /\b(?:mentor(?:s|ing)?|mentorship (?:of|for)|pair(?:s|ing)? with)\s+(?:(?:the|our|your|a few|up to|about|around|some)\s+)?$/i;

/**
 * Counts of people that are not the team the role leads, by what comes before them in the
 * sentence: an interview panel ("interview with 2-5 team members"), the organisation's own
 * growth ("as we grow from 20 engineers to 40") or a size it grows towards with none said now
 * ("as we grow towards 50 engineers", "scale the team to around 70"), people hired beyond the
 * team ("help hire the next 3-4 engineers", "we plan to hire around fifteen engineers"; "hire
 * our first five engineers and run their 1:1s" is the team), a team someone else runs ("run by
 * our VP of Engineering, who has built a team of around 90"). (Skipping counts after
 * "experience" in the sentence cost one stated team on corpus half B; not done.)
 */
export const NOT_LED_BEFORE = new RegExp(
  [
    String.raw`\binterview(?:s|ing)? with\s+(?:(?:about|around|up to)\s+)?$`,
    String.raw`\b(?:grows?|growing|grew|grown|went|gone|scal(?:e|es|ed|ing)|expand(?:s|ed|ing)?) from\s+(?:something like\s+|about\s+|around\s+|roughly\s+)?$`,
    String.raw`\b(?:grow|grows|growing|scale|scales|scaling)(?:\s+(?:the|our|your|this)\s+(?:[\w-]+\s+)?(?:team|teams|organi[sz]ation|org|function))?\s+(?:towards?|to|beyond|past)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$`,
    String.raw`\b(?:we['’]re|we are|be) (?:adding|hiring|recruiting)\s+(?:about\s+|around\s+|up to\s+|another\s+)?(?:\w+\s+(?:or|to)\s+)?$`,
    String.raw`\b(?:hire|hires|hiring|recruit|recruits|recruiting)\s+(?:the\s+|our\s+|up to\s+|about\s+)?(?:next|another|additional|more|further|first(?=\s+\w+\s+(?:or|to)\s))\s+(?:(?:up to|about|around)\s+)?(?:\w+\s+(?:or|to)\s+)?$`,
    // "Design the org for the next 100 engineers": people still to come.
    String.raw`\b(?:for|of) the next\s+(?:(?:about|around|roughly)\s+)?$`,
    String.raw`\b(?:plan|plans|planning|going|aim|aiming|expect|expecting|want|wants|need|needs|intend|intends|hope|hopes) to (?:hire|add|recruit|bring on)\s+(?:around\s+|about\s+|up to\s+|roughly\s+|another\s+|a further\s+)?(?:\w+\s+(?:or|to)\s+)?$`,
    String.raw`\b(?:run|led|headed|managed|owned) by (?:our|the|its|their) [^.;]{0,80}$`,
  ].join("|"),
  "i",
);

/** What may follow a team's count to give the size it is to grow to ("growing to 5-6"). */
const GROWING_TO = new RegExp(
  `^[^.;]{0,60}?\\b(?:(?:grow(?:s|ing)?|scal(?:e|es|ing)|expand(?:s|ing)?|double|doubling)(?: (?:it|the team|this team))? to|soon) (?:about |around |~)?${NUM}(?:\\s*(?:-|–|to)\\s*${NUM})?(?!\\s*(?:teams?|squads|offices|countries|customers|clients|users|markets|regions|products|million|%))`,
  "i",
);

/**
 * The match of `re` in `text` that counts the most people: "four managers and about 35-40
 * engineers" is a team of 35-40.
 */
function largest(text: string, re: RegExp): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  let most = -1;
  for (const m of allMatches(globalOf(re), text)) {
    if (MENTEES_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (NOT_LED_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
    const n = toNumber(m[2]) ?? toNumber(m[1]) ?? 0;
    if (n > most) [best, most] = [m as RegExpExecArray, n];
  }
  return best;
}

/**
 * People who use what the team builds, counted: "the internal tooling that ~90 product engineers
 * depend on", "the platform 400 developers rely on".
 */
const USERS_AFTER =
  /^\s*(?:[\w-]+\s+){0,3}?(?:depend|depends|rely|relies|count|counts|build|builds)\s+(?:on|upon)\b/i;

/** A relative pronoun right before a count: "the tools that (more than) 60 analysts ...". */
const USED_BY_BEFORE =
  /\b(?:that|which)\s+(?:(?:more than|over|about|around|some|nearly|almost)\s+)?$/i;
/** ... and the verb of using after it: "... 60 analysts and our ML team use every day". */
const USED_AFTER = /^[^.;]{0,40}?\b(?:use|uses|rely on|relies on|depend on|depends on)\b/i;

/** A verb of hiring and what may stand between it and a count ("one or" of "one or two"). */
const HIRE_VERB_BEFORE_COUNT = String.raw`(?:hire|hiring|recruit|recruiting|add|adding|(?:recruitment|hiring) of)\s+(?:(?:our|the|your)\s+(?:first|next)\s+)?(?:about\s+|around\s+|up to\s+|roughly\s+)?(?:(?:\d+|one|two|three|a) or\s+)?$`;
/** A verb of hiring right before a count ("Hire 15+ engineers ..."). */
const HIRE_BEFORE = new RegExp(String.raw`\b${HIRE_VERB_BEFORE_COUNT}`, "i");
/** Hires still to come by their order: "hire our first three engineers", "the next two". */
const FIRST_HIRES_BEFORE =
  /\b(?:our|the|your)\s+(?:first|next)\s+(?:about\s+|around\s+|up to\s+)?$/i;
/** Someone else's hires: "hire our first engineering lead and help them hire their first two". */
const THEIR_HIRES_BEFORE =
  /\b(?:hire|hiring|recruit|recruiting)\s+their\s+(?:first\s+|next\s+|own\s+)?(?:about\s+|around\s+|up to\s+)?$/i;
/** An employer's headcount right before the count: "the Agency employs more than 900 staff". */
const EMPLOYS_BEFORE =
  /\bemploy(?:s|ing)?\s+(?:over |more than |about |around |some |nearly |almost |approximately )?$/i;
/**
 * Someone already in post who leads the count that follows: "our VP Engineering, who leads the
 * 140-person R&D organisation", "our VP of Engineering, Karin, runs the engineering
 * organisation of around seventy people" (said in the present: "someone who will lead" is the
 * role).
 */
const LEADER_IN_POST_BEFORE =
  /\bwho (?:currently |already |now )?(?:leads|runs|heads|manages|oversees) (?:the |our |its |an? )?(?:[\w&-]+ ){0,3}$|\b(?:our|the|its|the company['’]s) ((?:vp|vice president|head|director|cto|ceo|coo|svp)\b[^.;]{0,40})\b(?:runs|leads|heads|manages|oversees) (?:the |our |its )?(?:[\w&-]+ ){0,4}(?:~\s?)?$/i;
/**
 * A size in the past: "when payments was three engineers in a WhatsApp group", "that worked at
 * 30 engineers; it doesn't at 70".
 */
const PAST_SIZE_BEFORE =
  /\bwhen\s+(?:[\w-]+\s+){0,3}(?:was|were)\s+(?:just\s+|only\s+|about\s+|around\s+)?$|\b(?:worked|was fine|was enough|made sense)\s+(?:well\s+)?(?:at|with)\s+(?:about\s+|around\s+)?$/i;
/** A time still to come right before the verb of hiring: "later hire", "eventually add". */
const LATER_BEFORE_HIRE = new RegExp(
  String.raw`\b(?:later|eventually|in time|over time|down the road|afterwards)\s+(?:\w+\s+)?${HIRE_VERB_BEFORE_COUNT}`,
  "i",
);
/** A time still to come right after a count: "in the next 12 months", "this year". */
const TIME_TO_COME_AFTER =
  /^[^.;]{0,20}?\b(?:(?:in|over|within|during) the (?:next|coming) (?:\w+ )?(?:months?|years?|quarters?)|(?:this|next) (?:year|quarter)|by (?:the end of )?(?:next year|20\d\d))\b/i;

/** Things counted right after a count that are not people: "a group of 22 clinics". */
const PLACES_AFTER =
  /^\s*(?:[\w-]+\s+)?(?:clinics|stores|shops|sites|locations|offices|branches|hospitals|schools|restaurants|warehouses|facilities|countries|cities|markets|brands|products|apps|companies|businesses|services|projects|repositories|repos|systems|servers|vehicles|trucks|stations|properties|hotels|venues|pharmacies|practices|dealerships|franchises|plants|factories|mines|farms)\b/i;

/** An open bracket that gives the company's stage before a count: "(Series C, roughly 400". */
const COMPANY_ASIDE_BEFORE =
  /\((?:[^()]*\b(?:series [a-f]|seed|pre-seed|bootstrapped|profitable|founded|listed|public|ipo|vc-backed|funded|family-owned)\b)[^()]*$/i;

/** A site and "with" just before a count: "our largest engineering site, with around 400". */
const SITE_WITH_BEFORE =
  /\b(?:site|office|hub|campus|cent(?:re|er)|location|headquarters|hq)\b[^.;()]{0,30}?,?\s+with\s+(?:around |about |over |more than |some |nearly |almost |roughly )?$/i;

/** A count of managers alone: "four engineering managers", "3 team leads". */
const MANAGERS_ONLY = /\b(?:managers|leads|directors)\s*$/i;

/** Kinds of team member, one or several: engineers, developers, SREs, QA, testers, designers. */
const MEMBER_NOUN =
  "(?:engineers?|developers?|devs?|swes?|sdes?|sres?|qas?|testers?|designers?|analysts?|scientists?|architects?)";
/** A count's noun that names a kind of team member, after which more kinds may follow. */
const MEMBER_KIND = new RegExp(`${MEMBER_NOUN}$`, "i");
/** People led through others, before or after their count: "indirectly 30 more". */
const THROUGH_OTHERS = "(?:indirectly|through (?:them|their (?:leads|managers)))";
const MEMBER_COUNT = `(\\d{1,3}|${NUMBER_WORD})`;
/**
 * One more kind of member after a team's count: ", 1 QA", " and two SREs", " plus 2 designers",
 * " and a designer" (one, no count), or more people led through others: " and indirectly 30
 * more" (the count in group 1, 2 or 3).
 */
const MORE_MEMBERS = new RegExp(
  `^\\s*(?:,|,?\\s*(?:and|plus|&|\\+))\\s*(?:(?:an?|${MEMBER_COUNT})\\s+(?:[\\w-]+\\s+)?${MEMBER_NOUN}|our\\s+(?:[\\w-]+\\s+){0,2}(?:head|lead|director|manager)\\b|${THROUGH_OTHERS}\\s+${MEMBER_COUNT}\\s+more|${MEMBER_COUNT}\\s+more\\s+${THROUGH_OTHERS})\\b`,
  "i",
);

/**
 * Words before a count that make it a size to come: "as we grow from 22 to", "plan to be
 * around", "growing the engineering organisation from 90 to 140 people", "grow by 35–40
 * engineers"; not a size reached ("has grown from 12 to 45 engineers"), nor the team the role is
 * to grow ("grow the team to 10-15 engineers", the size the corpus readers gave).
 */
const GROWTH_TARGET_BEFORE =
  /\b(?:(?<!\b(?:has|have|had|'ve|’ve) )(?:grow|go|scale|move)(?:s|es|ing)? (?:(?:it|the team|engineering|the org|(?:the|our) (?:[\w-]+ ){0,2}(?:organi[sz]ation|org|team|department)) )?from(?: (?:about |around |roughly |some |~)?\S+ to)?|(?<!\b(?:has|have|had|'ve|’ve) )(?:grow|grew|scale)(?:s|ing)? by|(?:plan|expect|aim|want|hope)s? to (?:be|reach|have|grow to)|towards?|reach(?:ing)?|(?:we['’]ll|we will|we['’]d|you['’]ll|you will) need (?:at|by|for)|(?:once|when) we(?:['’]re| are| reach| hit))\s+(?:about |around |roughly |some |~)?$/i;

/**
 * A short aside in brackets right after a count of members, naming no count: "(Java/Spring
 * Boot, Kafka)", not the breakdown "(four backend, two mobile)" (members after one of those
 * were not counted by the blind readers of session 25).
 */
const ASIDE = new RegExp(`^\\s*\\((?![^()]*(?:\\d|\\b(?:${NUMBER_WORD})\\b))[^()]{1,80}\\)`, "i");

/** Teams counted right before a team's size: "two squads of" (the count in group 1). */
const TEAMS_OF = new RegExp(
  `\\b(\\d{1,2}|${NUMBER_WORD})\\s+(?:[\\w-]+\\s+)?(?:teams|squads|pods|groups|tribes)\\s+of\\s+$`,
  "i",
);
/** Experience right before a count: "has managed", "have led", "having run". */
const MANAGED_BEFORE =
  /(?:\b(?:has|have|having|had)|['’]ve)\s+(?:\w+\s+)?(?:(?:managed|led|run|overseen)\s+(?:[\w-]+\s+){0,6}|(?:grown|built|scaled)\s+(?:[\w-]+\s+){0,2})$/i;
/** The organisation's own growth before a count: "our engineering organisation has grown to". */
const ORGANISATION_GROWN_BEFORE =
  /\b(?:our|the|its)\s+(?:[\w-]+\s+){0,2}(?:organi[sz]ation|org|team|teams|department|group|function)\s+(?:has|have)\s+grown\s+(?:to\s+)?(?:[\w-]+\s+){0,2}$/i;
/**
 * The team the role will run, described in a section about it: "The team is seven engineers",
 * "The team: nine developers", "The Marketplace area is three squads ...", "The group is made up
 * of four teams" (a named team,
 * "The Growth team is ...", may be another than the role's).
 */
const THE_TEAM_IS =
  /^(?:(?:right now|today|currently|at the moment),?\s+)?(?:(?:the|your|this) (?:team|(?:[\w&-]+ )?(?:group|area)) (?:is|has|today is|is currently|currently has|consists of|is made up of|comprises)\b|(?:the|your) team\s*:\s*(?=(?:about |around |roughly )?(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)|it(?:['’]s| is) (?:currently |now )?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w-]+ )?(?:engineers|developers|people)\b|it(?:['’]s| is) (?:currently |now )?a (?:single |small )?team of (?=(?:about |around |roughly )?(?:\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))/i;

/** A sentence that opens by counting what the one before named: "Today that's", "It is now". */
const COUNT_OF_IT_BEFORE =
  /^(?:(?:right now|today|currently|at the moment),?\s+)?(?:it|that)(?:['’]s| is) (?:currently |now |just )?(?:about |around |roughly )?$/i;

/** A match that starts with the teams counted before it: "squads of six" (after "two "). */
const PLURAL_UNITS_OF = /^(?:teams|squads|pods)\s+of\b/i;

/**
 * The team size one match of a {@link TEAM_PATTERNS} pattern in `text` states: its count or
 * range (2 to 5,000 people), the sum of the kinds of member listed after a count
 * ({@link MORE_MEMBERS}: "six backend engineers and two SREs" is 8, "2-3 engineers and a
 * designer" 3-4), or up to the goal a
 * "growing to" after it names ("4 engineers today, growing to 5-6 next year": 4-6, the team
 * from its size now to its goal); null when the figures are out of range. The fact and its
 * quote (fact-evidence.ts) both read it.
 */
export function teamSizeOfMatch(text: string, m: RegExpMatchArray): TeamSize | null {
  const a = toNumber(m[1]);
  const b = toNumber(m[2]) ?? a;
  if (a === undefined || b === undefined || a < 2 || b > 5000) return null;
  // "A team of five — three backend developers, one mobile ...": a smaller number after the dash
  // breaks the team down; it is no range, and the members named after it are already counted.
  if (b < a) return { min: a, max: a };
  let end = (m.index ?? 0) + m[0].length;
  // "Six backend engineers and two SREs", "4 engineers, 1 QA, 1 designer", "2-3 engineers and
  // a designer": one team of 8, of 6, of 3-4.
  // Only after a kind of member ("30 people, 14 engineers" is a company and its engineers), and
  // a product manager the team works with is not among the members counted.
  // "Two squads of five engineers (each)", "two squads of six": the teams times their size.
  const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
  const units = PLURAL_UNITS_OF.exec(m[0]);
  const teams = TEAMS_OF.exec(units ? `${before}${units[0]} ` : before);
  const times = teams ? toNumber(teams[1]) : undefined;
  if (times !== undefined && times > 1 && b * times <= 5000)
    return { min: a * times, max: b * times };
  let extra = 0;
  // "Seven engineers (Java, Kafka) plus one QA engineer": the members' stack said between.
  const nextMembers = (from: number) => {
    const aside = ASIDE.exec(text.slice(from));
    const more = MORE_MEMBERS.exec(text.slice(from + (aside?.[0].length ?? 0)));
    return more ? { more, length: (aside?.[0].length ?? 0) + more[0].length } : null;
  };
  if (MEMBER_KIND.test(m[0]))
    for (let next = nextMembers(end); next; next = nextMembers(end)) {
      const { more } = next;
      const count = more[1] ?? more[2] ?? more[3];
      // No count: one member named with an article ("and a designer").
      extra += count === undefined ? 1 : (toNumber(count) ?? 0);
      end += next.length;
    }
  if (extra > 0 && b + extra <= 5000) return { min: a + extra, max: b + extra };
  const goal = GROWING_TO.exec(text.slice(end, end + 90));
  const to = goal ? (toNumber(goal[2]) ?? toNumber(goal[1])) : undefined;
  const top = to !== undefined && to > Math.max(a, b) && to <= 5000 ? to : Math.max(a, b);
  return { min: Math.min(a, b), max: top };
}

export function toNumber(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  const n = NUMBER_WORDS[lower] ?? FOREIGN_NUMBER_WORDS[lower] ?? Number(word);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * The number of people the role leads, as stated in its duties or summary ("a team of 8
 * engineers", "~10-15 engineers", "small engineering team (~15 people)"). Requirements
 * ("you have led teams of 5+") and company headcounts ("50 employees") are not team sizes.
 * `title`, when given, lets a sentence whose subject is the role's own title count ("The
 * Director, Software Engineering leads a team of eight" under that title), where another
 * leader's would not.
 */
export function extractTeamSize(
  segments: readonly ClassifiedSegment[],
  title?: string,
): TeamSize | null {
  // "Engineering is 14 people" sizes the department; a later "leading our five platform
  // engineers" says whom the role leads, and wins. The department's size stands when no
  // sentence says so.
  let department: TeamSize | null = null;
  for (let at = 0; at < segments.length; at++) {
    const seg = segments[at] as ClassifiedSegment;
    // "Engineering has grown to around 120 engineers in nine teams. The Engineering Director
    // leads all of it.": one of the next three sentences says the role leads what this counts.
    let led: boolean | undefined;
    const ledNext = () =>
      (led ??=
        [1, 2, 3].some((ahead) => leadsAllOfIt(segments[at + ahead]?.text, title)) ||
        THEY_REPORT_TO_YOU.test(segments[at + 1]?.text ?? ""));
    // Whether the sentence before says the role leads a team ("You'll lead our engineering
    // team."), read once for the counts after it that refer back to it.
    let ledBefore: boolean | undefined;
    const leadsBefore = () => (ledBefore ??= YOU_WILL_LEAD.test(segments[at - 1]?.text ?? ""));
    // The section first: it costs no pattern, and most sentences lie outside these three, except
    // a sentence that says whom the role will lead ("## The team: You'll manage the Growth team:
    // 8 to 10 engineers"), in a section about the team or the company.
    if (
      seg.section !== "duties" &&
      seg.section !== "role" &&
      seg.section !== "summary" &&
      !(
        seg.section === "company" &&
        (YOU_WILL_LEAD.test(seg.text) ||
          THE_TEAM_IS.test(seg.text) ||
          REPORT_TO_ROLE.test(seg.text) ||
          (MAY_COUNT.test(seg.text) && ledNext()))
      )
    )
      continue;
    if (seg.heading || !MAY_COUNT.test(seg.text)) continue;
    // "As an experienced manager you will manage a team of 10 to 15" is a duty all the same.
    if (seg.requirementShaped && !YOU_WILL_LEAD.test(seg.text)) continue;
    // "As a Platform Engineer in our Infrastructure team of 8", "the analytics team is 14 people
    // and you'll be one of its most senior": a team the role joins, not one it leads.
    if (JOINS_TEAM.test(seg.text) && !LEADS_ANY.test(seg.text.replace(NOT_LEADING, " "))) continue;
    // Every pattern's largest count, the largest of them: "a team of 4 engineering managers
    // and 30+ engineers" leads 30.
    let found: TeamSize | null = null;
    // The count "Engineering is N people" states, when it matches.
    let departmentSize: TeamSize | null = null;
    for (const re of TEAM_PATTERNS) {
      const m = largest(seg.text, re);
      if (!m) continue;
      if (re === PERSON_TEAM && !PERSON_TEAM_LED.test(seg.text.slice(0, m.index))) continue;
      const context = seg.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 30);
      // The 60 characters before the count, read by several of the checks below.
      const before = seg.text.slice(Math.max(0, m.index - 60), m.index);
      // "We're a team of 40", "join our team of 30 engineers": the company, or a team one joins.
      if (COMPANY_TEAM.test(`${before}${m[0]}`.trimEnd())) continue;
      const end = m.index + m[0].length;
      // "With 450 people in Tunis and Sfax, we build ...": the company's people before its
      // "we".
      if (WITH_COUNT_BEFORE.test(before) && WE_AFTER.test(seg.text.slice(end, end + 80))) continue;
      if (COMPANY_LIST_BEFORE.test(seg.text.slice(0, m.index))) continue;
      // "Founded in 2008, we now have more than 900 engineers": the company's story and size.
      if (FOUNDED_IN.test(seg.text)) continue;
      // "Has managed teams of 4+": the candidate's experience, in a list not headed as such.
      // (Not the organisation's own growth, when the role leads all of it: "our engineering
      // organisation has grown to around 120 engineers ... The Engineering Director leads all
      // of it".)
      // So when the same sentence says whom it leads: "... has grown to roughly 60 engineers in
      // seven teams, and the managers of those seven teams will report to you".
      if (
        MANAGED_BEFORE.test(before) &&
        !(
          ORGANISATION_GROWN_BEFORE.test(before) &&
          (ledNext() || REPORT_TO_ROLE.test(seg.text) || YOU_WILL_LEAD.test(seg.text))
        )
      )
        continue;
      // "Our engineering organisation (about 700 people) is led by a VP", "our VP, who leads the
      // 140-person R&D organisation": someone else's team.
      if (LED_BY_ANOTHER.test(seg.text.slice(end, end + 40))) continue;
      if (LED_BY_NAMED.test(seg.text.slice(end, end + 130))) continue;
      // (Not when the leader is the role itself: "The Director, Software Engineering leads a
      // team of eight" under that title.)
      const leader = LEADER_IN_POST_BEFORE.exec(seg.text.slice(Math.max(0, m.index - 90), m.index));
      if (leader && !(title && leader[1] !== undefined && namesTheRole(leader[1], title))) continue;
      // "Dublin is our largest engineering site, with around 400 engineers": a place's
      // headcount, not a team.
      if (SITE_WITH_BEFORE.test(before)) continue;
      // "A Tallinn fintech (Series C, roughly 400 people, licensed as ...)": the company's
      // headcount, in brackets beside its stage.
      if (COMPANY_ASIDE_BEFORE.test(before)) continue;
      // "A group of 22 clinics", "a department of 40 stores": places, not people.
      if (PLACES_AFTER.test(seg.text.slice(end, end + 40))) continue;
      if (USERS_AFTER.test(seg.text.slice(end, end + 40))) continue;
      // "The tooling that more than 60 analysts use every day": the people it serves.
      if (
        USED_BY_BEFORE.test(seg.text.slice(Math.max(0, m.index - 30), m.index)) &&
        USED_AFTER.test(seg.text.slice(end, end + 50))
      )
        continue;
      // "More than 400 people build and run our games": the company at work, not a team.
      if (PEOPLE_AT_WORK.test(m[0]) && COMPANY_AT_WORK_AFTER.test(seg.text.slice(end, end + 20)))
        continue;
      // "As we grow from 22 to around 40 engineers", "we plan to be around 70 engineers": a
      // size to come, not the team's.
      // (Read up to the count's first digit: a match may open with its subject, "engineering
      // organisation from 90 to 140 people".)
      const digitAt = m.index + m[0].search(/\d/);
      const upToCount = Math.max(digitAt, m.index);
      if (GROWTH_TARGET_BEFORE.test(seg.text.slice(Math.max(0, upToCount - 60), upToCount)))
        continue;
      // "Target: +60 engineers in 2025": a count said as growth, not a team's size.
      if (digitAt >= m.index && /\+\s?$/.test(seg.text.slice(Math.max(0, digitAt - 2), digitAt)))
        continue;
      // "Hire 15+ engineers in the next 12 months": people to hire over a time to come.
      // So are "later hire one or two people" and "eventually hire two engineers".
      const hireBefore = seg.text.slice(Math.max(0, m.index - 30), m.index);
      if (THEIR_HIRES_BEFORE.test(hireBefore)) continue;
      if (
        HIRE_BEFORE.test(hireBefore) &&
        (TIME_TO_COME_AFTER.test(seg.text.slice(end, end + 40)) ||
          LATER_BEFORE_HIRE.test(hireBefore) ||
          // "Hire our first three engineers once the product has found its feet" (not "hire
          // our first four engineers and run their 1:1s": the team the role then leads).
          (FIRST_HIRES_BEFORE.test(hireBefore) && !LEADS_ANY.test(seg.text)))
      )
        continue;
      // "The Agency employs more than 900 staff": the company's headcount, not a team.
      if (EMPLOYS_BEFORE.test(hireBefore)) continue;
      // "Our apps are built in-house by about 450 engineers": the company's builders.
      if (BUILT_BY_BEFORE.test(hireBefore)) continue;
      // "When payments was three engineers in a WhatsApp group": a size the team once had.
      if (PAST_SIZE_BEFORE.test(hireBefore)) continue;
      if (
        /\b(employees|customers|users|clients|countries|years|months|hospitals|patients|languages)\b/i.test(
          m[0],
        )
      )
        continue;
      // "You'll manage the Data Platform team: four data engineers, one ML engineer, ... —
      // seven people in all": a list the lead verb opens with a colon, however long.
      // "Some forty staff in four units, each with its own head reporting to you", "You will be
      // responsible for all of engineering — mobile, ... — about 70 people": the sentence says
      // the role leads them, farther from the count than the words around it.
      if (
        re !== ENGINEERING_IS &&
        !TEAM_LEAD_CONTEXT.test(context) &&
        !LED_LIST_BEFORE.test(seg.text.slice(0, m.index)) &&
        !REPORT_TO_ROLE.test(seg.text) &&
        !RESPONSIBLE_FOR_ALL_BEFORE.test(seg.text.slice(0, m.index)) &&
        !ledNext() &&
        // "You will lead three teams, each run by its own lead. About 25 people in total.": a
        // total said right after the sentence that says the role leads them.
        // So is one said in the sentence that says so, farther from the count than its words
        // ("the role leads the three squads that build ..., around 24 people in total").
        !(
          IN_TOTAL.test(seg.text) &&
          (leadsBefore() || ROLE_LEADS.test(seg.text.slice(0, m.index)))
        ) &&
        // "You'll lead our engineering team. Today that's four people: ...": the count of the
        // team the sentence before says the role leads.
        !(COUNT_OF_IT_BEFORE.test(seg.text.slice(0, m.index)) && leadsBefore())
      )
        continue;
      // "You'll lead the four engineering managers and their teams": the managers are not the
      // team's size, which the posting leaves unsaid (readers of blind postings, session 24,
      // agreed in 3 of 3).
      if (MANAGERS_ONLY.test(m[0])) continue;
      const size = teamSizeOfMatch(seg.text, m);
      if (size && re === ENGINEERING_IS) departmentSize = size;
      if (size && (found === null || size.max > found.max)) found = size;
    }
    if (found && departmentSize?.max === found.max) department ??= found;
    else if (found) return found;
  }
  return department;
}

export const REMOTE =
  /\b(?:remot[oa]\b|teletrabajo\b|(?<=^\W*)work ?(?:setup|set-up|mode|model|type|arrangement)\s*:\s*(?:wfh|work from home)\b|zdaln[aeyi]\w*|distansarbete\b|home[- ]?office (?:integral|total)\b|100 ?% home[- ]?office\b|home[- ]?office (?:bis zu |up to )?100 ?%|t[ée]l[ée]travail\b|(?<=(?:^|[(|,·•])\W*[àa] )distance\b|remote[- ](?:only|ok|possible|friendly|first|eligible)|(?:all|fully|full|dedicated|100%)[- ]remote|remote[- ]only company|(?:all|fully)[- ]remote (?:company|organi[sz]ation|setting|team)|open to remote|work (?:fully )?remotely|(?:us|usa|u\.s\.|uk|eu|emea|apac|latam|global|canada|europe)[ ,-]+remote\b(?! (?:teams?|team members|employees|workforce|engineers|staff))|fully remote|100% remote|remote[- ]first|remote[- ]friendly|remote(?: role| position| job| opportunity| work|, [A-Z]{2,}| \(| ?[-–—] ?(?:us|usa|uk|eu|emea|mentioned|anywhere|canada|europe|latam|apac|worldwide|global)\b| (?:us|usa|uk|eu|emea|apac|latam|europe|canada|worldwide|global)\b(?! (?:teams?|team members|employees|workforce|engineers|staff|customers|clients)))|(?:work|works|working|done|performed|based) remotely|(?:an?|as an?|we['’]re an?|we are an?|^|[,;·|]) ?(?:fully |all[- ])?remote(?:-native)? (?:company|startup|organi[sz]ation|business)|(?:been|we['’]re|we are) (?:fully |100% |entirely )?remote (?:since|from day)|work from wherever|(?<=\(\s*)remote (?:with)?in [^()]{2,30}\)|(?:work|working) (?:from|at|in) (?:our|the) (?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)? )?office(?: in [A-Z][^\s,.;]*(?: [A-Z][^\s,.;]*)?)? or (?:from )?(?:home|anywhere|remotely)\b|\bremote(?: work(?:ing)?)?(?: (?:from|in|inside|within|across)(?: the)?(?: [\w-]+){1,2})? (?:works (?:fine )?for us|is (?:fine|ok|okay|welcome) (?:for us|with us|too))\b|where you work is (?:up to you|your (?:call|choice))|(?:from|in) your (?:own )?home office|^remote\s*:\s*(?:yes|ok|possible|available)\b|location\s*:\s*worldwide\b|(?:be based|live|work|located) anywhere\b|\b(?:you can|you may|you could) (?:be|live|work|be based)\b[^.;]{0,30}\banywhere in (?!(?:the|our) office)\w+|home[- ]based\b|remotely (?:from|in|within)|remote (?:in|within|from|across) (?:the )?(?:eu|e\.u\.|european union|europe|uk|united kingdom|us|usa|u\.s\.a?\.?|united states|canada|north america|(?:the )?americas|emea|apac|latam|anywhere|any (?:country|state|time ?zone))\b|work (?:from|at) home|work (?:from )?anywhere|anywhere in (?:the )?(?:us\b|u\.s\.|usa|world|uk\b|eu\b|europe|north america|emea|latam|americas)|this is a remote|is (?:entirely |fully |completely |100% )?remote\b|^remote$|(?:fully|100%|entirely|completely|globally) distributed (?:[\w-]+ ){0,2}(?:team|company|organi[sz]ation|workforce)|(?:mostly|largely|mainly|primarily|predominantly) remote(?:ly)?\b|location\s*:\s*anywhere\b|(?:we have|there is|there's|with) no (?:physical |central |company )?offices?(?=\s*(?:[.,;:!)]|$|(?:and|but|so|at all|anymore|to go to)\b))|\ba distributed (?:role|position|job)\b|(?:fully|100%|full[- ]time|permanently) wfh\b|\bwfh (?:full[- ]time|only|100%)|(?:we['’]re|we (?:are|work|have been)|(?:the|our|the whole) (?:team|company) (?:is|works|has been)) (?:fully |100% |entirely |completely |globally )?distributed\b(?! (?:systems?|computing|databases?|ledgers?|tracing|storage|training|caches?|queues?|architectures?)\b)|(?:^|[.!?]\s+)(?:fully |100% )?remote\s*(?:[.!;]|$))/im;
// Days in the office: one to four a week is hybrid, five is on-site.
const OFFICE_DAYS =
  "(?:at least |a minimum of |up to )?(?:(?:[1-4]|one|two|three|four|a)(?:\\s*(?:-|–|to|or)\\s*(?:[2-4]|two|three|four))?\\s*(?:days?|x)|once|twice|(?:two|three|four) times)\\s*(?:a|per|each|every|\\/)\\s*(?:week|wk)";
// Days on site without the week said: "3 days on site" (one to four: hybrid).
const OFFICE_DAYS_PLAIN =
  "(?:[1-4]|one|two|three|four)(?:\\s*(?:-|–|to|or)\\s*(?:[2-4]|two|three|four))? days?";
// Days away from the office: "two remote days per week", "work from home 2 days a week", "two
// days per week of mobile work" (German "mobiles Arbeiten").
const HOME_DAYS =
  "(?:[1-4]|one|two|three|four) (?:remote|home|wfh|work[- ]from[- ]home) days? (?:a|per|each|every) week|(?:remote(?:ly)?(?: work(?:ing)?)?(?: \\([^()]{1,40}\\))?|from home|wfh|home office) (?:for )?(?:up to )?(?:[1-4]|one|two|three|four)(?:\\s*(?:-|–|to|or)\\s*(?:[2-4]|two|three|four))? days? (?:a|per|each|every) week|(?:[1-4]|one|two|three|four) days? (?:a|per|each|every) week (?:remote|remotely|from home|hjemmekontor|hjemmefra|home ?office|(?:of )?mobile work(?:ing)?)";
const IN_OFFICE =
  "(?:on[- ]?site|in[- ]office|in person|(?:in|at|from) (?:the |our |an? )?(?:[A-Z][\\w.-]*(?: [A-Z][\\w.-]*)? )?(?:office|hub|campus|studio|co-?working space))";
// Office days named as a span shorter than the week: "in office Tuesday to Thursday".
const WEEKDAY_SPAN =
  "(?:mondays?|tuesdays?|wednesdays?)\\s*(?:to|through|thru|-|–|and)\\s*(?:tuesdays?|wednesdays?|thursdays?)";
// Named days away from the office: "Mondays and Fridays from home", "Fridays remote", "Fridays
// from wherever you like".
const WEEKDAY = "(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?)";
const HOME_WEEKDAYS = `${WEEKDAY}(?:\\s*(?:,|and|&|or)\\s*${WEEKDAY})? (?:from home|at home|remote(?:ly)?|wfh|(?:are )?(?:for working |for work )?(?:from )?(?:wherever|anywhere) you (?:like|want|choose|please))\\b`;
// A city between the site and the days: "onsite in Seattle four days a week".
const ON_SITE_IN_PLACE_DAYS = `on[- ]?site (?:in|at) (?:[A-Z][\\w.-]*(?: [A-Z][\\w.-]*)? )?(?:for )?${OFFICE_DAYS}`;
export const HYBRID = new RegExp(
  `\\b(?:h?[ií]brid[oa]\\b|hybride\\b|hybrid(?! (?:cloud|agile|infrastructure|environment|app|apps|architecture|model of delivery|waterfall|mobile|approach|methodolog|lexical|search|retrieval|ranking|models?|systems?|vehicles?|engines?|energy|storage|(?:setup|set-up|estate|deployment)s? (?:with|across|on|of|between) (?:aws|azure|gcp|google cloud|(?:the |public |private )?cloud|on-?prem|our own|data ?cent)))|in[- ]office [1-4]\\b|in (?:the |our )?(?:[A-Z][\\w.-]*(?: [A-Z][\\w.-]*)? )?office (?:for )?(?:[1-4]|two|three|four) days(?! (?:a|per|each|every) (?:month|quarter|year))|(?:work|be|are|is) in the office (?:[1-4]|two|three|four) days|(?:on-?site|in[- ]office)\\s*\\(\\s*(?:[1-4]|two|three|four) days?\\s*(?:\\/|a|per)\\s*week|${IN_OFFICE}\\W{0,3}(?:for )?${OFFICE_DAYS}|(?<=^\\W{0,3}|[.;:]\\s{1,3})office (?:in|at) [A-Z][\\w.-]*(?: [A-Z][\\w.-]*)?\\W{0,3}(?:for )?${OFFICE_DAYS}|(?<=^\\W{0,3}|[.;:]\\s{1,3})(?:[A-Z][\\w.-]*(?: [A-Z][\\w.-]*)? )?office,? (?:for )?${OFFICE_DAYS}|${OFFICE_DAYS} ${IN_OFFICE}|${HOME_DAYS}|${IN_OFFICE}(?: (?:in|on|at) [A-Z][\\w.-]*(?: [A-Z][\\w.-]*)?)?\\W{0,3}(?:on |from )?${WEEKDAY_SPAN}|${HOME_WEEKDAYS}|\\b(?:is|are|we['’]re|we are|comes?) in (?:the office )?together (?:on )?(?:from )?${WEEKDAY_SPAN}|${WEEKDAY_SPAN} (?:in|at) (?:the |our )?office|${ON_SITE_IN_PLACE_DAYS}|(?:[1-4]|two|three|four) days (?:in|at) (?:the|our) office\\b|${OFFICE_DAYS_PLAIN} (?:on[- ]?site|in[- ]office)\\b|${IN_OFFICE} (?:in|at) [A-Z][\\w.-]*(?: [A-Z][\\w.-]*)?\\W{0,3}(?:for )?${OFFICE_DAYS}|(?:[1-4]|one|two|three|four)(?:\\s*(?:-|–|to|or)\\s*(?:[2-4]|two|three|four))? days? (?:a week |per week )?(?:from home|at home|remote(?:ly)?|wfh)\\b|office\\b[^.;]{0,60}\\b(?:there|in) (?:${OFFICE_DAYS})|office\\b[^.;]{0,40}\\bthere on (?:${WEEKDAY})(?:\\s*(?:,|and|&)\\s*${WEEKDAY}){1,2}\\b|office\\b[^.;]{0,60}\\b(?:with|and|plus) (?:the )?(?:flexibility|option|possibility|freedom) (?:to|of|for) (?:work(?:ing)? )?(?:from home|remotely)\\b|office\\b[^.;]{0,60}\\bwith home office (?:when|if|as) (?:you )?need|office\\b[^.;]{0,60}\\bwith (?:flexible |some |occasional )?home[- ]office days\\b|\\bwfo\\W{0,3}(?:[1-4]|one|two|three|four)(?:\\s*(?:-|–|to|or)\\s*(?:[2-4]|two|three|four))? days?\\b|\\bwfh (?:on )?${WEEKDAY}|(?:office|on-?site) (?:attendance|presence) (?:of |for |is )?${OFFICE_DAYS}|(?:up to )?[1-9]\\d? ?% (?:home ?office|remote(?: work(?:ing)?)?|(?:work(?:ing)? )?from home|wfh)\\b|\\bhome ?office möglich\\b|(?:home office|work(?:ing)? from home|wfh) on ${WEEKDAY}(?:\\s*(?:,|and|&|or)\\s*${WEEKDAY})?\\b|(?:possibility|option) of smart[- ]working\\b|split\\w* (?:the|their|your|our) (?:week|time) between (?:home|working from home|remote work)\\b[^.;]{0,10}\\b(?:and|&) (?:the |our )?(?:[\\w.-]+ ){0,3}office\\b|split\\w* (?:the|their|your|our) (?:week|time) between (?:the |our )?(?:[\\w.-]+ ){0,3}office (?:and|&) home\\b|smart[- ]working (?:for )?(?:part of the week|some days|(?:[1-4]|one|two|three|four) days)|[1-4] tage? (?:pro woche )?(?:im büro|büro|vor ort|remote|im homeoffice|homeoffice|mobil)|(?:[1-4]|one|two|three|four|a) days? (?:a|per|each|every) week of (?:smart[- ]working|remote work(?:ing)?|working (?:from home|remotely)|home[- ]?office|wfh)\\b|\\bmix (?:of )?(?:time |working |days )?(?:in (?:the |our )?(?:[\\w.-]+ ){0,3})?office(?: time| days| work(?:ing)?)? and (?:(?:at|from) home|remote(?:ly| work(?:ing)?)?|home(?: working)?)\\b|\\bmix (?:of )?(?:home|remote) (?:and|&) office (?:work(?:ing)?|days|time)\\b|hjemmedag|presence (?:in|at) (?:the |our )?(?:[\\w.-]+ ){0,2}office\\b[^.;]{0,30}\\b(?:[1-4]|one|two|three|four) days|(?:in|at) the office (?:at least |about |around |roughly )?[1-9]\\d ?% of (?:the|your) time|commute to [A-Z][\\w.-]* (?:[1-4]|one|two|three|four) times (?:a|per) week|hybrydow\\w*|thuiswerk\\w* (?:[1-4]|een|één|twee|drie|vier) dag(?:en)?|office[- ]first\\b[^.;]{0,40}\\b(?:[1-4]|one|two|three|four) days|remote(?: work(?:ing)?)? (?:is )?(?:possible|allowed|available|permitted|offered) (?:for )?(?:up to )?(?:[1-4]|one|two|three|four) days? (?:a|per|each|every) week|hibri[dt]\\b|t[ée]l[ée]travail (?:possible |partiel )?(?:jusqu['’]à )?(?:[1-4]|un|deux|trois|quatre) jours?|(?:[1-4]|un|deux|trois|quatre) jours? (?:de )?t[ée]l[ée]travail|(?:[1-4]|one|two|three|four) days? of t[ée]l[ée]travail|(?:[1-4]|one|two|three|four) of (?:those|the|these) days (?:would be |are |will be )?in (?:the|their|our) office|mobiles? arbeiten\\b|home ?office an (?:bis zu )?(?:[1-4]|einem|zwei|drei|vier) tag|(?:hjemmearbejde|hjemmefra|hjemmekontor)[^.;]{0,30}\\b(?:[1-4]|en|to|tre|fire) dag|z domova [1-4] dn)`,
  "i",
);
export const ONSITE =
  /\b(?:presencial\b|pr[ée]sentiel\b|(?<=^\W*|[(|,·•]\s*)(?:sur site|vor ort)\b|on[- ]?site(?:(?: role| position| job| work| in| at)\b|, |$| \(|\.(?:\s|$)|\s+[·•|])|in[- ]office (?:role|position|five|5|company|team|culture)|(?:in|at) (?:the|our) (?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)? )?(?:office|hq|headquarters) full[- ]time|(?:fully|100%|entirely|full[- ]time) (?:on-?site|in[- ]office|in (?:the|our) office)|office[- ]based|(?:work|working|based) (?:on-?site|in (?:the|our) office)|based in person\b|full[- ]time attendance (?:at|in) (?:the |our )?(?:[\w-]+ ){0,2}(?:office|headquarters|hq|premises)\b|based (?:in|at|out of) (?:our|their|its|the|group|company) (?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)? )?(?:office|headquarters|hq|head office)\b|(?:5|five) days (?:a|per) week in|(?:5|five) days (?:a|per) week (?:at|from) (?:a|the|our) (?:[\w-]+ ){0,2}(?:office|coworking space|co-working space|hub|studio)\b|\bin[- ]person (?:most|every|all) (?:days|weekdays|week)\b|in-person role|\bin[- ]person\b[^.;]{0,50}\b(?:5|five) days (?:a|per) week\b|must (?:be able to )?(?:commute|work on-?site)|(?<=\(\s*|\([^(),]{2,40},\s*)(?:on-?site|in[- ]office|in[- ]person)\s*\)|(?:in (?:the|our) office|on[- ]?site|in[- ]office|in[- ]person)(?: with (?:us|the team))?(?: in [A-Z][\w.-]*(?: [A-Z][\w.-]*)?)?\W{0,3}(?:for )?(?:5|five) days|\b(?:5|five) days (?:a week |per week )?(?:in[- ]office|in (?:the|our) office|on[- ]?site)\b|\bbased (?:full[- ]time )?(?:in|at) (?:the |our )?[\w.-]+['’]s (?:[\w-]+ ){0,2}(?:office|offices|headquarters|hq|premises)\b(?![^.;]*\b(?:days?|remote|home|hybrid))|(?:work(?:ing)? location|workplace(?: type)?|work type|work setting)\s*:\s*(?:in[- ]person|on-?site|(?:work (?:at|from|in) (?:the |our )?)?(?:(?:the |our )?(?:head|main|central|company) )?office\b(?![^.;]*\b(?:remote|home|hybrid)))|(?<=\(\s*)work(?:ing)? (?:from|at|in) (?:the )?office\s*\)|(?:requires?|expects?) (?:a )?full[- ]time (?:physical )?presence (?:in|there)\b|(?:requires?|expects?|with) (?:a )?(?:full[- ]time )?(?:physical )?presence (?:at|in) (?:the |our )?(?:company['’]s )?(?:[\w-]+ ){0,2}(?:office|offices|headquarters|hq|premises)\b|(?<=^\W*)office[- ]work\b(?![^.;]*\b(?:remote|home|hybrid|days?))|(?<=^\W*)work (?:at|from|in) (?:the |our )?office\W*$|based full[- ]time (?:in|at) (?:the |our )?(?:client['’]s )?(?:[\w-]+ ){0,3}(?:office|headquarters|hq)\b|work(?:ing)? in[- ]person|(?:in (?:the|our) office|on[- ]?site)\W{0,3}(?:from )?mondays? (?:to|through|thru|-|–) fridays?|(?<=^\W*)work(?:ing)? location\s*:[^.;]{0,40}\boffice,?\s+(?:from\s+)?mondays? (?:to|through|thru|-|–) fridays?|(?:from|in|at) (?:the |our )?(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2} )?office(?: (?:in|on|at) [A-Z][\w.-]*(?: [A-Z][\w.-]*)?)?,? (?:(?:for )?(?:5|five) days|every (?:work(?:ing)? ?)?day|daily)|\bpresence (?:in|at) (?:the |our )?(?:[\w.-]+ ){0,2}office\b[^.;]{0,20}\b(?:is )?(?:required|mandatory|expected)\b(?![^.;]*\b(?:[1-4]|one|two|three|four) days)|full[- ]time (?:in|at|from) (?:the |our )?(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)? )?office\b|(?<=^\W{0,3}|[.;:]\s{1,3})office (?:in|at) [A-Z][\w.-]*(?: [A-Z][\w.-]*)?,? (?:(?:for )?(?:5|five) days|every (?:work(?:ing)? ?)?day|daily)|(?:we|team|you['’]ll|you will|you) (?:all )?works? (?:together )?(?:from|out of|at|in) (?:our|the) (?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)? )?office\b(?![^.;]*\b(?:remote|home office|from home|wfh))|(?:this|the) (?:role|position|job) will be (?:fully )?(?:on-?site|in[- ]office|office[- ]based|in (?:the|our) office)|\b(?:the )?work is (?:in|at|from) (?:our|the) (?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)? )?office\b(?![^.;]*\b(?:remote|home office|from home|wfh|hybrid))|work(?:ing)? (?:at|in|from) (?:the |our )?(?:[\w.-]+ ){0,3}office\b[^.;]{0,30}?\bmondays? (?:to|through|thru|-|–) fridays?|full[- ]time in[- ]person\b|must (?:be able to )?work (?:from|in|at) (?:our|the) (?:[\w.-]+ ){0,3}office\b(?![^.;]*\b(?:days?|remote|home|hybrid))|work(?:ing)? together in[- ]person\b|co-?located (?:team|in|with)\b|(?:requires?|expects?) you to be (?:based )?(?:in|at) (?:the |our )?(?:[\w.-]+ ){0,3}(?:office|headquarters|hq)\b(?![^.;]*\b(?:days?|remote|home|hybrid))|(?:work(?:ing)? location|workplace)\s*:\s*(?:our |the )?(?:[\w.-]+ )?(?:headquarters|hq)\b|(?:based|work(?:ing)?) (?:in|at) [A-Z][\w.-]*(?: [A-Z][\w.-]*)?,? (?:in|at|from) (?:the|our) office\b(?![^.;]*\b(?:days?|remote|home|hybrid))|^\W*work ?(?:mode|model|type|arrangement)\s*:\s*wfo\b|(?<=^\W*)work in (?:the |our )?office\b(?![^.;]*\b(?:remote|home|hybrid|days?|week))\s*[(,])|\b(?:travail|poste) sur site\b|(?:office|on-?site)\b[^.;]{0,30}\bsundays? (?:to|through|thru|-|–) thursdays?|\bin[- ]office (?:in [A-Z][\w.-]*(?: [A-Z][\w.-]*)? )?every (?:work(?:ing)? ?|week)?day\b|\bpr[ée]sence (?:sur site|au bureau|physique) (?:est )?(?:requise|obligatoire|exig[ée]e)\b|\bposte bas[ée] au si[èe]ge\b|\bpresenza in sede\b(?![^.;]*\b(?:[1-4]|uno|due|tre|quattro) giorni)|\bcinque giorni su cinque\b|\bevery (?:work(?:ing)? ?)?day,? (?:at|in|from) (?:the|our) (?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)? )?office(?=\s*(?:[.,;!]|$|in\b))(?![^.;]*\b(?:remote|home|hybrid|days? (?:a|per) week))|\bwork(?:s|ing)? (?:together )?every (?:work(?:ing )?)?day (?:from|at|out of|in) (?:our |the )?(?:[\w.-]+ ){0,3}?(?:office|tower|building|hq|headquarters|premises|campus|hub|incubator|cent(?:er|re)|space)\b/i;

/**
 * Remote work the posting rules out ("remote work is not available", "not eligible for remote
 * work") or offers only for a while ("remote until offices reopen", "temporarily remote",
 * "REMOTE for 2021"): on-site, as data/README.md reads it.
 */
export const NO_OR_PASSING_REMOTE =
  /\b(?:remote (?:work(?:ing)? |options? )?(?:is )?not (?:available|possible|offered|an option)|(?:not (?:possible|an option|feasible)|impossible|cannot|can['’]t|unable) to (?:work|be done|be performed|do (?:it|this|the (?:job|role))) (?:fully )?remotely|no (?:possibility|option) (?:of|to|for) (?:working |work )?remote(?:ly)?\b|not (?:eligible|available|open) (?:for|to) remote|no remote (?:work|option)|temporarily remote|remote (?:for now|for 20\d\d|initially|at first|during (?:covid|the pandemic)|until)\b|(?:once|when|after) (?:it is |it['’]s )?(?:covid[- ]safe|safe to return|offices? (?:re-?)?open))/i;

/**
 * Words one of which every match of the patterns {@link extractWorkMode} counts lines by
 * holds, in any case: "remote" or, for {@link REMOTE}, "home", "anywhere", "distributed",
 * "wfh"; for {@link HYBRID}, "hybrid", "office" (or "hub", "campus", "studio"), "site"
 * (on-site, onsite, on site) or "person"; for
 * {@link ONSITE} those, "days" ("5 days a week in"), "commute", "headquarters", "hq" or
 * "presence" ("requires full-time presence there"); also
 * "worldwide", "wherever" and "where you work" (is up to you), "wfh" and "wfo" (work from the
 * office), and the Spanish, Portuguese, Italian, French and German words for the three
 * ("híbrido", "remoto", "presencial", "télétravail", "à distance", "sur site", "vor Ort", "im
 * Büro", Danish "hjemmedag", Polish "zdalna", "hybrydowa", Dutch "thuiswerken", Swedish
 * "distansarbete"; "co-located"; French "présence", "siège", Spanish "oficina", Portuguese
 * "escritório"); for {@link splitWeek}, "in together", "mobile-work", "office", "home" and the
 * like; "every day" (we work every day from the incubator's tower), "weekday"; German "mobiles
 * Arbeiten", Danish and Norwegian "hjemme-", Romanian and Turkish "hibrid"/"hibrit", Czech "z
 * domova", and the Japanese and Korean words of {@link CJK_HYBRID} and {@link CJK_REMOTE}; for
 * {@link NO_OR_PASSING_REMOTE}, "remote", "covid", "safe to return" or "office"; Italian "in sede"
 * and "giorni su cinque". A line that holds none states no work mode and is not run through them
 * (facts.test.ts checks it on every line of ../shared); when a pattern changes, so must this.
 */
export const WORK_MODE_GATE =
  /remot|hybrid|[ií]brid[oa]|presencial|pr[ée]sentiel|t[ée]l[ée]travail|teletrabajo|distance|sur site|vor ort|covid|safe to return|office|home|anywhere|distributed|site|person|days|commute|headquarters|\bhq\b|worldwide|wherever|where you work|wfh|wfo|hub|campus|studio|smart[- ]work|büro|zdaln|distansarbete|hybryd|thuiswerk|co-?located|in together|mobile[- ]work|every day|pr[ée]sence|si[èe]ge|oficina|escrit[óo]rio|mobile?s? arbeiten|hjemme|hibri|domova|weekday|リモート|ハイブリッド|出社|재택|in sede|giorni su cinque/i;

/** The whole working week: "Monday to Friday", "Mon–Fri". */
const FULL_WEEK = /\bmon(?:day)?s?\.?\s*(?:to|through|thru|-|–)\s*fri(?:day)?s?\b/i;
/**
 * A week split between the office and elsewhere, said in one sentence with its days: "in the
 * Rotterdam office (near Blaak) two days a week and remote the rest", "two office days a week,
 * the other three from home", "we are in together Tuesday to Thursday and the rest of the week
 * is yours", "one mobile-working day per week, the other four on site". Hybrid, as
 * data/README.md reads a week with office days in it (a split said with days a month or a
 * quarter is visits: {@link SITE_VISITS}).
 */
export function splitWeek(line: string): boolean {
  // Sentence by sentence: a line's "KES 700,000 per month" says nothing of visits. A sentence
  // ends before a capital ("in the XIII. district" goes on).
  return line.split(/(?<=[.!?])\s+(?=\p{Lu})/u).some(
    (sentence) =>
      SPLIT_OFFICE.test(sentence) &&
      SPLIT_AWAY.test(sentence) &&
      SPLIT_DAYS.test(sentence) &&
      !SITE_VISITS.test(sentence) &&
      !/\b(?:a|per|each|every) (?:month|quarter|year)\b/i.test(sentence) &&
      // "works from the office Monday to Friday ... it isn't a remote position": no split.
      !FULL_WEEK.test(sentence) &&
      !deniesRemote(sentence),
  );
}
// Spanish and Portuguese too: "Presencial 3x por semana no escritório, remoto nos outros dias".
const SPLIT_OFFICE =
  /\b(?:office|on[- ]?site|in[- ]person|in together|vor ort|co-?working(?: space)?|(?:at|in|from) (?:the|our) (?:hub|campus|studio)|presencial|oficina|escrit[óo]rio)\b/i;
const SPLIT_AWAY =
  /\b(?:(?:from|at) home|home[- ]?office|remote(?:ly)?|mobile[- ]work(?:ing)?|wfh|(?:the )?rest of the week|the (?:other|rest) (?:days|two|three|four|[1-4])(?: days)?|the rest (?:from|at) home|remot[oa]|(?:desde |em |en )casa)\b/i;
const SPLIT_DAYS = new RegExp(
  `\\b(?:(?:[1-4]|one|two|three|four|a) (?:office |remote |home |mobile[- ]working )?days?|${WEEKDAY}|the other (?:two|three|four|[1-4])|(?:the )?rest of the week|[1-4] ?x (?:por|a la|na) semana|(?:[1-4]|dos|tres|dois|três|quatro|cuatro) d[ií]as|(?:outros|otros|demais|dem[áa]s) d[ií]as)(?!\\p{L})`,
  "iu",
);

/** "Non-remote", "not remote", "no hybrid": said of the role, on-site. */
export const NON_REMOTE = /\b(?:no|not|non)[- ](?:remote|hybrid)\b/i;

/**
 * Remote work ruled out, which reads as on-site: "non-remote", remote denied
 * ({@link REMOTE_DENIED}) or offered only for a while ({@link NO_OR_PASSING_REMOTE}).
 */
export function deniesRemote(line: string): boolean {
  return NON_REMOTE.test(line) || NO_OR_PASSING_REMOTE.test(line) || REMOTE_DENIED.test(line);
}

/**
 * Work modes said in Japanese or Korean, which word boundaries cannot frame: ハイブリッド
 * (hybrid), 週3日出社 (three office days a week), 재택근무 주 2회 (home two days a week) are
 * hybrid; フルリモート and 完全リモート (fully remote) are remote. Patterns of their own: as
 * top-level alternatives of {@link HYBRID} and {@link REMOTE} they made both half as slow again.
 */
const CJK_HYBRID = /ハイブリッド|週[1-4１-４]日(?:出社|リモート|在宅)|재택근무? ?주 ?[1-4]회/;
export const CJK_REMOTE = /フルリモート|完全リモート|전면 ?재택/;

/**
 * Hybrid work said otherwise than {@link HYBRID} says it: a week split in one sentence
 * ({@link splitWeek}) or Japanese and Korean words ({@link CJK_HYBRID}). Read by extractWorkMode
 * and quoted by the evidence finder alike.
 */
export function saysHybridWeek(line: string): boolean {
  return splitWeek(line) || CJK_HYBRID.test(line);
}

/** Customers' or users' way of working, which the role's is not: see extractWorkMode. */
const THEIR_WORK_MODE =
  /\b(?:for|helps?|helping|serves?|serving|to)\s+(?:[\w,-]+\s+){0,3}?(?:remote|hybrid|distributed)(?:[- ]first)?\s+(?:[\w-]+\s+)?(?:teams?|agenc(?:y|ies)|compan(?:y|ies)|workplaces?|workers?|organi[sz]ations?|employees?|offices?|business(?:es)?|workforces?)\b|\b(?:people|those|anyone|folks|workers|teams|customers|clients|users) (?:who|that) (?:[\w-]+ ){0,2}?work (?:from home|at home|remotely|from anywhere)\b|\b(?:customers|clients|users)\b[^.;]{0,20}\b(?:are|include) (?:[\w-]+ ){0,2}?(?:remote|hybrid|distributed)(?:[- ]first)?\b|\b(?:customers|clients|users|members|technicians|workers)['’]?\s+(?:[\w-]+\s+){0,3}?work(?:s|ing)? remotely\b|\b(?:recruit(?:ing|ment)?|hir(?:e|es|ing)) (?:of )?(?:[\w,~-]+ ){0,6}?(?:engineers|developers|people|staff|employees)\b[^.;]{0,60}?\bremote(?:ly)?\b/gi;
/**
 * Remote work denied in other words: "this is not a remote role", "remote working isn't on offer
 * for this role", a "Remote: No" field.
 */
const REMOTE_DENIED =
  /\b(?:not|isn['’]t) (?:a |an )?(?:fully )?remote\b|\b(?:remote (?:work(?:ing)?|options?)|work(?:ing)? from home|home[- ]working|wfh) (?:is|are)(?:n['’]t| not) (?:on offer|offered|available|possible|an option)\b|^\W*remote\s*:\s*no\b/i;

/**
 * Remote, hybrid or on-site, by counting explicit statements across the whole posting (scraped
 * headers often carry a work-type line too); ties go to the more restrictive mode.
 */
export function extractWorkMode(lines: readonly string[]): WorkMode | null {
  const header = headerWorkMode(lines);
  // A header's "ONSITE" and the text's "in the office three days a week": the text is the
  // more precise statement.
  if (header === "onsite" && lines.some((l) => HYBRID.test(withoutRequirements(l))))
    return "hybrid";
  if (header !== undefined) return header;
  let remote = 0;
  let hybrid = 0;
  let onsite = 0;
  for (const raw of lines) {
    // A line without any word a work-mode statement holds states none (most lines).
    if (!WORK_MODE_GATE.test(raw)) continue;
    // A scraped "Work Type:" field is often wrong (the same posting says "remote" in its
    // text), so it counts half.
    // "Experience leading remote teams" asks for experience; it says nothing of this role.
    const said = withoutRequirements(raw);
    if (said === "") continue;
    const field = /^work ?type\s*:/i.test(raw);
    // "This position is on-site in Austin" outweighs a company's "hybrid/remote culture".
    const one = field
      ? 0.5
      : /\b(?:this|the) (?:position|role|job) (?:is|can be|may be|will be)\b/i.test(said)
        ? 2
        : 1;
    // How customers or a product's users work is not how the role works ("tools for remote
    // teams", "our customers work remotely", "helps hybrid workplaces book desks").
    const line = (field ? said.replace(/^work ?type\s*:\s*/i, "") : said).replace(
      THEIR_WORK_MODE,
      " ",
    );
    if (deniesRemote(line)) onsite += one;
    else if (
      REMOTE.test(line) ||
      /^remote\b/i.test(line.replace(/^[^:]{0,20}:\s*/, "").replace(/^[^\p{L}\p{N}]+/u, "")) ||
      BARE_REMOTE.test(line) ||
      REMOTE_WITH_VISITS.test(line) ||
      CJK_REMOTE.test(line)
    )
      remote += one;
    // "Hybrid or Remote" offers remote: remote wherever it is offered (data/README.md).
    // So are "Remote (Europe) or hybrid from our London office", "London (hybrid) or remote
    // within the UK" and "Remote or onsite in Seattle": the mode offered beside remote is not
    // counted, but other statements in the line are ("a hybrid/remote culture. This position
    // is on-site in ...").
    const besides = remoteAlternatives(line);
    const split = saysHybridWeek(line);
    if ((split || HYBRID.test(line)) && !besides.has("hybrid")) hybrid += one;
    // "Mostly remote, with a day or two a month on site": visits, not on-site work (tested only
    // once an on-site statement is found: REMOTE is long, and most lines state neither).
    // "One mobile-working day a week, the other four on site": the site is the split week's.
    if (
      !split &&
      (ONSITE.test(line) || (field && /^on-?site\b/i.test(line))) &&
      !besides.has("onsite") &&
      !(SITE_VISITS.test(line) && REMOTE.test(line))
    )
      onsite += one;
  }
  const best = Math.max(remote, hybrid, onsite);
  if (best === 0) return null;
  if (hybrid === best) return "hybrid";
  if (onsite === best) return "onsite";
  return "remote";
}

/**
 * The work mode a "who is hiring" header states: a line near the top made of fields separated
 * by " | " (or " - "), such as "Acme | Staff Engineer | Berlin | ONSITE | Full-time" or
 * "... | SF or Remote | ...". Read as the corpus readers read them: on-site with a
 * work-from-home option, or "flexible on-site and remote", is hybrid; on-site "preferred" is
 * on-site; on-site or remote is remote; remote, on-site and hybrid all offered is not stated.
 */
export function headerWorkMode(lines: readonly string[]): WorkMode | null | undefined {
  for (const line of lines.slice(0, 6)) {
    const fields = line.split(/\s+[|]\s*|\s*[|]\s+|\s+[-–—]\s+/);
    if (fields.length < 3) continue;
    const text = fields.slice(1).join(" | ");
    if (/\b(?:no|not|non)[- ]remote\b/i.test(text) || NO_OR_PASSING_REMOTE.test(text))
      return "onsite";
    const remote = REMOTE_WORD.test(text) || /\b(?:wfh|work from home)\b/i.test(text);
    const onsite = /\b(?:on-?site|in[- ]office|in[- ]person)\b/i.test(text);
    const hybrid =
      /\bhybrid\b/i.test(text) ||
      /\b(?:on-?site|in[- ]office)\s*\(\s*(?:\d|two|three|four) days?\s*(?:\/|a|per)\s*week/i.test(
        text,
      );
    if (remote && onsite && hybrid) return null;
    // Remote wherever it is offered: "Hybrid/Remote" is remote.
    if (hybrid && remote && !onsite) return "remote";
    if (hybrid) return "hybrid";
    if (onsite && remote) {
      if (/\b(?:wfh|work from home|flexible)\b/i.test(text)) return "hybrid";
      if (/\bon-?site\s+(?:preferred|only)\b|\bon-?site\s*\//i.test(text)) return "onsite";
      return "remote";
    }
    if (remote) return "remote";
    if (onsite) return "onsite";
  }
  return undefined;
}

/** A bare "remote" among a line's fields ("Berlin, Remote", "(remote)"), or "... or remote". */
export const BARE_REMOTE =
  /(?:^|[,;(/|·•]\s*|\s[-–—]\s*)remote(?: (?:with)?in (?:the )?[a-z][\w .-]{1,30}?)?\s*(?:[.),;/|·•]|$)|\bor remote\b/i;
/**
 * Remote offered as one of two ways to work, either way round, within one clause: "Hybrid or
 * Remote", "Remote (Europe) or hybrid", "London (hybrid) or remote within the UK", "Remote or
 * onsite in Seattle", "Hybrid (London) / Remote (UK)".
 */
const REMOTE_AS_ALTERNATIVE =
  /\bremote\b[^.;|]{0,40}?(?:\bor\b|\/)\s*(?:[^.;|]{0,20}?\s)?(hybrid|on-?site|in[- ]office|in[- ]person)\b|\b(hybrid|on-?site|in[- ]office|in[- ]person)\b[^.;|]{0,40}?(?:\bor\b|\/)\s*(?:fully )?remote\b/gi;

/** The modes a line offers as alternatives to remote (see {@link REMOTE_AS_ALTERNATIVE}). */
function remoteAlternatives(line: string): Set<"hybrid" | "onsite"> {
  const modes = new Set<"hybrid" | "onsite">();
  for (const m of line.matchAll(REMOTE_AS_ALTERNATIVE))
    modes.add(/hybrid/i.test(m[1] ?? m[2] ?? "") ? "hybrid" : "onsite");
  return modes;
}
/** "..., remote with occasional visits to our Amsterdam office": remote is offered. */
/** Days on site counted by the month, quarter or year: visits ("a day or two a month on site"). */
const SITE_VISITS =
  /\b(?:days?|weeks?|times?|visits?)\b[^.;]{0,20}\b(?:a|per|each|every) (?:month|quarter|year)\b|\b(?:monthly|quarterly) (?:visits?|trips?)\b/i;

const REMOTE_WITH_VISITS =
  /[,;(/]\s*remote with (?:occasional|some|regular|periodic|monthly|quarterly)\b/i;

export const REQUIREMENT_WORDS =
  /\b(?<!(?:commensurate with|depending on|based on|according to) )(?:experience|skills?)\b/i;

/** A sentence's end inside a line: ".", "!" or "?" then a space and a capital or an opening. */
const SENTENCE_END = /(?<=[.!?])\s+(?=["'“([]?[A-Z])/;

/**
 * A line without its sentences that hold a {@link REQUIREMENT_WORDS} word (""), so that a
 * posting pasted as one paragraph ("... through their managers (SRE, Developer Experience)
 * ... on-site 4 days a week.") still states its work mode in its other sentences. A line of one
 * sentence is kept whole or dropped whole.
 */
export function withoutRequirements(line: string): string {
  if (!REQUIREMENT_WORDS.test(line)) return line;
  return line
    .split(SENTENCE_END)
    .filter((s) => !REQUIREMENT_WORDS.test(s))
    .join(" ");
}

export const REMOTE_WORD =
  /\bremote(?![- ](?:patient|monitoring|sensing|control|access|devices?))\b/i;

/**
 * The company's own headcount, said as a count of its people: "we have 150 employees", "we
 * employ over 800 people", "we are 35 people", "we're a team of 120+ across 20 countries",
 * "... and employ 180 people", "as a scale-up of 250 people", "with 350 staff" (after "with" or
 * "and" only employees or staff count: "with 5 people" may be anyone)
 * (the count is the capture after this prefix; {@link HEADCOUNT_NOUN} follows it).
 */
const HEADCOUNT =
  "\\b(?:we (?:have|employ|are|number)|(?:the company|it) (?:has|employs)|(?:and|which|that) employs?|as an? (?:[\\w-]+ ){0,2}(?:scale-?up|start-?up|company|business) of|(?:with|and)(?= (?:about |around |over |more than |nearly |roughly )?\\d[\\d,]*\\+? (?:full-time )?(?:employees|staff|colleagues)\\b)|we(?:['’]re| are) (?:a |an )?(?:[\\w-]+ ){0,3}(?:team|company|family|crew) of|with a (?:[\\w-]+ ){0,2}(?:staff|headcount) of|(?:company )?headcount of|(?:a|our) (?:global |growing |international )?(?:workforce|company) of|(?:we(?:['’]ve| have| had)|and (?:have|has)|(?:the company|it) (?:has|had)) grown to) (?:now |currently |already |today )?(?:about |around |roughly |approximately |over |more than |nearly |almost |some |~|a little over |just over |just under )?";
/** What a {@link HEADCOUNT} counts: people, or (after "team of N") nothing more ("across ..."). */
const HEADCOUNT_NOUN =
  "\\s*(?:(?:full-time |talented |passionate )?(?:employees|people|staff|team members|colleagues|professionals|members|humans|folks)\\b|(?=\\s+(?:across|in|around|spread|based|working|located|from|distributed|worldwide|globally)\\b))";

/** Words one of which every {@link HEADCOUNT} match holds (see {@link STAGE_CUE_WORDS}). */
const HEADCOUNT_WORDS = [
  "we have",
  "we are",
  "we number",
  "we're",
  "we’re",
  "has",
  "employ",
  "staff",
  "employees",
  "colleagues",
  "headcount",
  "workforce",
  "company of",
  "scale-up of",
  "scaleup of",
  "startup of",
  "start-up of",
  "business of",
];

/**
 * A growth-equity investor named as a backer (data/README.md): the first of the wider wordings
 * of {@link STAGE_CUES}. Tried and not kept as wider wordings: a listing in other words
 * ("traded on the ...", "an S&P 500 company", a ticker "(TSX: ...)") and decades of history
 * ("for over 30 years", "a century"): no more of corpus halves A or B read right, and one of
 * the dev set's 4 stated stages read wrong.
 */
const GROWTH_EQUITY_BACKER: [Stage, RegExp, number] = [
  "growth",
  /^(?=[\s\S]*\b(?:backed|funded|funding|investors?|investments?|invested|round|raised|led by|portfolio|backing|supported by)\b)[\s\S]*?\b(?:tiger global|coatue|general atlantic|insight (?:venture )?partners|softbank|vision fund|technology crossover ventures|tcv|summit partners|dragoneer|d1 capital|iconiq|dst global|altimeter|institutional venture partners|ivp|greenoaks|warburg pincus|silver lake|kkr|tpg|durable capital|t\. ?rowe price|franklin templeton|(?:dfj|sequoia|lightspeed|bessemer|index|accel|a16z|andreessen horowitz|kleiner perkins|thrive|battery|goldman sachs|menlo|ggv|norwest) growth|growth[- ]equity)\b/i,
  1.5,
];

/** A company named by its trade after "N-person": "a 450-person fintech", "a 12-person agency". */
const TRADE =
  "fintech|healthtech|insurtech|proptech|edtech|saas|agency|firm|studio|consultancy|retailer|lender|marketplace|manufacturer|nonprofit|non-profit|charity|company|start-?up|business";

/**
 * Up to two words naming the kind of company between a headcount and "company" ("a 30-person
 * SaaS company", "a 25-person fintech startup"), but not a function ("a 60-person engineering
 * organization" is a department, not the company).
 */
const KIND_OF_COMPANY =
  "(?:(?!(?:engineering|product|tech|technology|data|design|sales|marketing|support|it|dev|development)\\b)[\\w-]+ ){0,2}";

// Funding rounds and listings are the most reliable statements, then headcounts, then
// descriptive phrases ("early-stage startup" also appears in pitches for Series B companies).
export const STAGE_CUES: [Stage, RegExp, number][] = [
  [
    "early",
    /\b(?:pre-?seed|seed[- ](?:stage|round|funded|funding|investment)|(?:series a|seed) (?:funded|round|stage|startup|company)|series a\b)/i,
    3,
  ],
  [
    "early",
    new RegExp(
      `\\b(?:(?:less|fewer) than \\d{2} (?:employees|people|staff)\\b|(?:[1-4]?\\d)[- ](?:person|people|employee) (?:team\\b|${KIND_OF_COMPANY}(?:company|start-?up|scale-?up|business|consultancy|agency|firm)\\b)|(?:company|start-?up|business) (?:of|with) (?:[2-9]|[1-4]\\d) (?:people|employees|staff)\\b)`,
      "i",
    ),
    2,
  ],
  [
    "early",
    /\b(?:early[- ]stage (?:start-?up|company|venture|business)|pre-revenue|stealth(?:[- ]mode)?|newly founded|venture studio|first (?:engineering )?hire)\b/i,
    1.5,
  ],
  ["early", /\b(?:(?:at|on) the ground floor|zero to one|from 0 to 1|0-to-1|0 to 1)\b/i, 1],
  // A company still hiring a co-founder or its founding engineers is at its start.
  [
    "early",
    /\b(?:founding (?:cto|engineer|developer|engineering team)|(?<!\bour )co-?founder (?:&|and) cto|(?<!\bour )cto (?:&|and|\/) ?co-?founder|cto co-?founder|as a co-?founder|co-?founding cto|(?:is|are) a small (?:[\w-]+ ){0,2}(?:company|start-?up|business))\b/i,
    1.5,
  ],
  [
    "early",
    /\b(?:yc [ws]\d{2}|yc[- ](?:backed|funded)|y ?combinator|angel[- ](?:funded|backed|investors?|round)|pre-?series a|(?:just |recently )?raised (?:our |a )?seed)\b/i,
    2,
  ],
  [
    "early",
    /\b(?:(?:company|business|start-?up|we are|we['’]re) (?:is )?(?:\w+ )?(?:bootstrapped|self-funded)|(?:bootstrapped|self-funded) (?:company|business|start-?up)|start-?up accelerator|accelerator program|incubators?|seed investors?|early[- ]stage investors?|first employee|technical co-?founder|(?:raised|secured) (?:\$\s?)?\d{2,3}k\b)/i,
    2,
  ],
  [
    "early",
    /\b(?:early[- ]stage (?:[\w-]+ ){1,2}(?:start-?up|company|venture|business)|young start-?up|we(?:['’]re| are) a small (?:company|start-?up|agency|business)|(?:we(?:['’]re| are) a team|(?:company|start-?up|business|agency) with a staff|a staff) of (?:around |about |roughly |some )?(?:[2-9]|[1-4]\d)\b)/i,
    1.5,
  ],
  [
    "growth",
    /\b(?:raised (?:over |more than |nearly |almost )?\$\s?(?:[2-9]\d|[1-9]\d{2})(?:\.\d+)?\s?(?:m\b|mm\b|million)|mid[- ]stage|hyper-?growth)/i,
    2,
  ],

  ["growth", /\b(?:series [b-f]\b|pre-?ipo|late[- ]stage)/i, 3],
  [
    "growth",
    new RegExp(
      `\\b(?:[5-9]\\d|[1-9]\\d{2})[- ](?:person|people|employee) ${KIND_OF_COMPANY}(?:company|start-?up|scale-?up|business|consultancy|agency|firm|organi[sz]ation)\\b`,
      "i",
    ),
    1,
  ],
  ["growth", /\b(?:growth[- ]stage|growth (?:equity|investor|investment)|unicorn)\b/i, 1.5],
  [
    "enterprise",
    /\b(?:publicly[- ]traded|public company|listed on (?:the )?(?:[A-Z][\w-]* ){0,2}(?:(?:market|board|segment) of (?:the )?)?(?:[A-Z][\w-]* )?(?:stock exchange|nyse|nasdaq|lse|tsx|asx|b3|bovespa|bse|nse|jse|sgx|hkex|euronext|xetra|omx|borsa italiana|bolsa de \w+|bursa malaysia|bursa|tase|tadawul|egx|nzx|bmv|wse|gpw|bist|twse|krx|kospi|kosdaq|idx|pse)\b|(?:nyse|nasdaq|lse|ftse)\b|listed on (?:the )?(?:tse|jpx)\b|ipo['’]?d\b|(?:went|gone) public in (?:19|20)\d\d)/i,
    3,
  ],
  [
    "enterprise",
    /\b(?:(?:a|an|the|are|is|as|among the) (?:global )?fortune #?\d{1,4}(?! (?:companies|customers|clients|enterprises|brands|organi[sz]ations|firms|businesses|accounts|partners|list))|global enterprise|(?<!no )established (?:leader|company|enterprise|market leader)|multinational|(?:\d{1,3},)?\d{1,3},\d{3}\+? (?:employees|people|staff|colaboradores|empleados|funcionários|collaborateurs|salariés|dipendenti|mitarbeiter(?:innen)?)|\d{1,3}k\+? employees|(?:an?|the|are|is|of the|in the) (?:s&p|ftse|dax|cac|nikkei|stoxx|euro stoxx|asx|tsx) ?(?:500|100|250|40|225|50|200)\b(?! (?:companies|customers|clients|firms|brands)))\b/i,
    1,
  ],
  [
    "enterprise",
    /\b(?:(?:more than|over|nearly|almost) (?:[2-9]\d|1\d\d) years ago|history of (?:more than |over )?(?:[2-9]\d|1\d\d) years|(?:[2-9]\d|1\d\d)\+? years of history|(?:offices|employees|associates|colleagues|professionals|people|staff|operations|presence) in (?:more than |over )?(?:[1-9]\d{1,2}|twenty|thirty|forty|fifty|sixty)[\w-]* countries)\b|(?:\$|\b(?:usd|eur|gbp) ?)\d+(?:\.\d+)? ?(?:billion|bn)\b (?:in )?(?:assets|revenue|annual revenue|sales)\b/i,
    2,
  ],
  // Cues added after the ones above (the learned facts model's features are numbered by
  // position): a listing or a company history said in other words, a headcount said as a
  // count of the company's people, and a private valuation of a billion or more.
  [
    "enterprise",
    /\b(?:went public|(?:publicly|stock[- ]exchange)[- ]listed|listed (?:company|on the stock exchange)|completed (?:our|its|an) (?:ipo|initial public offering)|(?:for|over|across) (?:more than |over |nearly |almost )?(?:[2-9]\d|1\d\d)\+? years,? (?:we|the company|our (?:company|firm|business|group|bank|organi[sz]ation))\b|(?:founded|established|incorporated|since) (?:in )?1[89]\d\d\b)/i,
    1,
  ],
  ["early", new RegExp(`${HEADCOUNT}(?:[2-9]|[1-4]\\d)\\b(?![,.]?\\d)${HEADCOUNT_NOUN}`, "i"), 1.5],
  [
    "growth",
    new RegExp(`${HEADCOUNT}(?:[5-9]\\d|[1-9]\\d{2})\\+?(?![,.]?\\d)${HEADCOUNT_NOUN}`, "i"),
    1,
  ],
  [
    "growth",
    /\b(?:unicorns?\b|valu(?:ation|ed) (?:the company |us |it )?(?:of |at |above |over |more than |exceeding )*(?:\$|usd ?|€|£)\s?\d+(?:\.\d+)? ?(?:billion|bn|b)\b)/i,
    1.5,
  ],
  // The wider wordings start here (FIRST_WIDER_CUE): a growth-equity investor named as a backer.
  GROWTH_EQUITY_BACKER,
  // A size the company claims for itself ("we are one of the world's largest insurers", "Acme
  // is Europe's biggest ...", not a customer so described) and revenue in billions said after
  // the word ("revenues of over $2 billion").
  [
    "enterprise",
    /\b(?:(?:we(?:['’]re| are)|is|as) (?:now |today )?(?:one of )?(?:the )?(?:world|globe|nation|country|europe|america|uk|us|industry)['’]s (?:largest|biggest)|(?:we(?:['’]re| are)|is|as) (?:now |today )?(?:one of|among) the (?:(?:\d{1,2}|two|three|four|five|ten|twenty) )?(?:largest|biggest) (?:[\w&-]+ ){0,3}[\w&-]+s (?:in|on|across) |revenues? of (?:over |more than |nearly |almost |about |around )?(?:\$|usd ?|€|£|eur ?|gbp ?)\s?\d+(?:\.\d+)? ?(?:billion|bn)\b)/i,
    1,
  ],
  // A listing said as "<exchange>-listed", or a company owned by a public limited company.
  [
    "enterprise",
    /\b(?:(?:asx|tsx|euronext|xetra|jse|nse|bse|hkex|sgx|omx|nasdaq|nyse|lse|aim|six)[- ]listed|(?:subsidiary|part|member) of (?:the )?(?:[\w&.-]+ ){1,4}plc)\b/i,
    3,
  ],
  // An old institution ("a 150-year-old insurer") and a listing in the past ("since our IPO").
  [
    "enterprise",
    /\b(?:(?:(?:[5-9]\d|[1-9]\d\d)[- ]year[- ]old|centur(?:y|ies)[- ]old) (?:[\w-]+ ){0,2}(?:company|institution|business|firm|bank|insurer|brand|organi[sz]ation|retailer|manufacturer|group|mutual|society|publisher|cooperative|co-op)|(?:since|after|following) (?:our|its|the company['’]s) (?:ipo|initial public offering|listing))\b/i,
    2,
  ],
  // A listing ahead: "as we prepare for an IPO", "on our path to going public", "IPO next year".
  [
    "growth",
    /\b(?:(?:prepar\w*|getting ready|gearing up|on (?:the|our) (?:path|road|way)) (?:for|to(?:wards)?) (?:an |our |the )?(?:ipo|initial public offering|go(?:ing)? public|listing)|ipo (?:next|this) year)\b/i,
    2,
  ],
  // An accelerator or incubator by name or by verb: "graduated from the Techstars accelerator",
  // "incubated at the university", "part of the spring cohort".
  [
    "early",
    /\b(?:techstars|entrepreneur first|seedcamp|500 startups|incubated (?:at|by|in|within)|(?:graduated from|went through|alumni of|part of) (?:the |an? )?(?:[\w-]+ ){0,3}(?:accelerator|incubator|cohort))\b/i,
    2,
  ],
  // "N-person" before a kind of company named by its trade: "a 450-person fintech".
  [
    "early",
    new RegExp(
      `\\b(?:[1-4]?\\d)[- ](?:person|people|employee) (?:[\\w&-]+ (?:(?:and|&) [\\w&-]+ )?)?(?:${TRADE})\\b`,
      "i",
    ),
    1.5,
  ],
  [
    "growth",
    new RegExp(
      `\\b(?:[5-9]\\d|[1-9]\\d{2})[- ](?:person|people|employee) (?:[\\w-]+ )?(?:scale-?up|${TRADE})\\b`,
      "i",
    ),
    1,
  ],
  // A headcount in the thousands before its noun: "a 4,000-person hospital network".
  [
    "enterprise",
    new RegExp(
      `\\b(?:\\d{1,3},\\d{3}|[1-9]\\d{3,})[- ](?:person|people|employee|strong) (?:[\\w-]+ ){0,2}(?:company|organi[sz]ation|network|group|business|institution|employer|workforce|system|bank|insurer|university|hospital|council|department|${TRADE})\\b`,
      "i",
    ),
    1,
  ],
  // A round in the words of Spanish, Portuguese, French and German postings: "una ronda Serie
  // A", "rodada Série B", "levée de fonds en série A" ("Serie A" alone is a football league).
  [
    "early",
    /\b(?:(?:ronda|rodada|levée de fonds|tour de table)\b[^.;]{0,30}\b(?:s[ée]rie a|semilla|semente|pre-?seed|seed|d['’]amorçage)|finanzierungsrunde\b[^.;]{0,20}\b(?:seed|series a))\b/i,
    2,
  ],
  ["growth", /\b(?:ronda|rodada|levée de fonds|tour de table)\b[^.;]{0,30}\bs[ée]rie [b-f]\b/i, 2],
  // A listing on an exchange outside the first list, by its short name or said as "listed on
  // the Saudi Exchange": "a KOSPI-listed retailer", "listed on the Saudi Exchange (Tadawul)";
  // in Spanish, Portuguese, French, German and Polish words: "cotiza en bolsa", "cotée en
  // bourse", "börsennotiert", "notowana na GPW". Also a government agency ("we are a government
  // agency") and a thousand or more staff counted in those languages ("más de 2.000 empleados").
  [
    "enterprise",
    /\b(?:(?:kospi|kosdaq|tadawul|twse|tase|bist|wse|gpw|moex|nzx|sse|szse|bmv|idx|psx|dse|ngx|nse|bursa|hose|set|pse|egx|qse|adx|dfm|bvl|bvc|bcs|byma)[- ]listed|listed on (?:the )?(?:[\w-]+ ){1,3}(?:stock )?exchange\b|listed on (?:the )?(?:[\w-]+ ){0,2}(?:børs|bors|börse|borse|bourse)(?![\w-])|cotiza(?:da|mos)? en (?:la )?bolsa|cotad[ao] (?:em|na) bolsa|cot[ée]e? en bourse|b[öo]rsennotiert|notowan[aey] na (?:gpw|giełdzie)|listed on (?:the )?(?:kospi|kosdaq|tadawul|twse|tase|bist|wse|gpw|moex|nzx|bmv|idx|psx|ngx|bursa malaysia|hose|egx|qse|adx|dfm)\b|(?:we(?:['’]re| are)|is|as|join|joining|(?:search|searching|hiring|recruiting|find|looking)\b[^.;]{0,60}\bfor) (?:a|an|the) (?:[\w-]+ )?(?:government|public|public[- ]sector|federal|state|national|municipal|city|regional) (?:agency|ministry|department|authority|body|institution|entity)\b|\binto the public service\b|(?<=^\W{0,3})public establishment\b|\bcreated by (?:law|statute|decree)\b|(?<=\()(?:a\s+)?(?:government|public[- ]sector|federal|state|national|municipal) (?:agency|ministry|department|authority|body|institution)(?=\s*\))|(?:más de|mais de|plus de|über|mehr als) (?:\d{1,3}[.,\s]\d{3}|\d{4,}) (?:empleados|colaboradores|funcionários|salariés|collaborateurs|mitarbeiter(?:innen|n)?|beschäftigte)\b)/i,
    3,
  ],
];

/**
 * The index in {@link STAGE_CUES} of the first of the wider wordings: the cues before it are
 * what the archetype model was fitted on (`extractStage(segments, false)`).
 */
const FIRST_WIDER_CUE = STAGE_CUES.indexOf(GROWTH_EQUITY_BACKER);

/**
 * For each of {@link STAGE_CUES}, in the same order, words one of which every match of its
 * pattern holds, in any case: "pre-seed" and "Series A funded" hold "seed" or "series a". A
 * cue is tested only against the sentences that hold one of its own words
 * ({@link stageCuesHeld}), so a wording its pattern reads without them is never read: three
 * sentences in four hold no word of any cue ({@link STAGE_GATE}), and the others those of three
 * cues in 28 on average (corpus postings). facts.test.ts checks each list against its pattern on
 * every sentence of ../shared; when a pattern changes, so must its words.
 */
export const STAGE_CUE_WORDS: readonly (readonly string[])[] = [
  ["seed", "series a"],
  ["people", "employee", "staff", "person"],
  ["early", "revenue", "stealth", "founded", "venture", "hire"],
  ["ground floor", "zero to one", "0 to 1", "0-to-1"],
  ["founding", "founder", "small"],
  ["yc ", "yc-", "combinator", "angel", "series a", "seed"],
  [
    "bootstrapped",
    "self-funded",
    "accelerator",
    "incubator",
    "seed",
    "investor",
    "first employee",
    "founder",
    "raised",
    "secured",
  ],
  ["early", "young", "small", "team of", "staff of"],
  ["raised", "mid", "hyper"],
  ["series", "ipo", "late"],
  ["person", "people", "employee"],
  ["growth", "unicorn"],
  // "ipo": "Acme IPO'd in 2019".
  ["public", "listed", "nyse", "nasdaq", "lse", "ftse", "ipo"],
  [
    "fortune",
    "enterprise",
    "established",
    "multinational",
    "employees",
    "people",
    "staff",
    "colaboradores",
    "empleados",
    "funcionários",
    "collaborateurs",
    "salariés",
    "dipendenti",
    "mitarbeiter",
    "s&p",
    "ftse",
    "dax",
    "cac",
    "nikkei",
    "stoxx",
    "asx",
    "tsx",
  ],
  ["years", "countries", "billion", "bn"],
  ["public", "listed", "ipo", "years", "founded", "established", "incorporated", "since"],
  HEADCOUNT_WORDS,
  HEADCOUNT_WORDS,
  ["unicorn", "valu"],
  // The growth-equity backer (the first of the wider wordings).
  ["back", "fund", "invest", "round", "raised", "led by", "portfolio", "supported by"],
  ["largest", "biggest", "billion", "bn"],
  ["listed", "plc"],
  ["year-old", "year old", "centur", "ipo", "initial public", "listing"],
  ["ipo", "initial public", "public", "listing"],
  [
    "techstars",
    "entrepreneur first",
    "seedcamp",
    "500 startups",
    "incubat",
    "accelerator",
    "cohort",
  ],
  ["person", "people", "employee"],
  ["person", "people", "employee"],
  ["person", "people", "employee", "strong"],
  ["ronda", "rodada", "levée", "tour de table", "finanzierungsrunde"],
  ["ronda", "rodada", "levée", "tour de table"],
  [
    "listed",
    "bolsa",
    "bourse",
    "börsennotiert",
    "borsennotiert",
    "notowan",
    "agency",
    "ministry",
    "department",
    "authority",
    "body",
    "institution",
    "entity",
    "establishment",
    "created by",
    "empleados",
    "colaboradores",
    "funcionários",
    "salariés",
    "collaborateurs",
    "mitarbeiter",
    "beschäftigte",
  ],
];

/**
 * Any word of {@link STAGE_CUE_WORDS}, case-insensitive as the cues are (without the `u` flag,
 * so a letter matches exactly what it matches in them).
 */
export const STAGE_GATE = new RegExp(
  [...new Set(STAGE_CUE_WORDS.flat())]
    .map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&"))
    .join("|"),
  "i",
);

/** {@link STAGE_GATE} for every position a word starts at (see {@link stageCuesHeld}). */
const STAGE_GATE_ALL = new RegExp(STAGE_GATE.source, "gi");

/**
 * Per word of {@link STAGE_CUE_WORDS}, the words that may start where it starts (one of the two
 * a prefix of the other: "series" and "series a", "incubat" and "incubator", itself among
 * them), each with the cues that hold it as a bit mask (bit j: `STAGE_CUES[j]`).
 */
const STAGE_WORDS_AT: ReadonlyMap<string, readonly [string, number][]> = (() => {
  if (STAGE_CUE_WORDS.length > 31) throw new Error("stage cues: more than a bit mask holds");
  const cues = new Map<string, number>();
  STAGE_CUE_WORDS.forEach((words, j) => {
    for (const w of words) cues.set(w, (cues.get(w) ?? 0) | (1 << j));
  });
  const at = new Map<string, [string, number][]>();
  for (const w of cues.keys())
    at.set(
      w,
      [...cues].filter(([v]) => v.startsWith(w) || w.startsWith(v)),
    );
  return at;
})();

/** Every cue of {@link STAGE_CUES}, as a mask of {@link stageCuesHeld}. */
const ALL_STAGE_CUES = (1 << STAGE_CUE_WORDS.length) - 1;

/**
 * The cues of {@link STAGE_CUES} whose words ({@link STAGE_CUE_WORDS}) `text` holds, as a bit
 * mask (bit j: `STAGE_CUES[j]`; 0: {@link STAGE_GATE} does not match). One pass over the text
 * finds every position one of the words starts at (where a test per cue cost about as much as
 * the cues themselves).
 */
function stageCuesHeld(text: string): number {
  let mask = 0;
  STAGE_GATE_ALL.lastIndex = 0;
  for (let m = STAGE_GATE_ALL.exec(text); m !== null; m = STAGE_GATE_ALL.exec(text)) {
    // The alternation gives one word per position; a longer one may start there too.
    const word = m[0].toLowerCase();
    const near = STAGE_WORDS_AT.get(word);
    // (Never: the gate matches its words' letters in ASCII, which lowercase to the word.)
    if (near === undefined) return ALL_STAGE_CUES;
    for (const [w, cues] of near)
      if (w.length <= word.length || text.slice(m.index, m.index + w.length).toLowerCase() === w)
        mask |= cues;
    STAGE_GATE_ALL.lastIndex = m.index + 1;
  }
  return mask;
}

/** The scale of an amount's unit word, in millions. */
const MILLIONS: Record<string, number> = {
  k: 0.001,
  thousand: 0.001,
  m: 1,
  mm: 1,
  mn: 1,
  million: 1,
  b: 1000,
  bn: 1000,
  billion: 1000,
};
const AMOUNT =
  "(?:\\$|usd ?|us\\$|€|£|eur ?|gbp ?)\\s?(\\d{1,3}(?:[.,]\\d{1,3})?)\\s?(k|thousand|mm|mn|m|million|bn|b|billion)\\b";
/**
 * Money raised: "raised a $40M Series B", "backed by $12 million from ...", "$25M in venture
 * funding", "closed a $6m round". The amount's figure and unit are captures 1-2 or 3-4.
 */
const RAISED = new RegExp(
  `\\b(?:raised|raising|secured|closed|received|landed|announced|attracted|backed by|funded (?:with|to the tune of)|total funding of|funding of|financing of|investment of|round of) (?:over |more than |nearly |almost |about |around |approximately |a total of |an? |another |our |its )?(?:(?:seed|series [a-h]|growth|funding|venture|investment) )?${AMOUNT}|${AMOUNT} (?:(?:[\\w-]+ ){0,2}(?:funding|financing|investment|round|raise|series [a-h]|seed)|(?:in|of) (?:total |venture |new |fresh )?(?:funding|financing|capital|investment|venture capital|vc (?:funding|money)))\\b`,
  "i",
);

/** The company's people, as postings count them. */
const PEOPLE_NOUN =
  "(?:full[- ]time )?(?:employees|staff|team members|teammates|colleagues|associates|professionals|people|humans|folks|ftes?|civil servants|public servants|personnel)";
/** A figure ("1,200", "2.5k", "300+"), not a part of a range or a larger figure. */
const HEAD_FIGURE =
  "(?<![\\d.,]|\\d\\s?[-–]\\s?)(\\d{1,3}(?:,\\d{3})+|\\d{1,6}|\\d{1,3}(?:\\.\\d)?k)(?![\\d.,]?\\d|\\s?[-–]\\s?\\d)\\+?";
const ABOUT =
  "(?:over |more than |nearly |almost |about |around |approximately |roughly |some |~)?";
/**
 * A count of the company's people in the wordings postings use: "we employ about 120 people",
 * "the company has grown to 300 employees", "we've grown to 150 people", "a family business with
 * 900 staff", "a startup in Makati (about 40 people in total)", "join our global team of 200+
 * professionals", "a 300-strong company", "there are over 600 Acmers" (a demonym: a capitalised
 * plural that is no common noun), "we are about 900 engineers". The figure is the one capture
 * that matched other than the demonym's (capture 7, {@link DEMONYM}). (A bare "500 employees"
 * without such a verb or frame read one more of corpus half A's stages and invented one on half
 * B: left out.)
 */
const COMPANY_HEADCOUNT = new RegExp(
  [
    `\\b(?:we(?:['’]re| are| have| employ| number)|(?:the company|it) (?:has|employs)|(?:['’]ve|has|have) grown to|employs|employing) ${ABOUT}${HEAD_FIGURE} ${PEOPLE_NOUN}\\b`,
    `\\b(?:company|business|start-?up|firm|organi[sz]ation) with ${ABOUT}${HEAD_FIGURE} ${PEOPLE_NOUN}\\b`,
    `\\b(?:(?:our|we(?:['’]re| are) an?|join (?:our|an?|the)|(?:with|of) an?) (?:[\\w-]+ ){0,2}(?:team|company|family|community|workforce|organi[sz]ation|crew|group|department|agency|institution|business|firm) of|(?:company|business|start-?up|organi[sz]ation|workforce) of) ${ABOUT}${HEAD_FIGURE}(?= ?(?:${PEOPLE_NOUN}|(?:across|in|around|spread|based|working|located|from|distributed|worldwide|globally)\\b))`,
    `\\b${HEAD_FIGURE}[- ](?:strong|person|people|employee) (?:company|business|start-?up|organi[sz]ation|workforce|family)`,
    // A company that is its engineers: "we are about 900 engineers today" (a software services
    // firm); "we have 40 engineers" counts a function, not the company.
    `\\bwe(?:['’]re| are) ${ABOUT}${HEAD_FIGURE} (?:engineers|developers)\\b`,
    `\\b(?:we(?:['’]re| are)|there are|join|with|of) ${ABOUT}${HEAD_FIGURE} ([A-Z][a-z]+(?:ers|ians|ites|sters|nauts|lings|ies|ans))\\b`,
    // After the demonym: the company named as the subject ("Acme has 20 employees", "Acme is a
    // team of 12 building ..."), "With 4,000 colleagues ..." opening a sentence, a grown
    // headcount said with words between ("has grown steadily to 120 employees", "grown from 10
    // people to 250"), and a headcount field.
    `\\b(?!(?:team|department|group|org|organi[sz]ation|squad|function|unit|division|office|client|customer|user|partner|each|every)s?\\b)[a-z][\\w&.'’-]* (?:has|employs|counts) ${ABOUT}${HEAD_FIGURE} ${PEOPLE_NOUN}\\b`,
    `^with ${ABOUT}${HEAD_FIGURE} ${PEOPLE_NOUN}\\b`,
    `\\b(?:is|are|we['’]re) an? (?:[\\w-]+ ){0,2}(?:team|company|crew|scale-?up|firm|[a-z]+tech|insurer|bank|retailer|marketplace|consultancy) of ${ABOUT}${HEAD_FIGURE}(?= ?(?:${PEOPLE_NOUN}\\b|[a-z]+ing\\b))`,
    `\\bgrown (?:[\\w-]+ ){0,6}?to ${ABOUT}${HEAD_FIGURE} ${PEOPLE_NOUN}\\b`,
    `\\bgrown from ${ABOUT}\\d[\\d,]* ${PEOPLE_NOUN} to ${ABOUT}${HEAD_FIGURE}`,
    `\\b(?:company size|company headcount|number of employees|employees)\\s*:\\s*${ABOUT}${HEAD_FIGURE}`,
    // Said beside the company in brackets or after a comma: "a healthtech startup in Makati
    // (about 40 people in total)", "a family logistics business in Penang, about 600 staff".
    `\\b(?:company|business|start-?up|scale-?up|firm|organi[sz]ation|agency|[a-z]+tech|insurer|marketplace|consultancy)\\b[^.;()]{0,40}?[(,]\\s*${ABOUT}${HEAD_FIGURE} ${PEOPLE_NOUN}\\b`,
  ].join("|"),
);
const COMPANY_HEADCOUNT_ALL = new RegExp(COMPANY_HEADCOUNT.source, "gi");
/** The capture of {@link COMPANY_HEADCOUNT} that holds a demonym ("600 Acmers"), not a figure. */
const DEMONYM = 7;
const RAISED_ALL = new RegExp(RAISED.source, "gi");
/** Plurals that are no company's demonym ("500 Engineers", "40 Countries"). */
const COMMON_PLURAL =
  /^(?:engineers|developers|customers|users|members|partners|leaders|designers|managers|researchers|officers|workers|players|teachers|readers|writers|buyers|sellers|providers|suppliers|carriers|drivers|riders|owners|makers|creators|publishers|retailers|brokers|advisers|advisors|subscribers|followers|listeners|viewers|shoppers|travel+ers|farmers|lawyers|physicians|clinicians|technicians|americans|canadians|europeans|australians|indians|asians|africans|countries|companies|cities|communities|universities|agencies|industries|families|libraries|categories|studies|technologies|strategies|policies|opportunities|activities|properties|deliveries|entries|stories|volunteers|banks|careers|centers|others|offers|orders|computers|servers|containers|answers|numbers|hours|years|dollars|bytes)$/i;
/** Team words that make a count the engineering team's (its size alone states no stage). */
const FUNCTION_TEAM_BEFORE =
  /\b(?:engineering|tech|technology|technical|development|dev|product|data|software|platform|it|design|r&d|sales|marketing|support|security|infrastructure|mobile|backend|frontend|qa|analytics|research|ml|ai)\s+(?:(?:team|org|organi[sz]ation|department|group|function)\s+)?(?:of\s+)?(?:over |more than |nearly |almost |about |around |approximately |some |~)?$/i;

/** A word every headcount frame holds (its people noun, or the team or company counted). */
const PEOPLE_HINT =
  /employ|staff|people|colleague|associate|professional|member|human|folk|fte|servant|personnel|team|compan|crew/i;
/** A count in words, or in thousands, that {@link withFigures} writes as a figure. */
const HEAD_WORDS = new RegExp(`\\b(?:${NUMBER_WORD})\\b|\\bthousand\\b`, "i");
const HEAD_WORDS_ALL = new RegExp(
  `\\b(?:(\\d{1,3})|(${NUMBER_WORD}))(?:[ -](hundred|thousand))?\\b(?![ -](?:hundred|thousand))`,
  "gi",
);

/**
 * `text` with its counts in words as figures, so that a headcount reads the same in either:
 * "twelve thousand colleagues" as "12000 colleagues", "12 thousand people" as "12000 people",
 * "we are eight people" as "we are 8 people", "a dozen people" as "12 people". "One" is left
 * ("one of the largest ...").
 */
function withFigures(text: string): string {
  return text.replace(HEAD_WORDS_ALL, (all, digits?: string, word?: string, scale?: string) => {
    if (word !== undefined && word.toLowerCase() === "one" && scale === undefined) return all;
    if (digits !== undefined && scale === undefined) return all;
    const n =
      digits !== undefined ? Number(digits) : (NUMBER_WORDS[word?.toLowerCase() ?? ""] ?? 0);
    const times = scale === undefined ? 1 : scale.toLowerCase() === "hundred" ? 100 : 1000;
    return n > 0 ? String(n * times) : all;
  });
}

/** A function's team as the subject of the count: "our engineering team has grown to 40 people". */
const FUNCTION_TEAM_SUBJECT =
  /\b(?:engineering|tech|technology|development|product|data|software|platform|design|r&d|sales|marketing|support|security|infrastructure) (?:team|org|organi[sz]ation|department|group|function)\b[^.;]*$/i;

/** A figure such as "1,200", "2.5k" or "300" as a number of people. */
function headFigure(word: string): number {
  const w = word.toLowerCase().replace(/,/g, "");
  return w.endsWith("k") ? Number(w.slice(0, -1)) * 1000 : Number(w);
}

/**
 * The company's own headcount a sentence states ({@link COMPANY_HEADCOUNT}), the largest when
 * it states several; null when it states none. Counts of an engineering or other function's
 * team are left alone (data/README.md: the engineering team's size alone states no stage), and
 * so are counts of customers' people ("used by 50,000 employees").
 */
export function companyHeadcount(said: string): number | null {
  // Counts in words are looked for only where people are named (few sentences).
  const text = PEOPLE_HINT.test(said) && HEAD_WORDS.test(said) ? withFigures(said) : said;
  if (!/\d/.test(text)) return null;
  let best: number | null = null;
  for (const m of allMatches(COMPANY_HEADCOUNT_ALL, text)) {
    // Each alternative captures its figure; the demonym's name (capture 7) is no figure.
    const figure = m.find((g, i) => i > 0 && i !== DEMONYM && g !== undefined);
    if (figure === undefined) continue;
    const demonym = m[DEMONYM];
    if (demonym !== undefined && (COMMON_PLURAL.test(demonym) || !/^[A-Z]/.test(demonym))) continue;
    const at = m.index + m[0].indexOf(figure);
    const before = text.slice(Math.max(0, at - 50), at);
    if (FUNCTION_TEAM_BEFORE.test(before) || FUNCTION_TEAM_SUBJECT.test(before)) continue;
    // Customers' or users' people: "we serve 300 companies and their 40,000 employees".
    if (
      /\b(?:customers|clients|companies|businesses|organi[sz]ations|employers|brands|users|their|for|serv\w*|help\w*|support\w*|reach\w*|impact\w*|empower\w*)\s+(?:\w+\s+){0,2}$/i.test(
        before,
      )
    )
      continue;
    const n = headFigure(figure);
    if (Number.isFinite(n) && n >= 2 && n <= 3_000_000 && (best === null || n > best)) best = n;
  }
  return best;
}

/** The money a sentence says the company raised, in millions; the largest; null when none. */
export function raisedMillions(text: string): number | null {
  if (!/\d/.test(text)) return null;
  let best: number | null = null;
  for (const m of allMatches(RAISED_ALL, text)) {
    const figure = m[1] ?? m[3];
    const unit = m[2] ?? m[4];
    if (figure === undefined || unit === undefined) continue;
    const n = Number(figure.replace(",", ".")) * (MILLIONS[unit.toLowerCase()] ?? Number.NaN);
    if (Number.isFinite(n) && n > 0 && (best === null || n > best)) best = n;
  }
  return best;
}

/**
 * The stage votes one sentence casts: its {@link STAGE_CUES} outside a negation's scope ("we
 * are not publicly traded" casts none), the company's headcount (under 50 early, under 1,000
 * growth, more enterprise) and money raised (under $20M early, more growth).
 *
 * @returns the votes per stage, read once per segment and shared: not to be changed
 */
export function stageVotes(
  seg: Pick<ClassifiedSegment, "text" | "words">,
): Readonly<Record<Stage, number>> {
  return sentenceStageVotes(seg).wide;
}

/**
 * A sentence's votes in both readings of {@link extractStageReadings}: `wide`, its
 * {@link stageVotes}; `narrow`, the weights of the cues before the wider wordings that match
 * anywhere in it, negated or not. Read once per segment (one test of each cue serves both) and
 * shared: not to be changed.
 */
function sentenceStageVotes(seg: Pick<ClassifiedSegment, "text" | "words">): SentenceStageVotes {
  let votes = STAGE_VOTES.get(seg);
  if (votes === undefined) {
    votes = castStageVotes(seg);
    STAGE_VOTES.set(seg, votes);
  }
  return votes;
}

interface SentenceStageVotes {
  wide: Record<Stage, number>;
  narrow: Record<Stage, number>;
}

/** The votes of a sentence that casts none, shared by all such sentences. */
const NO_STAGE_VOTES: SentenceStageVotes = Object.freeze({
  wide: Object.freeze({ early: 0, growth: 0, enterprise: 0 }),
  narrow: Object.freeze({ early: 0, growth: 0, enterprise: 0 }),
});

/** Per segment, its {@link sentenceStageVotes} (the stage fact, its quote and features). */
const STAGE_VOTES = new WeakMap<Pick<ClassifiedSegment, "words">, SentenceStageVotes>();

/**
 * A sentence about the companies the company serves ("we help startups from seed to Series B",
 * "our clients range from seed-stage startups to Series C scale-ups", "customers with 10,000
 * employees", "thousands of companies, from two-person startups to global banks, use us"): their
 * stage, not its own.
 */
const CUSTOMERS_STAGE =
  /\b(?:customers|clients)\b[^.;]{0,30}\b(?:range|ranging|include|including|from|like|such as|with|are)\b|\bfrom\s+(?:[\w-]+\s+){0,3}(?:startups|start-ups|scale-?ups|companies|businesses|smbs|teams)\s+to\b|\b(?:built and sold|sold|exited) (?:[\w-]+\s+){0,4}to\b|\b(?:help|helps|helping|serve|serves|serving|built (?:tools|software|products|apps) for|(?:tools|services|software|products?|platform|solutions|apps?) for|(?:sells?|selling) to)\s+(?:[\w-]+\s+){0,4}(?:startups|companies|businesses|founders|enterprises|organi[sz]ations|teams|customers|clients|banks|insurers|firms)\b/i;
/** The company's own stage said beside its customers': "we raised", "we're a Series B ...". */
const OWN_STAGE =
  /\b(?:we|our company|the company)\b(?:['’]re| are| is| have| has|['’]ve)?\s+(?:just\s+|recently\s+)?(?:raised|closed|a|an|publicly|listed|backed|funded|bootstrapped)\b/i;

function castStageVotes(seg: Pick<ClassifiedSegment, "text" | "words">): SentenceStageVotes {
  // A cue is tried only on a sentence holding one of its words (STAGE_CUE_WORDS); a sentence
  // without a word any cue needs matches none (STAGE_GATE).
  const held = stageCuesHeld(seg.text);
  // A figure the cues below may have read already ("raised $30M") counts once.
  const counted = companyHeadcount(seg.text);
  const said = raisedMillions(seg.text);
  // Most sentences hold no cue, no headcount and no money raised: the shared empty votes.
  if (held === 0 && counted === null && said === null) return NO_STAGE_VOTES;
  const votes: Record<Stage, number> = { early: 0, growth: 0, enterprise: 0 };
  const narrow: Record<Stage, number> = { early: 0, growth: 0, enterprise: 0 };
  // What is said after the customers are named is theirs (unless the company speaks of itself);
  // read only for a sentence that states a stage at all (one in four).
  // Their clause only: "... software for small law firms; we are 70 people, Series B" speaks of
  // the company again after the semicolon.
  let customers: [number, number] | undefined;
  const theirs = () => {
    if (customers) return customers;
    // "We are a venture-backed company serving 900 customers, from two-person startups to
    // banks": the company speaks of itself before its customers, whose clause stays theirs; a
    // statement of its own inside or after that clause ("..., and we are a Series B company")
    // takes the sentence back.
    let at = CUSTOMERS_STAGE.exec(seg.text)?.index ?? -1;
    const own = OWN_STAGE.exec(seg.text);
    if (own && own.index >= at) at = -1;
    const end = at < 0 ? -1 : seg.text.indexOf(";", at);
    customers = [at, end < 0 ? seg.text.length : end];
    return customers;
  };
  const customersAt = () => theirs()[0];
  /** `seg.text` without the customers' clause. */
  const ours = () => {
    const [at, end] = theirs();
    return at < 0 ? seg.text : `${seg.text.slice(0, at)} ${seg.text.slice(end)}`;
  };
  if (held !== 0) {
    for (let j = 0; j < STAGE_CUES.length; j++) {
      if ((held & (1 << j)) === 0) continue;
      const [stage, re, weight] = STAGE_CUES[j] as (typeof STAGE_CUES)[number];
      const m = re.exec(seg.text);
      if (!m || (customersAt() >= 0 && m.index > customersAt() && m.index < theirs()[1])) continue;
      // "We still move like a seed-stage team": a likeness, not the stage.
      if (LIKENESS.test(seg.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (j < FIRST_WIDER_CUE) narrow[stage] += weight;
      if (!saysUnnegated(seg, re)) continue;
      // The cues appended for other wordings often read a statement a cue above read already:
      // it counts once.
      votes[stage] = j < FIRST_WIDER_CUE ? votes[stage] + weight : Math.max(votes[stage], weight);
    }
  }
  // Only what is said outside the customers' clause ("... has grown to 120 employees,
  // building tools for trades businesses").
  const heads = counted !== null && customersAt() >= 0 ? companyHeadcount(ours()) : counted;
  // "About 50 people" sits on the taxonomy's line between early and growth: it decides nothing
  // ("We're 40 people" is early: blind-written postings of session 25).
  if (heads !== null && (heads < 45 || heads >= 56)) {
    const stage = heads < 50 ? "early" : heads < 1000 ? "growth" : "enterprise";
    // "Bootstrapped, and grown to about 300 staff": never raising money says nothing of size; a
    // private company's headcount above 50 reads as growth (data/README.md).
    if (stage !== "early" && BOOTSTRAPPED.test(seg.text)) votes.early = 0;
    votes[stage] = Math.max(votes[stage], stage === "early" ? 1.5 : 1);
  }
  const raised = said !== null && customersAt() >= 0 ? raisedMillions(ours()) : said;
  if (raised !== null) {
    const stage = raised < 20 ? "early" : "growth";
    votes[stage] = Math.max(votes[stage], raised < 20 ? 1.5 : 2);
  }
  return { wide: votes, narrow };
}

/** A company that never raised money. */
const BOOTSTRAPPED =
  /\b(?:bootstrapped|self-funded|never (?:taken|raised) (?:outside |external )?(?:investment|money|funding))\b/i;

/** Before a stage word, a likeness: "like a seed-stage team", "as if we were a startup". */
const LIKENESS = /\b(?:like|as if we were|as though we were|feel of)\s+(?:an?\s+)?$/i;

/** A sentence that speaks of the company ("we", "our", "the company") and not of the candidate. */
function COMPANY_NOT_CANDIDATE(text: string): boolean {
  return (
    /\b(?:we|our|the (?:company|client|group|firm|business|organi[sz]ation|bank|agency|authority))\b/i.test(
      text,
    ) &&
    !/\b(?:you|your|candidates?|experience|degree|background|track record|proven)\b/i.test(text)
  );
}

/**
 * Company stage (taxonomy: early = pre-seed to Series A or under ~50 people; growth = Series B
 * to pre-IPO; enterprise = public or large established), from explicit statements outside the
 * requirements; funding rounds and headcounts outweigh descriptive phrases.
 *
 * @param wide false: the cues of {@link STAGE_CUES} before the wider wordings were added, read
 *   without negation scopes and without {@link stageVotes}' headcounts and money raised (what the
 *   archetype model was fitted on: see extractHandsOnReadings)
 */
export function extractStage(segments: readonly ClassifiedSegment[], wide = true): Stage | null {
  const { wide: w, narrow } = extractStageReadings(segments);
  return wide ? w : narrow;
}

/**
 * {@link extractStage}'s wide and narrow readings (`wide` and `narrow`), read in one pass over
 * the sentences.
 */
export function extractStageReadings(segments: readonly ClassifiedSegment[]): {
  wide: Stage | null;
  narrow: Stage | null;
} {
  const votes: Record<Stage, number> = { early: 0, growth: 0, enterprise: 0 };
  const narrow: Record<Stage, number> = { early: 0, growth: 0, enterprise: 0 };
  // The sentences that say something of the company's stage or founding (few).
  const company: string[] = [];
  for (const seg of segments) {
    // "For more than 20 years, we have ..." reads like a requirement by its years; a sentence
    // about the company that asks nothing of the candidate is not one.
    if (seg.requirementShaped && !COMPANY_NOT_CANDIDATE(seg.text)) continue;
    // A requirements section often runs on into the perks ("pre-IPO stock options") when the
    // posting has no heading for them; what candidates must have is not the company's stage.
    if (
      seg.section === "requirements" &&
      /\b(?:you|your|experience|background|worked)\b/i.test(seg.text)
    )
      continue;
    const said = sentenceStageVotes(seg);
    for (const stage of STAGES) {
      votes[stage] += said.wide[stage];
      narrow[stage] += said.narrow[stage];
    }
    if (said !== NO_STAGE_VOTES || FOUNDED_YEAR.test(seg.text)) company.push(seg.text);
  }
  const wide = leadingStage(votes);
  return {
    wide: wide === "growth" && longEstablished(company) ? "enterprise" : wide,
    narrow: leadingStage(narrow),
  };
}

/** "Founded in 2006", "established in 2004", "since 1998": the company's founding year. */
export const FOUNDED_YEAR =
  /\b(?:founded|established|created|incorporated|in business since|since)\s+(?:in\s+)?((?:19|20)\d\d)\b/i;
/** A {@link HEADCOUNT} with its figure (capture 1), "with about 650 employees". */
const HEADCOUNT_FIGURE = new RegExp(`${HEADCOUNT}(\\d{1,6})\\+?(?![,.]?\\d)${HEADCOUNT_NOUN}`, "i");
/** A company's age said in years: "for over 35 years", "for more than 20 years". */
export const YEARS_IN_BUSINESS =
  /\bfor (?:more than |over |nearly |almost |some )?([1-9]\d|1\d\d) years\b/i;
/**
 * A company's age said in decades or generations: "for almost six decades", "a third-generation,
 * family-owned group" (a generation counted as 25 years).
 */
export const DECADES_IN_BUSINESS =
  /\b(?:for )?(?:more than |over |nearly |almost |some )?(two|three|four|five|six|seven|eight|nine|ten) decades\b|\b(second|third|fourth|fifth)[- ]generation\b/i;
const GENERATIONS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5 };
/** A funding round or money raised: a company still on the venture path, whatever its age. */
const VENTURE = /\b(?:series [a-h]\b|raised|funding|venture|vc[- ]backed|pre-ipo|investors?)\b/i;

/**
 * A private company of a few hundred people founded long ago ("a software services company
 * founded in 2006, with about 650 employees", "the Agency was established in 2004 and employs
 * more than 900 staff"): large and established, the taxonomy's enterprise, not a scale-up. Read
 * when the sentences that speak of the company name a founding year at least 15 years before
 * the latest year the posting names (2024 when it names none later), a headcount of 300 or
 * more, and no funding. Of the labelled postings naming a founding year before 2013, 37 are
 * labelled enterprise and 3 growth; of the 905 labelled postings this reads 5 as enterprise,
 * all so labelled, and none of those 3 (with set 17's postings, 7 of 985, all so labelled).
 */
function longEstablished(company: readonly string[]): boolean {
  let founded: number | null = null;
  let age = 0;
  let latest = 2024;
  let heads = 0;
  for (const text of company) {
    if (VENTURE.test(text)) return false;
    const year = FOUNDED_YEAR.exec(text)?.[1];
    if (year !== undefined) founded = Math.min(founded ?? 9999, Number(year));
    for (const m of text.matchAll(/\b(?:19|20)\d\d\b/g)) latest = Math.max(latest, Number(m[0]));
    // "has been supplying the mines for over 35 years": its age said in years.
    const years = YEARS_IN_BUSINESS.exec(text)?.[1];
    if (years !== undefined) age = Math.max(age, Number(years));
    const said = DECADES_IN_BUSINESS.exec(text);
    const decades = toNumber(said?.[1]);
    const generations = GENERATIONS[said?.[2]?.toLowerCase() ?? ""];
    if (decades !== undefined) age = Math.max(age, decades * 10);
    if (generations !== undefined) age = Math.max(age, generations * 25);
    heads = Math.max(
      heads,
      companyHeadcount(text) ?? 0,
      Number(HEADCOUNT_FIGURE.exec(text)?.[1] ?? 0),
    );
  }
  if (founded !== null) age = Math.max(age, latest - founded);
  return age >= 15 && heads >= 300;
}

/** The stage with the most votes (the first of {@link STAGES} on a tie); null when none has any. */
function leadingStage(votes: Readonly<Record<Stage, number>>): Stage | null {
  let best: Stage | null = null;
  let n = 0;
  for (const stage of STAGES) {
    if (votes[stage] > n) [best, n] = [stage, votes[stage]];
  }
  return best;
}

export const HANDS_ON_REQUIRED =
  /\b(?:(?:main|primary|core|active|principal) (?:code )?contributor (?:on|to|for) (?:the |our )?(?:[\w./+#-]+ ){0,3}(?:services?|codebase|code ?base|code|platform|product|apps?|systems?|backend|back-end|frontend|front-end|apis?|stack)\b|(?:this|the) (?:role|position|job) is (?:very |highly |deeply |primarily |heavily )?hands[- ]on|(?:this|it) is an? (?:very |highly |deeply )?hands[- ]on\b[^.;]{0,40}\b(?:role|position|job)|you['’](?:ll|d) (?:also )?(?:write|be writing|ship|build and ship|contribute|write and (?:commit|ship|review)) (?:production |the |our )?code|you will (?:also )?(?:write|contribute) (?:production )?code|requires? (?:deep |strong |significant |daily )?hands[- ]on|hands[- ]on (?:coding|engineering|development) (?:is )?(?:required|expected|essential)|individual contributor (?:role|position)|(?:expect|expected) (?:you )?to (?:write code|code)|write (?:production )?code\b[^.;]{0,40}\b(?:daily|every day|most (?:days|weeks)|yourself)|(?:you['’]ll|you will)\b(?:(?!\bnot\b|\bnever\b)[^.;]){0,80}\b(?:write|contribute)(?: and (?:commit|ship|review))? (?:production )?code|majority of (?:your|the) time (?:coding|writing code|building)|(?:most|much|half|the bulk) of your (?:days?|time|weeks?)\b[^.;]{0,40}\b(?:in the code|coding|writing (?:[\w+#.-]+ (?:and [\w+#.-]+ )?)?code|programming)|(?:stay|staying|remain|remaining) (?:deep|close|deeply involved) in (?:the )?(?:implementation|code|codebase)|(?:seeking|looking for|hiring|need|want) an? (?:very |highly |truly )?hands[- ]on (?:[\w&/-]+ ){0,3}(?:vp|vice president|head|cto|director|manager|engineer|developer|architect|lead|technologist|technical leader|cofounder|co-founder)\b|\b(?:write|(?<!\b(?:been|is|are|was|were)\s)writing) (?:much|most|all|some|a lot|plenty|the bulk|a (?:good|large|big|major|significant) (?:share|part)) of (?:the|that|this|our|its) (?:[\w-]+ ){0,2}code\b|\b(?:write|build|code) (?:much|most|all|the bulk|a good share|a large part) of (?:the|our) (?:[\w-]+ ){0,2}(?:backend|back-end|frontend|front-end|codebase|services?|apps?|product|platform|apis?|mvp)\b|\bwith (?:your|their|his|her) own hands\b|(?:both )?(?:people )?(?:management|managing|leadership|leading) and (?:hands-on )?individual contribution|(?:this|it) is (?:a|an) (?:senior |lead |principal |staff )?(?:developer|programmer|programming|coding|individual contributor|ic) (?:position|role|job)\b|\bsole (?:engineer|developer|programmer|technical (?:person|hire|team member))\b|\bsole responsibility for (?:the )?(?:development|codebase|engineering|building)\b)/i;
/** Programming languages a posting names as the code written ("writing Swift and Kotlin"). */
const CODE_LANGUAGES =
  "javascript|typescript|python|java|golang|rust|ruby|php|c\\+\\+|c#|kotlin|swift|scala|elixir|clojure|haskell|sql";
/**
 * Writing code, or writing in a named language: "writing production code", "writing Swift",
 * "writing Go" (read only right after "writing", where it cannot be the verb).
 */
const WRITING_CODE = `writing (?:and (?:reviewing|testing|shipping) )?(?:production )?(?:code|(?:${CODE_LANGUAGES}|go)(?![\\w+#])|[\\w+#.-]+ and [\\w+#.-]+ code\\b)`;
/** Building product features oneself: "building features", "shipping product features". */
const BUILDING_FEATURES =
  "(?:building|shipping|developing|writing) (?:new |product |customer[- ]facing )?features\\b";
/** A share of the role's time spent coding ("~50% coding"), wherever the posting says it. */
export const CODING_SHARE = new RegExp(
  `\\b([1-9]\\d)(?: ?(?:%|percent|per cent))?(?:\\s?(?:-|–|to)\\s?[1-9]\\d)? ?(?:%|percent\\b|per cent\\b),?\\s*(?:of (?:your|the|their) (?:time|week|day|role),? )?(?:is |spent |dedicated |(?:would|will) (?:be |go (?:on|to) )?|goes (?:on|to) |to go (?:on|to) )?(?:to )?(?:coding|hands[- ]on|${WRITING_CODE}|${BUILDING_FEATURES}|programming|in the code|individual contribution|ic work)|\\b(?:coding|${WRITING_CODE}|programming|hands[- ]on)[^.;%]{0,20}\\(([1-9]\\d) ?% of (?:the|your) (?:role|time|week)\\)|\\b(?:roughly |about |around )?(half|most|an? (?:third|quarter|fifth)|(?<=\\b(?:spend|spends|spending) )part) (?:of )?(?:their|your|the) (?:time|weeks?|days?)\\b(?:(?!rather than|instead of)[^.;]){0,60}\\b(?:${WRITING_CODE}|coding|programming|hands[- ]on|in the code|write (?:and \\w+ )?(?:[\\w+#.-]+ )?code\\b|${BUILDING_FEATURES}|building (?:the |our |a )?(?:product|platform|app|apps|software|mvp|backend|frontend)\\b)|\\b(?:code|coding|program|programming|hands[- ]on)\\b[^.;,%]{0,30}?\\b([1-9]\\d) ?% of (?:your|the|their) (?:time|week|day|role)|\\b(one|a|two|[12]) days? (?:a|per|each|every) week (?:of |for |on )?(?:hands[- ]on|coding|programming|in the code|${WRITING_CODE})|\\b(?:hands[- ]on|coding|programming|in the code|${WRITING_CODE})\\b[^.;%]{0,20}?\\b(one|a|two|[12]) days? (?:a|per|each|every) week|(?<!(?:\\bnot|n['’]t|\\bnever)\\s+(?:be\\s+)?(?:[\\w-]+\\s+)?)\\b(?:coding|programming|writing code)\\b[^.;%]{0,10}?\\b(most|half|the bulk) of (?:the|your|their) (?:time|weeks?|days?)\\b`,
  "i",
);
/** The share of the time a word states, in percent. */
const SHARE_WORDS: Record<string, number> = {
  half: 50,
  most: 60,
  third: 33,
  quarter: 25,
  fifth: 20,
  // "Spend part of your week writing code": a share under half.
  part: 30,
  // "You'd be coding the bulk of the week".
  "the bulk": 60,
};
/** Days of a five-day week, as a share: "one day a week hands-on" is 20%. */
const DAY_WORDS: Record<string, number> = { one: 1, a: 1, "1": 1, two: 2, "2": 2 };
/**
 * The share of the time, in percent (10 to 99), that a {@link CODING_SHARE} match states:
 * "half" is 50, "most" and "the bulk" 60 ("you'd be coding most of the week"), "a third" 33, "a
 * quarter" 25, "a fifth" 20, "part" (after "spend") 30;
 * a day a week 20, two days 40.
 */
export function codingSharePercent(share: RegExpExecArray): number {
  const word = (share[3] ?? share[7])?.toLowerCase();
  if (word) return SHARE_WORDS[word.replace(/^an? /, "")] ?? 50;
  const days = (share[5] ?? share[6])?.toLowerCase();
  if (days) return 20 * (DAY_WORDS[days] ?? 1);
  return Number(share[1] ?? share[2] ?? share[4]);
}
/** A duty line that is itself to write code: "Write clean, maintainable and efficient code." */
export const WRITE_CODE_DUTY = new RegExp(
  `^(?:[^:]{2,40}:\\s*)?(?:write|writes|writing|develop|craft|create|produce|ship|commit)\\b[^.;]{0,40}\\bcode\\b|^(?:[^:]{2,40}:\\s*)?(?:write|writes|writing)\\b[^.;]{0,60}\\b(?:${CODE_LANGUAGES}|terraform)\\b|^(?:[^:]{2,40}:\\s*)?(?:code|program) (?:and|new|features|services|the)\\b|^(?:programming|coding) (?:of|the)\\b|\\bhands[- ]on (?:involved )?in (?:building|coding|writing|developing|implementing)\\b|^(?:[^:]{2,40}:\\s*)?(?:ship|build|deliver)\\w* (?:[\\w-]+ ){0,2}features? end[- ]to[- ]end\\b|\\b(?:write|writing) (?:most|much|(?:nearly |almost |virtually )?all|the bulk) of (?:it|the code)\\b|^(?:[^:]{2,40}:\\s*)?design and (?:develop|implement|build|write) (?:the |our )?(?:[\\w/+#-]+ ){0,3}(?:software|firmware|code)\\b(?! (?:teams?|strategy|organi[sz]ation|function|department|roadmap|vision|practices?|capabilit\\w*|processes?|lifecycle|standards))`,
  "i",
);
export const HANDS_ON_SOME =
  /\b(?:(?:some|occasional|light|limited|a little|a bit of|the odd) (?:coding|programming|hands[- ]on (?:coding|work|development))\b|(?<!(?:too|not|less|overly) )hands[- ]on(?! (?:coaching|guidance|leadership|management|mentor\w*|support|training|experience|approach to (?:delivery|coaching|leadership|management|people|process|hiring)|with (?:the |our )?(?:roadmap|budgets?|okrs|hiring|delivery|process)))|player[-/ ]coach|roll[- ]up[- ]your[- ]sleeves|roll up (?:your )?sleeves|in the code|(?<!\b(?:engineers|developers|they|who|that|team)\s)(?:write|writing) code|contribut\w* to the codebase|(?<!\b(?:that|who|which|they|developers|engineers|contributors|people|others|community)\s)contribut\w* (?:some |the odd )?code\b|(?<!\b(?:standards?|practices?|process(?:es)?|culture)\b[^.;]{0,60}|\b(?:set|sets|setting|define|defines|defining|establish|establishes|establishing|improve|improves|improving|raise|raises|raising)\s(?:the |our |a )?)code reviews?(?! (?:practices?|process(?:es)?|culture|standards?|guidelines))|(?:build|builds|building|write|writing|code|coding|develop|developing|ship|shipping) (?:quick |rapid |working |early |the first )?prototypes?|prototyp\w* (?:an? |the )?(?:new )?(?:demos?|features|services|tools|apps?|applications|integrations|systems|solutions|code|models|apis?|ui|uis)|rapid prototyping|(?:build|builds|building|develop|develops|developing|write|writing|code|coding|create|creating|ship|shipping|deliver|delivering|implement|implementing)\s+(?:[\w()-]+\s+){0,3}?(?:proofs?[- ]of[- ]concepts?|\(?PoCs?\b)|(?:review|reviewing|reviews) (?:(?:the|all|most|many|team|their|our|critical|key|risky|important|a|an|the odd|the occasional|your team['’]s) ){0,2}(?:code|pull requests?|prs?|merge requests?)\b|(?:read|reading|review|reviewing)\s+(?:a|an|the odd|the occasional|some)\s+(?:pr|pull request|merge request|diff|dbt model|airflow dag|sql query)\b|(?:review|reviewing|reviews) (?:[\w-]+ ){1,3}(?:and|or|&) (?:(?:the|some|a few|occasional|the occasional|the odd) )?(?:source )?(?:code|pull requests?|prs?|merge requests?)\b|(?:a|one|two|a few|the odd) (?:prs?|pull requests?)(?: or two)? (?:a|per|each|every) (?:week|sprint)|\bcodes?\b[^.;]{0,12}\bnot full[- ]time|reviewer (?:of [\w ]{1,20} )?on (?:[\w-]+ ){0,3}code changes|pair[- ]program\w*|pair(?:ing)? with (?:the )?(?:engineers|developers|the team|your team)|(?:do|doing) the (?:occasional|odd) (?:code )?review\b|act (?:as|like) (?:a |an )?(?:programmer|developer|coder)|(?:as needed|when needed|when necessary|occasionally|from time to time)[^.;]{0,30}\b(?:code|coding|programm(?:ing|er)|sql|queries|notebooks?|scripts?)|(?:keep|get|getting|keeping) (?:your )?hands dirty|(?:the odd|the occasional|an occasional|occasional) (?:bug[- ]?fix(?:es)?|fix(?:es)?|commits?|patch(?:es)?))\b/i;
export const HANDS_ON_INTEREST =
  /\b(?:interested in|willing to|expected to|enjoy|love|must be|be)\s+(?:\w+\s+)?hands[- ]on\b|\b(?:willing|expected) to (?:code|write code)\b|\byou(?:['’]re| are)\b[^.;]{0,30}\bhands[- ]on\b|\bwith hands[- ]on involvement\b|\b(?:dig|diving|dive) into (?:the )?code\b|\b(?:love|enjoy) (?:to )?(?:code|coding|writing code)\b|\b(?:willing|happy|keen) to (?:contribute|write|ship) (?:production )?code\b|\b(?:comfortable|happy|willing|ready) (?:to )?roll(?:ing)? up (?:your )?sleeves\b|\b(?:able|willing|ready|happy|comfortable) to (?:review|read|dig into|jump into)\b[^.;]{0,30}\bcode\b/i;
/**
 * A statement that the role does no hands-on work: "this is not a hands-on coding role", "you
 * won't be writing production code", "you no longer write production code yourself", "what you
 * will not be doing: writing production code", "they don't need you to write code", "no hands-on
 * development is expected", "a customer-facing role rather than a hands-on engineering one", "you
 * will not manage the teams, deliver projects or write code" (writing, not "I won't write too much
 * here").
 */
export const NOT_HANDS_ON =
  /\b(?:not|isn['’]t|never) (?:an? |be |to be |(?:be )?(?:expected|required|asked) to (?:be |do )?(?:any )?)?(?:hands[- ]on|(?:expected|required|asked) to (?:write )?(?:production )?code|(?:be )?(?:writing|write) (?:production )?code|coding)\b|\b(?:won['’]t|will not|do not|don['’]t|does not|doesn['’]t) (?:be )?(?:involve |include |need to |need you to |want you to |expect you to |expect (?:this|the|that) person to |(?:need|want|expect) (?:someone|somebody|anyone) to |expect that you |expected to |required to |assigned to |asked to )?(?:(?:write|writing)(?= (?:[\w+#-]+ ){0,2}(?:code|features?|software)\b|\s*(?:[.,;)]|$))|coding|code)\b|\bno (?:hands-on )?(?:coding|programming)\b|\bno hands[- ]on (?:development|engineering|work)\b|\brather than (?:an? )?hands[- ]on\b|\bno longer (?:write|writing|code|coding|program|programming)\b|\b(?:will not|won['’]t) be doing:? (?:any )?(?:writing|coding|programming)\b|\bnot (?:looking for|hiring|seeking|after) (?:someone|somebody|a person|an engineer|a developer) to (?:write|ship) (?:production )?code\b|\b(?:won['’]t|will not|do not|don['’]t|does not|doesn['’]t|never) (?!only\b|just\b|merely\b)[^.;:]{0,100}?(?:,| or| nor) (?:write|writing) (?:any |production )?code\b/i;
/**
 * Denials the wide reading alone reads (the archetype model was fitted on the narrow one, which
 * keeps {@link NOT_HANDS_ON}): "this is not a role where you'll be writing code", "hands-on
 * programming is not part of the role", "this is not a player-coach role" (not "a role where
 * you write code and stay out of the business", which asks for both), "there is no expectation
 * that you write code", "not in the sense of writing production code", "you won't be working in
 * the codebase", "the role does not do hands-on development".
 */
const NOT_HANDS_ON_WIDE =
  /\bnot (?:an? |the )?(?:role|job|position) (?:where|in which) (?:you(?:['’]ll| will| would)? )?(?:be )?(?:writing|write|coding)(?![^.;]*\band (?:stay|keep|remain)s? (?:out|away)\b) (?:production )?(?:code)?|\b(?:hands[- ]on (?:programming|coding|development)|programming|coding|writing (?:production )?code) (?:is|are|will be)(?:n['’]t| not) (?:part of|expected|required|in)\b|\b(?:not|isn['’]t) (?:an? )?player[-/ ]coach\b|\bno expectation (?:that )?(?:you(?:['’]ll| will)? |for you to |to )(?:write|be writing|code)\b|\bnot in the sense of (?:writing|shipping) (?:production )?code\b|\b(?:won['’]t|will not) be working (?:in|on) (?:the )?code(?:base)?\b|\b(?:does not|doesn['’]t|do not|don['’]t|will not|won['’]t) (?:do|involve|include|require) (?:any )?hands[- ]on (?:development|coding|programming|engineering|work)\b/i;
/** A word every match of {@link NOT_HANDS_ON_WIDE} or {@link STILL_BUILDS} holds. */
const WIDE_ONLY_GATE = /not\b|n['’]t\b|still|no expectation/i;
/** A share of the time under half: "about 30% of your time", "a third of your week". */
const MINOR_SHARE =
  /(?:\b(?:[1-9]|[1-4]\d) ?%|\ban? (?:third|quarter|fifth|tenth)\b)[^.;]{0,20}\b(?:time|week|day)\b/i;
/** A core duty the wide reading alone reads: "You are still a developer: ...". */
const STILL_BUILDS =
  /\byou(?:['’]re| are| remain| stay) still (?:a|an) (?:[\w-]+ )?(?:developer|engineer|programmer|coder)\b/i;
/** Code the role is able to read: "you can read a pull request", "able to follow the code". */
const CAN_READ_CODE = /\b(?:can|could|able to) (?:read|follow|understand)\b/i;
/** The end of a clause before a denial: "...; you won't", ", but we". */
const CLAUSE_END = /[;:,]\s*(?:(?:but|though|although)\s+)?(?:you|we)?\s*$/;
/**
 * Code reviewed by the role: "review designs and the occasional pull request" (not code it can
 * read: "you can read code, but you won't be writing production code" is no hands-on work).
 */
const REVIEWS_CODE =
  /\b(?:review|reviewing)\b[^.;]{0,40}\b(?:code|pull requests?|prs?|merge requests?|diffs?)\b/i;
/** A short question about hands-on work, answered after it: "Is it hands-on?", "Hands-on?". */
const HANDS_ON_QUESTION =
  /^\W*(?:(?:is|will|would) (?:it|this|the role) (?:be )?)?hands[- ]on\W*\?\W*$/i;
/** Code written now and then, the qualifier after the code: "write code now and then". */
const OCCASIONAL_CODE =
  /\b(?:code|coding|programming|pull requests|prs)\b[^.;]{0,30}\b(?:now and then|every now and then|from time to time|occasionally|on occasion|as needed|when needed|when necessary|once in a while|where (?:it|they) matters?|where needed|(?:when|where|if) it helps|when useful|when (?:the team|we) needs? (?:support|help|a hand|it))\b|\b(?:pick|picking|picks|take|taking|takes|grab|grabbing) (?:up )?(?:the |an )?(?:occasional|odd) (?:ticket|bug|story|task|issue|pr|pull request)s?\b/i;
/** Hands-on said of work other than building: "hands-on with stakeholders", "with delivery". */
const HANDS_ON_NOT_BUILDING =
  /\bhands[- ]on (?:with|in) (?:the |our |your )?(?:stakeholders|delivery|customers|clients|roadmaps?|budgets?|okrs|hiring|process(?:es)?|people|the business|strategy|planning|operations|partners|sales)\b/i;
/** Words of building software, with which a "hands-on" can still mean code. */
const BUILDING_WORDS =
  /\b(?:code|coding|codebase|program\w*|pull requests?|prs?|commits?|prototyp\w*|debug\w*|implement\w*|architecture|technical)\b/i;
/** A sentence about the candidate's past: "has a history of ...", "a track record of ...". */
const CANDIDATE_HISTORY =
  /\b(?:has|have|having|with|bring|brings) (?:a |an )?(?:(?:long|proven|strong) )?(?:history|track record|background)\b/i;
/** A duty to build hands-on: "lead hands-on development", "hands-on programming of ...". */
export const HANDS_ON_BUILD_DUTY =
  /\bhands[- ]on (?:[\w-]+ )?(?:development|coding|programming|software engineering)\b(?! experience)/i;
/**
 * Staying close to the building as a leader: "stay technical", "stay close to the code", "get
 * your hands dirty", "dive into the codebase", "technical contributions", "keep your coding
 * skills sharp".
 */
export const STAY_HANDS_ON =
  /\b(?:(?:stay|stays|staying|remain|remains|remaining|keep|keeps|keeping) (?:deeply |very |highly )?(?:technical|(?:close|connected|in touch)(?: enough)? (?:to|with) (?:the )?(?:code|codebase|technology|tech stack|implementation))|technical depth|(?:get|getting) (?:your )?hands dirty|(?:jump|jumping|dive|diving|dig|digging) (?:in(?:to)?|deep into) (?:the )?(?:code|codebase|implementation)|technical contributions?|contribut\w* (?:technically|hands-on|individually|as an individual contributor)|keep (?:your )?(?:coding|technical) skills (?:sharp|current)|keep (?:a|your) hand in (?:the )?(?:code|codebase|code ?base)|lead(?:ing)? by example technically|still (?:codes|write code|writes code|coding)|still (?:build|builds|building|ship|ships|shipping|commit|commits|committing|write|writes|writing) (?:some |the odd |occasional )?(?:features?|code|pull requests|prs)|(?:build|ship|write|pick up) (?:some |the odd )?features yourself|still (?:build|builds|building|train|trains|training|write|writes|writing)(?: and (?:review|reviews|reviewing|test|tests|testing|ship|ships|shipping|deploy|deploys|deploying))? (?:some |the odd |occasional )?(?:models|pipelines|notebooks|queries|dashboards)|pick(?:ing)? up (?:the odd ticket|(?:occasional |a few |some )?tickets))\b/i;
/**
 * A leader asked for as hands-on in the requirements ("a hands-on technical leader", "hands-on
 * involvement in key technical problems"), not hands-on experience of something ("hands-on
 * experience with Kafka", "5+ years of hands-on development").
 */
export const HANDS_ON_LEADER =
  /(?<!\byears? (?:of )?)\bhands[- ]on\b(?![\w\s,/&-]{0,40}\b(?:experience|expertise|knowledge|background|familiarity|understanding|exposure|proficiency|skills?|track record|history)\b)(?! (?:with|in|at) )/i;

/** A split of the role's time between building and leading: "split your time between coding and managing". */
export const SPLIT_CODING =
  /\b(?:split|divide|balance|spend)\w* (?:your |their |the )?time (?:between|across) (?:(?:hands-on )?(?:coding|writing code|programming|development|engineering work|building|individual contribution|ic work) and (?:manag|lead|people)\w*|(?:manag|lead|people)\w*(?: \w+)? and (?:hands-on )?(?:coding|writing code|programming|development|building|individual contribution|ic work))\b|\b50\/50\b[^.;]{0,40}\b(?:coding|hands-on|ic|individual contribution)\b/i;
/**
 * The role as the company's first builder: "you'll be our first engineer", "our first technical
 * hire", "build the first real version yourself", "building the first version yourself: the app" (not
 * one built with others: "building the first version with them; you'll write part of it yourself").
 */
export const FIRST_BUILDER =
  /\b(?:our|the|as (?:our|the)|be (?:our|the)) (?:very )?first (?:full-time )?(?:engineer|developer|engineering hire|technical hire|tech hire|software engineer|dev hire)\b|\b(?:build(?:ing)?|cod(?:e|ing)|writ(?:e|ing)|develop(?:ing)?|ship(?:ping)?) (?:the |our )(?:first|initial) (?:[\w-]+ )?(?:version|mvp|product|prototype|app|platform)\b(?! team)(?:(?!\bwith\b)[^.;]){0,50}\byourself\b/i;

/**
 * The role counted among the builders, or building alone: "lead from the keyboard", "in the
 * codebase most days", "an individual contributor first", "be an IC for a good part of the week",
 * "one of the team's developers", "like any other engineer on the team", "carry a sprint load",
 * "picking up the same backlog items", "everyone ships, including the manager", "you are the
 * engineering team", "build the MVP yourself", "become its main author", "ship code every week".
 * Each makes writing code a core duty (data/README.md: "required when writing code is a core
 * duty"), whatever the title.
 */
export const BUILDS_AMONG_BUILDERS =
  /\b(?:lead(?:ing)? from the keyboard|in the (?:code|codebase|code ?base) (?:most|every|each) (?:days?|weeks?)|(?:an? )?individual contributor first|(?:be |as )?an ic for (?:a (?:good|large|big) (?:part|share)|most|much|half) of|one of the team['’]s (?:developers|engineers)|like any other (?:engineer|developer)|(?:carry|carrying|take|taking) (?:on )?a (?:real |full |proper )?sprint load|(?:pick|picking) up (?:the same|your share of the) (?:backlog items|tickets|stories)|everyone (?:codes|ships|writes code)(?:,| —| -)? including (?:the manager|you|the lead|the cto|the head of engineering)|you are the (?:whole |entire )?(?:engineering )?team|(?:build|write|code|ship) (?:the |our )?(?:mvp|first version|v1|prototype)\b[^.;]{0,60}\byourself|(?:own|build|run) (?:the |our )?(?:backend|back-end|frontend|front-end|codebase|product|app|platform)\b[^.;]{0,30}\byourself|(?:build|write|code) (?:most|much|all|the bulk|a (?:large|big|good) (?:part|share)) of (?:it|this|the (?:code|product|platform|app|system|mvp))\b[^.;]{0,20}\byourself|(?:become|be) (?:its|the|our) (?:main|primary|principal) (?:author|contributor|developer)|(?:most|much|all|the bulk) of the code\b[^.;]{0,60}\bwill be yours|(?:write|writing|build|building) (?:around |about |roughly |some |over |more than |at least )?(?:[5-9]\d|100) ?(?:%|percent|per cent) of (?:the|our|its) code\b|(?:the )?(?:main|primary) (?:person|one|engineer|developer) (?:writing|building|shipping) (?:the |our )?(?:code|product|app)|(?:be|are) the (?:person|one|engineer|developer) who (?:writes|builds|ships) (?:most|much|all|the bulk) of (?:our|the) (?:code|product|app|platform)|(?:write|ship|commit|push|contribute|deliver) (?:production )?code (?:every|each) (?:day|week)|(?:ship|commit|push|contribute) (?:production )?code (?:daily|weekly)|(?:commit|committing|push|pushing) (?:code )?to (?:the |our )?(?:main |production )?(?:repo|repos|repository|repositories|codebase) (?:every (?:day|week)|daily|weekly)|you(?:['’]ll| will) write (?!(?:little|less|no|hardly|barely|very|almost|some)\b)(?:(?!review|reviewing|design|documents|docs)[\w#+.-]+ ){1,4}code\b)\b/i;

/** A title naming someone who builds software themselves: engineer, developer, programmer. */
const IC_TITLE = /\b(?:engineer|developer|dev|programmer|coder|hacker)\b/i;
/** Titles that sell or support rather than build, whatever their noun ("Sales Engineer"). */
const NON_BUILDER_TITLE =
  /\b(?:solutions?|sales|pre-?sales|support|customer|field|success|enablement|practice) (?:engineer|architect|developer)\b|\b(?:engineering|development)\b/i;

/**
 * Words one of which every match of the patterns that find hands-on work holds, in any case
 * ({@link CODING_SHARE}, {@link HANDS_ON_REQUIRED}, {@link WRITE_CODE_DUTY},
 * {@link HANDS_ON_BUILD_DUTY}, {@link HANDS_ON_SOME}, {@link HANDS_ON_INTEREST} and the four
 * below): "hands"
 * (hands-on), "cod" (code, coding, coder, codebase), "program", "writ" (write, writing),
 * "developer", "individual contribut", "ic" roles and work, "sole", "majority" (of the time),
 * "implementation", "player" (coach), "sleeves", "prototyp", "of concept" (or "of-concept"),
 * "PoC", and pull or merge requests; for {@link STAY_HANDS_ON}, {@link SPLIT_CODING}, {@link FIRST_BUILDER} and
 * {@link HANDS_ON_LEADER} also "tech" (technical), "contribut", "time between" or "across",
 * "50/50" and "first" before an engineer, developer or technical hire, and "features",
 * "ticket" and "commit" (still building features or picking up tickets), "still" (still building
 * and reviewing models), "pair" (pairing with engineers), "bug fix", "fix", "patch" and
 * "dirty" (the odd fix, hands kept dirty), and "design and develop" (or implement, build, write:
 * "Design and develop the control software"). A sentence that holds
 * none states no hands-on work and is not run through them
 * (facts.test.ts checks it on every sentence and line of ../shared); when a pattern changes,
 * so must this.
 */
export const HANDS_ON_GATE =
  /hands|cod|program|writ|developer|individual contribut|ic (?:position|role|job|work)|sole|majority|implementation|player|sleeves|prototyp|of[- ]concept|\bpocs?\b|pull request|prs|\bpr\b|merge request|dbt|airflow|tech|contribut|time between|time across|50\/50|first (?:full|engineer|dev|tech|software)|features|ticket|commit|pair|keyboard|\bic for|team['’]s (?:developers|engineers)|any other (?:engineer|developer)|sprint load|backlog|ships|you are the|yourself|author|\bstill\b|bug[- ]?fix|\bfix(?:es)?\b|\bpatch|dirty|design and (?:develop|implement|build|write)/i;

/** What the title says of the role, for {@link extractHandsOn}. */
export interface HandsOnTitle {
  title: string;
  nominal: ArchetypeId | null;
}

/**
 * How much the role builds things itself (taxonomy: required, some, none; data/README.md:
 * "required when writing code is a core duty; some for leaders who review code or sometimes
 * build; none when duties are oversight only").
 *
 * - `required`: an explicit statement that the role writes code or is hands-on ("this is a
 *   hands-on role", "we're looking for a hands-on Head of Engineering", "~50% coding", a duty
 *   that is itself to write code); or, given the title, a role whose title names a builder
 *   (an engineer or developer who is neither a manager of engineering nor a sales or support
 *   engineer, a staff or principal IC, a founding engineer): writing code is its core duty.
 * - `some`: a hands-on mention in the role's duties or summary, interest in hands-on work
 *   asked for, or coding among the responsibilities of a role that is not a manager's.
 * - `none` otherwise. "Hands-on experience with AWS" is experience asked for, not a duty.
 *
 * @param codingScore the hand-written score of the coding responsibility, in [0, 1]
 * @param title the title and its nominal archetype; without it only the text is read
 */
export function extractHandsOn(
  segments: readonly ClassifiedSegment[],
  codingScore: number,
  title?: HandsOnTitle,
): HandsOn {
  return handsOnOf(scanHandsOn(segments, false).wide, codingScore, title);
}

/**
 * {@link extractHandsOn} with and without the title, read in one pass over the sentences.
 *
 * @returns `role`: with the title (the fact); `text`: from the text alone and without the
 *   leader's cues ({@link STAY_HANDS_ON}, {@link SPLIT_CODING}, {@link FIRST_BUILDER},
 *   {@link HANDS_ON_LEADER}), what the archetype model was fitted on (so that a title does not
 *   vouch for itself); `requiredAt`: the sentence (index into `segments`) the text states
 *   hands-on work as a core duty in (the one `role` reads `required` from; null when none);
 *   `deniedAt`: the sentence that denies hands-on work when no sentence states it as a core duty
 *   (`role` is then "none"; null otherwise); `shareAt`: the first sentence that states a share
 *   of the time spent coding ("about 30% of your week in the code"), of any size (null when none)
 */
export function extractHandsOnReadings(
  segments: readonly ClassifiedSegment[],
  codingScore: number,
  title: HandsOnTitle,
): {
  role: HandsOn;
  text: HandsOn;
  requiredAt: number | null;
  deniedAt: number | null;
  shareAt: number | null;
} {
  // The archetype model was fitted on the narrower reading of the text: widening its
  // hands-on features too measured worse (5-fold CV archetype 0.76 -> 0.75, mismatch 0.66 / 0.08
  // -> 0.63 / 0.09, our fixture f02 read director with confidence), so it keeps that one.
  const { wide, narrow } = scanHandsOn(segments, true);
  return {
    role: handsOnOf(wide, codingScore, title),
    text: handsOnOf(narrow, codingScore),
    requiredAt: wide.required ? wide.at : null,
    deniedAt: !wide.required && wide.deniedAt >= 0 ? wide.deniedAt : null,
    shareAt: wide.shareAt >= 0 ? wide.shareAt : null,
  };
}

function handsOnOf(scan: HandsOnScan, codingScore: number, title?: HandsOnTitle): HandsOn {
  if (scan.required) return "required";
  // "This is not a hands-on coding role": neither the title nor a weaker cue elsewhere ("run
  // a pipeline of proofs of concept", "enough technical depth to challenge a design")
  // outweighs it. A denial that keeps some in its own sentence ("you won't write features,
  // but ...") is no denial here. Of the 80 labelled postings of ../shared and probe sets 1-11
  // that deny it, 72 are labelled "none", 7 keep some in the same sentence, 1 is no denial.
  if (scan.deniedAt >= 0) return "none";
  // A builder's title codes, unless the text gives coding a share of the time under half ("write
  // code yourself for roughly 30% of your time" under "Lead Developer"): the share is the finer
  // statement.
  // So does a limit the text sets on it ("you'll write less code than before, but still some").
  if (title && buildsByTitle(title) && scan.shareAt < 0 && scan.limitedAt < 0) return "required";
  const manager =
    title?.nominal === "director" ||
    title?.nominal === "vp_engineering" ||
    title?.nominal === "engineering_manager" ||
    title?.nominal === "cto_operator";
  // Solutions engineers and architects build demos and proofs of concept; their managers do not.
  const solutions =
    title?.nominal === "solutions" &&
    !/\b(?:director|vp|vice president|head|manager|chief)\b/i.test(title.title);
  // A founding CTO or technical co-founder builds the first version, with a team or alone
  // (data/README.md: "some" at least).
  const founder = title?.nominal === "founder";
  return scan.some || (codingScore >= 0.5 && !manager) || solutions || founder ? "some" : "none";
}

/** What the text states of hands-on work: a core duty (`required`, read at `at`), or some. */
interface HandsOnScan {
  required: boolean;
  some: boolean;
  /** The index of the sentence `required` was read from; -1 when not required. */
  at: number;
  /** The first sentence that denies hands-on work ({@link DENIES}); -1 when none does. */
  deniedAt: number;
  /** The first sentence that states a share of the time spent coding; -1 when none does. */
  shareAt: number;
  /** The first sentence that limits the coding ({@link LIMITED_CODING}); -1 when none does. */
  limitedAt: number;
}

/**
 * Coding kept but limited, in the role's own description: "you'll still write code, but less
 * than before", "you will code occasionally", "your coding will be limited to spikes", "a small
 * hand in the code", "it's not the core of the job", "reviews and coaching rather than
 * features", "feature work sits with the team", "now and then build a prototype", "not a
 * full-time coding position". Under a builder's title it makes the role's coding some, as a
 * share under half does.
 */
/**
 * Coding a core duty only for a time, in the sentence that states it: "stay hands-on in the first
 * months: write code ..." (some, as the writers of set 22 read it; not "for the first year",
 * which is the job, nor "until we hire, you are the sole engineer").
 */
const FOR_A_TIME =
  /\b(?:in|for|during) the first (?:few |couple of |two |three |\d )?(?:weeks|months)\b/i;

export const LIMITED_CODING =
  /\b(?:less|fewer) (?:code|coding|hands-on)\b|\b(?:occasionally|now and then|from time to time|sometimes) (?:write|writing|ship|shipping|contribute|contributing) (?:[\w-]+ )?code\b|\b(?:write|writing) (?:very )?little (?:production )?code\b|\b(?:code|coding|write code|writing code)\b[^.;]{0,25}\b(?:less than (?:before|you|in)|but less\b|occasionally|now and then|from time to time)|\b(?:code|coding|program\w*) (?:only )?(?:occasionally|now and then|from time to time|sometimes)\b|\bcoding (?:will be |is )?limited to\b|\bsmall hand in the code\b|\b(?:code|coding)\b[^.;]{0,40}\bnot (?:the|a) core\b|\brather than (?:on |to )?(?:writing )?(?:features|feature work|code)\b|\bfeature work (?:sits|stays|lives) with\b|\bwrite less\b|\bcode a (?:little|bit)\b|\b(?:isn['’]t|is not|not) (?:the|your) main (?:job|part|focus)\b|\bhands[- ]on when (?:it matters|needed|necessary|required|it counts)\b|\bnot a full[- ]time (?:coding|programming|development|developer|engineering) (?:position|role|job)\b|\b(?:now and then|from time to time|occasionally),? (?:build|code|write|prototype|hack)\w*\b/i;

/** {@link handsOnStated}: the sentence states hands-on work as a core duty. */
const STATES_REQUIRED = 1;
/** {@link handsOnStated}: the sentence states some hands-on work. */
const STATES_SOME = 2;
/** {@link handsOnStated}: the leader's cues ({@link handsOnStatedWide}) are not read in it. */
const READ_NO_FURTHER = 4;
/**
 * {@link handsOnStated}: the sentence holds no hands-on statement at all (perks and boilerplate,
 * no word of one, or hands-on work denied), so no cue of either reading is read in it.
 */
const SAYS_NOTHING = 8;
/**
 * {@link handsOnStated}: the sentence denies hands-on work and keeps none ("This is not a
 * hands-on coding role"), with {@link READ_NO_FURTHER} and {@link SAYS_NOTHING}.
 */
const DENIES = 16;
/** {@link handsOnStated}: the sentence states a share of the time spent coding, of any size. */
const STATES_SHARE = 32;

/**
 * What one sentence states of hands-on work in both readings (the narrower one's cues), as
 * flags: {@link STATES_REQUIRED}, {@link STATES_SOME}, {@link READ_NO_FURTHER},
 * {@link SAYS_NOTHING}.
 */
function handsOnStated(seg: ClassifiedSegment, denial: RegExp = NOT_HANDS_ON): number {
  if (seg.section === "benefits" || seg.section === "other") return READ_NO_FURTHER | SAYS_NOTHING;
  // A sentence without any word a hands-on statement holds states none (most sentences).
  if (!HANDS_ON_GATE.test(seg.text)) return READ_NO_FURTHER | SAYS_NOTHING;
  // "Is it hands-on?", "**Hands-on?**": a question that the next sentence answers.
  if (HANDS_ON_QUESTION.test(seg.text)) return READ_NO_FURTHER | SAYS_NOTHING;
  // "This is not a hands-on role", "you won't be writing code": no hands-on work at all,
  // unless a clause after "but" keeps some ("You won't be writing features, but we'd like you
  // to stay close to the code: read it, review it from time to time").
  const denied = denial.exec(seg.text);
  if (denied) {
    const rest = seg.text.slice(denied.index + denied[0].length);
    const but = /(?:[,;:]|\s[—–-])\s*but\b/i.exec(rest);
    const kept = but ? rest.slice(but.index) : "";
    // Also in the requirements: "you don't need to write code every day, but you should be
    // comfortable reviewing a dbt model" asks for some hands-on work (data/README.md: a
    // qualification asking for it is "some").
    if (
      kept !== "" &&
      // "..., but you can read a pull request and ask the right questions": code the role can
      // read, not code it works on.
      ((HANDS_ON_SOME.test(kept) && !CAN_READ_CODE.test(kept)) ||
        // "... but you will need enough technical depth to challenge a design": depth to judge
        // with, after coding denied, is no hands-on work.
        STAY_HANDS_ON.test(kept.replace(/\btechnical depth\b/gi, " ")) ||
        OCCASIONAL_CODE.test(kept))
    )
      return STATES_SOME | READ_NO_FURTHER;
    // "Review designs and the occasional pull request; you won't be writing features": code
    // read or reviewed may come first, in its own clause (not a process owned: "own the code
    // review process; this is not a coding role").
    const first = seg.text.slice(0, denied.index);
    if (CLAUSE_END.test(first) && (REVIEWS_CODE.test(first) || OCCASIONAL_CODE.test(first)))
      return STATES_SOME | READ_NO_FURTHER;
    // A "but" clause this does not read as some ("..., but you should be close enough to the
    // code to have an informed opinion") leaves the question to the other sentences; one with
    // no word of building at all ("..., but you should be able to discuss architecture with our
    // principal engineers") keeps the denial.
    return READ_NO_FURTHER | SAYS_NOTHING | (kept === "" || !HANDS_ON_GATE.test(kept) ? DENIES : 0);
  }
  // "A hands-on leader: hands-on with stakeholders, hands-on with delivery": hands-on said of
  // work that is not building, with no code in the sentence.
  if (HANDS_ON_NOT_BUILDING.test(seg.text) && !BUILDING_WORDS.test(seg.text))
    return READ_NO_FURTHER | SAYS_NOTHING;
  // A stated share of the time: half or more is a core duty, less is some (of the labelled
  // postings stating 40%, 3 of 4 are labelled some; of those stating half, 13 of 14 required).
  // In a company blurb only when the sentence opens with it (a split of the role's time: "10%
  // Coding: ...").
  const found = CODING_SHARE.exec(seg.text);
  const share = seg.section === "company" && (found?.index ?? 0) > 3 ? null : found;
  if (share) {
    const pct = codingSharePercent(share);
    return STATES_SHARE | (pct >= 50 ? STATES_REQUIRED : STATES_SOME | READ_NO_FURTHER);
  }
  // "Write code now and then", "code occasionally when the team is stretched": some, however
  // the duty is worded.
  if (seg.section !== "requirements" && OCCASIONAL_CODE.test(seg.text))
    return STATES_SOME | READ_NO_FURTHER;
  // "This role ... requires deep hands-on engineering" may share a sentence with a
  // requirement, or a scraped company blurb say "you'll write code": both describe the role.
  if (seg.section !== "requirements" && HANDS_ON_REQUIRED.test(seg.text)) return STATES_REQUIRED;
  if (seg.section === "company") return READ_NO_FURTHER;
  const duty = seg.section !== "requirements" && !seg.requirementShaped;
  // A bullet of the duties section is a duty whatever its grammar ("Programming of ...").
  if (duty && (seg.dutyShaped || seg.section === "duties") && WRITE_CODE_DUTY.test(seg.text))
    return STATES_REQUIRED;
  // "Initiate and lead hands-on development of the platform": building it is the duty.
  if (duty && HANDS_ON_BUILD_DUTY.test(seg.text)) return STATES_REQUIRED;
  let some = false;
  // "Has a history of highly technical, hands-on work" describes the candidate, not a duty.
  if (duty && HANDS_ON_SOME.test(seg.text) && !CANDIDATE_HISTORY.test(seg.text)) some = true;
  if (HANDS_ON_INTEREST.test(seg.text)) some = true;
  return some ? STATES_SOME : 0;
}

/**
 * What one sentence states of hands-on work by the leader's cues the wide reading adds, read
 * after {@link handsOnStated} found no core duty: {@link STATES_REQUIRED}, {@link STATES_SOME}
 * or 0.
 */
function handsOnStatedWide(seg: ClassifiedSegment): number {
  let some = false;
  // "Stay close to the code", "get your hands dirty": a leader who keeps building.
  if (!CANDIDATE_HISTORY.test(seg.text) && saysUnnegated(seg, STAY_HANDS_ON)) some = true;
  // "You'll split your time between coding and managing the team": coding is a core duty.
  if (saysUnnegated(seg, SPLIT_CODING)) return STATES_REQUIRED;
  // "You'll be our first engineer": the company's first builder builds everything.
  if (seg.section !== "requirements" && saysUnnegated(seg, FIRST_BUILDER)) return STATES_REQUIRED;
  // "A hands-on technical leader" asked for in the requirements is interest in hands-on work
  // (data/README.md: "some"); "hands-on experience with Kafka" is experience.
  // "You've been a hands-on engineer at some point in your career" tells the candidate's past.
  if (
    (seg.section === "requirements" || seg.requirementShaped) &&
    !CAREER_PAST.test(seg.text) &&
    saysUnnegated(seg, HANDS_ON_LEADER)
  )
    some = true;
  return some ? STATES_SOME : 0;
}

/** The candidate's earlier career, not this role: "you've been a hands-on engineer at some point". */
const CAREER_PAST =
  /\b(?:you['’]ve been|you have been|at some point|earlier in your career|used to be|previously|formerly)\b/i;

/** What the candidate has done: "a track record as ...", "5 years as ...", "you have been ...". */
const CANDIDATE_PAST =
  /\b(?:experience|track record|history|background|years|previously|have been|has been|worked|you['’]ve)\b/i;

/**
 * A sentence that counts the role among the builders ({@link BUILDS_AMONG_BUILDERS}), a leader's
 * cue of the wide reading: read in any section but the perks, the company's blurb included ("We
 * lead from the keyboard here"), unless it is negated or tells the candidate's history. Only for
 * a sentence {@link handsOnStated} found something to read in (not {@link SAYS_NOTHING}).
 */
function buildsAmongBuilders(seg: ClassifiedSegment): boolean {
  // In the requirements it must speak of the role, not of what the candidate has done.
  if (seg.section === "requirements" && CANDIDATE_PAST.test(seg.text)) return false;
  return !CANDIDATE_HISTORY.test(seg.text) && saysUnnegated(seg, BUILDS_AMONG_BUILDERS);
}

/**
 * The text's hands-on statements, sentence by sentence until the first core duty: `wide` with
 * the leader's cues ({@link handsOnStatedWide}), `narrow` without them (read on past the wide
 * reading's core duty only when `narrowToo`; otherwise it is left incomplete).
 */
function scanHandsOn(
  segments: readonly ClassifiedSegment[],
  narrowToo: boolean,
): { wide: HandsOnScan; narrow: HandsOnScan } {
  const both = scanHandsOnWith(segments, narrowToo, null);
  // The wide reading's own statements (rare): read again with them, the narrow one as it was.
  const own = segments.map(wideOnlyStated);
  if (own.every((flags) => flags === 0)) return both;
  return { wide: scanHandsOnWith(segments, false, own).wide, narrow: both.narrow };
}

/**
 * What a sentence states to the wide reading alone ({@link NOT_HANDS_ON_WIDE},
 * {@link STILL_BUILDS}), as {@link handsOnStated}'s flags; 0 when nothing of its own.
 */
function wideOnlyStated(seg: ClassifiedSegment): number {
  // Run on every sentence of every posting: the words both patterns need come first.
  if (!WIDE_ONLY_GATE.test(seg.text)) return 0;
  if (seg.section === "benefits" || seg.section === "other") return 0;
  if (NOT_HANDS_ON_WIDE.test(seg.text) && !NOT_HANDS_ON.test(seg.text))
    return handsOnStated(seg, NOT_HANDS_ON_WIDE);
  if (seg.section !== "requirements" && seg.section !== "company" && STILL_BUILDS.test(seg.text))
    // "You are still a developer: about 50% of your time ..." is a core duty; "... about a
    // third of your time" is some, as a stated share under half is everywhere else.
    return MINOR_SHARE.test(seg.text) ? STATES_SOME | READ_NO_FURTHER : STATES_REQUIRED;
  return 0;
}

/** A scan that has read nothing yet. */
function noHandsOn(): HandsOnScan {
  return { required: false, some: false, at: -1, deniedAt: -1, shareAt: -1, limitedAt: -1 };
}

function scanHandsOnWith(
  segments: readonly ClassifiedSegment[],
  narrowToo: boolean,
  own: readonly number[] | null,
): { wide: HandsOnScan; narrow: HandsOnScan } {
  const wide = noHandsOn();
  const narrow = noHandsOn();
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as ClassifiedSegment;
    const stated = own?.[i] || handsOnStated(seg);
    // Only the wide reading (the role's fact) reads a denial: the narrow one is the archetype
    // model's input, fitted without it.
    if (stated & DENIES && wide.deniedAt < 0) wide.deniedAt = i;
    if (stated & STATES_SHARE && wide.shareAt < 0) wide.shareAt = i;
    // Coding limits read in the role's own description ("you will code occasionally"), not in
    // what a candidate brings.
    const described = seg.section !== "requirements";
    const limits = described && LIMITED_CODING.test(seg.text);
    // "You'll still write code, but less than before", "stay hands-on in the first months": a
    // core duty the same sentence limits, in amount or in time.
    if (
      stated & STATES_REQUIRED &&
      !(stated & STATES_SHARE) &&
      (limits || (described && FOR_A_TIME.test(seg.text)))
    ) {
      // The narrow reading (the archetype model's input, fitted without this) reads it as before.
      if (!narrow.required) Object.assign(narrow, { required: true, some: true, at: i });
      if (!wide.required) wide.some = true;
      if (!wide.required && wide.limitedAt < 0) wide.limitedAt = i;
      continue;
    }
    if (stated & STATES_REQUIRED) {
      // "A hands-on leadership job", then "a quarter of your week ends up in the code": the
      // share stated later is the precise statement, and less than half is some.
      // So is one stated before it ("expect around 30% of your time in code", then "write and
      // review code"; read probe postings: 2 so labelled, 1 required), and a limit said later
      // ("a hands-on CTO", then "occasionally write code on the critical paths").
      const share =
        stated & STATES_SHARE
          ? -1
          : wide.shareAt >= 0
            ? wide.shareAt
            : minorShareAfter(segments, i);
      const limited = share < 0 && !(stated & STATES_SHARE) ? limitAfter(segments, i) : -1;
      if (share >= 0 && !wide.required) Object.assign(wide, { some: true, shareAt: share });
      else if (limited >= 0 && !wide.required)
        Object.assign(wide, {
          some: true,
          limitedAt: wide.limitedAt < 0 ? limited : wide.limitedAt,
        });
      // The wide reading reads every cue the narrow one does, so it is a core duty there too
      // (here or at a sentence before), and both readings are done.
      else if (!wide.required) Object.assign(wide, { required: true, some: true, at: i });
      Object.assign(narrow, { required: true, some: true, at: i });
      break;
    }
    if (stated & STATES_SOME) {
      narrow.some = true;
      wide.some = true;
    }
    if (limits && !seg.requirementShaped && wide.limitedAt < 0)
      Object.assign(wide, { some: true, limitedAt: i });
    if (wide.required) continue;
    if (!(stated & SAYS_NOTHING) && buildsAmongBuilders(seg)) {
      Object.assign(wide, { required: true, some: true, at: i });
      if (!narrowToo) break;
      continue;
    }
    if (stated & READ_NO_FURTHER) continue;
    const wider = handsOnStatedWide(seg);
    if (wider & STATES_REQUIRED) {
      Object.assign(wide, { required: true, some: true, at: i });
      if (!narrowToo) break;
    } else if (wider & STATES_SOME) wide.some = true;
  }
  return { wide, narrow };
}

/**
 * The first sentence after `from` in the role's own description that limits its coding
 * ({@link LIMITED_CODING}: "occasionally write code on the critical paths"); -1 if none.
 */
function limitAfter(segments: readonly ClassifiedSegment[], from: number): number {
  for (let j = from + 1; j < segments.length; j++) {
    const seg = segments[j] as ClassifiedSegment;
    if (seg.section === "requirements" || seg.requirementShaped) continue;
    if (LIMITED_CODING.test(seg.text)) return j;
  }
  return -1;
}

/** The first sentence after `from` that states a coding share under half; -1 if none. */
function minorShareAfter(segments: readonly ClassifiedSegment[], from: number): number {
  for (let j = from + 1; j < segments.length; j++) {
    const seg = segments[j] as ClassifiedSegment;
    // Most sentences state no share: the share pattern alone rules them out.
    if (!CODING_SHARE.test(seg.text)) continue;
    const stated = handsOnStated(seg);
    if (stated & STATES_SHARE && !(stated & STATES_REQUIRED)) return j;
  }
  return -1;
}

/** Does the title name a role whose core duty is to build software itself? */
export function buildsByTitle({ title, nominal }: HandsOnTitle): boolean {
  const head = title.split(/\s[—–|]\s|\s@\s/)[0] ?? title;
  if (nominal === "solutions" || nominal === "fractional") return false;
  if (/\bfounding (?:engineer|developer)\b/i.test(head)) return true;
  const builds = (text: string) => IC_TITLE.test(text) && !NON_BUILDER_TITLE.test(text);
  if (nominal === "staff_ic" || nominal === "founder" || nominal === "cto_architect")
    return builds(head);
  // A manager's title that offers a builder's as well: "Head of Engineering (also Senior
  // Engineer)", "CTO or Experienced Swift Dev", "Engineering Lead / Staff Engineer".
  const alternative = /\(also ([^)]*)\)|\bor ([^()/]+)$|\/\s*([^()/]+)$/i.exec(head);
  const alt = alternative?.slice(1).find((g) => g !== undefined);
  return alt !== undefined && builds(alt);
}

/**
 * The role stated as an individual contributor's in its own description: "this is a senior
 * individual contributor role", "you will have no direct reports", "no people management",
 * "not a management role" (not "no direct reports at first", and not in the requirements).
 * Rare in postings (one of the 274 corpus postings says it, of a staff IC), so no model can
 * learn it; bearing reports it beside a managerial reading (analyze.ts).
 *
 * @returns the first sentence that states it and where it says so (`said`, character offsets
 *   `[start, end)` into the sentence's text), or null
 */
export function statedIndividualContributor(
  segments: readonly ClassifiedSegment[],
): { sentence: ClassifiedSegment; said: [number, number] } | null {
  for (const seg of segments) {
    if (seg.heading || seg.requirementShaped || seg.section === "requirements") continue;
    if (seg.section === "benefits" || seg.section === "company") continue;
    const m = IC_STATED.exec(seg.text);
    if (!m || IC_DENIED.test(seg.text)) continue;
    return { sentence: seg, said: [m.index, m.index + m[0].length] };
  }
  return null;
}

/** The role said to be an individual contributor's ({@link statedIndividualContributor}). */
const IC_STATED =
  /\b(?:(?:this|it) is an? (?:[\w-]+ ){0,2}individual[- ]contributor (?:role|position)|an individual[- ]contributor role|(?:nobody|no one|no-one) (?:will )?reports? (?:directly )?to you|(?:you will|you['’]ll|you) (?:have|will have) no (?:direct )?reports|no direct reports|no people management|not a (?:people )?management (?:role|position)|(?:rather than|not|without|instead of) (?:through |via |by )?(?:line|people|direct) management\b|no line management|(?:no|without) disciplinary (?:leadership|management|responsibility|responsibilities)\b|no (?:personnel|staff) responsibility|without (?:a|any) (?:team|squad|direct reports) of (?:its|your|their) own|no (?:team|squad) of (?:its|your) own|(?:number of )?direct reports\s*:\s*(?:none|0|zero|n\/?a|no)\b(?!\s*\()|(?:you )?(?:will not|won['’]t|do not|don['’]t) have (?:a|any) (?:team|people|direct reports) (?:under|reporting to) (?:you|your (?:direct )?management))\b(?! (?:initially|at first|to start|yet|for now|until))/i;
/** "This is not an individual contributor role": the opposite statement. */
const IC_DENIED = /\bnot an? (?:[\w-]+ ){0,2}individual contributor\b/i;
