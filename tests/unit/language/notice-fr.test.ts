// @vitest-environment node
/**
 * The popup's language line, the settings' language names and the partial
 * analysis message in the UI's language: with the French catalogue and a
 * French UI, names come from Intl.DisplayNames in French and numbers are
 * written the French way.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import { fillMessage } from '../../../utils/i18n';
import { partialMessage } from '../../../utils/messages';
import { languageNotice, listOfNames, uiLanguageName } from '../../../utils/nlp/language/notice';

type I18n = { getMessage(key: string, subs?: string | string[]): string; getUILocale(): string };
const g = globalThis as unknown as { chrome: { i18n: I18n } };
const catalogue = fr as Record<string, { message: string }>;
const french: I18n = {
  getMessage: (key, subs) => {
    if (key === '@@ui_locale') return 'fr';
    const entry = catalogue[key];
    return entry ? fillMessage(entry.message, typeof subs === 'string' ? [subs] : (subs ?? [])) : '';
  },
  getUILocale: () => 'fr',
};

describe('in a French UI', () => {
  let english: I18n;
  beforeEach(() => {
    english = g.chrome.i18n;
    g.chrome.i18n = french;
  });
  afterEach(() => {
    g.chrome.i18n = english;
  });

  it('names the languages in French', () => {
    expect(uiLanguageName('fr')).toBe('français');
    expect(listOfNames(['en', 'de'])).toBe('anglais et allemand');
    expect(languageNotice({ lang: 'pt', source: 'attribute', supported: false, analysed: false })).toBe(
      'Les entités et les déclarations sont prévues pour les pages en anglais ; cette page est en portugais.',
    );
    expect(languageNotice({ lang: 'und', source: 'text', supported: false, analysed: false })).toMatch(/n’a pas pu être identifiée\.$/);
  });

  it('writes the partial analysis message with French numbers', () => {
    // French puts a no-break space before "%" (U+00A0 or U+202F, as the runtime's CLDR has it).
    expect(partialMessage({ budgetMs: 1500, analysedChars: 40, totalChars: 100 })).toMatch(
      /^Analyse interrompue au bout de 1,5 s : seuls les premiers 40[\u00a0\u202f]% de l’article sont affichés\.$/,
    );
  });
});

describe('in an English UI', () => {
  it('keeps the English words and numbers', () => {
    expect(listOfNames(['en', 'de'])).toBe('English and German');
    expect(partialMessage({ budgetMs: 1500, analysedChars: 40, totalChars: 100 })).toBe(
      'Analysis stopped after 1.5 s: showing the first 40% of the article.',
    );
  });
});
