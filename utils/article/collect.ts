/**
 * Turns the chosen article container into text + map, leaving out the
 * boilerplate boxes inside it (share bars, related links, captions…).
 */
import { BLOCK_TAGS, ELEMENT_NODE, SKIP_TAGS, TEXT_NODE, classAndId, isHiddenByAttributes, plainText, tagOf } from './dom';
import { isAboutCompany, isEmbedWords, isFurnitureLine } from './patterns';
import type { BlockStats } from './analyze';
import { TextMapBuilder } from './text-map';

const ALWAYS_DROP = new Set(['FIGCAPTION', 'ASIDE', 'FOOTER']);
const MEDIA_BOX_TEXT = 300;
/** A picture beside this much prose is a paragraph with an image (a slide, a step), not a captioned picture. */
const MEDIA_BOX_PROSE = 200;
const CELL_TAGS = new Set(['TD', 'TH']);
const FURNITURE_TEXT = 300;
/** Company boilerplate at the end of press releases runs longer than other furniture. */
const ABOUT_TEXT = 1500;
const PROSE_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'LI', 'TD', 'TH', 'DD', 'DT']);

/** True when a block inside the article container should be left out whole. */
export function shouldDrop(el: Element, s: BlockStats | undefined, rootProse: number, inEmbed = false): boolean {
  const tag = tagOf(el);
  if (ALWAYS_DROP.has(tag)) return true;
  // figures are pictures with captions, unless they wrap a table or an embedded post
  if (tag === 'FIGURE' && !inEmbed && el.getElementsByTagName('table').length === 0) return true;
  if (!s) return false;
  // a marked box holding most of the article is a mislabelled wrapper, not boilerplate
  if (s.boilerplate && s.prose * 2 < rootProse) return true;
  if (s.card) return true;
  // a media box: an image or embed with a caption or credit
  if (s.media > 0 && s.text < MEDIA_BOX_TEXT && s.prose < MEDIA_BOX_PROSE && !PROSE_TAGS.has(tag)) return true;
  // a short line of furniture (byline, dateline, ad label, newsletter prompt)
  if (s.text <= FURNITURE_TEXT && !CELL_TAGS.has(tag) && isFurnitureLine(plainText(el))) return true;
  // a press release's "about the company" paragraph
  if (s.text <= ABOUT_TEXT && !CELL_TAGS.has(tag) && isAboutCompany(plainText(el))) return true;
  // embedded posts are link-heavy (handles, t.co links) but quoted by the article
  if (s.text > 0 && s.link * 2 > s.text && !inEmbed) return true;
  if (s.score < 0 && !PROSE_TAGS.has(tag) && !inEmbed) return true;
  return false;
}

/** True when the element's own inline text (outside child blocks) belongs to the article. */
function keepOwnText(s: BlockStats | undefined, inEmbed: boolean): boolean {
  if (!s || inEmbed) return true;
  return !(s.ownText > 0 && s.ownLink * 2 > s.ownText);
}

/** A child of the body container with this much prose is body, not a standfirst. */
const LONG_BODY_PART = 250;

/**
 * The child of `root` where the body begins: the first prose block, or the
 * first child holding a good share of the root's prose or a long paragraph. Children before it
 * are the article's header (standfirst, byline, date).
 */
function bodyStartChild(root: Element, stats: Map<Element, BlockStats>): Element | null {
  const total = stats.get(root)?.prose ?? 0;
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) {
    const s = stats.get(c);
    if (!s || s.prose <= 0 || s.boilerplate || s.card) continue;
    if (PROSE_TAGS.has(tagOf(c)) || s.prose * 4 >= total || s.prose >= LONG_BODY_PART) return c;
  }
  return null;
}

/** A second opinion on the blocks the rules keep (the learned block classifier). */
export interface BlockJudge {
  /** True to leave out a block that `shouldDrop` keeps. */
  drop(el: Element, s: BlockStats): boolean;
  /** Told where a kept block's text lies in the builder's text: `[start, end)`. */
  kept?(el: Element, s: BlockStats | undefined, start: number, end: number): void;
}

