// @vitest-environment node
/**
 * The language gate on real pages from ../shared/data (read at run time,
 * skipped with a message where absent), through the CLI as a user runs it:
 * - the non-English news pages and 30 non-English pages of snippets-dev
 *   (a seeded draw among pages that declare a language other than English
 *   and have an article) get no entity and no claim;
 * - every English page of the news pages and of the article-extraction dev
 *   set is still identified as English (else it would lose every highlight).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml, seededOrder, SHARED, sharedPresent } from '../helpers/shared-pages';
import { extractArticleFromHtml } from '../../../utils/article/node';
import { primaryLanguage } from '../../../utils/nlp/language/codes';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const CLI = join(ROOT, 'cli', 'newsmark.mjs');

interface Line {
  id: string;
  article: { lang: string; langSource: string; text: string };
  entities?: unknown[];
  claims?: unknown[];
  error?: string;
}

/** Runs `newsmark COMMAND --jsonl` once on all the pages. */
function cli(command: 'extract' | 'annotate', pages: { id: string; html: string }[]): Line[] {
  const input = pages.map((p) => JSON.stringify(p)).join('\n');
  const r = spawnSync(process.execPath, [CLI, command, '--jsonl'], { input, encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);
}

const NEWS = join(SHARED, 'news-pages');
/** The news pages not in English, by reading them. */
const NEWS_NOT_ENGLISH: Record<string, string> = { 'lemonde-1': 'fr', heise: 'de' };
const newsPage = (name: string) => ({ id: name, html: decodeHtml(join(NEWS, name, 'source.html')) });
const newsNames = () =>
  readdirSync(NEWS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

const SNIPPETS = join(SHARED, 'article-extraction/snippets-dev/html');
const SEED = 24;

/** 30 pages of snippets-dev, in a seeded order, that declare a language other than English and hold an article. */
function drawNonEnglish(): { id: string; html: string; declared: string }[] {
  const out: { id: string; html: string; declared: string }[] = [];
  for (const file of seededOrder(SNIPPETS, SEED)) {
    const html = decodeHtml(join(SNIPPETS, file));
    const declared = primaryLanguage(/<html[^>]*\slang=["']?([\w-]+)/i.exec(html)?.[1]);
    if (!declared || declared === 'en') continue;
    if (!extractArticleFromHtml(html).meta.text.trim()) continue;
    out.push({ id: file, html, declared });
    if (out.length === 30) break;
  }
  return out;
}

describe.skipIf(!sharedPresent('news-pages', 'news pages language test'))('news pages', () => {
  it('the non-English ones are identified from their text and get no entity and no claim', () => {
    const lines = cli('annotate', Object.keys(NEWS_NOT_ENGLISH).map(newsPage));
    for (const l of lines) {
      expect(l.error).toBeUndefined();
      expect(l.article.lang, l.id).toBe(NEWS_NOT_ENGLISH[l.id]);
      expect(l.article.langSource).toBe('text');
      expect(l.entities, l.id).toEqual([]);
      expect(l.claims, l.id).toEqual([]);
    }
  });

  it('every English one is identified as English', () => {
    const english = newsNames().filter((n) => !(n in NEWS_NOT_ENGLISH));
    expect(english.length).toBeGreaterThanOrEqual(15);
    for (const l of cli('extract', english.map(newsPage))) expect(l.article.lang, l.id).toBe('en');
  }, 60_000);
});

describe.skipIf(!sharedPresent('article-extraction/snippets-dev/html', 'snippets-dev language test'))(
  '30 non-English pages of snippets-dev',
  () => {
    it('get no entity and no claim', () => {
      const pages = drawNonEnglish();
      expect(pages).toHaveLength(30);
      const declared = new Map(pages.map((p) => [p.id, p.declared]));
      const lines = cli(
        'annotate',
        pages.map(({ id, html }) => ({ id, html })),
      );
      expect(lines).toHaveLength(30);
      for (const l of lines) {
        expect(l.error).toBeUndefined();
        expect(l.article.lang, l.id).toBe(declared.get(l.id));
        expect(l.entities, l.id).toEqual([]);
        expect(l.claims, l.id).toEqual([]);
      }
    }, 120_000);
  },
);

const DEV = join(SHARED, 'article-extraction/dev/html');
/** The article-extraction dev pages not in English, labelled by reading each page (id prefix → language). */
const DEV_NOT_ENGLISH: Record<string, string> = {
  '11ea381a': 'pt',
  '3252222e': 'pt',
  cc03ddb5: 'pt',
  '20b2b649': 'it',
  b6fb53e9: 'it',
  '7837c9d6': 'id',
  '85439e26': 'ja',
  f105de6e: 'ja',
  c82b3d1d: 'ru',
};

describe.skipIf(!sharedPresent('article-extraction/dev/html', 'article-extraction dev language test'))(
  'article-extraction dev pages',
  () => {
    it('every English one is identified as English, and the others as what they are', () => {
      const files = readdirSync(DEV).sort();
      expect(files).toHaveLength(91);
      const lines = cli(
        'extract',
        files.map((f) => ({ id: f, html: decodeHtml(join(DEV, f)) })),
      );
      const wrong = lines.filter((l) => l.article.lang !== (DEV_NOT_ENGLISH[l.id.slice(0, 8)] ?? 'en'));
      expect(wrong.map((l) => `${l.id.slice(0, 8)}: ${l.article.lang}`)).toEqual([]);
      expect(lines.filter((l) => l.article.lang === 'en')).toHaveLength(91 - Object.keys(DEV_NOT_ENGLISH).length);
    }, 120_000);
  },
);
