import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelay } from '../../../utils/sync/backoff';

describe('backoffDelay', () => {
  it('doubles from the base, adds at most a fifth, and stops at the maximum', () => {
    expect(backoffDelay(0)).toBe(0);
    expect(backoffDelay(1, 0)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelay(2, 0)).toBe(2 * BACKOFF_BASE_MS);
    expect(backoffDelay(3, 0.5)).toBe(Math.round(4 * BACKOFF_BASE_MS * 1.1));
    expect(backoffDelay(12, 0)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(500, 0.99)).toBe(BACKOFF_MAX_MS);
  });
});
