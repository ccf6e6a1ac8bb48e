// @vitest-environment node
/**
 * Seeded fuzz of import files: 1,000 hostile variations of a valid export
 * and of other tools' shapes. Every case must end in either a complete,
 * valid import or a clear error with no notes, without throwing, running
 * anything, or touching Object.prototype.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { toJsonLd } from '../../../utils/export/jsonld';
import { parseImport, type ImportResult } from '../../../utils/import/jsonld';
import { noteProblem } from '../../../utils/import/validate';
import { makeNote, nastyNotes, rng } from '../export/fixtures';

const SEED = 20261127;
const CASES = 1000;

const SCRIPT_TEXTS = [
  '<script>globalThis.__fuzzRan = true</script>',
  'javascript:globalThis.__fuzzRan=true',
  '"; globalThis.__fuzzRan = true; "',
  '${globalThis.__fuzzRan = true}',
  '<img src=x onerror="globalThis.__fuzzRan=true">',
  '{{constructor.constructor("globalThis.__fuzzRan=true")()}}',
];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];

type Json = any;
type Family =
  | 'truncated'
  | 'wrong-type'
  | 'huge-string'
  | 'script-everywhere'
  | 'duplicate-id'
  | 'proto-keys'
  | 'deleted-key'
  | 'byte-flip'
  | 'garbage'
  | 'foreign-shape'
  | 'top-level'
  | 'deep-nesting'
  | 'existing-ids'
  | 'valid';
const FAMILIES: Family[] = [
  'truncated',
  'wrong-type',
  'huge-string',
  'script-everywhere',
  'duplicate-id',
  'proto-keys',
  'deleted-key',
  'byte-flip',
  'garbage',
  'foreign-shape',
  'top-level',
  'deep-nesting',
  'existing-ids',
  'valid',
];

const baseNotes = [makeNote(0), makeNote(1), makeNote(2), makeNote(3), ...nastyNotes().slice(0, 4)];
const baseText = toJsonLd(baseNotes);

/** Every [container, key] pair in a JSON tree. */
function slots(node: Json, out: [Json, string | number][] = []): [Json, string | number][] {
  if (Array.isArray(node)) node.forEach((v, i) => (out.push([node, i]), slots(v, out)));
  else if (node && typeof node === 'object') for (const k of Object.keys(node)) (out.push([node, k]), slots(node[k], out));
  return out;
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)];
}

function wrongValue(next: () => number): Json {
  return pick(next, [
    null,
    true,
    0,
    -1,
    1.5,
    1e308,
    '',
    'x',
    [],
    [1, 'a'],
    {},
    { type: 'TextualBody' },
    'urn:uuid:bad',
    '2026-99-99T00:00Z',
  ]);
}

function items(doc: Json): Json[] {
  return doc.first.items;
}

interface Case {
  family: Family;
  input: string;
  existingIds?: Set<string>;
  maxBytes?: number;
  /** For script-everywhere: the text every text field of an imported note must equal exactly. */
  injected?: string;
}

