/**
 * The caller's side of the analysis worker (entrypoints/analysis-worker.ts):
 * one worker, started on first use, jobs matched to replies by id. A worker
 * that fails or goes silent past its deadline is replaced for the next job.
 */
import type { BudgetedAnalysis } from './nlp/budget';

/** How long past its budget a job may take before the worker is presumed stuck (model loading on first use included). */
const GRACE_MS = 30_000;

export class WorkerClient {
  private worker: Worker | null = null;
  private next = 1;
  private readonly pending = new Map<
    number,
    { resolve(r: BudgetedAnalysis): void; reject(e: Error): void; timer: ReturnType<typeof setTimeout> }
  >();

  constructor(private readonly spawn: () => Worker) {}

  analyze(text: string, budgetMs: number): Promise<BudgetedAnalysis> {
    const w = this.start();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new Error('the analysis worker did not answer')), budgetMs + GRACE_MS);
      this.pending.set(id, { resolve, reject, timer });
      w.postMessage({ id, text, budgetMs });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = this.spawn();
    w.addEventListener('message', (e: MessageEvent) => {
      const r = e.data as { id: number; ok: boolean; result?: BudgetedAnalysis; error?: string };
      const job = this.pending.get(r.id);
      if (!job) return;
      this.pending.delete(r.id);
      clearTimeout(job.timer);
      if (r.ok && r.result) job.resolve(r.result);
      else job.reject(new Error(r.error ?? 'analysis failed'));
    });
    w.addEventListener('error', (e: ErrorEvent) => this.fail(new Error(e.message || 'the analysis worker failed')));
    this.worker = w;
    return w;
  }

  /** Fails every pending job and drops the worker (the next job starts a new one). */
  private fail(err: Error): void {
    this.worker?.terminate();
    this.worker = null;
    for (const job of this.pending.values()) {
      clearTimeout(job.timer);
      job.reject(err);
    }
    this.pending.clear();
  }
}
