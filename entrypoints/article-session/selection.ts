/**
 * Turns the reader's DOM selection into an article-text range, clamped to the
 * article: a selection that starts in the navigation and ends in the body
 * keeps only its article part; one wholly outside the article gives null.
 */
import { offsetOfPoint, type ExtractedArticle } from '../../utils/article';
import { isInsideUi } from './ui-host';
import type { TextSelection } from './selection-toolbar';

/** The selection as article offsets (whitespace trimmed), or null if none of it is in the article. */
export function selectionToText(doc: Document, article: ExtractedArticle): TextSelection | null {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (isInsideUi(range.commonAncestorContainer)) return null;
  if (isEditable(range.startContainer) || isEditable(range.endContainer)) return null; // the reader is writing, not reading
  const { nodes } = article.map;
  let start: number | null = null;
  let end: number | null = null;
  for (const node of nodes) {
    if (!range.intersectsNode(node)) continue;
    const s = node === range.startContainer ? firstOffsetFrom(article, node, range.startOffset) : firstOffsetFrom(article, node, 0);
    const e = node === range.endContainer ? lastOffsetBefore(article, node, range.endOffset) : lastOffsetBefore(article, node, node.length);
    if (s !== null && (start === null || s < start)) start = s;
    if (e !== null && (end === null || e > end)) end = e;
  }
  if (start === null || end === null || end <= start) return null;
  const text = article.meta.text;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end <= start) return null;
  const rect = range.getBoundingClientRect();
  return { start, end, rect: { left: rect.left, top: rect.top, bottom: rect.bottom } };
}

/** Text offset of the first mapped character at or after `offset` in `node`. */
function firstOffsetFrom(article: ExtractedArticle, node: Text, offset: number): number | null {
  for (let i = offset; i < node.length; i++) {
    const t = offsetOfPoint(article.map, node, i);
    if (t !== null) return t;
  }
  return null;
}

/** Text offset just after the last mapped character before `offset` in `node`. */
function lastOffsetBefore(article: ExtractedArticle, node: Text, offset: number): number | null {
  for (let i = Math.min(offset, node.length) - 1; i >= 0; i--) {
    const t = offsetOfPoint(article.map, node, i);
    if (t !== null) return t + 1;
  }
  return null;
}

/** True inside form fields and contenteditable regions, where a selection is for editing. */
function isEditable(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  if (el.closest('input, textarea, select')) return true;
  return (el as HTMLElement).isContentEditable === true || !!el.closest('[contenteditable=""], [contenteditable="true"]');
}
