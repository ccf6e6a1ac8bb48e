// @vitest-environment node
/**
 * Language identification on paragraphs written for this test
 * (tests/fixtures/language: ten languages, news style), and the rules
 * around it: English is not lost to foreign names or a page's declaration,
 * the declaration decides only where the text cannot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifyLanguage } from '../../../utils/nlp/language/identify';
import { bcp47FromIso3, languageName, primaryLanguage } from '../../../utils/nlp/language/codes';

const DIR = resolve(import.meta.dirname, '../../fixtures/language');
const LANGS = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'cs', 'pl', 'tr'];

function paragraphs(lang: string): string[] {
  return readFileSync(resolve(DIR, `${lang}.txt`), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

describe('identifyLanguage on the written set', () => {
  const cases = LANGS.flatMap((lang) => paragraphs(lang).map((text) => ({ lang, text })));

  it('holds at least 20 paragraphs in each of the ten languages, short and long', () => {
    expect(
      readdirSync(DIR)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    ).toEqual(LANGS.map((l) => `${l}.txt`).sort());
    for (const lang of LANGS) {
      const ps = paragraphs(lang);
      expect(ps.length, lang).toBeGreaterThanOrEqual(20);
      expect(
        ps.some((p) => p.length <= 200),
        `${lang} has short paragraphs`,
      ).toBe(true);
      expect(
        ps.some((p) => p.length >= 250),
        `${lang} has long paragraphs`,
      ).toBe(true);
    }
  });

  it('identifies at least 98% of them', () => {
    const wrong = cases.filter((c) => identifyLanguage(c.text).lang !== c.lang);
    const accuracy = 1 - wrong.length / cases.length;
    expect(
      accuracy,
      wrong.map((w) => `${w.lang}→${identifyLanguage(w.text).lang}: ${w.text.slice(0, 60)}`).join('\n'),
    ).toBeGreaterThanOrEqual(0.98);
  });

  it('identifies every English paragraph of 200+ characters as English, with or without a foreign declaration', () => {
    const long = paragraphs('en').filter((p) => p.length >= 200);
    expect(long.length).toBeGreaterThanOrEqual(10);
    for (const p of long) {
      expect(identifyLanguage(p).lang, p).toBe('en');
      for (const declared of ['de', 'fr-FR', 'pl']) expect(identifyLanguage(p, declared).lang, `${declared}: ${p}`).toBe('en');
    }
  });

  it('says nothing is English that is not', () => {
    for (const lang of LANGS.filter((l) => l !== 'en'))
      for (const p of paragraphs(lang)) expect(identifyLanguage(p).lang, p).not.toBe('en');
  });
});

describe('the declared language is a prior', () => {
  it('decides for a text too short to tell', () => {
    expect(identifyLanguage('Kurz notiert', 'de-DE')).toEqual({ lang: 'de', source: 'attribute' });
    expect(identifyLanguage('Oslo, 12 mai', 'nb')).toEqual({ lang: 'nb', source: 'attribute' });
  });

  it('does not override what the text says', () => {
    const french = paragraphs('fr')[0];
    expect(identifyLanguage(french, 'en-US')).toEqual({ lang: 'fr', source: 'text' });
    const german = paragraphs('de')[3];
    expect(identifyLanguage(german, 'en')).toEqual({ lang: 'de', source: 'text' });
  });

  it('breaks a near-tie between two other languages', () => {
    // A short Czech quote that the trigrams alone take for a South Slavic language.
    const czech = paragraphs('cs').find((p) => identifyLanguage(p).lang !== 'cs');
    if (czech) expect(identifyLanguage(czech, 'cs').lang).toBe('cs');
  });

  it('leaves a text without letters undetermined', () => {
    expect(identifyLanguage('12 345 678 — 90 %').lang).toBe('und');
  });
});

describe('language codes', () => {
  it('maps franc codes to BCP 47', () => {
    expect(['eng', 'deu', 'fra', 'spa', 'por', 'ita', 'nld', 'ces', 'pol', 'tur'].map(bcp47FromIso3)).toEqual(LANGS);
    expect(bcp47FromIso3('ceb')).toBe('ceb');
  });

  it('reads lang attributes and locales', () => {
    expect(primaryLanguage('fr-FR')).toBe('fr');
    expect(primaryLanguage('pt_BR')).toBe('pt');
    expect(primaryLanguage('EN')).toBe('en');
    expect(primaryLanguage('und')).toBeNull();
    expect(primaryLanguage('x-klingon')).toBeNull();
    expect(primaryLanguage('')).toBeNull();
  });

  it('names languages for the popup', () => {
    expect(languageName('fr')).toBe('French');
    expect(languageName('cs')).toBe('Czech');
  });
});
