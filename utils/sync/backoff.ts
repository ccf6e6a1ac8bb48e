/**
 * Retry delays after a failed sync: doubling from 30 s up to 30 minutes, with
 * up to a fifth added at random so that devices that failed together do not
 * retry together. The alarm (every SYNC_PERIOD_MINUTES) runs sync whatever the backoff says.
 */
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_MAX_MS = 30 * 60_000;

/** Milliseconds to wait after `failures` failures in a row (1 = the first); `random` in [0, 1). */
export function backoffDelay(failures: number, random: number = Math.random()): number {
  if (failures <= 0) return 0;
  const plain = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures - 1, 20));
  return Math.min(BACKOFF_MAX_MS, Math.round(plain * (1 + 0.2 * random)));
}
