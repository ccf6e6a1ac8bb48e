/**
 * Cheap screening of page mutations: how much text did they add? The
 * content script (entrypoints/article-session/page-changes.ts) re-runs detection only
 * when enough text arrived or the URL changed, once per quiet period.
 *
 * This runs on every mutation batch of every page, so it stops counting as
 * soon as it has seen `enough`, and walks text nodes instead of reading
 * `textContent` (which would build a string of a whole inserted subtree).
 */

import { textWeight } from './dom';

/** Non-space characters in `s` (as countNonSpace counts them), counting at most up to `cap`. */
function countUpTo(s: string, cap: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n < cap; i++) n += textWeight(s.charCodeAt(i));
  return Math.min(n, cap);
}

const TEXT = 3;
const ELEMENT = 1;
const SHOW_TEXT = 4;

/** Non-space characters of text in `node` and its descendants, counting at most up to `cap`. */
function nodeText(node: Node, cap: number): number {
  if (node.nodeType === TEXT) return countUpTo(node.nodeValue ?? '', cap);
  if (node.nodeType !== ELEMENT || !node.ownerDocument) return 0;
  const walker = node.ownerDocument.createTreeWalker(node, SHOW_TEXT);
  let n = 0;
  for (let t = walker.nextNode(); t && n < cap; t = walker.nextNode()) n += countUpTo(t.nodeValue ?? '', cap - n);
  return n;
}

/**
 * Non-space characters of text in the nodes the mutation records added (or
 * changed), counting at most up to `enough` (default: all of them).
 */
export function addedText(records: readonly MutationRecord[], enough = Infinity): number {
  let n = 0;
  for (const r of records) {
    if (n >= enough) break;
    if (r.type === 'characterData') {
      n += countUpTo(r.target.nodeValue ?? '', enough - n);
      continue;
    }
    for (let i = 0; i < r.addedNodes.length && n < enough; i++) n += nodeText(r.addedNodes[i], enough - n);
  }
  return n;
}
