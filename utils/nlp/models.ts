/**
 * The engine's models, looked up by language. A language without an entry
 * gets no automatic entities or claims (its pages keep the reader's own
 * highlights and notes). Adding a language means adding an entry here, with
 * its model and its tests; the pipeline (./analyse.ts) does not change.
 */
import type { Analysis } from '../types';
import { annotate } from './annotate';

export interface LanguageModel {
  /** BCP 47 primary tag. */
  lang: string;
  /** Entities, then claims that use them, for text in this language. */
  annotate(text: string): Analysis;
}

export const MODELS: readonly LanguageModel[] = [{ lang: 'en', annotate }];

/** The model for a BCP 47 primary tag, if the engine has one. */
export function modelFor(lang: string): LanguageModel | undefined {
  return MODELS.find((m) => m.lang === lang);
}

/** The languages the engine has its own models for, in registry order ("en" first). */
export function supportedLanguages(): string[] {
  return MODELS.map((m) => m.lang);
}
