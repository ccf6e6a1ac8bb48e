/**
 * One pass over the page that scores every block element by how much
 * article-like text it holds.
 *
 * The text below each block element is cut into "runs" (inline text between
 * block boundaries). A run's value is positive for prose (long, few links)
 * and negative for link lists and boilerplate; an element's score is the sum
 * of the values of all runs below it. The best container is the element with
 * the highest score: it takes in every paragraph it can while leaving out
 * the navigation, related-links and comment boxes around the article.
 */
import { BLOCK_TAGS, ELEMENT_NODE, SKIP_TAGS, TEXT_NODE, classAndId, countNonSpace, isHiddenByAttributes, tagOf } from './dom';
import { boilerplateWords } from './patterns';

/** Per-element numbers gathered by `analyzePage`. */
export interface BlockStats {
  /** Net content score: run values below, boilerplate children counted as negative. */
  score: number;
  /** Sum of positive run values below (prose characters). */
  prose: number;
  /** Non-space characters below, and those inside links. */
  text: number;
  link: number;
  /** Characters and link characters of the element's own runs (not in child blocks). */
  ownText: number;
  ownLink: number;
  /** Marked as boilerplate by tag, role or class/id words. */
  boilerplate: boolean;
  /** Number of boilerplate-marked elements from <body> down to this one (inclusive). */
  boilerDepth: number;
  /** Runs below that are a whole link of headline length (teaser titles), not inside cards. */
  headlineLinks: number;
  /** A teaser card: one headline link with a short summary (a front-page or related-story item). */
  card: boolean;
  /** Images, videos and embeds below (visible or not). */
  media: number;
  /** Non-space characters of the page before this element, in document order (its position). */
  start: number;
}

export interface PageAnalysis {
  stats: Map<Element, BlockStats>;
  /** The element with the highest score (null when nothing scored above zero). */
  best: Element | null;
  /** Total prose characters on the page. */
  prose: number;
}

const NEGATIVE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alert', 'menu', 'menubar']);
const NEGATIVE_TAGS = new Set(['ASIDE', 'FOOTER']);
const SHORT_RUN = 40;
/** A run that is (almost) all link and at least this long reads as a headline link. */
const HEADLINE_LINK = 20;
/** Teaser cards: at most this much summary prose and text. */
const CARD_PROSE = 350;
const CARD_TEXT = 600;
const PROSE_BLOCKS = new Set(['P', 'BLOCKQUOTE', 'PRE', 'TD', 'TH']);
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'IFRAME', 'SVG', 'CANVAS']);
/** Candidate score factor per boilerplate-marked ancestor (a marked wrapper may still hold the article). */
const BOILER_FACTOR = 0.4;

/** True when the element itself is marked as boilerplate, by tag, role or class/id words. */
export function isBoilerplate(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return false;
  if (NEGATIVE_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && NEGATIVE_ROLES.has(role)) return true;
  const words = classAndId(el);
  return words.length > 1 && boilerplateWords(words);
}

/** Value of one run of inline text: positive for prose, negative for links and boilerplate. */
export function runValue(len: number, linkLen: number): number {
  if (len === 0) return 0;
  if (len < SHORT_RUN) return linkLen * 2 > len ? -len : -linkLen;
  // long runs: +len with no links, 0 at half links, -len when all link (continuous)
  return len - 2 * linkLen;
}

/** True for a teaser card: a headline link plus a short summary, in a box that is not a paragraph. */
function isCard(el: Element, s: BlockStats): boolean {
  return s.headlineLinks === 1 && s.prose > 0 && s.prose <= CARD_PROSE && s.text <= CARD_TEXT && !PROSE_BLOCKS.has(tagOf(el));
}

/**
 * Walks the page once and scores every visible block element. The best
 * container maximises score × 0.4^(boilerplate-marked ancestors): class words
 * are noisy (a layout wrapper called "with-sidebar" may hold the article), so
 * they demote rather than exclude.
 */
export function analyzePage(body: Element): PageAnalysis {
  const stats = new Map<Element, BlockStats>();
  let best: Element | null = null;
  let bestScore = 0;
  let runLen = 0;
  let runLink = 0;
  // non-space characters flushed so far: the position of the next block
  let seen = 0;
  // the block elements being walked, innermost last
  const stack: BlockStats[] = [];

  const flush = (): void => {
    if (runLen === 0) return;
    const top = stack[stack.length - 1];
    const v = runValue(runLen, runLink);
    top.score += v;
    if (v > 0) top.prose += v;
    top.text += runLen;
    top.link += runLink;
    top.ownText += runLen;
    top.ownLink += runLink;
    if (runLen >= HEADLINE_LINK && runLink * 10 >= runLen * 9) top.headlineLinks++;
    seen += runLen;
    runLen = 0;
    runLink = 0;
  };

  const walk = (el: Element, inLink: boolean): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        const n = countNonSpace((c as Text).data);
        runLen += n;
        if (inLink) runLink += n;
        continue;
      }
      if (c.nodeType !== ELEMENT_NODE) continue;
      const ce = c as Element;
      const tag = tagOf(ce);
      if (MEDIA_TAGS.has(tag)) stack[stack.length - 1].media++;
      if (SKIP_TAGS.has(tag) || isHiddenByAttributes(ce)) continue;
      // a line break splits the text but not the paragraph: lines of one <p> score together
      if (tag === 'BR') continue;
      if (BLOCK_TAGS.has(tag)) visitBlock(ce, inLink);
      else walk(ce, inLink || tag === 'A');
    }
  };

  const visitBlock = (el: Element, inLink: boolean): void => {
    flush();
    const parent = stack[stack.length - 1];
    const own = isBoilerplate(el);
    const s: BlockStats = {
      score: 0,
      prose: 0,
      text: 0,
      link: 0,
      ownText: 0,
      ownLink: 0,
      boilerplate: own,
      boilerDepth: (parent?.boilerDepth ?? 0) + (own ? 1 : 0),
      headlineLinks: 0,
      card: false,
      media: 0,
      start: seen,
    };
    stack.push(s);
    walk(el, inLink || tagOf(el) === 'A');
    flush();
    stack.pop();
    s.card = isCard(el, s);
    stats.set(el, s);
    const candidate = s.score * Math.pow(BOILER_FACTOR, s.boilerDepth);
    if (candidate > bestScore) {
      bestScore = candidate;
      best = el;
    }
    if (parent) {
      const drop = own || s.card;
      parent.score += drop ? -s.text : s.score;
      if (!drop) {
        parent.prose += s.prose;
        parent.headlineLinks += s.headlineLinks;
      }
      parent.media += s.media;
      parent.text += s.text;
      parent.link += s.link;
    }
  };

  visitBlock(body, false);
  return { stats, best, prose: stats.get(body)?.prose ?? 0 };
}
