/**
 * Language codes: franc speaks ISO 639-3 ("fra"), the web and the CLI speak
 * BCP 47 ("fr"). BCP 47 uses the two-letter ISO 639-1 code where one exists
 * and the three-letter code otherwise, so a code missing from this table is
 * already a valid BCP 47 primary tag.
 */
const ISO3_TO_BCP47: Readonly<Record<string, string>> = {
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  ces: 'cs',
  pol: 'pl',
  tur: 'tr',
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  srp: 'sr',
  hrv: 'hr',
  bos: 'bs',
  ron: 'ro',
  hun: 'hu',
  swe: 'sv',
  ind: 'id',
  zlm: 'ms',
  jav: 'jv',
  sun: 'su',
  vie: 'vi',
  tgl: 'tl',
  swh: 'sw',
  hau: 'ha',
  yor: 'yo',
  ibo: 'ig',
  zul: 'zu',
  som: 'so',
  kin: 'rw',
  run: 'rn',
  nya: 'ny',
  lin: 'ln',
  plt: 'mg',
  uzn: 'uz',
  azj: 'az',
  kaz: 'kk',
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  pbu: 'ps',
  ckb: 'ckb',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  ben: 'bn',
  tel: 'te',
  tam: 'ta',
  guj: 'gu',
  kan: 'kn',
  mal: 'ml',
  pan: 'pa',
  mya: 'my',
  amh: 'am',
  tha: 'th',
  sin: 'si',
  ell: 'el',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  koi: 'kv',
  fuv: 'ff',
  qug: 'qu',
  ceb: 'ceb',
  ilo: 'ilo',
  mad: 'mad',
  zyb: 'za',
  hms: 'hms',
  hnj: 'hnj',
  skr: 'skr',
  mai: 'mai',
  bho: 'bho',
  mag: 'mag',
};

/** BCP 47 primary tag of an ISO 639-3 code ("fra" → "fr"). */
export function bcp47FromIso3(code: string): string {
  return ISO3_TO_BCP47[code] ?? code;
}

const BCP47_TO_ISO3: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ISO3_TO_BCP47).map(([k, v]) => [v, k]));

/** ISO 639-3 code of a BCP 47 primary tag, when franc knows the language ("fr" → "fra"). */
export function iso3FromBcp47(tag: string): string | undefined {
  return BCP47_TO_ISO3[tag];
}

/**
 * The primary language of a `lang` attribute or an `og:locale` as a lower-case
 * BCP 47 tag ("fr-FR", "fr_FR", "FR" → "fr"); null for "", "und", "x-…" and
 * anything that is not a language tag.
 */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().split(/[-_]/)[0].toLowerCase();
  if (!/^[a-z]{2,3}$/.test(primary) || primary === 'und' || primary === 'mul' || primary === 'zxx') return null;
  return primary;
}

/**
 * The name of a language tag in `locale` ("fr" → "French"; in French,
 * "français"), or the tag itself where the runtime has no name for it.
 */
export function languageName(tag: string, locale = 'en'): string {
  try {
    const name = new Intl.DisplayNames([locale, 'en'], { type: 'language' }).of(tag);
    if (name && name !== tag) return name;
  } catch {
    // A tag Intl rejects: fall through to the tag.
  }
  return tag === 'und' ? 'an unidentified language' : tag;
}
