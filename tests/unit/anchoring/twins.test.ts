/**
 * Identical twins (issue 23): a passage copied with its whole context, with
 * other edits that push the original away from the stored position. Position
 * must not decide; the block selector does, and where nothing else tells the
 * twins apart the note is an orphan that lists both places.
 */
import { describe as suite, expect, it } from 'vitest';
import { anchor, anchorReports, describe } from '../../../utils/anchoring/index';
import { anchorNotes } from '../../../utils/anchoring/notes';
import { blockAgreement, blockEnd, blockStart, describeBlock, fingerprint } from '../../../utils/anchoring/structure';
import type { NoteRecord } from '../../../utils/annotation';

const PARAS = [
  'The river authority met on Tuesday evening to discuss the spring floods.',
  'Residents of the lower town had asked for the meeting after water reached the market square twice in March.',
  'The authority’s chair, Miriam Coles, opened with a list of the repairs already made to the embankment.',
  'Engineers had replaced two sluice gates and cleared the culvert under the old mill road.',
  'Several residents said the work had come too late for the shops on Bridge Street.',
  'A baker whose cellar flooded in both storms said she had lost a month of trade.',
  'Coles said the authority would publish its flood plan before the summer and would hold two more meetings in the lower town.',
  'She added that the plan would be paid for out of the existing budget and that no new charge was planned.',
  'Councillors from the upper town questioned whether the budget could cover the second phase of the works.',
  'The meeting ended after nine, with a promise to return in June.',
];
const TEXT = PARAS.join('\n\n');
const PHRASE = 'would publish its flood plan before the summer';
const INSERTS = [
  'Update, Wednesday: this article has been revised to add comments from residents who spoke after the meeting.',
  'One resident, a retired teacher, said the authority had ignored warnings from the allotment holders for years.',
  'Another said the sandbags handed out in March had arrived two days after the water.',
];

/** The note's selectors in TEXT, and its quote with the whole stored context (what a copy repeats). */
function theNote() {
  const at = TEXT.indexOf(PHRASE);
  const sel = describe(TEXT, at, at + PHRASE.length);
  const passage = sel.quote.prefix + sel.quote.exact + sel.quote.suffix;
  return { sel, passage };
}

/**
 * The changed page: `copy` inserted as a paragraph three paragraphs above the
 * original, and paragraphs added at the top so that the copy lands near the
 * stored position while the original moves far below it.
 */
function changedPage(copy: string[]): string {
  const paras = [...INSERTS, ...PARAS];
  const original = INSERTS.length + 6;
  paras.splice(original - 3, 0, ...copy);
  return paras.join('\n\n');
}

suite('block selector', () => {
  it('hashes folded text: whitespace does not change a fingerprint, words do', () => {
    expect(fingerprint('a  b\nc')).toBe(fingerprint('abc'));
    expect(fingerprint('abc')).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint('abd')).not.toBe(fingerprint('abc'));
  });

  it('finds block bounds at blank lines', () => {
    const t = 'one\n\ntwo two\n \nthree';
    expect(blockStart(t, t.indexOf('two'))).toBe(5);
    expect(blockEnd(t, t.indexOf('two'))).toBe(12);
    expect(blockStart(t, 1)).toBe(0);
    expect(blockEnd(t, t.indexOf('three'))).toBe(t.length);
  });

  it('describes the block and its neighbours, and agrees fully with itself only', () => {
    const at = TEXT.indexOf(PHRASE);
    const sel = describeBlock(TEXT, at, at + PHRASE.length);
    expect(sel).toEqual({
      type: 'BlockSelector',
      block: fingerprint(PARAS[6]),
      before: fingerprint(PARAS[5]),
      after: fingerprint(PARAS[7]),
    });
    expect(blockAgreement(TEXT, at, at + PHRASE.length, sel)).toBe(3);
    expect(describeBlock(TEXT, 0, 5).before).toBe('');
    expect(describeBlock(TEXT, TEXT.length - 3, TEXT.length).after).toBe('');
  });
});

