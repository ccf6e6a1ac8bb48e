/**
 * The analysis worker (issue 22): runs the engine off the background's
 * message loop, so that saves and other tabs are answered while a long page
 * is analysed. Started by the background page (Firefox) or by the offscreen
 * document (Chromium, whose service worker cannot start workers).
 *
 * In:  { id, text, budgetMs }    Out: { id, ok: true, result } | { id, ok: false, error }
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { annotateWithin } from '../utils/nlp/budget';
import { MAX_TEXT } from '../utils/messages';

interface Job {
  id: number;
  text: string;
  budgetMs: number;
}

const isJob = (x: unknown): x is Job => {
  const j = x as Partial<Job> | null;
  return !!j && typeof j.id === 'number' && typeof j.text === 'string' && j.text.length <= MAX_TEXT && typeof j.budgetMs === 'number';
};

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as {
    addEventListener(t: 'message', l: (e: MessageEvent) => void): void;
    postMessage(m: unknown): void;
  };
  scope.addEventListener('message', (e: MessageEvent) => {
    if (!isJob(e.data)) return;
    const { id, text, budgetMs } = e.data;
    annotateWithin(text, budgetMs).then(
      (result) => scope.postMessage({ id, ok: true, result }),
      (err: unknown) => scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
  });
});
