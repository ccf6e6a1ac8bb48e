/**
 * `newsmark extract|annotate FILE [--url URL] [--jsonl]`: the extension's
 * engine in Node, for batch work and evaluations. Output is JSON on stdout;
 * errors go to stderr with exit code 1. The output shape is a contract
 * (see utils/types.ts): keep it stable.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { gunzipSync } from 'node:zlib';
import { extractArticleFromHtml } from '../utils/article/node';
import { analyseText } from '../utils/nlp/analyse';
import { identifyLanguage } from '../utils/nlp/language/identify';
import { primaryLanguage } from '../utils/nlp/language/codes';
import type { Analysis, ArticleLanguage, ArticleMeta } from '../utils/types';
import { decodeHtml } from './decode';

export const USAGE = `Usage:
  newsmark extract FILE.html [--url URL]       print {"article": {...}}
  newsmark annotate FILE [--url URL]           FILE .html, or .txt taken as the article text;
                                               print {"article", "entities", "claims", "language"}
  The article's language is identified from its text ("article.lang", BCP 47, with
  "article.langSource": "text", or "attribute" when the text is too short to tell and
  the page's lang attribute decided). Entities and claims are computed only for a
  language the engine has a model for (English); --lang CODE states the language
  instead of identifying it ("langSource": "given") and analyses it with the English
  model when it has none of its own.
  Both take --jsonl: read JSON lines {"id", "html"?, "text"?, "url"?} from stdin and
  write one result line per input, with its id, in the same order.`;

type Command = 'extract' | 'annotate';

export interface CliArgs {
  command: Command;
  file: string | null;
  url: string | undefined;
  jsonl: boolean;
  /** --lang: the language stated, not identified. */
  lang: string | undefined;
}

/** Parses argv; returns an error message for bad usage. */
export function parseArgs(argv: string[]): CliArgs | string {
  const [command, ...rest] = argv;
  if (command !== 'extract' && command !== 'annotate') return command ? `unknown command "${command}"` : 'no command given';
  let file: string | null = null;
  let url: string | undefined;
  let jsonl = false;
  let lang: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--jsonl') jsonl = true;
    else if (a === '--url') {
      url = rest[++i];
      if (!url) return '--url needs a value';
    } else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const value = a === '--lang' ? rest[++i] : a.slice(7);
      lang = primaryLanguage(value) ?? undefined;
      if (!lang) return '--lang needs a language tag such as en or fr';
    } else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (file) return `unexpected argument "${a}"`;
    else file = a;
  }
  if (!jsonl && !file) return `${command} needs a FILE (or --jsonl to read stdin)`;
  return { command, file, url, jsonl, lang };
}

/**
 * The article as the CLI prints it: the metadata and text, and `bodyStart`,
 * the offset in `text` where the body begins (after the headline and
 * standfirst). Offsets are into `text`, which is normalised as the reader
 * reads it (see utils/article/text-map.ts).
 */
export type ArticleOut = ArticleMeta & { bodyStart: number };

/** The article of an HTML page, or of plain text taken as is (the CLI's one path to `article`). */
export function articleOf(input: { html?: string; text?: string; url?: string }): ArticleOut {
  if (typeof input.text === 'string') {
    return {
      title: '',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: null,
      text: input.text,
      isArticle: input.text.trim().length > 0,
      bodyStart: 0,
    };
  }
  const { meta, bodyStart } = extractArticleFromHtml(input.html ?? '', input.url);
  return { ...meta, bodyStart };
}

/**
 * The command's output. `article.lang` is the language identified from the
 * article's text (the page's declaration is only a prior); `annotate` runs
 * the model for that language, or none.
 */
function result(
  command: Command,
  article: ArticleOut,
  lang: string | undefined,
): { article: ArticleOut } & Partial<Analysis> & { language?: ArticleLanguage } {
  if (command === 'extract') {
    const guess = lang ? { lang, source: 'given' as const } : identifyLanguage(article.text, article.lang);
    return { article: { ...article, lang: guess.lang, langSource: guess.source } };
  }
  const { analysis, language } = analyseText(article.text, { declared: article.lang, lang, forced: lang ? [lang] : [] });
  return {
    article: { ...article, lang: language.lang, langSource: language.source },
    entities: analysis.entities,
    claims: analysis.claims,
    language,
  };
}

/** Reads a page from disk: .html (or .html.gz), or .txt as article text. */
async function readInput(file: string): Promise<{ html?: string; text?: string }> {
  const buf = await readFile(file);
  const raw = file.endsWith('.gz') ? gunzipSync(buf) : buf;
  const isText = /\.txt(\.gz)?$/i.test(file);
  // a page's bytes are decoded as a browser would (BOM, meta charset, UTF-8)
  const content = isText ? raw.toString('utf8') : decodeHtml(raw);
  if (!content.trim()) throw new Error(`${file} is empty`);
  return isText ? { text: content } : { html: content };
}

async function runJsonl(command: Command, defaultUrl: string | undefined, lang: string | undefined): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const obj: unknown = JSON.parse(line);
      if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new Error('a line must be a JSON object');
      const rec = obj as Record<string, unknown>;
      id = rec.id ?? null;
      const html = typeof rec.html === 'string' ? rec.html : undefined;
      const text = typeof rec.text === 'string' ? rec.text : undefined;
      if (html === undefined && text === undefined) throw new Error('a line needs "html" or "text" (a string)');
      if (command === 'extract' && html === undefined) {
        // "text" is the article itself; extract has nothing to do but report it.
      }
      const url = typeof rec.url === 'string' ? rec.url : defaultUrl;
      process.stdout.write(`${JSON.stringify({ id, ...result(command, articleOf({ html, text, url }), lang) })}\n`);
    } catch (err) {
      const message = err instanceof SyntaxError ? `line ${n}: invalid JSON (${err.message})` : `line ${n}: ${(err as Error).message}`;
      process.stdout.write(`${JSON.stringify({ id, error: message })}\n`);
    }
  }
  if (n === 0) {
    process.stderr.write('newsmark: no input on stdin\n');
    return 1;
  }
  return 0;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`newsmark: ${args}\n\n${USAGE}\n`);
    return 1;
  }
  if (args.jsonl) return runJsonl(args.command, args.url, args.lang);
  let input: { html?: string; text?: string };
  try {
    input = await readInput(args.file!);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a folder, not a file' : e.message;
    process.stderr.write(`newsmark: cannot read ${args.file}: ${why}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(result(args.command, articleOf({ ...input, url: args.url }), args.lang))}\n`);
  return 0;
}
