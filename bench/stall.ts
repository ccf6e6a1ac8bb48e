/**
 * The stall bench (issue 22), in Chromium with the built extension: while a
 * 20,000-word hostile page (bench/hostile.ts) is analysed, a note save from
 * another tab (an extension page, through the same background message loop)
 * must complete in ≤ 100 ms (median of 5), and that page's analysis must
 * finish in ≤ 1 s or stop at its budget with a message (the popup's state).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchChromiumContext } from '../scripts/lib/browsers';
import { hostilePage } from './hostile';
import { median, round } from '../tools/stats';

export interface StallRun {
  /** Save round trip while the hostile page was being analysed. */
  saveMs: number;
  /** Whether the save was answered before the page was painted (else it was held until the analysis ended). */
  saveDuringAnalysis: boolean;
  /** From the analyze request (newsmark:article) to the page painted (newsmark:painted). */
  analysisMs: number;
  /** The popup's message when the analysis stopped at its budget, else null. */
  partialMessage: string | null;
}

export interface StallResult {
  words: number;
  runs: StallRun[];
  /** Save round trip with nothing being analysed (the same tab, same store). */
  idleSaveMs: number;
  medianSaveMs: number;
  medianAnalysisMs: number;
}

type Page = import('playwright-core').Page;

function note(i: number) {
  const now = new Date().toISOString();
  return {
    id: `urn:uuid:00000000-0000-4000-8000-${(0xbe00 + i).toString(16).padStart(12, '0')}`,
    motivation: 'commenting',
    body: `stall bench ${i}`,
    tags: [],
    colour: 'yellow',
    created: now,
    modified: now,
    target: {
      source: 'https://bench.example.com/other-tab',
      selector: [
        { type: 'TextQuoteSelector', exact: 'other tab', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 9 },
      ],
    },
    pageTitle: 'Another tab',
  };
}

/** One save from the extension page, timed in the page. */
async function timedSave(saver: Page, i: number): Promise<number> {
  return saver.evaluate(async (n) => {
    const t0 = performance.now();
    const r = (await chrome.runtime.sendMessage({ type: 'notes:save', note: n })) as { ok: boolean; error?: string };
    if (!r?.ok) throw new Error(`save failed: ${r?.error}`);
    return performance.now() - t0;
  }, note(i));
}

const mark = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name).catch(() => null);

async function until<T>(fn: () => Promise<T | null>, timeoutMs: number, what: string, everyMs = 5): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== null) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export async function benchStall(
  opts: { runs?: number; words?: number; extensionDir?: string; log?: (s: string) => void } = {},
): Promise<StallResult> {
  const runs = opts.runs ?? 5;
  const words = opts.words ?? 20_000;
  const log = opts.log ?? (() => undefined);
  const html = hostilePage(words);
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { context, extensionOrigin, close } = await launchChromiumContext(true, opts.extensionDir);
  try {
    const saver = await context.newPage();
    await saver.goto(`${extensionOrigin}/popup.html`);
    // warm up: the engine (and its worker) load once, as after a browser's first article
    const warm = await context.newPage();
    await warm.goto(`${base}/warm`);
    await until(() => mark(warm, 'newsmark:painted'), 120_000, 'the warm-up page painted', 100);
    await warm.close();
    const idle: number[] = [];
    for (let i = 0; i < runs; i++) idle.push(await timedSave(saver, 100 + i));
    const out: StallRun[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      const url = `${base}/hostile-${i}`;
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const asked = await until(() => mark(page, 'newsmark:article'), 60_000, 'the analysis request');
      const saveMs = await timedSave(saver, i);
      const paintedBefore = await mark(page, 'newsmark:painted');
      const painted = await until(() => mark(page, 'newsmark:painted'), 120_000, 'the hostile page painted', 20);
      const partial = await saver.evaluate(async (u) => {
        const [tab] = await chrome.tabs.query({ url: u });
        const r = (await chrome.tabs.sendMessage(tab.id!, { type: 'page:state' })) as {
          ok: boolean;
          state?: { partial?: { budgetMs: number; analysedChars: number; totalChars: number } | null };
        };
        return r?.state?.partial ?? null;
      }, url);
      const partialMessage = partial
        ? `Analysis stopped after ${partial.budgetMs / 1000} s: showing the first ${Math.max(1, Math.floor((100 * partial.analysedChars) / partial.totalChars))}% of the article.`
        : null;
      const run = {
        saveMs: round(saveMs, 1),
        saveDuringAnalysis: paintedBefore === null,
        analysisMs: Math.round(painted - asked),
        partialMessage,
      };
      log(
        `  run ${i + 1}: save ${run.saveMs} ms${run.saveDuringAnalysis ? ' (answered before the page was painted)' : ' (held until the analysis ended)'}, analysis ${run.analysisMs} ms${partialMessage ? ` — ${partialMessage}` : ''}`,
      );
      out.push(run);
      await page.close();
    }
    return {
      words,
      runs: out,
      idleSaveMs: round(median(idle), 1),
      medianSaveMs: round(median(out.map((r) => r.saveMs)), 1),
      medianAnalysisMs: Math.round(median(out.map((r) => r.analysisMs))),
    };
  } finally {
    await close();
    server.close();
  }
}
