// @vitest-environment node
/**
 * The reader's audit (tools/audit/): the guideline's sample is stratified and
 * seeded, a judgement is keyed by page, span, type and a claim's source, and
 * the figures count UNSURE apart and furniture as wrong. Synthetic analyses.
 */
import { describe, expect, it } from 'vitest';
import { itemKey, samplePage, MAX_CLAIMS, MAX_NAMES, MAX_VALUES } from '../../../tools/audit/sample';
import { found, precision } from '../../../tools/audit/figures';
import { judgementError, type Judgement } from '../../../tools/audit/judgements';
import type { Analysis, Claim, Entity } from '../../../utils/types';

function analysis(nNames: number, nValues: number, nClaims: number): Analysis {
  const entities: Entity[] = [];
  for (let i = 0; i < nNames; i++) entities.push({ type: 'PERSON', text: 'x', start: i * 10, end: i * 10 + 1 });
  for (let i = 0; i < nValues; i++) entities.push({ type: 'DATE', text: 'x', start: 1000 + i * 10, end: 1000 + i * 10 + 1 });
  const claims: Claim[] = [];
  for (let i = 0; i < nClaims; i++) {
    const s = 2000 + i * 50;
    const span = (a: number, b: number) => ({ text: 'x'.repeat(b - a), start: a, end: b });
    claims.push({
      kind: i % 2 ? 'indirect' : 'belief',
      ...span(s, s + 40),
      source: span(s, s + 5),
      cue: span(s + 6, s + 10),
      content: span(s + 11, s + 40),
    });
  }
  return { entities: entities.sort((a, b) => a.start - b.start), claims };
}

describe('samplePage', () => {
  it('draws at most 15 names, 5 dates or numbers and 6 painted claims, the same on every run', () => {
    const a = analysis(40, 12, 30);
    const s = samplePage('p', a);
    expect(s.filter((x) => x.type === 'PERSON')).toHaveLength(MAX_NAMES);
    expect(s.filter((x) => x.type === 'DATE')).toHaveLength(MAX_VALUES);
    const claims = s.filter((x) => x.type === 'claim');
    expect(claims).toHaveLength(MAX_CLAIMS);
    expect(claims.every((c) => c.kind !== 'belief')).toBe(true);
    expect(samplePage('p', a)).toEqual(s);
    expect(samplePage('q', a)).not.toEqual(s.map((x) => ({ ...x, page: 'q' })));
  });

  it('a page with fewer items gives all it has', () => {
    expect(samplePage('p', analysis(3, 1, 2))).toHaveLength(3 + 1 + 1);
  });
});

describe('judgements', () => {
  const base = { page: 'p', hash: 'h', start: 0, end: 5, note: '', furniture: false };
  it('a claim with another source is another item', () => {
    expect(itemKey({ ...base, type: 'claim', source: [0, 2] })).not.toBe(itemKey({ ...base, type: 'claim', source: [3, 4] }));
  });
  it('rejects a verdict of the wrong vocabulary', () => {
    expect(judgementError({ ...base, type: 'claim', verdict: 'CORRECT' })).toMatch(/verdict/);
    expect(judgementError({ ...base, type: 'ORG', verdict: 'CORRECT' })).toBeNull();
  });
  it('counts UNSURE apart and furniture as wrong only in the figure with furniture', () => {
    const js: Judgement[] = [
      { ...base, type: 'ORG', verdict: 'CORRECT' },
      { ...base, start: 10, end: 12, type: 'ORG', verdict: 'WRONG_TYPE' },
      { ...base, start: 20, end: 22, type: 'PLACE', verdict: 'UNSURE' },
      { ...base, start: 30, end: 32, type: 'PLACE', verdict: 'CORRECT', furniture: true },
    ];
    const p = precision(js, 'names');
    expect(p.article).toEqual({ right: 1, of: 2 });
    expect(p.all).toEqual({ right: 1, of: 3 });
    expect(p.unsure).toBe(1);
  });
});

describe('recall spot check', () => {
  const text = 'Ana Ruiz spoke first. She said the bridge would close.';
  const she = text.indexOf('She');
  const said = text.indexOf('said');
  const claim: Claim = {
    kind: 'indirect',
    text: text.slice(she, text.length - 1),
    start: she,
    end: text.length - 1,
    source: { text: 'She', start: she, end: she + 3, canonical: 'Ana Ruiz' },
    cue: { text: 'said', start: said, end: said + 4 },
    content: { text: text.slice(said + 5, text.length - 1), start: said + 5, end: text.length - 1 },
  };
  const a: Analysis = { entities: [{ type: 'PERSON', text: 'Ana Ruiz', start: 0, end: 8 }], claims: [claim] };
  it('finds a name by span and type only', () => {
    expect(found({ page: 'p', hash: 'h', what: 'name', start: 0, end: 8, type: 'PERSON' }, a, text)).toBe(true);
    expect(found({ page: 'p', hash: 'h', what: 'name', start: 0, end: 8, type: 'ORG' }, a, text)).toBe(false);
  });
  it('finds a statement painted with its source, or with the name its pronoun resolves to', () => {
    expect(found({ page: 'p', hash: 'h', what: 'statement', start: said, end: said + 4, source: [she, she + 3] }, a, text)).toBe(true);
    expect(found({ page: 'p', hash: 'h', what: 'statement', start: said, end: said + 4, source: [0, 8] }, a, text)).toBe(true);
    const belief: Analysis = { ...a, claims: [{ ...claim, kind: 'belief' }] };
    expect(found({ page: 'p', hash: 'h', what: 'statement', start: said, end: said + 4, source: [she, she + 3] }, belief, text)).toBe(
      false,
    );
  });
});
