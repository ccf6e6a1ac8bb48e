/**
 * Pages from ../shared/data for tests that read them at run time (never
 * committed): decoding raw bytes by their declared charset, and seeded draws.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { seededRandom } from '../../../tools/random';
import { SHARED_DATA, needsShared } from '../../helpers/shared-data';

export const SHARED = SHARED_DATA;

/** True when `path` (under ../shared/data) exists; otherwise warns once with `what`. */
export function sharedPresent(path: string, what: string): boolean {
  return needsShared(path, what).present;
}

/** HTML from raw bytes (optionally gzipped), decoded with the charset the page declares (UTF-8 otherwise). */
export function decodeHtml(file: string): string {
  let buf = readFileSync(file);
  if (file.endsWith('.gz')) buf = gunzipSync(buf);
  const charset = /charset=["']?([\w-]+)/i.exec(buf.subarray(0, 4096).toString('latin1'))?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(buf);
  } catch {
    return new TextDecoder('utf-8').decode(buf);
  }
}

/** The file names of a folder in a seeded order (Fisher–Yates), the same on every run. */
export function seededOrder(dir: string, seed: number): string[] {
  const files = readdirSync(dir).sort();
  const rand = seededRandom(seed);
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [files[i], files[j]] = [files[j], files[i]];
  }
  return files;
}
