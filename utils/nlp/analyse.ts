/**
 * The language gate in front of the engine: identify the article's language
 * from its text, and run the model for that language, or none. The
 * background (extension) and the CLI both call this.
 */
import type { Analysis, ArticleLanguage } from '../types';
import { identifyLanguage } from './language/identify';
import { MODELS, modelFor } from './models';

export interface AnalyseOptions {
  /** The page's `lang` attribute (or og:locale): a prior only, the text decides. */
  declared?: string | null;
  /** A language the caller already knows (CLI `--lang`): no identification. */
  lang?: string;
  /** Languages the reader asked to analyse anyway, with the first model (English) where they have none. */
  forced?: readonly string[];
}

export interface AnalysedText {
  analysis: Analysis;
  language: ArticleLanguage;
}

/** The language of `text` and the model to run on it (none where the language has no model and was not forced). */
export function chooseModel(
  text: string,
  options: AnalyseOptions = {},
): { language: ArticleLanguage; model: (typeof MODELS)[number] | undefined } {
  const guess = options.lang ? { lang: options.lang, source: 'given' as const } : identifyLanguage(text, options.declared);
  const own = modelFor(guess.lang);
  const forced = !own && (options.forced ?? []).includes(guess.lang);
  const model = own ?? (forced ? MODELS[0] : undefined);
  return { language: { lang: guess.lang, source: guess.source, supported: own !== undefined, analysed: model !== undefined }, model };
}

export function analyseText(text: string, options: AnalyseOptions = {}): AnalysedText {
  const { language, model } = chooseModel(text, options);
  return { analysis: model ? model.annotate(text) : { entities: [], claims: [] }, language };
}
