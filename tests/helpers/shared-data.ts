/**
 * Tests that read ../shared/data (never committed) at run time: where the
 * data lies, and a clear skip message when it is absent. Use with
 * describe.skipIf / it.skipIf:
 *
 *   const seed = needsShared('seed/seed-article.txt', 'seed test');
 *   describe.skipIf(!seed.present)('…', () => { readFileSync(seed.path, 'utf8') … });
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** ../shared/data beside the repository, or NEWSMARK_DATA (as scripts/static-server.mjs serves it). */
export const SHARED_DATA = resolve(process.env.NEWSMARK_DATA ?? resolve(import.meta.dirname, '../../../shared/data'));

export interface SharedData {
  /** Absolute path of the first path asked for. */
  path: string;
  /** True when every path asked for exists. */
  present: boolean;
}

/**
 * Resolves `paths` (relative to the shared data folder) and checks they all
 * exist; if not, warns once that `what` is skipped and which path is missing.
 */
export function needsShared(paths: string | readonly string[], what: string): SharedData {
  const all = (typeof paths === 'string' ? [paths] : paths).map((p) => resolve(SHARED_DATA, p));
  const missing = all.find((p) => !existsSync(p));
  if (missing) console.warn(`${what} skipped: ${missing} not found (the shared data folder ${SHARED_DATA} is absent or incomplete)`);
  return { path: all[0], present: !missing };
}
