/**
 * Base pay as stated in a posting: "$180K–$220K", "$185,000 - $230,000 USD",
 * "£90,000–£110,000", "€120k", "between $135,000 and $160,000", "$85/hr", "£550 a day".
 *
 * Rules, from how US, UK and EU postings state pay (US pay-transparency laws such as Colorado's
 * Equal Pay for Equal Work Act, 2021, made the "range by zone" form common):
 * - a range beats a single figure, and the first range stated wins, except that a run of
 *   ranges by geographic zone or level gives their span (lowest minimum, highest maximum);
 * - amounts labelled OTE / on-target earnings are reported apart and never taken as base;
 * - bonus, equity, stipend and benefit amounts, and figures in millions (revenue, funding) are
 *   not pay, except millions of a currency of a hundred or more units to the dollar ("₦2.5m
 *   monthly", "¥24 million a year"), in which pay is said so;
 * - a lone figure below 1,000 counts only with an explicit period ("$85/hr"), since scraped
 *   headers often hold a truncated amount;
 * - with no currency sign, a "k" figure in a pay sentence takes the posting's currency (USD
 *   when none is shown).
 */
import type { Compensation, PayPeriod } from "../taxonomy.js";

interface Amount {
  start: number;
  end: number;
  value: number;
  currency: string | null;
  /** An ISO code written after the figure ("215,000 CAD"). */
  code: string | null;
  thousands: boolean;
  /** In millions or billions ("2.5m", "24 million", "3bn"): not read as pay, but see `mega`. */
  millions: boolean;
  /**
   * In millions ("₦2.5m", "¥24 million"): pay in a currency of small units
   * ({@link paidInMillions}) is said so.
   */
  mega: boolean;
  /** In lakhs (100,000 rupees): "45 lakhs", "45-60 LPA" (lakhs per annum). */
  lakhs: boolean;
  /** Said per annum by its suffix ("LPA"). */
  perAnnum: boolean;
}

interface Candidate {
  start: number;
  end: number;
  min: number;
  max: number;
  /** The figure's own currency, or the posting's when it shows none (then in a pay sentence). */
  currency: string;
  period: PayPeriod | null;
  range: boolean;
  line: number;
  payContext: boolean;
  ote: boolean;
  /** Said as total compensation (base with bonus or equity): base pay stated beside it wins. */
  total: boolean;
}

