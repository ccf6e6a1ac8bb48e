/** When the last sync was, in the UI's language: relative while recent ("5 minutes ago"), else a date and time. */
import { formatDate, uiLocale } from '../../utils/i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "now", "5 minutes ago", "yesterday"… up to a week before `now`; then the date and time ("6 Dec 2026, 19:40"). */
export function lastSyncText(at: number, now: number): string {
  const diff = at - now;
  const ago = Math.abs(diff);
  if (ago >= 7 * DAY) return absoluteTime(at);
  const rtf = new Intl.RelativeTimeFormat(uiLocale(), { numeric: 'auto' });
  if (ago < 45_000) return rtf.format(0, 'second');
  if (ago < 45 * MINUTE) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (ago < 22 * HOUR) return rtf.format(Math.round(diff / HOUR), 'hour');
  return rtf.format(Math.round(diff / DAY), 'day');
}

/** The date and time in full, for the tooltip and for old syncs. */
export function absoluteTime(at: number): string {
  return formatDate(at, { dateStyle: 'medium', timeStyle: 'short' });
}
