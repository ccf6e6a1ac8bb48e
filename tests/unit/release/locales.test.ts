/**
 * The message catalogues: French says everything English says, with the same
 * substitutions; every key the code asks for exists; names are what both
 * browsers accept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
type Catalogue = Record<string, { message: string }>;
const load = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'public', '_locales', lang, 'messages.json'), 'utf8')) as Catalogue;
const subs = (m: string) => (m.match(/\$\d/g) ?? []).sort();

/** Every `t('key'` / `tn('base'` in the UI's code. */
function keysUsed(): Set<string> {
  const used = new Set<string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name)) {
        const src = readFileSync(p, 'utf8');
        for (const m of src.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(m[1]);
        for (const m of src.matchAll(/\btn\('([A-Za-z0-9_]+)'/g)) used.add(`${m[1]}_one`).add(`${m[1]}_other`);
      }
    }
  };
  for (const d of ['components', 'entrypoints']) walk(join(ROOT, d));
  return used;
}

describe('locales', () => {
  const en = load('en');
  const fr = load('fr');

  it('has French for every English message, with the same substitutions, and nothing left in English by mistake', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) {
      expect(subs(fr[k].message), k).toEqual(subs(en[k].message));
      expect(fr[k].message.trim().length, k).toBeGreaterThan(0);
    }
    // Most messages differ from English (names, "Newsmark", "Notes", "$1 — $2" may not).
    const same = Object.keys(en).filter((k) => fr[k].message === en[k].message);
    expect(same.length).toBeLessThan(Object.keys(en).length * 0.12);
  });

  it('has every key the code asks for, under names the browsers accept', () => {
    for (const k of keysUsed()) expect(en[k], k).toBeDefined();
    for (const k of Object.keys(en)) expect(k).toMatch(/^[A-Za-z0-9_]+$/);
    for (const k of ['extName', 'extDescription', 'commandHighlight']) expect(en[k]).toBeDefined();
    expect(en.extDescription.message.length).toBeLessThanOrEqual(132);
    expect(fr.extDescription.message.length).toBeLessThanOrEqual(132);
  });
});
