/**
 * Dates of imported annotations: W3C `created`/`modified` are xsd:dateTime
 * with a time zone. Import accepts `YYYY-MM-DDTHH:MM[:SS[.fraction]]` with `Z`
 * or `±HH:MM`, checks that the date exists, and stores it in UTC as
 * `Date.prototype.toISOString()` writes it (millisecond precision), the form
 * Newsmark itself stores.
 */

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;
const NORMALISED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** True when `s` is a date in Newsmark's stored form (`2026-01-31T12:00:00.000Z`). */
export function isNormalisedDate(s: string): boolean {
  return NORMALISED.test(s) && new Date(s).toISOString() === s;
}

/** `s` in Newsmark's stored form, or null when it is not a valid dated time with zone in years 1000–9999. */
export function normaliseDate(s: string): string | null {
  const m = DATE_TIME.exec(s);
  if (!m) return null;
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  if (new Date(local).getUTCDate() !== day) return null; // 31 April, 29 February of a common year …
  let offsetMinutes = 0;
  if (m[8] !== 'Z') {
    const sign = m[8][0] === '-' ? -1 : 1;
    const oh = Number(m[8].slice(1, 3));
    const om = Number(m[8].slice(4, 6));
    if (oh > 23 || om > 59) return null;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const iso = new Date(local - offsetMinutes * 60_000).toISOString();
  return NORMALISED.test(iso) ? iso : null;
}
