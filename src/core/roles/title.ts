/**
 * The title of a posting and the archetype it names (the *nominal* archetype, taxonomy
 * section 4), from the title rules of model.yaml.
 */
import type { ArchetypeId } from "../taxonomy.js";
import { roleModel } from "./model.js";
import type { PreparedText } from "./text.js";

const functionRules = roleModel.titles.functions.map((r) => ({
  id: r.archetype,
  re: new RegExp(r.pattern, "i"),
}));
const levelRules = roleModel.titles.levels.map((r) => ({
  id: r.archetype,
  re: new RegExp(r.pattern, "i"),
}));
const CTO = /\b(cto|chief technology officer|chief technical officer|chief technologist)\b/i;

const GENERIC_HEADINGS =
  /^(job description|about the (job|role|position)|(the )?(role|position|job|opportunity)|overview|description|job details|notes|(position|role|job|candidate) (specification|spec|profile|brief)|job posting|vacancy|we('re| are) hiring!?)$/i;

/**
 * A title named at the start of a long first line of prose, as a posting pasted without its
 * heading begins: "Head of Engineering at a 40-person fintech …", "We're hiring a Staff
 * Engineer to …", "I'm running a VP of Engineering search for …". Only a phrase that names a
 * role bearing knows counts.
 */
const LEADING_TITLE =
  /^(?:(?:(?:we(?:['’]re| are)|i(?:['’]m| am)) (?:hiring|looking for|seeking|recruiting|running|searching for)(?: for)?|hiring|join us as) (?:an? |our (?:first |next )?)?)?(.{3,60}?)(?:\s+(?:at|@|for|to|who|with|in|–|—|-)\s|\s+(?:search|role|position|opening|vacancy|mandate|based)\b|\s*[(,:;]|[.!](?=\s|$))/i;

/**
 * Is a posting's first line prose rather than a title: longer than any title line of the 296
 * corpus and dev postings (at most 116 characters), or a sentence of more than twelve words?
 * Such a line is read as text (sections.ts) and its title is the role it names at its start.
 */
export function isProseLine(line: string): boolean {
  return line.length > 140 || (/[.!]$/.test(line) && line.split(/\s+/).length > 12);
}

/**
 * A role a prose line says is sought, anywhere in it: "I'm recruiting on behalf of a Series B
 * fintech for a VP of Engineering.", "… and we are looking for an Engineering Manager to …", "What
 * we have in mind is a fractional CTO, two days a week", "The position is Vice President – Engineering",
 * "I'm reaching out about an Engineering Manager opening", "a proptech who want a VP Engineering",
 * "what we don't have is a technical co-founder", and in Portuguese, Spanish and French
 * ("Estamos contratando um(a) Head de Tecnologia.", "Buscamos un CTO ...", "Nous recherchons un
 * CTO ...").
 */
const SOUGHT_TITLE =
  /\b(?:(?:hiring|recruiting|looking for|seeking|searching for|search for|find|for|(?:have|had) in mind is|(?:we|i) need is|(?:we|i) want is)\s+(?:an?|our|the)|(?:contratando|procurando|procuramos|recrutando|buscamos|buscando|recherchons|cherchons|recrutons)\s+(?:um\(a\)|uma|um|una|un\(a\)|un|une|el|la|o|a)|join(?:\s+us)?\s+as(?:\s+(?:an?|our|the))?|(?:the\s+)?(?:position|role|job title|title)\s+(?:is|will be)(?:\s+(?:an?|our|the))?|(?:reaching out|writing|contacting you|getting in touch)\s+about\s+(?:an?|our|the)|(?:who|they|we)\s+(?:want|wants|need|needs)\s+(?:an?|the)|what\s+(?:we|i)\s+(?:don['’]t|do\s+not)\s+(?:yet\s+)?have\s+is\s+(?:an?|our))\s+(?:(?:first|next|new)\s+)?["“'‘]?(.{3,60}?)["”'’]?(?=\s{1,3}(?:role|position|job|opening|search|based|at|for|to|who|with|in|on|and (?:your|you|i|we|it|the)|para|pour|chez|en|em|na|no|que|qui)\b|\s{1,3}[@–—-]\s|\s{0,3}[(,:;.!]|$)/gi;

/**
 * A role named in quotes as what the company calls it: 'a role we're calling "Lead, Platform
 * Engineering"', 'what our website calls a "founding engineer"'.
 */
const CALLED_TITLE =
  /\b(?:calling|called|calls|titled|named)\s+(?:(?:it|this)\s+)?(?:an?\s+)?["“]([^"”\n]{3,60})["”]/i;

function leadingTitle(line: string): string {
  return leadingRole(line) || soughtTitle(line);
}

/** The role a line of prose opens with ({@link LEADING_TITLE}), or "". */
function leadingRole(line: string): string {
  const phrase = LEADING_TITLE.exec(line)?.[1]?.trim() ?? "";
  // A phrase that opens a quotation ('The title on the posting is "Lead ...') names no title itself.
  if (/["“”]/.test(phrase)) return "";
  return phrase !== "" && nominalArchetype(phrase) !== null ? phrase : "";
}

/** The role a line of prose says is sought or names in quotes ({@link SOUGHT_TITLE}), or "". */
function soughtTitle(line: string): string {
  const called = CALLED_TITLE.exec(line)?.[1]?.trim() ?? "";
  if (called !== "" && nominalArchetype(called) !== null) return called;
  for (const sought of line.matchAll(SOUGHT_TITLE)) {
    const title = sought[1]?.trim() ?? "";
    if (title !== "" && nominalArchetype(title) !== null) return title;
  }
  return "";
}

/**
 * A greeting or an exclamation that opens a message rather than naming a role: "Hi Tom,",
 * "Hello Dragana, hope you're well!", "I'm hiring! 🙌", "Dear Ms Okafor,", and the greetings
 * of other languages recruiters open with ("Bonjour Thomas,", "Salut Andrei!", "Chào anh
 * Minh,", "Hola Lucía,"), and news that ends in the hiring ("Big news + we're hiring 🚀"). The
 * role is named in the prose after it.
 */
const GREETING_WORDS = `hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|coucou|hola|buen(?:os|as) (?:d[ií]as|tardes)|buenas|ciao|buongiorno|salve|hallo|guten (?:tag|morgen)|servus|gr[üu]ezi|moin|ol[áa]|oi|bom dia|boa tarde|hej|hei|hallå|moi|terve|hoi|goedemorgen|goedemiddag|beste|cze[śs][ćc]|dzie[ńn] dobry|ahoj|dobr[ýy] den|szia|sziasztok|bun[ăa](?: ziua)?|merhaba|selam|shalom|salaam|salam|as-?salaam?u? ?[ʿ'’]?alaikum|marhaba|ahlan|habari|jambo|sawubona|namaste|namaskar|kia ora|xin chào|chào|sawasdee|kumusta|apa kabar|halo|selamat (?:pagi|siang|sore)|zdravo|bok|pozdrav|dobar dan|dobr[ýy] de[nň]|labas|sveiki|tere|god(?:dag| morgen)|здраво|привіт|вітаю|здравствуйте|안녕하세요|こんにちは|你好|您好`;
const GREETING = new RegExp(
  String.raw`^(?:(?:${GREETING_WORDS})(?![\p{L}])[^.?]{0,60}[,!.?]?|(?:[^.?!]{1,40}?\s(?:\+|&|and|[—–-])\s)?(?:i['’]m|i am|we['’]re|we are) (?:hiring|recruiting)!*\W*)$`,
  "iu",
);
/**
 * A greeting at the start of a line of prose: "Hi Priya, I lead engineering hiring at ...", "Hi
 * Martín — I came across your profile ...".
 */
const GREETING_FIRST = new RegExp(
  String.raw`^(?:${GREETING_WORDS})(?![\p{L}])[^.?!,—–]{0,30}(?:[,!]|\s[—–]\s)`,
  "iu",
);

/**
 * The role the prose after a greeting seeks, on one of its first three lines ("Hi Katrin," /
 * "hope this finds you well ..." / "They've asked me to find a Senior Solutions Architect for
 * ..."), or "". A role said to be sought wins over one a line opens with: the writer's own
 * ("I'm a co-founder of ...") is not the one offered.
 */
function soughtAfterGreeting(after: PreparedText["lines"]): string {
  const lines = after.filter((l) => l.text !== "").slice(0, 3);
  const first = lines[0]?.text ?? "";
  const sentence = /[.!?]$/.test(first) || first.split(/\s+/).length > 10;
  if (!sentence && nominalArchetype(first) !== null) return first;
  // "Role: Interim VP Engineering" among the brief's fields.
  for (const line of lines) {
    const field = roleFieldOf(line.text);
    if (field !== "") return field;
  }
  for (const read of [soughtTitle, leadingRole])
    for (const line of lines) {
      const title = read(line.text);
      if (title !== "") return title;
    }
  return "";
}

/** An email's subject line: "Subject: ...", "Re: ...", "Fwd: ...", "Betreff: ...", "Objet : ...". */
const SUBJECT_LINE = /^(?:subject|subj|re|fwd?|betreff|objet|asunto|assunto|oggetto)\s*:\s*/i;

/**
 * The role an email's subject names, or null when the line is no subject: the first of its
 * parts (split by dashes and bars) that names a known role, a part with a role's noun first
 * ("Subject: Confidential – CTO, energy group" is "CTO, energy group"; "Interim engagement —
 * Head of Technology" is "Head of Technology", the engagement read apart: archetype.ts
 * `headLine`), without a trailing "role" or "opportunity", cut to the role it opens with when
 * the part reads as a phrase ("CTO role at a delivery startup, worth a look?" is "CTO") and the
 * cut names the same role; the whole subject when no part names one.
 */
function subjectTitle(line: string): string | null {
  const prefix = SUBJECT_LINE.exec(line);
  if (!prefix) return null;
  const subject = line.slice(prefix[0].length).trim();
  const parts = subject.split(/\s[—–|-]\s/).map((raw) => raw.trim());
  // "Interim engagement — Head of Technology, ...": a part that names the role itself first.
  const naming = parts.filter((part) => ROLE_NOUN.test(part));
  for (const part of naming.length > 0 ? naming : parts) {
    const nominal = nominalArchetype(part);
    if (nominal === null) continue;
    // "Engineering Director opportunity", "Interim CTO mission": the role without the word.
    const bare = part.replace(
      /\s+(?:role|opportunity|mandate|mission|search|position|opening)$/i,
      "",
    );
    if (bare !== part && nominalArchetype(bare) === nominal) return bare;
    if (part.length <= 50 && !/\?|\s(?:at|for)\s/i.test(part)) return part;
    const role = leadingRole(part);
    return role !== "" && nominalArchetype(role) === nominal ? role : part;
  }
  return subject;
}

/** A word that names a role itself, not only the kind of engagement ("interim", "contract"). */
const ROLE_NOUN =
  /\b(?:cto|cio|cpo|vp|vpe|head|director|manager|engineer|developer|architect|lead|leader|officer|president|founder|co-?founder|principal|staff|technologist|programmer)\b/i;

/**
 * A message's sender line, which names the writer and not the role: "LinkedIn message from Ana
 * Ruiz, Co-founder & CEO at Tlaco", "From: Ana Ruiz <ana@tlaco.mx>", "Sent: Monday 3 March".
 */
const SENDER_LINE =
  /^(?:(?:linkedin|inmail|e-?mail|whatsapp|slack|direct|private) )?message from\b|^(?:from|sent|date|to|cc)\s*:/i;

/**
 * A job board's navigation, copied with the posting: "Skip to main content", "Home", "Jobs",
 * "Sign in", "Back to search results", a breadcrumb's lone "/", and the skip link and sign-in of
 * boards in other languages ("Přeskočit na obsah", "Zum Inhalt springen", "Aller au contenu",
 * "Saltar al contenido", "Przejdź do treści"). It names nothing of the role.
 */
const NAVIGATION_LINE =
  /^(?:skip to (?:main )?content|skip navigation|přeskočit na (?:hlavní )?obsah|zum (?:haupt)?inhalt springen|aller au contenu(?: principal)?|passer au contenu(?: principal)?|saltar al contenido(?: principal)?|ir al contenido(?: principal)?|(?:pular|ir) para o conteúdo(?: principal)?|(?:vai|salta) al contenuto(?: principale)?|przejdź do (?:głównej )?treści|(?:ga )?naar (?:de )?(?:hoofd)?inhoud|hoppa till (?:huvud)?innehållet|přihlásit se|anmelden|se connecter|iniciar sesión|accedi|zaloguj się|inloggen|logga in|home|jobs|job search|companies|salaries|reviews|sign in|sign up|log in|login|register|menu|search|careers|for employers|post a job|back to (?:jobs|search|(?:search )?results|all jobs)|[/|>»›·•\\-]+)$/i;

/**
 * A social post's age under its author's name and headline ("3d • 🌎", "1w", "2 hours ago ·
 * Edited"): what comes before it is the author's, not the role's.
 */
const POST_AGE =
  /^(?:\d{1,2}\s?(?:h|hr|hrs|d|w|mo|m|min|mins|y|yr)|\d{1,2}\s+(?:hours?|days?|weeks?|months?)(?: ago)?|just now)\b(?:\s*[•·].*)?$/i;

/**
 * Where the title is looked for: after a social post's author lines ({@link POST_AGE}) when
 * none of them names a role (a job board puts the role first and the posting's age after it),
 * else 0.
 */
function afterPostHeader(top: PreparedText["lines"]): number {
  let seen = 0;
  for (const [at, line] of top.entries()) {
    if (line.text === "") continue;
    if (++seen > 4) break;
    if (POST_AGE.test(line.text)) return at + 1;
    if (seen === 1 && nominalArchetype(line.text.split(/\s[•·|]\s/)[0] ?? "") !== null) break;
  }
  return 0;
}

/**
 * A page's furniture copied with the posting: its navigation ({@link NAVIGATION_LINE}), a cookie
 * banner ("Wir verwenden Cookies, um ..."), a link back ("< Back to search results"), a row of
 * menu items ("Jobs   Companies   Salaries   Sign in") none of which names a role.
 *
 * The menu's items are told apart by the wide gaps between them in the line as written (its
 * offsets into `prepared.source`): the line's collapsed `text` no longer holds them.
 */
function isPageFurniture(prepared: PreparedText, line: PreparedText["lines"][number]): boolean {
  const text = line.text;
  if (NAVIGATION_LINE.test(text) || /^[<←«‹]\s*\S/.test(text)) return true;
  if (/\bcookies?\b/i.test(text) && nominalArchetype(text) === null) return true;
  // (Split by wide gaps only: a row of fields split by "|" is a "who is hiring" header.)
  const raw = prepared.source.slice(line.start, line.end);
  const items = raw.split(/\s{2,}/).filter((i) => i.trim() !== "" && i.trim() !== "|");
  return items.length >= 3 && items.every((i) => i.length <= 25 && nominalArchetype(i) === null);
}

/** A breadcrumb's first part, a site's home page in the languages of the boards seen. */
const HOME_FIRST =
  /^(?:home|startseite|acas[ăa]|inicio|in[íi]cio|accueil|strona g[łl][óo]wna|dom[ůu]|etusivu|hjem|hem|начало|ana sayfa)\s+[>›»/]\s/i;

/**
 * The role a breadcrumb ends in ("Home > Jobs > Information Technology > Head of Engineering"):
 * its last part when it names a known role, "" when it names none, null when the line is no
 * breadcrumb (three or more parts split by ">", "›" or "»", or by "/" after a home page's name).
 */
function breadcrumbRole(text: string): string | null {
  // "Acasă / Joburi / Cluj-Napoca / Software Architecture": "/" splits a trail that starts at home.
  const parts = text.split(HOME_FIRST.test(text) ? /\s+[>›»/]\s+/ : /\s+[>›»]\s+/);
  if (parts.length < 3) return null;
  const last = (parts.at(-1) ?? "").trim();
  return nominalArchetype(last) !== null ? last : "";
}

/** A field naming the role: "Position: ...", "Role: ...", "Job: ...". */
const ROLE_FIELD = /^(?:position|role|job)\s*:\s*(.{3,80})$/i;

/** The known role a {@link ROLE_FIELD} line names, when it names one and is no sentence, or "". */
function roleFieldOf(line: string): string {
  const field = ROLE_FIELD.exec(line)?.[1];
  return field && !isProseLine(field) && nominalArchetype(field) !== null ? field : "";
}

/**
 * The first line of the posting that can be a title: a `Title:` / `Job title:` line near the
 * top wins, then the first short line that is not a generic heading ("Job description"); when
 * that line is long prose, the role it names at its start ({@link LEADING_TITLE}).
 *
 * @returns the title with markup removed, or "" when none is found
 */
export function extractTitle(prepared: PreparedText): string {
  const top = prepared.lines.slice(0, 25);
  for (const line of top) {
    const m = /^(?:job |position |role )?title\s*:\s*(.{3,120})$/i.exec(line.text);
    if (m?.[1]) return withoutPictographs(m[1]);
  }
  const start = afterPostHeader(top);
  for (const [at, line] of top.entries()) {
    if (at < start || line.text === "" || SENDER_LINE.test(line.text)) continue;
    if (isPageFurniture(prepared, line)) continue;
    // "Home > Jobs > Information Technology > Head of Engineering": the role it ends in.
    const crumb = breadcrumbRole(line.text);
    if (crumb) return withoutPictographs(crumb);
    if (crumb === "") continue;
    // "Subject: Interim CTO – 6 months – Melbourne": an email's subject, the role among its parts.
    const subject = subjectTitle(line.text);
    if (subject !== null) return withoutPictographs(subject);
    // "Position: Software Development Manager II" first (after a generic heading): its role.
    const field = roleFieldOf(line.text);
    if (field !== "") return withoutPictographs(field);
    if (GREETING.test(withoutPictographs(line.text))) {
      // "Hi Karen," then "... they're hiring a VP of Engineering": the role the message seeks,
      // said in the greeting's own line first ("Bok svima! We're looking for a ...").
      return withoutPictographs(soughtTitle(line.text) || soughtAfterGreeting(top.slice(at + 1)));
    }
    if (isProseLine(line.text)) {
      const named = proseHeaderRole(line.text) ?? leadingTitle(line.text);
      if (named !== "" || !GREETING_FIRST.test(line.text)) return named;
      return withoutPictographs(soughtAfterGreeting(top.slice(at + 1)));
    }
    if (GENERIC_HEADINGS.test(line.text.replace(/[:.]$/, ""))) continue;
    const first = roleField(line.text.replace(/[:.]$/, ""));
    const below = top.slice(at + 1);
    return withoutPictographs(
      nominalArchetype(first) === null
        ? (roleOnNextLine(below, prepared) ?? roleFieldBelow(below) ?? first)
        : first,
    );
  }
  return "";
}

/**
 * The role named on one of the first lines of `after` (the lines after a first line that names
 * none), as job boards copy a posting: the company on the first line, the role on the second
 * ("Haatbox Limited" then "Head of Engineering"), or after a field or two ("Vacancy reference:
 * IT/2025/014" then "Principal Engineer – Digital Channels"); undefined at prose, a generic
 * heading, or when none of the first three lines names a known role.
 */
function roleOnNextLine(after: PreparedText["lines"], prepared: PreparedText): string | undefined {
  let seen = 0;
  for (const next of after) {
    if (next.text === "" || isPageFurniture(prepared, next)) continue;
    // A job board's breadcrumb: the role it ends in, or past it ("Home > Jobs > IT").
    const crumb = breadcrumbRole(next.text);
    if (crumb) return crumb;
    if (crumb === "") continue;
    if (++seen > 3 || next.text.length > 80 || isProseLine(next.text)) return undefined;
    const text = next.text.replace(/[:.]$/, "");
    if (GENERIC_HEADINGS.test(text)) return undefined;
    // "Position: Technology Manager" under a notice's heading names the role.
    const field = ROLE_FIELD.exec(text);
    if (field?.[1] && nominalArchetype(field[1]) !== null) return field[1];
    // A field ("Location: Maputo", "Reports to: the CTO") names no title; the lines after it may.
    if (/^[^:]{2,40}:\s*\S/.test(text)) continue;
    if (nominalArchetype(text) !== null) return text;
    // The first line that is neither a field nor a role ends the header.
    return undefined;
  }
  return undefined;
}

/**
 * The role a "Position:" field names among the first eight lines of `after`, as terms of
 * reference and notices head themselves ("SHAMBA CONNECT LIMITED", "TERMS OF REFERENCE", then
 * "POSITION: CHIEF TECHNOLOGY OFFICER"); undefined when none does.
 */
function roleFieldBelow(after: PreparedText["lines"]): string | undefined {
  const field = after
    .filter((l) => l.text !== "")
    .slice(0, 8)
    .map((l) => roleFieldOf(l.text))
    .find((f) => f !== "");
  return field || undefined;
}

/**
 * The field of a header line that names the role, when the line is a row of fields split by
 * "|" that starts with another ("Acme Robotics | Founding Engineer | Remote | $150k", the shape
 * of a "who is hiring" post): the first field with a nominal archetype. A line that starts with
 * the role ("Staff Engineer | Platform"), or none of whose fields names one, stays as it is.
 */
function roleField(line: string): string {
  if (!line.includes("|")) return line;
  const fields = line.split("|").map((f) => f.trim());
  if (nominalArchetype(fields[0] ?? "") !== null) return line;
  return fields.find((f) => f !== "" && nominalArchetype(f) !== null) ?? line;
}

/**
 * The role a "who is hiring" post names in its header fields when the whole post is one line
 * ("Acme (YC W24) | Founding Engineer | SF | $160k | We're 6 people. You'll write ..."): the
 * first of its first four "|" fields that names a known role and is no sentence; null when
 * the line has fewer than three fields or none names one.
 */
function proseHeaderRole(line: string): string | null {
  const fields = line.split("|").map((f) => f.trim());
  if (fields.length < 3) return null;
  return (
    fields
      .slice(0, 4)
      .find((f) => f !== "" && f.length <= 80 && !isProseLine(f) && nominalArchetype(f) !== null) ??
    null
  );
}

/**
 * A title without its emoji ("Head of Engineering 🚀"): they name no role, and the reports
 * quote the title. Extended_Pictographic is Unicode's emoji property (UTS #51); U+FE0F and
 * U+200D join and style emoji.
 */
function withoutPictographs(title: string): string {
  return title
    .replace(/(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+/gu, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/**
 * A corporate rank before an individual contributor's role, as banks and insurers title their
 * engineers ("Vice President, Software Engineer", "AVP - Senior Java Developer", "Executive
 * Director | Data Engineer"): the rank is a grade, the role after it is the job. Not a function
 * led ("Vice President, Software Engineering") nor a manager ("VP, Engineering Manager").
 */
const RANKED_INDIVIDUAL =
  /^\s*(?:senior\s+)?(?:vice president|vp|avp|assistant vice president|svp|senior vice president|executive director|associate director|director)\s*[,|:–—-]\s*(?:(?:senior|sr\.?|lead|staff|principal|full[- ]stack|front[- ]?end|back[- ]?end|software|java|python|\.net|c\+\+|data|cloud|devops|platform|application|applications|mobile|ios|android|quant(?:itative)?|machine learning|ml|security|site reliability|systems?)\s+){0,4}(?:engineer|developer|programmer|architect|scientist|sre)\b(?!\s*(?:manager|management|lead|leader|director))/i;

/** Whether the title is a rank before an individual contributor's role ({@link RANKED_INDIVIDUAL}). */
export function isRankedIndividualTitle(title: string): boolean {
  return RANKED_INDIVIDUAL.test(title);
}

/** Does the title name a CTO (any kind)? */
export function isCtoTitle(title: string): boolean {
  return CTO.test(title);
}

/**
 * The archetype a title names: function words first (co-founder, fractional, solutions), then
 * the first level word in the title ("Director/VP" is a director).
 *
 * @returns the nominal archetype, or null when the title names no known role
 */
export function nominalArchetype(title: string): ArchetypeId | null {
  for (const rule of functionRules) if (rule.re.test(title)) return rule.id;
  let best: { id: ArchetypeId; at: number } | null = null;
  for (const rule of levelRules) {
    const m = rule.re.exec(title);
    if (m && (best === null || m.index < best.at)) best = { id: rule.id, at: m.index };
  }
  return best?.id ?? null;
}
