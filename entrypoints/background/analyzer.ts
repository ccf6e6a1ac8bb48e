/**
 * Where the background runs an analysis (issue 22): a long text never on its
 * own message loop, so that saves and other tabs are answered while it is
 * analysed.
 *
 * - A text of up to INLINE_CHARS (most news articles): here, at once, as
 *   before — tens of milliseconds, even for the worst text of that length,
 *   and no worker to start for the first article.
 * - Longer, in Firefox (an MV2 background page): in a worker it starts on
 *   first use; in Chromium (an MV3 service worker, which cannot start
 *   workers): in the same worker, hosted by an offscreen document.
 * - Failing both: here, part by part, yielding to the message loop between
 *   parts.
 */
import { browser } from 'wxt/browser';
import { annotateWithin, ANALYSIS_BUDGET_MS, type BudgetedAnalysis } from '../../utils/nlp/budget';
import { WorkerClient } from '../../utils/analysis-client';
import { ensureOffscreen, forgetOffscreen, offscreenApi, type OffscreenApi } from './offscreen';

export type AnalysisRoute = 'worker' | 'offscreen' | 'inline';

/**
 * Texts up to this length are analysed on the message loop: about 35–80 ms
 * for the hostile text of bench/hostile.ts on a loaded 2-core machine, a few
 * for a news article.
 */
export const INLINE_CHARS = 8_000;

const workerUrl = () => browser.runtime.getURL('/analysis-worker.js');
let client: WorkerClient | null = null;

type OffscreenReply = { ok: boolean; result?: BudgetedAnalysis; error?: string } | undefined;

async function viaOffscreen(api: OffscreenApi, text: string, budgetMs: number): Promise<BudgetedAnalysis> {
  await ensureOffscreen(api);
  const ask = () => browser.runtime.sendMessage({ type: 'engine:analyze', text, budgetMs }) as Promise<OffscreenReply>;
  // a document just created may not be listening yet: one more try after a moment
  const reply = await ask().catch(() => new Promise<OffscreenReply>((r) => setTimeout(() => r(ask().catch(() => undefined)), 100)));
  if (!reply?.ok || !reply.result) {
    forgetOffscreen();
    throw new Error(reply?.error ?? 'no answer from the offscreen document');
  }
  return reply.result;
}

/** Analyses `text` within the budget, off the message loop where the browser allows. */
export async function runAnalysis(text: string, budgetMs = ANALYSIS_BUDGET_MS): Promise<BudgetedAnalysis & { route: AnalysisRoute }> {
  if (text.length <= INLINE_CHARS) return { ...(await annotateWithin(text, budgetMs)), route: 'inline' };
  try {
    if (typeof Worker !== 'undefined') {
      client ??= new WorkerClient(() => new Worker(workerUrl()));
      return { ...(await client.analyze(text, budgetMs)), route: 'worker' };
    }
    const api = offscreenApi();
    if (api) return { ...(await viaOffscreen(api, text, budgetMs)), route: 'offscreen' };
  } catch (err) {
    console.debug('[newsmark] analysing in the background itself:', err instanceof Error ? err.message : err);
  }
  const yieldToMessages = () => new Promise<void>((r) => setTimeout(r, 0));
  return { ...(await annotateWithin(text, budgetMs, { between: yieldToMessages })), route: 'inline' };
}
