/**
 * Cheap screening of page mutations: how much text did they add? The
 * content script (entrypoints/content/page-changes.ts) re-runs detection only
 * when enough text arrived or the URL changed, once per quiet period.
 */
import { countNonSpace } from './dom';

/** Non-space characters of text in the nodes a mutation record added. */
export function addedText(records: MutationRecord[]): number {
  let n = 0;
  for (const r of records) {
    if (r.type === 'characterData') {
      n += countNonSpace(r.target.textContent ?? '');
      continue;
    }
    for (let i = 0; i < r.addedNodes.length; i++) n += countNonSpace(r.addedNodes[i].textContent ?? '');
  }
  return n;
}
