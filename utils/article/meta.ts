/**
 * Article metadata from the page head: title, byline, site name, published
 * time and language, from meta tags, JSON-LD and a few DOM conventions.
 */
import { plainText } from './dom';

/** Content of the first `<meta>` whose name/property is one of `keys` (lower-case). */
export function metaContent(doc: Document, keys: string[]): string | null {
  const metas = doc.getElementsByTagName('meta');
  let bestIdx = Infinity;
  let best: string | null = null;
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const k = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase().trim();
    const idx = keys.indexOf(k);
    if (idx >= 0 && idx < bestIdx) {
      const v = (m.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
      if (v) {
        bestIdx = idx;
        best = v;
      }
    }
  }
  return best;
}

type Json = Record<string, unknown>;

/** All JSON-LD objects on the page (flattening @graph and arrays). */
export function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const add = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      const g = (v as Json)['@graph'];
      if (g) add(g);
    }
  };
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i];
    if ((s.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    try {
      add(JSON.parse(s.textContent ?? ''));
    } catch {
      /* malformed JSON-LD is common; ignore it */
    }
  }
  return out;
}

const ARTICLE_TYPES = /article|posting|report|blog/i;

/** The JSON-LD object describing the article (a *Article type), if any. */
export function jsonLdArticle(objs: Json[]): Json | null {
  for (const o of objs) {
    const t = o['@type'];
    const types = Array.isArray(t) ? t : [t];
    if (types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x))) return o;
  }
  return null;
}

function names(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return [(v as Json).name as string];
  return [];
}

const TITLE_SEPARATORS = /\s+[|\-–—:»·/\\]\s+/;
const TRAILING_SEPARATOR = /\s+[|\-–—:»·/\\]\s*$/;
const LEADING_SEPARATOR = /^\s*[|\-–—:»·/\\]\s+/;

/** `<title>` without a trailing (or leading) " | Site name" part. */
export function cleanDocumentTitle(raw: string, siteName: string | null): string {
  const t = raw.replace(/\s+/g, ' ').trim();
  const parts = t.split(TITLE_SEPARATORS);
  if (parts.length < 2) return t;
  const site = siteName?.toLowerCase();
  // drop parts naming the site, then keep the longest remaining prefix part
  const first = parts[0];
  const last = parts[parts.length - 1];
  const withoutLast = t.slice(0, t.lastIndexOf(last)).replace(TRAILING_SEPARATOR, '').trim();
  if (site && last.toLowerCase().includes(site)) return withoutLast;
  if (site && first.toLowerCase().includes(site)) return t.slice(first.length).replace(LEADING_SEPARATOR, '').trim();
  // no known site name: drop the last part when the rest is long enough to be a headline
  return withoutLast.split(' ').length >= 4 ? withoutLast : t;
}

/** `title` without a " - Site name" / " | Site name" suffix naming `siteName`. */
export function stripSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const m = TRAILING_PART.exec(title);
  if (m && m[1].toLowerCase() === siteName.toLowerCase().trim()) return title.slice(0, m.index).trim();
  return title;
}

const TRAILING_PART = /\s+[|\-–—:»·]\s+([^|\-–—:»·]+)$/;

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The page's headline element: the h1 (or h2) whose text best matches `title`. */
export function findHeadline(doc: Document, title: string): Element | null {
  const want = normalise(title);
  if (!want) return null;
  for (const tag of ['h1', 'h2']) {
    const hs = doc.getElementsByTagName(tag);
    for (let i = 0; i < hs.length; i++) {
      const t = normalise(plainText(hs[i]));
      if (t.length > 10 && (want.includes(t) || t.includes(want))) return hs[i];
    }
  }
  return null;
}

export interface PageMeta {
  /** True when JSON-LD describes the page as an article. */
  ldArticle: boolean;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

/** Reads title, byline, site name, published time and language from the page. */
export function readMeta(doc: Document): PageMeta {
  const ld = jsonLdArticle(jsonLdObjects(doc));
  const siteName =
    metaContent(doc, ['og:site_name', 'application-name', 'apple-mobile-web-app-title']) ??
    (ld ? (names((ld.publisher as unknown) ?? null)[0] ?? null) : null);
  const docTitle = doc.getElementsByTagName('title')[0];
  const titleText = docTitle ? plainText(docTitle) : '';
  const h1 = doc.getElementsByTagName('h1')[0];
  const declared =
    metaContent(doc, ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'title', 'headline']) ??
    (ld && typeof ld.headline === 'string' ? ld.headline.trim() : null);
  const title = declared
    ? stripSiteName(declared, siteName)
    : titleText
      ? cleanDocumentTitle(titleText, siteName)
      : h1
        ? plainText(h1)
        : '';
  const authors = ld ? names(ld.author) : [];
  const byline =
    metaContent(doc, ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author', 'sailthru.author']) ??
    (authors.length ? authors.join(', ') : null) ??
    relAuthor(doc);
  const publishedTime =
    metaContent(doc, [
      'article:published_time',
      'og:article:published_time',
      'datepublished',
      'pubdate',
      'dc.date',
      'dcterms.created',
      'date',
      'sailthru.date',
      'parsely-pub-date',
    ]) ??
    (ld && typeof ld.datePublished === 'string' ? ld.datePublished : null) ??
    timeElement(doc);
  const lang = doc.documentElement?.getAttribute('lang') || metaContent(doc, ['og:locale', 'content-language', 'language']) || null;
  return {
    ldArticle: ld !== null,
    title: title ?? '',
    byline: byline && !/^https?:/.test(byline) ? byline : null,
    siteName,
    publishedTime,
    lang,
  };
}

function relAuthor(doc: Document): string | null {
  const a = doc.querySelector('[rel="author"], [itemprop="author"]');
  const t = a ? plainText(a) : '';
  return t && t.length < 100 ? t : null;
}

function timeElement(doc: Document): string | null {
  const t = doc.querySelector('time[datetime]');
  return t?.getAttribute('datetime') ?? null;
}
