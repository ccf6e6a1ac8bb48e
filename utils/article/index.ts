/**
 * Article detection: finds the article on a page, reads its metadata and
 * builds its text with a map from every character back to the live DOM.
 * The page is only read, never modified; only DOM tree APIs are used, so a
 * browser Document and linkedom's document give the same result.
 */
import type { ArticleMeta } from '../types';
import { analyzePage } from './analyze';
import type { BlockContext } from './block-features';
import { BLOCK_MODEL, modelJudge, type BlockModel } from './block-model';
import { collectStandfirst, collectText, dropTrailingLabels, type BlockJudge } from './collect';
import { decideIsArticle } from './gate';
import { findHeadline, readMeta, type PageMeta } from './meta';
import { TextMapBuilder, endPoint, offsetInText, startPoint, type TextMap } from './text-map';

export type { TextMap } from './text-map';
export { looksLikeArticle } from './gate';

export interface ExtractedArticle {
  meta: ArticleMeta;
  map: TextMap;
  /** The element holding the article body (null when none was found). */
  root: Element | null;
  /** The headline element added as the first block, if any. */
  headline: Element | null;
  /**
   * Offset in `meta.text` where the body starts: after the headline and the
   * header blocks before the first body part (standfirst, byline, date).
   */
  bodyStart: number;
}

/**
 * Finds the article in `doc` and returns its metadata, text and text→DOM
 * map. On pages that are not articles (`meta.isArticle` false) the text and
 * map are empty, so nothing can be highlighted there.
 */
export interface ExtractOptions {
  url?: string;
  /** The block classifier to use (default: the shipped model; null: rules only). */
  blockModel?: BlockModel | null;
  /** Replaces the block classifier's judge (training reads every kept block through it). */
  judge?: (ctx: BlockContext) => BlockJudge;
}

export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedArticle {
  const { ldArticle, ...info } = readMeta(doc);
  const body = doc.body ?? doc.documentElement;
  const builder = new TextMapBuilder();
  if (!body) return emptyResult(info, builder);
  const analysis = analyzePage(body);
  if (!decideIsArticle(doc, analysis, ldArticle)) return emptyResult(info, builder);
  const root = analysis.best;
  const headline = findHeadline(doc, info.title);
  if (headline && (!root || !headline.contains(root))) {
    collectText(headline, analysis.stats, builder, null);
    if (root) collectStandfirst(headline, root, analysis.stats, builder);
  }
  let bodyStart = builder.nextBlockStart();
  if (root) {
    const model = opts.blockModel === undefined ? BLOCK_MODEL : opts.blockModel;
    const rootStats = analysis.stats.get(root);
    const ctx = rootStats ? { root, rootStats } : null;
    const judge = !ctx ? null : opts.judge ? opts.judge(ctx) : model ? modelJudge(model, ctx) : null;
    bodyStart = collectText(root, analysis.stats, builder, headline, judge);
  }
  dropTrailingLabels(builder, bodyStart);
  const { text, map } = builder.finish();
  const meta: ArticleMeta = { ...info, text, isArticle: true };
  return { meta, map, root, headline, bodyStart: Math.min(bodyStart, text.length) };
}

function emptyResult(info: Omit<PageMeta, 'ldArticle'>, builder: TextMapBuilder): ExtractedArticle {
  const { text, map } = builder.finish();
  return { meta: { ...info, text, isArticle: false }, map, root: null, headline: null, bodyStart: 0 };
}

/** A live Range covering `[start, end)` of the article text (null if empty or out of range). */
export function rangeFromOffsets(doc: Document, map: TextMap, start: number, end: number): Range | null {
  if (!(end > start) || start < 0) return null;
  const a = startPoint(map, start);
  const b = endPoint(map, end);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range.collapsed ? null : range;
}

const FOLLOWING = 4;
const CONTAINED_BY = 16;

const nodeIndexes = new WeakMap<TextMap, Map<Text, number>>();

/** Text node → its index in `map.nodes` (built once per map). */
function nodeIndex(map: TextMap): Map<Text, number> {
  let idx = nodeIndexes.get(map);
  if (!idx) {
    idx = new Map(map.nodes.map((n, i) => [n, i] as [Text, number]));
    nodeIndexes.set(map, idx);
  }
  return idx;
}

/** Where a mapped text node lies relative to a DOM point. */
const Rel = { Before: 0, At: 1, After: 2 } as const;
type Rel = (typeof Rel)[keyof typeof Rel];

/** The article-text offset of a DOM point (null when the point is outside the article). */
export function offsetOfPoint(map: TextMap, node: Node, offset: number): number | null {
  if (node.nodeType === 3) {
    const idx = nodeIndex(map).get(node as Text) ?? -1;
    if (idx >= 0) return offsetInText(map, idx, offset);
    return firstMappedFrom(map, (t) => (node.compareDocumentPosition(t) & FOLLOWING ? Rel.After : Rel.Before));
  }
  const child = node.childNodes[offset] ?? null;
  if (child) {
    return firstMappedFrom(map, (t) => {
      if (t === child) return Rel.At;
      const pos = child.compareDocumentPosition(t);
      if (pos & CONTAINED_BY) return Rel.At;
      return pos & FOLLOWING ? Rel.After : Rel.Before;
    });
  }
  // the point after the element's last child
  return firstMappedFrom(map, (t) => {
    const pos = node.compareDocumentPosition(t);
    return pos & FOLLOWING && !(pos & CONTAINED_BY) ? Rel.After : Rel.Before;
  });
}

/**
 * Offset of the first mapped node at or after the point (`rel` says where a
 * node lies; the nodes are in document order, so a binary search). Null when
 * the point lies before the first or after the last mapped node: outside the
 * article.
 */
function firstMappedFrom(map: TextMap, rel: (t: Text) => Rel): number | null {
  let lo = 0;
  let hi = map.nodes.length - 1;
  let found = -1;
  let foundRel: Rel = Rel.Before;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = rel(map.nodes[mid]);
    if (r !== Rel.Before) {
      found = mid;
      foundRel = r;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  if (found < 0 || (found === 0 && foundRel === Rel.After)) return null;
  return map.starts[found];
}