/**
 * Adds the text of `root` to `builder`, block by block, skipping hidden and
 * boilerplate parts. `exclude` is left out (e.g. a headline already added).
 * `judge`, when given, may leave out more blocks (never embedded posts).
 * Returns the text offset where the body begins (see `bodyStartChild`).
 */
export function collectText(
  root: Element,
  stats: Map<Element, BlockStats>,
  builder: TextMapBuilder,
  exclude: Element | null,
  judge: BlockJudge | null = null,
): number {
  const bodyChild = bodyStartChild(root, stats);
  let bodyStart = -1;
  const rootProse = stats.get(root)?.prose ?? 0;
  const walk = (el: Element, keep: boolean, inEmbed: boolean): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        if (keep) builder.addText(c as Text);
        continue;
      }
      if (c.nodeType !== ELEMENT_NODE) continue;
      const ce = c as Element;
      if (ce === exclude) continue;
      const tag = tagOf(ce);
      if (SKIP_TAGS.has(tag) || isHiddenByAttributes(ce)) continue;
      if (BLOCK_TAGS.has(tag)) {
        const s = stats.get(ce);
        const embed = inEmbed || isEmbedWords(classAndId(ce));
        if (shouldDrop(ce, s, rootProse, embed)) continue;
        if (judge && s && !embed && judge.drop(ce, s)) continue;
        builder.endBlock();
        const start = builder.nextBlockStart();
        if (ce === bodyChild) bodyStart = start;
        walk(ce, keepOwnText(s, embed), embed);
        builder.endBlock();
        judge?.kept?.(ce, s, start, builder.textLength());
      } else walk(ce, keep, inEmbed);
    }
  };
  builder.endBlock();
  const rootStart = builder.nextBlockStart();
  walk(root, keepOwnText(stats.get(root), false), false);
  builder.endBlock();
  return bodyStart >= 0 ? bodyStart : rootStart;
}

const STANDFIRST_TAGS = new Set(['P', 'H2', 'DIV']);
const MAX_STANDFIRST_BLOCKS = 2;

/**
 * Adds the standfirst: prose blocks right after the headline (its next
 * siblings) that lie outside the body container and are not boilerplate
 * (bylines, dates and share bars are marked or link-heavy).
 */
export function collectStandfirst(headline: Element, root: Element, stats: Map<Element, BlockStats>, builder: TextMapBuilder): void {
  let taken = 0;
  for (let c = headline.nextElementSibling; c && taken < MAX_STANDFIRST_BLOCKS; c = c.nextElementSibling) {
    if (c.contains(root) || root.contains(c)) return;
    const s = stats.get(c);
    if (!s || !STANDFIRST_TAGS.has(tagOf(c)) || shouldDrop(c, s, Infinity)) continue;
    if (s.prose <= 0 || s.link * 5 > s.text) continue;
    collectText(c, stats, builder, null);
    taken++;
  }
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** A label line this short (characters) that ends the article is furniture. */
const TRAILING_LABEL = 80;

/**
 * Drops the blocks that end the article while they are labels with nothing
 * under them: a heading, or a short line ending in a colon ("Contact:",
 * "More on this topic", "Read also:"). Such a label announced a box that was
 * left out (related links, contact card, author box), so it is furniture
 * too. Never reaches into the blocks before `keepFrom`.
 */
export function dropTrailingLabels(builder: TextMapBuilder, keepFrom: number): void {
  for (let last = builder.lastBlock(); last && last.start > keepFrom; last = builder.lastBlock()) {
    const t = last.text.trim();
    if (t.length > TRAILING_LABEL) return;
    if (!/[:：]$/.test(t) && !inHeading(builder.pointAt(last.start)?.node ?? null)) return;
    builder.dropLastBlock();
  }
}

/** True when a text node lies inside a heading element. */
function inHeading(node: Node | null): boolean {
  for (let e = node?.parentElement ?? null; e; e = e.parentElement) {
    const tag = tagOf(e);
    if (HEADINGS.has(tag)) return true;
    if (BLOCK_TAGS.has(tag)) return false;
  }
  return false;
}