function makeCase(i: number, next: () => number): Case {
  const family = FAMILIES[i % FAMILIES.length];
  const doc: Json = JSON.parse(baseText);
  switch (family) {
    case 'truncated':
      return { family, input: baseText.slice(0, Math.floor(next() * (baseText.length - 1))) };
    case 'wrong-type': {
      const count = 1 + Math.floor(next() * 3);
      for (let k = 0; k < count; k++) {
        const [parent, key] = pick(next, slots(doc));
        parent[key] = wrongValue(next);
      }
      return { family, input: JSON.stringify(doc) };
    }
    case 'huge-string': {
      const textSlots = slots(doc).filter(([p, k]) => typeof p[k] === 'string');
      const [parent, key] = pick(next, textSlots);
      parent[key] = pick(next, ['x', '<script>', '€', '🎉']).repeat(201_000 + Math.floor(next() * 20_000)); // past every field limit
      return { family, input: JSON.stringify(doc) };
    }
    case 'script-everywhere': {
      const injected = pick(next, SCRIPT_TEXTS);
      for (const a of items(doc)) {
        for (const b of a.body ?? []) b.value = injected;
        a['newsmark:pageTitle'] = injected;
        const [q] = a.target.selector;
        q.exact = injected;
        q.prefix = injected;
        q.suffix = injected;
        if (next() < 0.3)
          a.target.source = pick(next, ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'https://ok.example/?<script>']);
        if (next() < 0.2) a.id = injected;
      }
      return { family, input: JSON.stringify(doc), injected };
    }
    case 'duplicate-id': {
      const list = items(doc);
      const from = Math.floor(next() * list.length);
      let to = Math.floor(next() * list.length);
      if (to === from) to = (to + 1) % list.length;
      list[to].id = next() < 0.5 ? list[from].id : list[from].id.toUpperCase().replace('URN:UUID:', 'urn:uuid:');
      return { family, input: JSON.stringify(doc) };
    }
    case 'proto-keys': {
      const objects = slots(doc)
        .map(([p, k]) => p[k])
        .filter((v) => v && typeof v === 'object' && !Array.isArray(v));
      objects.push(doc);
      const marker = `"${pick(next, PROTO_KEYS)}": {"polluted": "yes", "prototype": {"polluted": "yes"}}`;
      let text = JSON.stringify(doc);
      // Inject textually after a random "{" so the key is an own "__proto__" key, as a hostile file would have it.
      const braces = [...text.matchAll(/\{/g)].map((m) => m.index!);
      const at = pick(next, braces) + 1;
      text = `${text.slice(0, at)}${marker}${text[at] === '}' ? '' : ','}${text.slice(at)}`;
      return { family, input: text };
    }
    case 'deleted-key': {
      const [parent, key] = pick(next, slots(doc));
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return { family, input: JSON.stringify(doc) };
    }
    case 'byte-flip': {
      const chars = [...baseText];
      for (let k = 0; k < 1 + Math.floor(next() * 5); k++) {
        chars[Math.floor(next() * chars.length)] = String.fromCharCode(Math.floor(next() * 0x3000));
      }
      return { family, input: chars.join('') };
    }
    case 'garbage': {
      const len = Math.floor(next() * 2000);
      let s = '';
      for (let k = 0; k < len; k++) s += String.fromCharCode(Math.floor(next() * 0x10000));
      return { family, input: pick(next, [s, `{${s}}`, `[${s}]`, '\u0000', '\uFEFF', '   ', 'null', 'undefined', 'NaN']) };
    }
    case 'foreign-shape': {
      const a = items(doc)[Math.floor(next() * items(doc).length)];
      a.id = pick(next, [a.id, 'https://hypothes.is/a/x1', 'tag:example.org,2026:1', 'no-scheme', '']);
      if (next() < 0.5) a.target.selector = next() < 0.5 ? a.target.selector[0] : [a.target.selector[1]];
      if (next() < 0.3) a.target = [pick(next, ['https://a.example/', a.target]), a.target];
      if (next() < 0.3) a.body = pick(next, ['plain string', { value: 'obj' }, [{ value: 't', purpose: 'tagging' }, 'x']]);
      if (next() < 0.3) delete a.created;
      if (next() < 0.3) delete a.modified;
      const shape = pick(next, ['single', 'array', 'page', 'collection']);
      const wrapped =
        shape === 'single'
          ? a
          : shape === 'array'
            ? [a]
            : shape === 'page'
              ? { type: 'AnnotationPage', items: [a] }
              : { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [a] } };
      return { family, input: JSON.stringify(wrapped) };
    }
    case 'top-level':
      return {
        family,
        input: pick(next, [
          '0',
          '"text"',
          'true',
          '[]',
          '{}',
          '[1,2]',
          '[null]',
          '{"type":["AnnotationCollection"],"first":[]}',
          '{"type":"AnnotationPage"}',
          '{"@graph":"x"}',
        ]),
      };
    case 'deep-nesting': {
      const depth = 1000 + Math.floor(next() * 20_000);
      return {
        family,
        input:
          next() < 0.5
            ? `${'['.repeat(depth)}${']'.repeat(depth)}`
            : `{"type":"Annotation","body":${'{"value":'.repeat(depth)}1${'}'.repeat(depth)}}`,
      };
    }
    case 'existing-ids': {
      const ids = baseNotes.filter(() => next() < 0.5).map((n) => n.id);
      return { family, input: baseText, existingIds: new Set(ids) };
    }
    case 'valid':
    default:
      return { family, input: JSON.stringify(doc) };
  }
}

/** The outcome of one case, asserted to be whole: all notes valid, or an error and nothing else. */
function check(c: Case, r: ImportResult): void {
  if (r.ok) {
    expect(Object.keys(r).sort()).toEqual(['notes', 'ok', 'skipped', 'summary']);
    expect(r.summary.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const n of r.notes) {
      expect(noteProblem(n)).toBeNull();
      expect(ids.has(n.id)).toBe(false);
      ids.add(n.id);
      if (c.existingIds) expect(c.existingIds.has(n.id)).toBe(false);
      if (c.injected) {
        const texts = [n.pageTitle, n.target.selector[0].exact, n.target.selector[0].prefix, n.target.selector[0].suffix, ...n.tags];
        for (const t of texts) expect(t).toBe(c.injected);
        if (n.body !== '') expect(n.body).toBe(c.injected);
      }
    }
  } else {
    expect(Object.keys(r).sort()).toEqual(['error', 'ok']);
    expect(r.error).toMatch(/\S/);
    expect(r.error.endsWith('Nothing was imported.')).toBe(true);
    expect(r.error.length).toBeLessThan(800);
  }
}

