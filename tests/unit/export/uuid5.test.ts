// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { URL_UUID_NAMESPACE, isUuid, sha1, uuidV5 } from '../../../utils/export/uuid5';
import { rng } from './fixtures';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('sha1', () => {
  it('matches node:crypto on lengths around every padding boundary and random bytes', () => {
    const next = rng(7);
    for (const length of [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 70_000]) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(next() * 256));
      expect(hex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });
});

describe('uuidV5', () => {
  it('gives the RFC 9562 / Python uuid5 values', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5('https://hypothes.is/a/abc', URL_UUID_NAMESPACE)).toBe('d0629947-4413-578a-b949-847eddbcb427');
  });

  it('is a version-5, RFC-variant UUID and differs for different names', () => {
    const a = uuidV5('a');
    expect(isUuid(a)).toBe(true);
    expect(a[14]).toBe('5');
    expect('89ab').toContain(a[19]);
    expect(uuidV5('b')).not.toBe(a);
    expect(uuidV5('a')).toBe(a);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(/namespace/);
  });
});
