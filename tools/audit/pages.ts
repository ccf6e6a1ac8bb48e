/**
 * The audited pages: the 17 news pages of ../shared/data/news-pages and 20
 * English pages of ../shared/data/article-extraction/dev drawn with a seeded
 * PRNG (the draw is over the sorted page ids; a page joins when its
 * extracted text reads as English). Each page is extracted and analysed
 * exactly as the CLI's `annotate` does, language gate included.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { extractArticleFromHtml } from '../../utils/article/node';
import { analyseText } from '../../utils/nlp/analyse';
import { seededRandom } from '../random';
import type { Analysis } from '../../utils/types';

/** The seed of the page draw (written down, per the guideline). */
export const PAGE_SEED = 25;
/** How many English pages of the extraction set are audited. */
export const EXTRACTION_PAGES = 20;

export interface AuditPage {
  /** "news-pages/NAME" or "article-extraction/ID". */
  page: string;
  /** The article text the highlights are offsets into. */
  text: string;
  /** sha256 of `text`: a judgement is re-used only while it is unchanged. */
  hash: string;
  analysis: Analysis;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const STOPWORDS = new Set(
  'the of and to a in that is was for on with as he it by at said from his her an be have are has were not but this they which who their'.split(
    ' ',
  ),
);

/** True when the text reads as English: a fifth or more of its words are common English function words. */
export function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 50) return false;
  let n = 0;
  for (const w of words) if (STOPWORDS.has(w)) n++;
  return n / words.length >= 0.2;
}

/** Fisher–Yates with the seeded PRNG. */
export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A page as the extension paints it: the language gate first (no entities or claims on a page in a language without a model). */
function page(name: string, text: string, declared?: string): AuditPage {
  return { page: name, text, hash: textHash(text), analysis: analyseText(text, declared ? { declared } : {}).analysis };
}

/** The audited pages, read from `dataDir` (../shared/data); an empty list when it is absent. */
export function loadAuditPages(dataDir: string): AuditPage[] {
  const out: AuditPage[] = [];
  const news = join(dataDir, 'news-pages');
  if (existsSync(news)) {
    for (const name of readdirSync(news).sort()) {
      const file = join(news, name, 'source.html');
      if (!existsSync(file)) continue;
      const { meta } = extractArticleFromHtml(readFileSync(file, 'utf8'));
      out.push(page(`news-pages/${name}`, meta.text, meta.lang ?? undefined));
    }
  }
  const dev = join(dataDir, 'article-extraction', 'dev', 'html');
  if (existsSync(dev)) {
    const ids = readdirSync(dev)
      .filter((f) => f.endsWith('.html.gz'))
      .map((f) => f.replace(/\.html\.gz$/, ''))
      .sort();
    let taken = 0;
    for (const id of shuffled(ids, seededRandom(PAGE_SEED))) {
      if (taken >= EXTRACTION_PAGES) break;
      const html = gunzipSync(readFileSync(join(dev, `${id}.html.gz`))).toString('utf8');
      const { meta } = extractArticleFromHtml(html);
      if (!meta.isArticle || !looksEnglish(meta.text)) continue;
      out.push(page(`article-extraction/${id}`, meta.text, meta.lang ?? undefined));
      taken++;
    }
  }
  return out;
}
