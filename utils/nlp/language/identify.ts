/**
 * Which language an article is written in, from its own text (franc's
 * trigram profiles), with the page's `lang` attribute only as a prior.
 *
 * The cost of a mistake is lopsided: a false "not English" switches off
 * every automatic highlight on an English article, a false "English" paints
 * guesses on a foreign one. So an article whose words are plausibly English
 * (its share of English function words) is English whenever English is
 * among franc's close candidates, and short texts that look English stay
 * English.
 */
import { francAll } from 'franc-min';
import { bcp47FromIso3, iso3FromBcp47, primaryLanguage } from './codes';

export interface LanguageGuess {
  /** BCP 47 primary tag ("en", "fr", "pt"); "und" when nothing could tell. */
  lang: string;
  /** `text`: from the article's words; `attribute`: the text could not tell, the page's `lang` attribute (or og:locale) decided. */
  source: 'text' | 'attribute';
}

/** Below this many letters the trigram profile is noise: the prior decides. */
const MIN_LETTERS = 40;
/** franc reads at most 2,048 characters; longer texts are read in windows this long. */
const WINDOW = 2000;
const MAX_WINDOWS = 3;
/**
 * How far behind the best candidate (franc's scores run 0–1, the best is 1)
 * a candidate may be and still win: English with plausibly-English words, or
 * the language the page declares.
 */
const ENGLISH_MARGIN = 0.1;
const PRIOR_MARGIN = 0.03;
/** Share of word tokens that are English function words, above which a text is "plausibly English". */
const ENGLISH_SHARE = 0.12;
/** Above this share a text is English whatever the trigrams say (few names, many "the"/"said"/"of"). */
const CLEARLY_ENGLISH_SHARE = 0.2;

/**
 * English function words that are not also common words of the other
 * languages we meet in the news ("in", "an", "die", "was", "will", "is",
 * "to", "by", "we", "her" are: left out).
 */
const ENGLISH_WORDS = new Set(
  'the of and that with said says have has his their they from which were been this would after than but who its are not be it for or she had there when what about more could should these those while into against because where them being our your'.split(
    ' ',
  ),
);

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** Share of word tokens that are English function words (0 for a text without words). */
export function englishShare(text: string): number {
  let words = 0;
  let hits = 0;
  for (const m of text.matchAll(WORD)) {
    words++;
    if (ENGLISH_WORDS.has(m[0].toLowerCase())) hits++;
  }
  return words === 0 ? 0 : hits / words;
}

/** True when the text has at least `min` letters (stops counting there). */
function hasLetters(text: string, min: number): boolean {
  let n = 0;
  for (const _ of text.matchAll(/\p{L}/gu)) if (++n >= min) return true;
  return false;
}

/** Up to MAX_WINDOWS windows spread over the text (start, middle, end), cut at spaces. */
function windows(text: string): string[] {
  if (text.length <= WINDOW) return [text];
  const count = Math.min(MAX_WINDOWS, Math.ceil(text.length / WINDOW));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = Math.round(((text.length - WINDOW) * i) / Math.max(1, count - 1));
    const start = i === 0 ? 0 : text.indexOf(' ', at) + 1;
    out.push(text.slice(start, start + WINDOW));
  }
  return out;
}

/** franc's candidates over the windows of a text, mean score per language, best first. */
function candidates(parts: string[]): [string, number][] {
  const totals = new Map<string, number>();
  for (const part of parts) for (const [code, score] of francAll(part, { minLength: 1 })) totals.set(code, (totals.get(code) ?? 0) + score);
  return [...totals].map(([code, sum]): [string, number] => [code, sum / parts.length]).sort((a, b) => b[1] - a[1]);
}

/**
 * The language of `text` (an article's text, not the whole page: a page's
 * navigation in one language around an article in another does not count),
 * with `declared` (the page's `lang` attribute or og:locale) as a prior.
 */
export function identifyLanguage(text: string, declared?: string | null): LanguageGuess {
  const prior = primaryLanguage(declared);
  // Read the same windows as franc, so that a 5 MB page costs what a long article does.
  const sample = windows(text);
  const share = englishShare(sample.join(' '));
  if (!hasLetters(text, MIN_LETTERS)) {
    if (prior) return { lang: prior, source: 'attribute' };
    return { lang: share >= ENGLISH_SHARE ? 'en' : 'und', source: 'text' };
  }
  if (share >= CLEARLY_ENGLISH_SHARE) return { lang: 'en', source: 'text' };
  const ranked = candidates(sample);
  const [bestCode, bestScore] = ranked[0] ?? ['und', 0];
  if (bestCode === 'und') return prior ? { lang: prior, source: 'attribute' } : { lang: 'und', source: 'text' };
  const scoreOf = (code: string | undefined) => (code ? ranked.find(([c]) => c === code)?.[1] : undefined);
  const english = scoreOf('eng');
  // English that wins, or comes close with English words, stays English whatever the page declares.
  if (bestCode === 'eng' || (share >= ENGLISH_SHARE && english !== undefined && english >= bestScore - ENGLISH_MARGIN))
    return { lang: 'en', source: 'text' };
  // The declared language breaks a near-tie between other languages (Czech against Serbian on a short text).
  const priorScore = scoreOf(prior ? iso3FromBcp47(prior) : undefined);
  if (prior && priorScore !== undefined && priorScore >= bestScore - PRIOR_MARGIN) return { lang: prior, source: 'text' };
  return { lang: bcp47FromIso3(bestCode), source: 'text' };
}
