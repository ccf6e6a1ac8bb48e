/**
 * Is this page an article? A very cheap pre-check for the content script,
 * and the full decision made after analysis.
 */
import type { PageAnalysis } from './analyze';
import { classAndId, countNonSpace, tagOf } from './dom';
import { ARTICLE_BODY } from './patterns';

const ARTICLE_OG_TYPES = /^(?:article|news|blog|post)/i;
const NON_ARTICLE_OG_TYPES = /^(?:video|music|profile|product|book|place|restaurant|game|app)/i;

/**
 * Cheap pre-check (no full walk): true when the page could hold an article,
 * i.e. it declares itself an article, marks an article body, or has at least
 * two long paragraphs (teaser summaries on front pages are short). Reads
 * only meta tags and at most the first 300 paragraphs.
 */
export function looksLikeArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (ARTICLE_OG_TYPES.test(og)) return true;
  if (doc.querySelector('[itemprop="articleBody"]')) return true;
  const ps = doc.getElementsByTagName('p');
  let long = 0;
  let chars = 0;
  const limit = Math.min(ps.length, 300);
  for (let i = 0; i < limit; i++) {
    const n = countNonSpace(ps[i].textContent ?? '');
    if (n >= LONG_PARAGRAPH) {
      long++;
      chars += n;
      if (long >= 2 && chars >= 400) return true;
    }
  }
  return false;
}

/** A paragraph at least this long (non-space characters) is prose, not a teaser summary. */
const LONG_PARAGRAPH = 150;

/** Minimum prose characters in the chosen container (lower when the page declares an article). */
export const MIN_ARTICLE_PROSE = 500;
const MIN_DECLARED_ARTICLE_PROSE = 250;
/** The page itself (og:type, JSON-LD) says article: a short one still counts. */
const MIN_PAGE_DECLARED_ARTICLE_PROSE = 180;
/** A short article: less prose, but nearly all of the page's prose in one container. */
const MIN_SHORT_ARTICLE_PROSE = 300;
const SHORT_ARTICLE_SHARE = 0.8;

/**
 * The full decision after analysis: the best container must hold enough
 * prose, and most of the page's prose must be in it (front pages and
 * result lists spread their prose over many teasers). A page declaring
 * itself an article (og:type, JSON-LD, or an <article>/article-body element
 * around the text) gets lower thresholds; one declaring itself a video,
 * product, app… needs much more text.
 */
export function decideIsArticle(doc: Document, analysis: PageAnalysis, hasLdArticle: boolean): boolean {
  const best = analysis.best;
  if (!best) return false;
  const s = analysis.stats.get(best);
  if (!s) return false;
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  const pageDeclared = ARTICLE_OG_TYPES.test(og) || hasLdArticle;
  const declared = pageDeclared || insideMarkedArticle(best);
  const share = s.prose / Math.max(1, analysis.prose);
  const minProse = pageDeclared
    ? MIN_PAGE_DECLARED_ARTICLE_PROSE
    : declared
      ? MIN_DECLARED_ARTICLE_PROSE
      : NON_ARTICLE_OG_TYPES.test(og)
        ? 3 * MIN_ARTICLE_PROSE
        : share >= SHORT_ARTICLE_SHARE
          ? MIN_SHORT_ARTICLE_PROSE
          : MIN_ARTICLE_PROSE;
  if (s.prose < minProse) return false;
  if (share < (declared ? 0.25 : 0.4)) return false;
  return declared || !isItemList(best, analysis);
}

/** At least this many repeated items make a list. */
const MIN_ITEMS = 3;

/**
 * True when the container's prose sits in a list of like items rather than
 * in paragraphs: at least three children with the same tag and class, none
 * a paragraph, each with its own prose, its own links and a block of its own
 * beside the prose (an author line, a reply bar), holding most of the prose.
 * That is a forum thread, a comment list or a list of results. Pages that
 * declare an article are not asked (live blogs are such lists, and articles).
 */
export function isItemList(container: Element, analysis: PageAnalysis): boolean {
  const total = analysis.stats.get(container)?.prose ?? 0;
  const groups = new Map<string, { n: number; prose: number }>();
  for (let c = container.firstElementChild; c; c = c.nextElementSibling) {
    const tag = tagOf(c);
    if (tag === 'P' || tag === 'BLOCKQUOTE') continue;
    const s = analysis.stats.get(c);
    if (!s || s.prose <= 0 || s.link === 0 || c.childElementCount < 2) continue;
    const key = `${tag} ${c.getAttribute('class') ?? ''}`;
    const g = groups.get(key) ?? { n: 0, prose: 0 };
    g.n++;
    g.prose += s.prose;
    groups.set(key, g);
  }
  for (const g of groups.values()) if (g.n >= MIN_ITEMS && g.prose * 10 >= total * 6) return true;
  return false;
}

/** True when `el` or an ancestor is an <article>, an itemprop=articleBody or an article-body class. */
function insideMarkedArticle(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (tagOf(e) === 'ARTICLE' || e.getAttribute('itemprop') === 'articleBody') return true;
    if (ARTICLE_BODY.test(classAndId(e))) return true;
  }
  return false;
}
