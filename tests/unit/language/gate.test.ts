// @vitest-environment node
/**
 * The language gate: models are looked up by language (English first); a
 * language without a model gets no entities or claims unless the reader
 * forces it; the article's text decides, not the page around it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../utils/nlp/analyse';
import { MODELS, modelFor, supportedLanguages } from '../../../utils/nlp/models';
import { extractArticleFromHtml } from '../../../utils/article/node';

const DIR = resolve(import.meta.dirname, '../../fixtures/language');
const paragraphs = (lang: string) =>
  readFileSync(resolve(DIR, `${lang}.txt`), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

const ENGLISH = paragraphs('en').slice(0, 12).join('\n\n');
const FRENCH = paragraphs('fr').slice(0, 12).join('\n\n');

describe('the model registry', () => {
  it('has English as its first entry, looked up by language', () => {
    expect(MODELS[0].lang).toBe('en');
    expect(modelFor('en')).toBe(MODELS[0]);
    expect(modelFor('fr')).toBeUndefined();
    expect(supportedLanguages()[0]).toBe('en');
  });
});

describe('analyseText', () => {
  it('analyses English with the English model', () => {
    const { analysis, language } = analyseText(ENGLISH);
    expect(language).toEqual({ lang: 'en', source: 'text', supported: true, analysed: true });
    expect(analysis.entities.length).toBeGreaterThan(10);
    expect(analysis.claims.length).toBeGreaterThan(0);
  });

  it('gives no entities and no claims for a language without a model', () => {
    for (const lang of ['fr', 'de', 'pt', 'cs']) {
      const { analysis, language } = analyseText(paragraphs(lang).join('\n\n'));
      expect(language, lang).toEqual({ lang, source: 'text', supported: false, analysed: false });
      expect(analysis, lang).toEqual({ entities: [], claims: [] });
    }
  });

  it('analyses a language the reader forced, and only that one', () => {
    expect(analyseText(FRENCH, { forced: ['fr'] }).language).toEqual({ lang: 'fr', source: 'text', supported: false, analysed: true });
    expect(analyseText(FRENCH, { forced: ['fr'] }).analysis.entities.length).toBeGreaterThan(0);
    expect(analyseText(FRENCH, { forced: ['de'] }).analysis.entities).toEqual([]);
  });

  it('takes a stated language without identifying', () => {
    expect(analyseText(ENGLISH, { lang: 'fr' }).language).toEqual({ lang: 'fr', source: 'given', supported: false, analysed: false });
  });
});

/** A page: navigation, aside and footer in one language, the article in another. */
function page(htmlLang: string, chrome: string[], article: string[]): string {
  const links = chrome.map((c) => `<li><a href="/x">${c.slice(0, 40)}</a></li>`).join('');
  return `<!doctype html><html lang="${htmlLang}"><head><title>${article[0].slice(0, 50)}</title></head><body>
<nav><ul>${links}</ul></nav>
<main><article><h1>${article[0].slice(0, 60)}</h1>${article.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<aside><h2>Related</h2>${chrome.map((c) => `<p><a href="/y">${c}</a></p>`).join('')}</aside>
<footer>${chrome.slice(0, 3).join(' · ')}</footer></body></html>`;
}

describe('mixed pages: the article decides', () => {
  it('an English article on a site whose chrome is French is English, and analysed', () => {
    const { meta } = extractArticleFromHtml(page('fr', paragraphs('fr'), paragraphs('en').slice(0, 10)), 'https://example.fr/a');
    expect(meta.isArticle).toBe(true);
    const { analysis, language } = analyseText(meta.text, { declared: meta.lang });
    expect(language.lang).toBe('en');
    expect(analysis.entities.length).toBeGreaterThan(0);
  });

  it('a German article on a site whose chrome is English is German, and not analysed', () => {
    const { meta } = extractArticleFromHtml(page('en', paragraphs('en'), paragraphs('de').slice(0, 10)), 'https://example.com/a');
    expect(meta.isArticle).toBe(true);
    const { analysis, language } = analyseText(meta.text, { declared: meta.lang });
    expect(language.lang).toBe('de');
    expect(analysis.entities).toEqual([]);
    expect(analysis.claims).toEqual([]);
  });
});
