/**
 * What the popup says about a page's language. Kept apart from the models
 * (./../models.ts) so that the popup does not load the engine: the list of
 * languages with a model is repeated here, and a unit test holds the two
 * equal.
 */
import type { ArticleLanguage } from '../../types';
import { languageName } from './codes';

/** The languages the engine has models for, in the registry's order (checked against utils/nlp/models.ts). */
export const MODEL_LANGUAGES: readonly string[] = ['en'];

/** "English", "English and German", "English, German and French". */
export function listOfNames(tags: readonly string[]): string {
  const names = tags.map(languageName);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The one line for a page in a language without a model ("Entities and
 * claims are for English pages; this page is in French."), null for a page
 * in a language with one.
 */
export function languageNotice(language: ArticleLanguage): string | null {
  if (language.supported) return null;
  const where = language.lang === 'und' ? 'the language of this page could not be identified' : `this page is in ${languageName(language.lang)}`;
  return `Entities and claims are for ${listOfNames(MODEL_LANGUAGES)} pages; ${where}.`;
}