suite('twins', () => {
  it('a copy with its context, nearer the stored position than the pushed-down original, is a trap for position alone', () => {
    const { sel, passage } = theNote();
    const text = changedPage([passage]);
    const copyAt = text.indexOf(PHRASE);
    const originalAt = text.indexOf(PHRASE, copyAt + 1);
    expect(originalAt).toBeGreaterThan(copyAt);
    // The setting of the issue: the copy is now nearer the stored offset than the original.
    expect(Math.abs(copyAt - sel.position.start)).toBeLessThan(Math.abs(originalAt - sel.position.start));
    // A note without the block selector (made before it existed, or imported) anchors as it always did: by position.
    expect(anchor(text, { quote: sel.quote, position: sel.position })?.start).toBe(copyAt);
  });

  it('anchors to the original when the structure tells the twins apart', () => {
    const { sel, passage } = theNote();
    const text = changedPage([passage]);
    const originalAt = text.indexOf(PHRASE, text.indexOf(PHRASE) + 1);
    const r = anchor(text, sel);
    expect(r).toMatchObject({ start: originalAt, end: originalAt + PHRASE.length, method: 'quote' });
  });

  it('anchors to the original when the whole paragraph is copied, not just the passage', () => {
    const { sel } = theNote();
    const text = changedPage([PARAS[6]]);
    const originalAt = text.indexOf(PHRASE, text.indexOf(PHRASE) + 1);
    expect(anchor(text, sel)?.start).toBe(originalAt);
  });

  it('does not take a copy that lands exactly on the stored offsets', () => {
    const { sel, passage } = theNote();
    // A paragraph ending in a copy of the passage, placed so that the copy's quote is right where the original's was.
    const p3 = PARAS.slice(0, 3).join('\n\n').length + 2;
    const filler = 'Water levels are now falling. '.repeat(40).slice(0, sel.position.start - p3 - 1 - sel.quote.prefix.length);
    const text = [...PARAS.slice(0, 3), `${filler} ${passage}`, ...PARAS.slice(3)].join('\n\n');
    expect(text.indexOf(PHRASE)).toBe(sel.position.start);
    const originalAt = text.indexOf(PHRASE, sel.position.start + 1);
    expect(anchor(text, sel)?.start).toBe(originalAt);
  });

  it('makes an orphan with both candidates when nothing but position tells the twins apart', () => {
    const { sel } = theNote();
    // The paragraph is copied with both its neighbours: the structure around the copy is the same as around the original.
    const text = changedPage(PARAS.slice(5, 8));
    const copyAt = text.indexOf(PHRASE);
    const originalAt = text.indexOf(PHRASE, copyAt + 1);
    expect(anchor(text, sel)).toBeNull();
    const [report] = anchorReports(text, [sel]);
    expect(report.anchor).toBeNull();
    expect(report.candidates).toEqual([
      { start: copyAt, end: copyAt + PHRASE.length },
      { start: originalAt, end: originalAt + PHRASE.length },
    ]);
  });

  it('lists the candidates on the page note, and none for an ordinary orphan', () => {
    const { sel } = theNote();
    const text = changedPage(PARAS.slice(5, 8));
    const base = {
      motivation: 'highlighting',
      body: '',
      tags: [] as string[],
      colour: 'yellow',
      created: '2026-12-01T00:00:00.000Z',
      modified: '2026-12-01T00:00:00.000Z',
      pageTitle: 'Floods',
    } as const;
    const twin: NoteRecord = {
      ...base,
      id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
      target: { source: 'https://example.com/a', selector: [sel.quote, sel.position, sel.block] },
    };
    const gone = describe(TEXT, 0, 20);
    const lost: NoteRecord = {
      ...base,
      id: 'urn:uuid:00000000-0000-4000-8000-000000000002',
      target: { source: 'https://example.com/a', selector: [gone.quote, gone.position, gone.block] },
    };
    const [a, b] = anchorNotes(text.replace(PARAS[0], 'A different opening.'), [twin, lost]);
    expect(a.anchor).toBeNull();
    expect(a.candidates?.length).toBe(2);
    expect(b.anchor).toBeNull();
    expect(b.candidates).toBeUndefined();
  });

  it('tells the twins apart by the text around them where there are no paragraphs (a page body as one line)', () => {
    const far = 'Readers may also like these stories from our archive. '.repeat(20);
    const flat = `${far}${PARAS.join(' ')} ${far}`;
    const at = flat.indexOf(PHRASE);
    const sel = describe(flat, at, at + PHRASE.length);
    const passage = sel.quote.prefix + sel.quote.exact + sel.quote.suffix;
    const text = `${far}${[...INSERTS, ...PARAS.slice(0, 3), passage, ...PARAS.slice(3)].join(' ')} ${far}`;
    const originalAt = text.indexOf(PHRASE, text.indexOf(PHRASE) + 1);
    expect(anchor(text, sel)?.start).toBe(originalAt);
    // Its block selector is local: the same 150,000 characters farther down, and no dearer to make.
    const long = `${'Filler words of no interest. '.repeat(5000)}${flat}`;
    const there = describe(long, long.indexOf(PHRASE), long.indexOf(PHRASE) + PHRASE.length).block;
    expect(there).toEqual(sel.block);
  });

  it('does not bet on one agreeing neighbour: the paragraph and the one before it edited, the note is an orphan with both places', () => {
    const { sel, passage } = theNote();
    const edited = [...PARAS];
    edited[5] = `On Bridge Street, ${PARAS[5].toLowerCase()}`;
    edited[6] = `${PARAS[6]} The date will be set in May.`;
    const paras = [...INSERTS, ...edited];
    paras.splice(INSERTS.length + 3, 0, passage);
    const text = paras.join('\n\n');
    const copyAt = text.indexOf(PHRASE);
    const originalAt = text.indexOf(PHRASE, copyAt + 1);
    const [report] = anchorReports(text, [sel]);
    expect(report.anchor).toBeNull();
    expect(report.candidates.map((c) => c.start)).toEqual([copyAt, originalAt]);
  });

  it('still anchors a note on unchanged text by position, twin or not', () => {
    const text = changedPage(PARAS.slice(5, 8));
    const copyAt = text.indexOf(PHRASE);
    const originalAt = text.indexOf(PHRASE, copyAt + 1);
    for (const at of [copyAt, originalAt]) {
      const sel = describe(text, at, at + PHRASE.length);
      expect(anchor(text, sel)).toMatchObject({ start: at, method: 'position' });
    }
  });
});
