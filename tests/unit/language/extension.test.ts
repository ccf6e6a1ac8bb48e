// @vitest-environment node
/**
 * The extension's side of the language gate: the analyse request carries
 * the page's declared language (validated), the reader's per-language
 * switch survives storage, and the popup's line names the languages.
 */
import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest } from '../../../utils/messages';
import { defaultSettings, normaliseSettings } from '../../../utils/settings/settings';
import { languageNotice, MODEL_LANGUAGES } from '../../../utils/nlp/language/notice';
import { supportedLanguages } from '../../../utils/nlp/models';

describe('the analyze request', () => {
  it('carries the declared language as given, and nothing else', () => {
    expect(parseBackgroundRequest({ type: 'analyze', text: 'x', url: 'https://e.fr/', declared: 'fr-FR' })).toEqual({
      type: 'analyze',
      text: 'x',
      url: 'https://e.fr/',
      declared: 'fr-FR',
    });
    expect(parseBackgroundRequest({ type: 'analyze', text: 'x' })).toEqual({ type: 'analyze', text: 'x' });
  });

  it('refuses a declared language that is not a short string', () => {
    expect(parseBackgroundRequest({ type: 'analyze', text: 'x', declared: 42 })).toMatch(/declared/);
    expect(parseBackgroundRequest({ type: 'analyze', text: 'x', declared: 'x'.repeat(65) })).toMatch(/declared/);
  });
});

describe('the per-language switch in the settings', () => {
  it('is off for every language by default', () => {
    expect(defaultSettings().forceLanguages).toEqual([]);
  });

  it('keeps only language tags, once each, sorted', () => {
    expect(normaliseSettings({ forceLanguages: ['fr', 'de', 'fr', 'FR', '<b>', 7, 'ceb', 'toolong'] }).forceLanguages).toEqual([
      'ceb',
      'de',
      'fr',
    ]);
    expect(normaliseSettings({ forceLanguages: 'fr' }).forceLanguages).toEqual([]);
  });
});

describe("the popup's language line", () => {
  it('lists the languages the registry has models for', () => {
    expect(MODEL_LANGUAGES).toEqual(supportedLanguages());
  });

  it('says which language a page without a model is in', () => {
    expect(languageNotice({ lang: 'fr', source: 'text', supported: false, analysed: false })).toBe(
      'Entities and claims are for English pages; this page is in French.',
    );
    expect(languageNotice({ lang: 'pt', source: 'attribute', supported: false, analysed: true })).toBe(
      'Entities and claims are for English pages; this page is in Portuguese.',
    );
    expect(languageNotice({ lang: 'und', source: 'text', supported: false, analysed: false })).toMatch(/could not be identified/);
  });

  it('says nothing on a page in a language with a model', () => {
    expect(languageNotice({ lang: 'en', source: 'text', supported: true, analysed: true })).toBeNull();
  });
});