describe(`import fuzz (seed ${SEED}, ${CASES} cases)`, () => {
  const tally = new Map<string, { ok: number; refused: number }>();
  const reasons = new Map<string, number>();
  const times = new Map<string, number>();
  const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
  const arrayProtoBefore = Object.getOwnPropertyNames(Array.prototype).sort();

  afterAll(() => {
    const lines = [...tally].map(
      ([family, t]) => `${family.padEnd(18)} ok ${String(t.ok).padStart(3)}  refused ${String(t.refused).padStart(3)}`,
    );
    const top = [...reasons]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([why, n]) => `${String(n).padStart(4)}  ${why}`);
    if (process.env.FUZZ_TIMES) console.log([...times].map(([f, ms]) => `${f} ${ms.toFixed(0)} ms`).join('\n'));
    console.log(`FUZZ SUMMARY (seed ${SEED})\n${lines.join('\n')}\nmost common refusals:\n${top.join('\n')}`);
  });

  it('never throws, never returns part of a file, keeps text as text, leaves prototypes alone', () => {
    const next = rng(SEED);
    (globalThis as any).__fuzzRan = false;
    for (let i = 0; i < CASES; i++) {
      const c = makeCase(i, next);
      const t0 = performance.now();
      let r: ImportResult | undefined;
      expect(() => (r = parseImport(c.input, { existingIds: c.existingIds, maxBytes: c.maxBytes }))).not.toThrow();
      check(c, r!);
      if (i % 10 === 0) expect(parseImport(c.input, { existingIds: c.existingIds, maxBytes: c.maxBytes })).toEqual(r);
      const t = tally.get(c.family) ?? { ok: 0, refused: 0 };
      if (r!.ok) t.ok++;
      else {
        t.refused++;
        const why = r!.error
          .replace(/^Annotation \d+ of \d+ \([^)]*\)?\)?: /, '')
          .replace(/\b\d+\b/g, 'N')
          .replace(/"[^"]*"/g, '"…"')
          .replace(/\([^()]*\)/g, '(…)')
          .slice(0, 90);
        reasons.set(why, (reasons.get(why) ?? 0) + 1);
        if (process.env.FUZZ_SAMPLES && i % 37 === 0) console.log(`[${c.family}] ${r!.error.slice(0, 300)}`);
      }
      tally.set(c.family, t);
      if (process.env.FUZZ_TIMES) times.set(c.family, (times.get(c.family) ?? 0) + performance.now() - t0);
    }
    expect((globalThis as any).__fuzzRan).toBe(false);
    expect(({} as any).polluted).toBeUndefined();
    expect(([] as any).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayProtoBefore);
    // Every family that should be able to succeed did at least once, and every hostile one was refused at least once.
    expect(tally.get('valid')!.refused).toBe(0);
    expect(tally.get('existing-ids')!.refused).toBe(0);
    for (const f of ['truncated', 'huge-string', 'duplicate-id', 'garbage', 'top-level', 'deep-nesting'] as Family[])
      expect(tally.get(f)!.refused).toBeGreaterThan(0);
    expect(tally.get('duplicate-id')!.ok).toBe(0);
    expect(tally.get('huge-string')!.ok + tally.get('huge-string')!.refused).toBeGreaterThan(50);
  });

  it('refuses a 50 MB file up front, and with a raised limit parses it and refuses the oversized record', () => {
    const doc: Json = JSON.parse(baseText);
    doc.first.items[0].body[0].value = 'x'.repeat(50 * 1024 * 1024);
    const input = JSON.stringify(doc);
    expect(input.length).toBeGreaterThan(50 * 1024 * 1024);
    const t0 = performance.now();
    const r = parseImport(input);
    expect(performance.now() - t0).toBeLessThan(50);
    expect(r).toEqual({
      ok: false,
      error: expect.stringMatching(/^The file is over 50\.0 MB; the largest file Newsmark imports is 20\.0 MB\./),
    });
    const raised = parseImport(input, { maxBytes: 64 * 1024 * 1024 });
    expect(raised).toEqual({
      ok: false,
      error: expect.stringMatching(/^Annotation 1 of 8 .*note text is 52428800 characters long; the limit is 100000/),
    });
    // A 50 MB file of well-formed, small records is refused by size alone, whatever it holds.
    const many = `[${Array.from({ length: 1 }, () => JSON.stringify(doc.first.items[1])).join(',')}${' '.repeat(50 * 1024 * 1024)}]`;
    expect(parseImport(many)).toMatchObject({ ok: false });
  });
});