/** "Rs", the rupee of India, Pakistan, Sri Lanka, Mauritius or Nepal: see {@link regional}. */
const RUPEE = "rupee";
/** The CFA franc of West (XOF) or Central Africa (XAF): see {@link regional}. */
const CFA = "cfa";
/** "K" glued to a figure: the kwacha of Zambia or Malawi, or Myanmar's kyat ({@link regional}). */
const KWACHA = "kwacha";
/** "¥", Japan's yen or China's yuan (written 元 or RMB too): see {@link regional}. */
const YEN = "yen";
/** China named, or pay said in Chinese words: the yuan's "¥" ("月薪 ¥60K–80K"). */
const CHINA =
  /\b(?:china|chinese|beijing|shanghai|shenzhen|guangzhou|hangzhou|chengdu|nanjing|wuhan|suzhou|xi['’]an|tianjin)\b|月薪|年薪|人民币|[0-9]\s?元/i;
/** The dirham of the United Arab Emirates (AED) or Morocco (MAD): see {@link regional}. */
const DIRHAM = "dirham";
/** "kr", the krona or krone of Sweden, Norway, Denmark or Iceland: see {@link regional}. */
const KRONE = "krone";
/**
 * "$" with its thousands grouped by full stops ("$7.000.000"), as pesos are written in Chile,
 * Colombia, Argentina and Uruguay, never a US dollar: the first peso country the posting names
 * ({@link PESO_PLACES}).
 */
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const SYMBOLS: Record<string, string> = {
  US$: "USD",
  CA$: "CAD",
  R$: "BRL",
  C$: "CAD",
  A$: "AUD",
  AU$: "AUD",
  NZ$: "NZD",
  S$: "SGD",
  HK$: "HKD",
  $: "USD",
  "£": "GBP",
  "€": "EUR",
  "₹": "INR",
  円: "JPY",
  원: "KRW",
  "₦": "NGN",
  "₱": "PHP",
  "₩": "KRW",
  "₪": "ILS",
  "₫": "VND",
  "₺": "TRY",
  R: "ZAR",
  RM: "MYR",
  KSh: "KES",
  Ksh: "KES",
  "S/": "PEN",
  "B/": "PAB",
  NT$: "TWD",
  "฿": "THB",
  Rp: "IDR",
  NRs: "NPR",
  Tk: "BDT",
  "৳": "BDT",
  RD$: "DOP",
  TT$: "TTD",
  J$: "JMD",
  N$: "NAD",
  "֏": "AMD",
  "₸": "KZT",
  "₾": "GEL",
  "₡": "CRC",
  "₴": "UAH",
  "₼": "AZN",
  "₮": "MNT",
  "₭": "LAK",
  "៛": "KHR",
  "₲": "PYG",
  "GH₵": "GHS",
  "₵": "GHS",
  Bs: "BOB",
  KD: "KWD",
  BD: "BHD",
  QR: "QAR",
  SR: "SAR",
  USh: "UGX",
  TSh: "TZS",
  MK: "MWK",
  Q: "GTQ",
  P: "BWP",
  // A rupee sign of several countries: the posting's places decide (regional).
  Rs: RUPEE,
  K: KWACHA,
  // The renminbi's common abbreviation, not an ISO code.
  RMB: "CNY",
  // The yen's and the yuan's sign: see regional.
  "¥": YEN,
};
const CODES =
  "USD|GBP|EUR|CAD|AUD|NZD|CHF|SGD|HKD|INR|JPY|SEK|NOK|DKK|PLN|BRL|MXN|ZAR|CZK|ILS|AED|NGN|KES|COP|ARS|CLP|PEN|PHP|VND|KRW|IDR|MYR|THB|TWD|CNY|EGP|TRY|HUF|RON|SAR|QAR|PKR|BDT|LKR|NPR|GHS|MAD|UGX|TZS|UAH|KZT|" +
  "JOD|KWD|BHD|OMR|TND|DZD|ETB|RWF|XOF|XAF|ZMW|MUR|ISK|BGN|RSD|GEL|AMD|AZN|UYU|BOB|PYG|GTQ|CRC|DOP|JMD|UZS|MNT|KHR|MMK|LAK|BYN|MDL|MKD|ALL|" +
  "BWP|NAD|MZN|MWK|IQD|LBP|KGS|TJS|AFN|HNL|NIO|TTD|AOA|CDF|MGA|PAB|RMB";
/** Currencies named in words after a figure ("90,000 euros"), by their ISO 4217 code. */
const CURRENCY_WORDS: [RegExp, string][] = [
  [/^euro[st]?$/i, "EUR"],
  [/^pounds?/i, "GBP"],
  [/^canadian dollars?$/i, "CAD"],
  [/^australian dollars?$/i, "AUD"],
  [/^(?:us )?dollars?$/i, "USD"],
  [/^(?:f\s?)?cfa(?: francs?)?$/i, CFA],
  [/francs?$/i, "CHF"],
  [/^so['’]?m$/i, "UZS"],
  [/^drams?$/i, "AMD"],
  [/^tenge$/i, "KZT"],
  [/^lari$/i, "GEL"],
  [/^quetzal(?:es)?$/i, "GTQ"],
  [/^colones$/i, "CRC"],
  [/^pula$/i, "BWP"],
  [/^rand$/i, "ZAR"],
  [/^naira$/i, "NGN"],
  [/^cedis?$/i, "GHS"],
  [/^kwacha$/i, "ZMW"],
  [/^dirhams?$/i, DIRHAM],
  [/^ringgit$/i, "MYR"],
  [/^rupees?$/i, RUPEE],
  [/^(?:ft|forints?)$/i, "HUF"],
  [/^kč$/i, "CZK"],
  [/^zł$/i, "PLN"],
  [/^lei$/i, "RON"],
  [/^đồng$/i, "VND"],
  [/^(?:kr|kronor|kroner|krónur)$/i, KRONE],
  [/^บาท$/, "THB"],
  [/^tl$/i, "TRY"],
  [/^лв\.?$/i, "BGN"],
  [/^yen$/i, "JPY"],
  [/^baht$/i, "THB"],
  [/^rupiah$/i, "IDR"],
  // Israel's new shekel by its common abbreviation ("60-70K NIS").
  [/^(?:nis|shekels?)$/i, "ILS"],
];
/**
 * Currency signs before a figure. The South African rand's "R", the quetzal's "Q" and the
 * pula's "P" count only glued to a figure grouped in thousands ("R95,000", "Q25,000"), and the
 * rand's also to one said in millions ("R3.2m"), so that "R2" or "Series R 5" stay words; letter
 * signs ("Rs", "KD", "BD", "Bs", "SR", "QR", "MK", the ringgit's "RM", the balboa's "B/.") only
 * right before a figure ("RM 450 an hour").
 */
const SYMBOL_RE =
  "R\\$|US\\$|NT\\$|CA\\$|C\\$|AU\\$|A\\$|NZ\\$|S\\$|HK\\$|RD\\$|TT\\$|J\\$|N\\$|\\$|£|€|₹|¥|₦|₱|₩|₪|₫|₺|฿|֏|₸|₾|₡|₴|₼|₮|₭|៛|₲|GH₵|₵|K[Ss]h\\s?|S\\/\\.?|(?<![A-Za-z0-9])B\\/\\.?(?=\\s?\\d)|(?<![A-Za-z0-9])(?:Rp|NRs|Tk|Rs|Bs|KD|BD|QR|SR|USh|TSh|MK)\\.?(?=\\s?\\d)|৳|(?<![A-Za-z0-9])RM(?=\\s?\\d)|(?<![A-Za-z0-9])(?:RM?|Q|P)(?=\\s?\\d{1,3}[, \\u00a0]\\d{3})|(?<![A-Za-z0-9])K(?=\\d{1,3},\\d{3})|(?<![A-Za-z0-9])[Kk]r\\.?(?=\\s?\\d)|(?<![A-Za-z0-9])R(?=\\d{1,3}(?:\\.\\d{1,2})?\\s?(?:m|million)\\b)";
const AMOUNT = new RegExp(
  `(?<pre>(?:${SYMBOL_RE})|\\b(?:${CODES})\\s?(?:${SYMBOL_RE})?)?\\s?(?<num>\\d{1,3},\\d{1,2}(?=\\s?(?:[-–]\\s?\\d{1,3}(?:,\\d{1,2})?\\s?)?(?:millió|mln|mio|millones|milioane)(?![A-Za-z\\u00c0-\\u024f]))|\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d)|\\d{1,3}(?:[,.\\u00a0\\u202f]\\d{3})+(?:\\.\\d{1,2})?|\\d{1,3}(?:[ '’]\\d{3})+(?![\\d,.]\\d)|\\d+(?:\\.\\d+)?)(?:\\s?(?<suf>[kK](?!č)|mm?|MM?|[mb]illion|millió|mln|[Mm]io\\.?|millones|milioane|bn|B|LPA|lpa|[Ll]akhs?|[Ll]acs?|[Cc]rores?|[Cc]r)(?![A-Za-z\\u00c0-\\u024f])|(?<man>万|만)|(?<eok>억(?:\\s?(?<eokman>\\d{1,2},?\\d{3}|\\d{1,4})만)?)|(?<tis>\\s?tis\\.)|(?<trieu>\\s?(?:triệu|juta)))?(?:[ \\t\\u00a0]{0,3}(?<post>(?:${CODES})\\b|€|£|(?:euros?|pounds?(?: sterling)?|(?:us |canadian |australian )?dollars?|swiss francs?|(?:[Ff]\\s?)?(?:CFA|cfa)(?: francs?)?|francs?|[Ss]o['’]?m|drams?|tenge|lari|quetzal(?:es)?|colones|pula|rand|naira|cedis?|kwacha|dirhams?|ringgit|[Rr]upees?|Ft|forints?|lei|kr|kronor|kroner|krónur|yen|baht|rupiah|NIS|[Ss]hekels?)\\b|eurot\\b|Eur\\b|Kč|zł|円|원|บาท|лв\\.?|TL\\b|đồng))?`,
  "g",
);
// "$150,000/yr - $180,000/yr": the period may follow the first figure too.
const RANGE_JOIN =
  /^\s*(?:(?:\/\s*|per |an? )(?:yr|year|annum|hr|hour|mo|month)\s*)?(?:-|–|—|~|〜|～|to|and|until|bis|à|a|al|hasta|até|y|e|et|und|en|og|och|ja|\/)\s*$/i;

/** An amount to the cent, without the binary fractions a product of decimals leaves. */
function cents(x: number): number {
  return Math.round(x * 100) / 100;
}

function parseNumber(text: string): number {
  const cleaned = text.replace(/[\u00a0\u202f '’]/g, "");
  // "2,8 millió": a decimal comma (only read before a word for millions).
  if (/^\d{1,3},\d{1,2}$/.test(cleaned)) return Number(cleaned.replace(",", "."));
  // "120.000" is a European thousands separator; "85.50" is a decimal.
  if (/^\d{1,3}(\.\d{3})+$/.test(cleaned)) return Number(cleaned.replace(/\./g, ""));
  return Number(cleaned.replace(/,/g, ""));
}

const CODE_SET: ReadonlySet<string> = new Set(CODES.split("|"));

function currencyOf(symbol: string | undefined): string | null {
  if (!symbol) return null;
  // "S/. 8,000", "Rp. 45.000.000", "NRs. 2,50,000": the sign's abbreviating full stop.
  const s = symbol.trim().replace(/(?<=\S)\.$/, "");
  // "CAD $190,000": the code names the dollar.
  const coded = /^([A-Z]{3})\s?\S+$/.exec(s);
  if (coded?.[1] && CODE_SET.has(coded[1])) return coded[1];
  const word = CURRENCY_WORDS.find(([re]) => re.test(s));
  if (word) return word[1];
  return SYMBOLS[s] ?? (s.length === 3 ? s.toUpperCase() : null);
}

/** Pension schemes that belong to one dollar country's pay. */
const SUPERANNUATION = String.raw`\bsuperannuation\b|(?:plus|\+) super\b`;
const KIWISAVER = String.raw`\bkiwisaver\b`;
/**
 * Places that name a posting's country, for the dollar a bare "$" means: the one country other
 * than the US whose places the posting names ("Sydney", "Remote (Canada)"), when it names no
 * place in the US; of several, the one a pay word of its own names ("+ super" for
 * superannuation, KiwiSaver), else the one named first (the location line: "Melbourne VIC" of
 * a company whose customers are "across Australia and New Zealand").
 */
const DOLLAR_PLACES: ReadonlyArray<readonly [string, RegExp]> = [
  [
    "AUD",
    new RegExp(
      String.raw`\b(?:australia|australian|sydney|melbourne|brisbane|perth|adelaide|canberra|hobart|queensland|new south wales|nsw|vic)\b|${SUPERANNUATION}`,
      "i",
    ),
  ],
  [
    "CAD",
    /\b(canada|canadian|toronto|vancouver|montr[eé]al|ottawa|calgary|edmonton|halifax|winnipeg|ontario|qu[eé]bec|british columbia|alberta|nova scotia)\b/i,
  ],
  ["SGD", /\bsingapore\b/i],
  ["HKD", /\bhong kong\b/i],
  [
    "NZD",
    new RegExp(String.raw`\b(?:new zealand|auckland|wellington|christchurch)\b|${KIWISAVER}`, "i"),
  ],
  ["SGD", /\bsingapore\b/i],
  ["HKD", /\bhong kong\b/i],
];
/** The pay words of {@link DOLLAR_PLACES}: the pension schemes. */
const DOLLAR_PAY_WORDS: ReadonlyArray<readonly [string, RegExp]> = [
  ["AUD", new RegExp(SUPERANNUATION, "i")],
  ["NZD", new RegExp(KIWISAVER, "i")],
];
const US_PLACES =
  /\b(united states|usa|u\.s\.|new york|nyc|san francisco|bay area|california|seattle|austin|boston|chicago|denver|colorado|texas|washington,? d\.?c\.?|401\(?k\)?)\b/i;
/** "US" in capitals: "Remote (US)", "US-based" (not "join us", nor the "US$" of a sum). */
const US_CODE = /\bUS\b(?!\s?\$)/;

/** The dollars a "$" may mean: the US dollar and those of {@link DOLLAR_PLACES}. */
const DOLLAR_CODES = ["USD", ...DOLLAR_PLACES.map(([code]) => code)].join("|");
/**
 * A dollar figure that names its dollar: "$150,000–$175,000 CAD", "$14,000 - $18,000 (SGD)",
 * "CAD $190,000", and a code
 * before a figure written out in thousands ("CAD 240,000", not "USD 55M" of a funding round).
 */
const CODED_DOLLAR = new RegExp(
  String.raw`\$\s?\d[\d,.]*\s?[kK]?(?:\s*(?:-|–|—|to)\s*\$?\s?\d[\d,.]*\s?[kK]?)?\s*\(?\s*(${DOLLAR_CODES})\b|\b(${DOLLAR_CODES})\s?(?:\$\s?\d|\d{2,3}[,.\u00a0 ]\d{3}\b)`,
  "g",
);

/**
 * The dollar a bare "$" means in `text`: the one dollar its coded figures name ("$150K–$175K"
 * in the title, "$150,000–$175,000 CAD" in the text), else by its places
 * ({@link DOLLAR_PLACES}): USD unless another.
 */
function localDollar(text: string): string {
  const coded = new Set([...text.matchAll(CODED_DOLLAR)].map((m) => m[1] ?? m[2]));
  if (coded.size === 1) return [...coded][0] as string;
  if (US_PLACES.test(text) || US_CODE.test(text)) return "USD";
  const named = DOLLAR_PLACES.map(([code, re]) => [code, text.search(re)] as const).filter(
    ([, at]) => at >= 0,
  );
  if (named.length > 1) {
    const paid = DOLLAR_PAY_WORDS.filter(([, re]) => re.test(text));
    if (paid.length === 1) return (paid[0] as readonly [string, RegExp])[0];
  }
  return named.sort((a, b) => a[1] - b[1])[0]?.[0] ?? "USD";
}

/** Places that decide which rupee "Rs" means; India's when none is named. */
const RUPEE_PLACES: ReadonlyArray<readonly [string, RegExp]> = [
  ["PKR", /\b(?:pakistan|karachi|lahore|islamabad|rawalpindi|faisalabad)\b/i],
  ["LKR", /\b(?:sri lanka|colombo|kandy)\b/i],
  ["MUR", /\b(?:mauritius|port louis|ebene|ebène)\b/i],
  ["NPR", /\b(?:nepal|kathmandu|lalitpur|pokhara)\b/i],
];
/** Places that decide which krona or krone "kr" means; Sweden's when none is named. */
const KRONE_PLACES: ReadonlyArray<readonly [string, RegExp]> = [
  // The pay word names the language, and so the krone: Norwegian "lønn", Danish "løn",
  // Swedish "lön".
  [
    "NOK",
    /\b(?:norway|norwegian|oslo|bergen|trondheim|stavanger|(?:års|måneds)?lønn(?:es|et|ing)?)(?![\p{L}\d])/iu,
  ],
  [
    "DKK",
    /\b(?:denmark|danish|copenhagen|københavn|aarhus|odense|(?:års|måneds)?løn)(?![\p{L}\d])/iu,
  ],
  ["ISK", /\b(?:iceland|icelandic|reykjav[ií]k|laun|mánuði)(?![\p{L}\d])/iu],
  [
    "SEK",
    /\b(?:sweden|swedish|stockholm|gothenburg|göteborg|malmö|uppsala|(?:års|månads)?lön)(?![\p{L}\d])/iu,
  ],
];
/** Places of the pesos written with "$" ({@link DOTTED_THOUSANDS}). */
const PESO_PLACES: ReadonlyArray<readonly [string, RegExp]> = [
  ["CLP", /\b(?:chile|chilean|santiago|providencia|las condes|valpara[ií]so)(?![\p{L}\d])/iu],
  ["COP", /\b(?:colombia|colombian|bogot[aá]|medell[ií]n|barranquilla)(?![\p{L}\d])/iu],
  ["ARS", /\b(?:argentina|argentinian|buenos aires|rosario|mendoza)(?![\p{L}\d])/iu],
  ["UYU", /\b(?:uruguay|uruguayan|montevideo)(?![\p{L}\d])/iu],
  ["MXN", /\b(?:m[eé]xico|mexican|cdmx|guadalajara|monterrey)(?![\p{L}\d])/iu],
];

/** The first-named of `places` in `text`, or null. */
function firstPlace(places: ReadonlyArray<readonly [string, RegExp]>, text: string): string | null {
  const named = places
    .map(([code, re]) => [code, text.search(re)] as const)
    .filter(([, at]) => at >= 0)
    .sort((a, b) => a[1] - b[1]);
  return named[0]?.[0] ?? null;
}

/** Places that decide which currency "K" means; Zambia's kwacha when none is named. */
const KWACHA_PLACES: ReadonlyArray<readonly [string, RegExp]> = [
  ["ZMW", /\b(?:zambia|zambian|lusaka|ndola|kitwe)\b/i],
  ["MWK", /\b(?:malawi|malawian|lilongwe|blantyre)\b/i],
  ["MMK", /\b(?:myanmar|burma|yangon|mandalay|naypyidaw)\b/i],
];
/** Places of the Moroccan dirham; the Emirati one otherwise. */
const MOROCCO =
  /\b(?:morocc\w*|maroc\w*|casablanca|rabat|marrakech|marrakesh|tangier|tanger|f[eè]s|fez|agadir)\b/i;
/** Places of the Central African CFA franc (XAF); the West African one (XOF) otherwise. */
const CENTRAL_AFRICA =
  /\b(?:cameroon|douala|yaound|gabon|libreville|chad|n'?djamena|congo|brazzaville|bangui|central african|equatorial guinea|malabo)\b/i;

/**
 * The currency a sign or word of several countries means in `text`: "Rs" by the places the
 * posting names (the first named; India's rupee when none), "kr" likewise (Sweden's krona when
 * none), "K" likewise (Zambia's kwacha when none), the CFA franc by Central or West Africa; any
 * other currency as it is.
 */
function regional(currency: string | null, text: string): string | null {
  if (currency === RUPEE) return firstPlace(RUPEE_PLACES, text) ?? "INR";
  if (currency === KRONE) return firstPlace(KRONE_PLACES, text) ?? "SEK";
  if (currency === CFA) return CENTRAL_AFRICA.test(text) ? "XAF" : "XOF";
  if (currency === KWACHA) return firstPlace(KWACHA_PLACES, text) ?? "ZMW";
  if (currency === DIRHAM) return MOROCCO.test(text) ? "MAD" : "AED";
  if (currency === YEN) return CHINA.test(text) ? "CNY" : "JPY";
  return currency;
}

/**
 * A currency code named before bare figures on their line: "Salary in USD: 5,000 to 6,500",
 * "Salary (EUR): 60,000 - 70,000".
 */
const CODE_BEFORE = new RegExp(`\\b(${CODES})\\b[^\\d\\n]{0,20}$`);

function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  let dollar: string | undefined;
  // The peso a "$7.000.000" means, looked for once (null: no peso country named).
  let peso: string | null | undefined;
  for (const m of text.matchAll(AMOUNT)) {
    const g = m.groups ?? {};
    const num = g.num ?? "";
    // Skip digits glued to letters (model numbers, "H1", "SOC2") and years.
    const at = (m.index ?? 0) + m[0].length - m[0].trimStart().length;
    const before = text[at - 1] ?? " ";
    if (/[\p{L}\d]/u.test(before) && !g.pre) continue;
    // "401k" / "401(k)" is a retirement plan, not an amount.
    if (num === "401" && !g.pre) continue;
    const suf = (g.suf ?? "").toLowerCase();
    const value = parseNumber(num);
    if (!Number.isFinite(value)) continue;
    // Czech and Slovak "tis." is thousands: "120–150 tis. Kč".
    const thousands = suf === "k" || g.tis !== undefined;
    // A lakh is 100,000 (Indian numbering); pay is often said in lakhs per annum ("LPA").
    const lakhs = /^(?:lpa|lakhs?|lacs?)$/.test(suf);
    // A crore is 100 lakhs (10,000,000 rupees): "₹90 LPA – ₹1.2 Cr".
    const crores = /^(?:cr|crores?)$/.test(suf);
    // Japanese 万 and Korean 만 are ten thousand: "900万円" is ¥9,000,000, "9,000만 원"
    // ₩90,000,000; Korean 억 is a hundred million, with its 만 after ("1억 2,000만 원").
    const man = g.man !== undefined;
    const eok = g.eok !== undefined;
    // Vietnamese "triệu" is a million: "120 – 150 triệu VND/tháng".
    const trieu = g.trieu !== undefined;
    const millions = (suf !== "" && suf !== "k" && !lakhs && !crores) || trieu;
    // Hungarian "millió", Polish "mln", German "Mio.", Spanish "millones", Romanian "milioane".
    const mega = /^(?:m|mm|million|millió|mln|mio\.?|millones|milioane)$/.test(suf) || trieu;
    const scale = thousands ? 1000 : lakhs ? 100_000 : crores ? 1e7 : man ? 10_000 : 1;
    const bareDollar = g.pre?.trim() === "$" && !g.post;
    if (bareDollar && dollar === undefined) dollar = localDollar(text);
    const dotted = bareDollar && DOTTED_THOUSANDS.test(num);
    if (dotted && peso === undefined) peso = firstPlace(PESO_PLACES, text);
    out.push({
      start: at,
      end: (m.index ?? 0) + m[0].trimEnd().length,
      // To the cent: 2.2 lakh is 220,000, not 220,000.00000000003.
      value: cents(eok ? value * 1e8 + parseNumber(g.eokman ?? "0") * 10_000 : value * scale),
      currency: bareDollar
        ? ((dotted ? peso : null) ?? dollar ?? "USD")
        : regional(
            currencyOf(g.pre) ??
              currencyOf(g.post) ??
              (lakhs || crores ? "INR" : null) ??
              CODE_BEFORE.exec(text.slice(Math.max(0, at - 30), at))?.[1] ??
              null,
            text,
          ),
      code: g.post && g.post.length === 3 ? g.post.toUpperCase() : null,
      thousands,
      millions,
      mega,
      lakhs,
      perAnnum: suf === "lpa",
    });
  }
  return out;
}

// Tax and contract words may stand between a figure and its period: "34,000 PLN gross per
// month", "30k net/month", "€80k (gross) a year", "25 000 PLN net B2B / month" (a Polish
// business-to-business contract; UoP is an employment contract), "+ VAT / month", "CTC per
// annum" (cost to company), Chile's "líquidos mensuales" (take-home), French "bruts"; South
// Africa's "total guaranteed package" and "total cost to company" (the fixed pay).
const TAX = String.raw`(?:\s*\(?(?:gross|net|nets|brutto|netto|bruto|brutos|neto|netos|bruts?|brute|brüt|бруто|нето|líquidos?|liquidos?|hrub(?:ého|á|é|ý)|nominal(?:es)?|ctc|before tax(?:es)?|pre-tax|b2b|uop|\+\s*vat|total guaranteed(?: package)?|total cost to company|tctc|tgp|package)\)?){0,3}`;
const HOUR_AFTER = new RegExp(
  String.raw`^${TAX}\s*\(?\s*(?:(?:\/|per|an|a|each)\s*(?:hour|hr|h)(?![\w\u00c0-\u024f])|hourly|p\/?h\b)`,
);
const DAY_AFTER = new RegExp(
  String.raw`^${TAX}\s*\(?\s*(?:(?:\/|per|a|each)\s*day\b|(?:daily|day rate|p\/?d)\b)`,
);
// Spanish, Portuguese and Italian periods too: "por mes", "mensuales", "por mês", "al mese",
// "brutos anuales", "por ano", "all'anno", "annui"; the Scandinavian month ("per månad",
// "per måned", "i måneden", "om måneden", after "kr." too; the year "om året", "per år"); the
// Indonesian month and year ("per bulan", "per tahun"); French "par mois", "mensuels", "par an",
// "annuels".
const MONTH_AFTER = new RegExp(
  String.raw`^${TAX}\s*\(?\s*(?:(?:\/|per|a|each)\s*(?:month|mo)\b|monthly\b|(?:brutos?\s+|netos?\s+|lordi\s+)?(?:(?:por|al|\/)\s*(?:mes|mês|mese)\b|mensua(?:l|les)\b|mensais\b|mensili\b)|\/\s*lun[aă](?![a-z])|\.?\s*(?:per|pr\.?|\/|i|om)\s*(?:månad|måned|mnd|måneden|månaden|mån)\b|miesięcznie|(?:\/|na)\s*(?:mies(?:iąc)?\.?)(?![a-z])|\/\s*hó(?![a-zá-ű])|месечно|на месец|měsíčně|za měsíc|mesačne|za mesiac|\/\s*ay(?![a-zçğıöşü])|aylık|\/\s*tháng|mỗi tháng|kuus\b|mese[čc]no|mjese[čc]no|kwa mwezi|\\/\\s*mėn\\.?|per mėnesį|(?:per|\/)\s*bulan\b|(?:par|\/)\s*mois\b|mensuel(?:le)?s?\b|\.?\s*á\s*mánuði)`,
);
const YEAR_AFTER = new RegExp(
  String.raw`^${TAX}\s*\(?\s*(?:(?:\/|per|a|each)\s*(?:year|yr|annum)\b|(?:annual(?:ly)?|yearly|p\.?a\.?)\b|(?:brutos?\s+|netos?\s+|lordi\s+)?(?:(?:por|al|\/)\s*(?:año|ano)\b|all['’]anno\b|anua(?:l|les)\b|anuais\b|annu[io]\b|par an(?:née)?\b|annuel(?:le)?s?\b|(?:per|\/)\s*tahun\b|kwa mwaka\b|godi[šs]nje\b|letno\b|\.?\s*(?:om|i|pr\.?|per)\s*(?:året|år)(?![a-zæøåäöé])))`,
);

/**
 * A month or year said before the figure: Hungarian "havi", Spanish "mensual", Turkish "aylık",
 * Czech "měsíční", Polish "miesięczne", Estonian "kuupalk", Japanese 月給 / 月収 and Korean 월급
 * (monthly pay); 年収 / 年俸 and Korean 연봉 (yearly), Turkish "yıllık", Czech "roční".
 */
const MONTH_BEFORE =
  /(?:monthly|havi|mensual|mensal|mensile|mensuel|aylık|měsíční|miesięczn\w*|kuupalk|月給|月収|月薪|월급|เงินเดือน)[^\d]*$/;
const YEAR_BEFORE = /(?:annual|yearly|yıllık|roční|roczn\w*|年収|年俸|年薪|연봉)[^\d]*$/;

function periodNear(before: string, after: string): PayPeriod | null {
  // "1.400.000 kr. per month": the abbreviation's full stop before the period.
  const a = after
    .slice(0, 40)
    .toLowerCase()
    .replace(/^\.\s+(?=(?:per|a|each)\s)/, " ");
  const b = before.slice(-30).toLowerCase();
  // "The day rate agreed with the client is AED 6,500": a rate named farther back in its clause.
  const clause = before.slice(-60).toLowerCase();
  if (HOUR_AFTER.test(a) || /hourly (?:rate|pay)?[^\d]*$/.test(b)) return "hour";
  if (DAY_AFTER.test(a) || /(?:day|daily) rate[^\d.;]*$/.test(clause)) return "day";
  // "Bruttó havi 1 900 000 Ft", "renta bruta mensual", "年収 1,200万円": the period first.
  if (MONTH_AFTER.test(a) || MONTH_BEFORE.test(b)) return "month";
  if (YEAR_AFTER.test(a) || YEAR_BEFORE.test(b)) return "year";
  return null;
}

const PAY_WORDS =
  /\b(salary|salaries|base|pay|compensation|range|rate|ote|earnings|wage|remuneration|package|comp|salario|sueldo|salário|remuneración|remuneração|retribuzione|stipendio|salaire|rémunération|\p{L}*(?:gehalt|vergütung)|lohn|løn|lønn|lön|palkka|salariu|μισθός|maaş|gaji|lương|renta|vencimento|ral|mzda|wynagrodzenie|pla[čć]a|palk|mshahara|atlyginimas|alga|fizetés|fizetes|bér)(?![\p{L}])/iu;
/**
 * A figure said as what the role pays without a pay word: "We offer €85k + equity", "$140k plus
 * options", "£105,000 + benefits".
 */
const OFFERED_PAY =
  /\b(?:we offer|we['’]re offering|offering|we pay|we['’]re paying)\s+(?:up to\s+)?[$£€]\s?\d|[$£€]\s?\d{2,3}(?:(?:[.,]\d)?\s?[kK]|,\d{3})\s*(?:\+|plus)\s*(?:equity|stock|options|bonus|benefits)/i;
const OTE_WORDS = /\b(ote|on[- ]target(?: earnings)?)\b/i;
/** Total pay, not base: "total compensation of $400K", "$400K TC", "$400K including RSUs". */
const TOTAL_BEFORE =
  /\btotal (?:target )?(?:compensation|comp|package|cash|rewards?)\b[^$£€\d]{0,20}$/i;
// Not South Africa's "total guaranteed package" or "total cost to company": the fixed pay.
const TOTAL_AFTER =
  /^\s*\(?(?:tc\b|total\b(?!\s+(?:guaranteed|cost to company))|including (?:equity|rsus?|stock|bonus))/i;
const NOT_PAY_AFTER =
  /^\s*(?:in\s+|of\s+)?(?:annual\s+|signing\s+|sign-on\s+|target\s+|performance\s+)?(?:bonus|equity|stock|rsus?|options|stipend|budget|reimbursement|allowance|fertility|arr|revenue|tvl|in (?:funding|revenue|sales|volume)|funding|raised|valuation|(?:pre-?seed|seed|angel|series [a-f]|funding|investment|bridge) round|users|customers|grant|paid customers?|customer accounts|people|employees|members|transactions|downloads|(?:(?!(?:for|across|in|at|per|to|with|plus|and|or|depending|based|on|of|a|an|the|all|each|every|our|your)\b)[\w-]+ ){0,2}(?:merchants|shopkeepers|sellers|buyers|traders|creators|owners|businesses|companies|clients|partners|brands|retailers|shops|stores|restaurants|schools|hospitals|clinics|patients|students|learners|teachers|farmers|drivers|riders|households|homes|smes|devices|vehicles|warehouses|sites|locations|orders|deliveries|payments|requests|subscribers|installs|cities|countries))|^\s*(?:a|an|per|\/)\s*(?:month|year|week|day)\s+(?:in|of)\s+(?:missed|lost|saved|savings|unbilled|charges|fees|revenue|costs|spend)/i;
/**
 * A sum budgeted, or the budget itself, named right before a figure ("we've budgeted", "our budget
 * is around"; not a budget of some kind: "the meal budget is €15 a day"): pay only as an hourly
 * or daily rate.
 */
const BUDGETED = /\b(?:budgeted|(?:our|the|my) budget (?:is|would be|will be))\b[^$£€\d]{0,24}$/i;
/**
 * Words right before a figure that make it something other than base pay (a bonus, equity, a
 * meal voucher, money raised, revenue, a volume, money saved ...), each read from the start of a
 * word: "vale" (a Brazilian meal voucher) is not the end of "equivalent".
 */
const NOT_PAY_BEFORE =
  /(?<![a-z])(?:bonus|equity|stipend(?!io)|benefit|budget(?!ed\b)|reimbursement|fertility|allowance|vale|aux[ií]lio|refei[cç][aã]o|alimenta[cç][aã]o|subsidio|ayuda|buoni pasto|ticket|401\(?k\)?|raised|(?:fund)?rais(?:e|es|ed|ing)|funding|round(?: of)?|investment|revenue|arr|valuation|held|processed|volume|up to|tvl|found|saved|saves|saving|recovered|missed|lost|spent|spends|>)[^$£€\d.;!?]{0,24}$/i;

/**
 * Currencies whose unit is worth much less than a dollar, with a round figure of how many make
 * one (the order of magnitude of exchange rates in 2020-2026; only the plausibility bounds use
 * it): "₹45,00,000" a year is a salary, not an outlier.
 */
const SMALL_UNITS: Record<string, number> = {
  JPY: 150,
  INR: 85,
  CZK: 23,
  ZAR: 18,
  MXN: 18,
  SEK: 10,
  NOK: 10,
  HKD: 8,
  DKK: 7,
  BRL: 5,
  PLN: 4,
  ILS: 4,
  AED: 4,
  // Rounded units per US dollar, 2024-2026 (see above): only the plausibility bounds read them.
  VND: 25000,
  IDR: 16000,
  COP: 4000,
  NGN: 1500,
  KRW: 1350,
  ARS: 1000,
  CLP: 900,
  HUF: 360,
  KES: 130,
  PHP: 56,
  EGP: 48,
  THB: 35,
  TWD: 32,
  TRY: 33,
  CNY: 7,
  RON: 4.6,
  MYR: 4.5,
  PEN: 3.7,
  SAR: 3.75,
  QAR: 3.6,
  UGX: 3700,
  TZS: 2600,
  KZT: 480,
  LKR: 300,
  PKR: 280,
  NPR: 133,
  BDT: 120,
  UAH: 41,
  GHS: 15,
  MAD: 10,
  LAK: 21000,
  UZS: 12700,
  PYG: 7500,
  KHR: 4100,
  MNT: 3400,
  MMK: 2100,
  RWF: 1300,
  XOF: 600,
  XAF: 600,
  CRC: 510,
  AMD: 390,
  JMD: 156,
  ISK: 138,
  DZD: 135,
  ETB: 120,
  RSD: 108,
  ALL: 93,
  DOP: 60,
  MKD: 56,
  MUR: 45,
  UYU: 40,
  ZMW: 26,
  MDL: 18,
  GTQ: 7.8,
  BWP: 13.5,
  NAD: 18,
  MZN: 64,
  MWK: 1730,
  IQD: 1310,
  LBP: 89500,
  KGS: 87,
  TJS: 11,
  AFN: 70,
  HNL: 25,
  NIO: 37,
  TTD: 6.8,
  AOA: 900,
  CDF: 2800,
  MGA: 4500,
  BOB: 6.9,
  BYN: 3.3,
  TND: 3.1,
  GEL: 2.7,
  BGN: 1.8,
  AZN: 1.7,
};

/**
 * Is `amount` pay said in millions: in millions ("₦2.5m"), of a currency (its own, else
 * `currency`, the range's) of a hundred or more units to the dollar (SMALL_UNITS), or of five or
 * more with the pay's period or its salary said (`periodSaid`: "R3.2m – R3.8m per annum", "RMB
 * 1.2–1.6 million per year", "a base salary of NOK 2.3–2.7 million")?
 */
/** A salary named before its figure, in the same clause: "base salary in the range of". */
const SALARY_BEFORE = /\b(?:base salary|base pay|salary|annual pay|remuneration)\b[^.;]{0,30}$/i;

function paidInMillions(amount: Amount, currency: string | null, periodSaid: boolean): boolean {
  const units = SMALL_UNITS[amount.currency ?? currency ?? ""] ?? 1;
  return amount.mega && (units >= 100 || (units >= 5 && periodSaid));
}

function plausible(
  c: { min: number; max: number; currency?: string | null },
  period: PayPeriod,
): boolean {
  const bounds: Record<PayPeriod, [number, number]> = {
    hour: [5, 1500],
    day: [50, 6000],
    month: [500, 150000],
    year: [10000, 3000000],
  };
  const scale = SMALL_UNITS[c.currency ?? ""] ?? 1;
  const [lo, hi] = bounds[period];
  return c.min >= lo && c.max <= hi * scale && c.max <= c.min * 4;
}

/**
 * Extracts base pay and on-target earnings from a posting.
 *
 * @param text the posting with markup blanked
 * @param sentences the posting's sentences as `[start, end)` offsets into `text`, in order (the
 *   segments of `prepareText`); a figure's context is its line and its sentence. Without them,
 *   its line alone
 * @returns `base` as stated (null when not stated) and `ote` when on-target earnings are given;
 *   `baseAt`: where `base` was read, `[start, end)` offsets into `text` from its first figure to
 *   its last (several lines for a run of ranges by zone or level), null with `base`
 */
export function extractCompensation(
  text: string,
  sentences: readonly { start: number; end: number }[] = [],
): {
  base: Compensation | null;
  ote: Compensation | null;
  baseAt: { start: number; end: number } | null;
} {
  const amounts = findAmounts(text);
  // The sentence holding an offset ([start, end)), when the caller knows the sentences: a
  // sentence pasted with hard line breaks ("with OTE of\n$210K-$240K") is still one statement.
  const sentenceAt = (offset: number): { start: number; end: number } | undefined => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid] as { start: number; end: number };
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  };
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const docCurrency = dominantCurrency(amounts);
  const candidates: Candidate[] = [];
  const payLines = new Map<string, boolean>();
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i] as Amount;
    const b = amounts[i + 1];
    let hi = a;
    let range = false;
    const join = b ? text.slice(a.end, b.start) : "";
    const bareRange =
      b !== undefined && /^[ \t]+$/.test(join) && a.value >= 10000 && b.value > a.value;
    // At the figure's end: a sign with a full stop ("NRs. 2,50,000", "Rp. 45.000.000") may
    // end a sentence for the splitter, and the range's second figure follows the first.
    const sentence = sentenceAt(a.end - 1);
    const together = sentence
      ? b !== undefined && b.start < sentence.end
      : b !== undefined && lineAt(a.start) === lineAt(b.start);
    if (b && (RANGE_JOIN.test(join.replace(/\s*\n\s*/g, " ")) || bareRange) && together) {
      hi = b;
      range = true;
      i++;
    }
    const prevEnd = amounts[i - (range ? 2 : 1)]?.end ?? 0;
    const nextStart = amounts[i + 1]?.start ?? text.length;
    const line = lineAt(a.start);
    const lineStart = lineStarts[line] ?? 0;
    // From the line table, not by searching: a search per amount is quadratic on one long line.
    const lineEnd = (lineStarts[line + 1] ?? text.length + 1) - 1;
    const from = sentence ? Math.min(sentence.start, lineStart) : lineStart;
    const to = sentence ? Math.max(sentence.end, lineEnd) : lineEnd;
    const before = text.slice(Math.max(prevEnd, from), a.start).replace(/\s+/g, " ");
    const after = text.slice(hi.end, Math.min(nextStart, to)).replace(/\s+/g, " ");
    // Millions are revenue or funding, unless the currency's units are small enough for pay
    // to be said in millions ("₦2.5m – ₦3.5m monthly", "¥24 million a year").
    const rangeCurrency = a.currency ?? hi.currency;
    const period = hi.perAnnum ? "year" : periodNear(before, after);
    // Ten to a hundred units to the dollar ("R3.2m – R3.8m per annum"): pay in millions only
    // with its period said.
    // So is a salary named just before the figure ("a base salary in the range of NOK 2.3–2.7
    // million"): revenue and funding are not called so.
    const stated = period !== null || SALARY_BEFORE.test(before);
    if (
      (a.millions && !paidInMillions(a, rangeCurrency, stated)) ||
      (hi.millions && !paidInMillions(hi, rangeCurrency, stated))
    )
      continue;
    // "We've budgeted €1,000–€1,200 per day", "Our budget is €90–110 per hour": a rate budgeted
    // is pay; a sum budgeted is not.
    const budgeted = BUDGETED.test(before);
    if (budgeted && period !== "hour" && period !== "day") continue;
    if (NOT_PAY_AFTER.test(after) || (NOT_PAY_BEFORE.test(before) && !budgeted)) continue;
    let lo = a.mega ? cents(a.value * 1e6) : a.value;
    let top = hi.mega ? cents(hi.value * 1e6) : hi.value;
    // "₦2.5m – 3.5m": the second figure's millions apply to the first.
    if (range && hi.mega && !a.mega && lo < 1000) lo = cents(lo * 1e6);
    // "$180-220K": the suffix of the second figure applies to the first.
    if (range && hi.thousands && !a.thousands && lo < 1000) lo *= 1000;
    // "45-60 LPA": likewise for lakhs.
    if (range && hi.lakhs && !a.lakhs && lo < 1000) lo *= 100_000;
    // "$183,000 - $215,000 CAD": a code after the range names the currency of both "$".
    const currency =
      range && hi.code && !a.code && /\$/.test(text[a.start] ?? "")
        ? hi.code
        : (a.currency ?? hi.currency);
    // Keyed by the span read, not the sentence: short sentences on one long line all read the
    // whole line, and reading it once per sentence was quadratic (a 1 MB blob took 30 s).
    const contextKey = `${from}:${to}`;
    let payContext = payLines.get(contextKey);
    if (payContext === undefined) {
      const lineText = text.slice(from, to);
      // A "who is hiring" header ("Acme | CTO | NYC | $175k + equity") states pay as a field.
      payContext =
        PAY_WORDS.test(lineText) ||
        (/\s[|–—-]\s/.test(lineText) && /[$£€]\s?\d{2,3}\s?[kK]\b/.test(lineText)) ||
        OFFERED_PAY.test(lineText);
      payLines.set(contextKey, payContext);
    }
    // Without a currency sign, only "k" figures or full salaries ("200,000") in a pay sentence.
    const salaryLike =
      a.thousands ||
      hi.thousands ||
      (a.value >= 10000 && /[,.]\d{3}$/.test(text.slice(a.start, a.end)));
    if (!currency && !(payContext && salaryLike)) continue;
    if (!period && top < 1000) continue;
    if (lo > top) [lo, top] = [top, lo];
    candidates.push({
      start: a.start,
      end: hi.end,
      min: lo,
      max: top,
      currency: currency ?? docCurrency,
      period,
      range,
      line,
      payContext,
      // The label of an amount precedes it ("OTE of $210K") or follows it at once ("$240K OTE").
      ote: OTE_WORDS.test(before) || /^\s*\(?\s*(?:ote|on[- ]target)/i.test(after),
      total: TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(after),
    });
  }
  const valid = candidates.filter((c) => plausible(c, c.period ?? defaultPeriod(c.max)));
  const ote = pick(valid.filter((c) => c.ote));
  const notOte = valid.filter((c) => !c.ote);
  const stated = notOte.filter((c) => !c.total);
  const base = pick(stated.length > 0 ? stated : notOte);
  return { base: base?.pay ?? null, ote: ote?.pay ?? null, baseAt: base?.at ?? null };
}

function defaultPeriod(max: number): PayPeriod {
  if (max < 300) return "hour";
  if (max < 3000) return "day";
  if (max < 20000) return "month";
  return "year";
}

function dominantCurrency(amounts: Amount[]): string {
  const counts = new Map<string, number>();
  for (const a of amounts)
    if (a.currency) counts.set(a.currency, (counts.get(a.currency) ?? 0) + 1);
  let best = "USD";
  let n = 0;
  for (const [c, k] of counts) if (k > n) [best, n] = [c, k];
  return best;
}

/** The pay stated, and where: from the first figure read to the last. */
function pick(
  candidates: Candidate[],
): { pay: Compensation; at: { start: number; end: number } } | null {
  const ranges = candidates.filter((c) => c.range);
  // A lone figure counts in a pay sentence, or with its period ("€900 per day"): a figure
  // outside a pay sentence is a candidate only with a currency sign of its own.
  const pool =
    ranges.length > 0 ? ranges : candidates.filter((c) => c.payContext || c.period !== null);
  const first = pool[0];
  if (!first) return null;
  let min = first.min;
  let max = first.max;
  let end = first.end;
  if (first.range) {
    // A run of ranges on nearby lines (zones, levels) is one statement: report its span.
    const tier = [first];
    for (const c of pool.slice(1)) {
      const last = tier[tier.length - 1] as Candidate;
      if (c.line - last.line > 2 || c.currency !== first.currency || c.period !== first.period)
        break;
      tier.push(c);
    }
    if (tier.length > 1) {
      min = Math.min(...tier.map((c) => c.min));
      max = Math.max(...tier.map((c) => c.max));
      end = (tier[tier.length - 1] as Candidate).end;
    }
  }
  // "RM 30K – 38K" in a header, "Monthly basic salary RM 30,000 – RM 38,000" below: the same
  // figures restated with their period say it.
  const restated =
    first.period === null
      ? pool.find(
          (c) =>
            c.period !== null &&
            c.currency === first.currency &&
            c.min === first.min &&
            c.max === first.max,
        )
      : undefined;
  return {
    pay: {
      min,
      max,
      currency: first.currency,
      period: first.period ?? restated?.period ?? defaultPeriod(max),
    },
    at: { start: first.start, end },
  };
}
