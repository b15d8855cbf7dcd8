/**
 * Post dates as blogs write them, read into ISO 8601 calendar dates (`YYYY-MM-DD`).
 *
 * Formats seen in Jekyll, Octopress, Hugo, Eleventy and Gatsby front matter and in feeds:
 * ISO 8601 dates and date-times with any zone (`2022-04-04T00:00:00Z`), Octopress's
 * `2012-03-06 12:25`, RFC 2822 (`Tue, 29 Jan 2013`), `2013/01/29`, and written dates
 * (`January 29, 2013`, `29 Jan 2013`). The date is taken as written: a time zone never moves
 * it to another day, since the author's calendar day is what the post means.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[t\s_])/;
const DAY_MONTH_YEAR = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})\b/;
const MONTH_DAY_YEAR = /^(?:[a-z]+,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;

/**
 * `YYYY-MM-DD` for a date value from front matter or a file name, or `null` when it is not a
 * valid calendar date. Accepts strings (quoted or not), JavaScript `Date`s (YAML 1.1
 * timestamps) and TOML dates (whose `toISOString` keeps the written offset).
 */
export function isoDate(value: unknown): string | null {
  if (value instanceof Date) return dayOf(value);
  if (typeof value === "number" && Number.isInteger(value) && value > 1e9) {
    // Unix seconds, as some exporters write.
    return dayOf(new Date(value * 1000));
  }
  if (typeof value !== "string") return null;
  const text = value
    .trim()
    .replace(/^["']|["']$/g, "")
    .trim()
    .toLowerCase();
  let match = ISO_LIKE.exec(text);
  if (match) return calendar(match[1], match[2], match[3]);
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return calendar(match[3], monthNumber(match[2]), match[1]);
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return calendar(match[3], monthNumber(match[1]), match[2]);
  return null;
}

/** The UTC day of a Date, or null when it is invalid or beyond year 9999 (no `YYYY` form). */
function dayOf(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return /^\d{4}-/.test(iso) ? iso.slice(0, 10) : null;
}

/** The `YYYY-MM-DD-` prefix of a Jekyll post's file name, e.g. `2014-11-05-why-i-left.md`. */
export function dateFromFileName(fileName: string): string | null {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const match = /^(\d{4})-(\d{2})-(\d{2})-/.exec(base);
  return match ? calendar(match[1], match[2], match[3]) : null;
}

function monthNumber(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const month = MONTHS[name.slice(0, name.startsWith("sept") ? 4 : 3)];
  return month === undefined ? undefined : String(month);
}

function calendar(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): string | null {
  if (!year || !month || !day) return null;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${year.padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
