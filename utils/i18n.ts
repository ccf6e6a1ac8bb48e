/**
 * The UI's words through the browser's i18n (public/_locales/<lang>/messages.json),
 * and dates and numbers through Intl in the browser's UI language.
 *
 * `t('key', 'sub1', …)` fills `$1`… as `browser.i18n.getMessage` does. The
 * catalogue is not bundled (the browser has it); where there is no i18n API
 * (unit tests install the English one, see tests/unit/setup-i18n.ts) a bare
 * key is shown rather than nothing.
 */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

interface I18nApi {
  getMessage(key: string, subs?: string | string[]): string;
  getUILocale?(): string;
}

function api(): I18nApi | null {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const i18n = g.browser?.i18n ?? g.chrome?.i18n;
  return i18n && typeof i18n.getMessage === 'function' ? i18n : null;
}

/** `messages.json`'s `$1`… filled, and `$$` made a `$`, as the browsers do it. */
export function fillMessage(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\d|\$)/g, (m, n: string) => (n === '$' ? '$' : (subs[Number(n) - 1] ?? m)));
}

/** The message `key` in the browser's language, with `subs` for `$1`, `$2`… */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strs = subs.map(String);
  return api()?.getMessage(key, strs) || fillMessage(key, strs);
}

/**
 * The browser's UI language (a BCP 47 tag), "en" where unknown: the one the
 * browser chose the extension's messages for (`@@ui_locale`; Firefox's
 * getUILocale can differ from it), so words, dates and numbers agree.
 */
export function uiLocale(): string {
  const i18n = api();
  const raw =
    i18n?.getMessage('@@ui_locale') || i18n?.getUILocale?.() || (typeof navigator !== 'undefined' ? navigator.language : '') || '';
  const tag = raw.replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** A number in the UI's language ("1,234" / "1 234"). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLocale()).format(n);
}

/** A date (ISO string, epoch ms or Date) in the UI's language, e.g. "6 Dec 2026". */
export function formatDate(d: string | number | Date, opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const date = d instanceof Date ? d : new Date(d);
  return Number.isNaN(date.getTime()) ? String(d) : new Intl.DateTimeFormat(uiLocale(), opts).format(date);
}

/** A time of day in the UI's language, e.g. "10:42". */
export function formatTime(d: number | Date): string {
  return formatDate(d, { timeStyle: 'short' });
}

/** Message bases with a singular (`<base>_one`) and a plural (`<base>_other`) form. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never;
}[MessageKey];

/**
 * `n` with the form of `base` the UI's language uses for it (Intl.PluralRules:
 * "1 claim" / "2 claims"; French says "0 note" and "1 note"). `$1` is the
 * number as the language writes it; `more` fill `$2`…
 */
export function tn(base: PluralBase, n: number, ...more: (string | number)[]): string {
  const form = new Intl.PluralRules(uiLocale()).select(n) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}` as MessageKey, formatNumber(n), ...more);
}
