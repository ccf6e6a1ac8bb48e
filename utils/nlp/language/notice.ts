/**
 * What the popup says about a page's language. Kept apart from the models
 * (./../models.ts) so that the popup does not load the engine: the list of
 * languages with a model is repeated here, and a unit test holds the two
 * equal.
 */
import type { ArticleLanguage } from '../../types';
import { t, uiLocale } from '../../i18n';
import { languageName } from './codes';

/** The languages the engine has models for, in the registry's order (checked against utils/nlp/models.ts). */
export const MODEL_LANGUAGES: readonly string[] = ['en'];

/** A language's name in the UI's language ("French"; in French, "français"). */
export function uiLanguageName(tag: string): string {
  return languageName(tag, uiLocale());
}

/** "English", "English and German", "English, German, and French" — joined as the UI's language joins a list. */
export function listOfNames(tags: readonly string[]): string {
  return new Intl.ListFormat(uiLocale(), { type: 'conjunction' }).format(tags.map(uiLanguageName));
}

/**
 * The one line for a page in a language without a model ("Entities and
 * claims are for English pages; this page is in French."), null for a page
 * in a language with one.
 */
export function languageNotice(language: ArticleLanguage): string | null {
  if (language.supported) return null;
  const models = listOfNames(MODEL_LANGUAGES);
  return language.lang === 'und' ? t('languageNoticeUnknown', models) : t('languageNotice', models, uiLanguageName(language.lang));
}
