import { describe as suite, expect, it } from 'vitest';
import { anchor, anchorMany, describe, type AnchorResult } from '../../../utils/anchoring/index';
import { COUNCIL_ARTICLE, SCIENCE_ARTICLE } from './fixtures';

/** Selectors for the `nth` occurrence of `phrase` in `text`. */
function note(text: string, phrase: string, nth = 0) {
  let at = text.indexOf(phrase);
  for (let i = 0; i < nth; i++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`fixture lacks "${phrase}"`);
  return describe(text, at, at + phrase.length);
}

/** The text an anchor covers. */
function covered(text: string, r: AnchorResult | null): string | null {
  return r ? text.slice(r.start, r.end) : null;
}

const paras = (t: string) => t.split('\n\n');
const join = (ps: string[]) => ps.join('\n\n');

suite('anchoring: position', () => {
  it('anchors by position on the unchanged text, to the very offsets', () => {
    const sel = note(COUNCIL_ARTICLE, 'widen the sea wall');
    const r = anchor(COUNCIL_ARTICLE, sel);
    expect(r).toMatchObject({ start: sel.position.start, end: sel.position.end, method: 'position' });
    expect(r!.score).toBeGreaterThan(0.95);
  });

  it('anchors each of two identical sentences to itself when the page is unchanged', () => {
    const text = 'Intro.\n\nThe vote was close. Then it rained.\n\nMiddle part.\n\nThe vote was close. Then it rained.\n\nEnd.';
    const first = note(text, 'The vote was close.', 0);
    const second = note(text, 'The vote was close.', 1);
    const [a, b] = anchorMany(text, [first, second]);
    expect(a?.start).toBe(first.position.start);
    expect(b?.start).toBe(second.position.start);
  });

  it('refuses the position when the quote is there but its context is not', () => {
    const old = 'Morning: the dog barked loudly at the postman until noon.\n\nEvening: the cat purred.';
    const sel = note(old, 'the dog');
    // Another "the dog" now sits at the old offsets; the noted one moved down.
    const text = 'Morning: the dog ran home quickly and hid under a bed.\n\n' + old;
    const r = anchor(text, sel);
    expect(r?.method).toBe('quote');
    expect(r?.start).toBe(text.indexOf('the dog barked'));
  });
});

suite('anchoring: exact quote', () => {
  it('finds the quote after paragraphs were inserted before it', () => {
    const sel = note(COUNCIL_ARTICLE, 'a vote of nine to four in favour');
    const text = 'Breaking: live updates follow.\n\nAnother paragraph of news.\n\n' + COUNCIL_ARTICLE;
    const r = anchor(text, sel);
    expect(r?.method).toBe('quote');
    expect(covered(text, r)).toBe('a vote of nine to four in favour');
    expect(r!.start).toBe(text.indexOf('a vote of nine'));
  });

  it('picks, among many occurrences of a short word, the one whose context agrees', () => {
    const sel = note(COUNCIL_ARTICLE, 'plan', 3);
    const text = 'Update: a correction was made.\n\n' + COUNCIL_ARTICLE;
    const r = anchor(text, sel);
    const expected = sel.position.start + 'Update: a correction was made.\n\n'.length;
    expect(r).toMatchObject({ start: expected, end: expected + 4, method: 'quote' });
  });

  it('ignores changed whitespace: collapsed blocks, doubled spaces, line breaks, no-break spaces', () => {
    const sel = note(COUNCIL_ARTICLE, 'residents filled the town hall for a meeting');
    const text = COUNCIL_ARTICLE.replace(/\n\n/g, ' ')
      .replace(/ the /g, '  the\n')
      .replace(/town hall/g, 'town\u00a0hall');
    const r = anchor(text, sel);
    expect(r).not.toBeNull();
    expect(covered(text, r)!.replace(/\s+/g, ' ')).toBe('residents filled the town hall for a meeting');
  });

  it('finds a quote that a moved paragraph took elsewhere', () => {
    const ps = paras(SCIENCE_ARTICLE);
    const sel = note(SCIENCE_ARTICLE, 'drilling stakes into the ice');
    const moved = join([ps[0], ps[4], ps[1], ps[2], ps[3], ...ps.slice(5)]);
    const r = anchor(moved, sel);
    expect(covered(moved, r)).toBe('drilling stakes into the ice');
  });

  it('keeps an ad inserted next to the quote out of the range', () => {
    const ps = paras(COUNCIL_ARTICLE);
    const sel = describe(COUNCIL_ARTICLE, COUNCIL_ARTICLE.indexOf(ps[3]), COUNCIL_ARTICLE.indexOf(ps[3]) + ps[3].length);
    const text = join([...ps.slice(0, 3), 'Advertisement', ps[3], 'Story continues below advertisement', ...ps.slice(4)]);
    const r = anchor(text, sel);
    expect(covered(text, r)).toBe(ps[3]);
  });
});

suite('anchoring: fuzzy', () => {
  it('spans an ad inserted inside a quote of several paragraphs', () => {
    const ps = paras(SCIENCE_ARTICLE);
    const start = SCIENCE_ARTICLE.indexOf(ps[2]);
    const end = SCIENCE_ARTICLE.indexOf(ps[4]) + ps[4].length;
    const sel = describe(SCIENCE_ARTICLE, start, end);
    const text = join([...ps.slice(0, 3), 'Sponsored: Find out why thousands are switching to this bank', ...ps.slice(3)]);
    const r = anchor(text, sel);
    expect(r?.method).toBe('fuzzy');
    expect(r!.start).toBe(text.indexOf(ps[2]));
    expect(r!.end).toBe(text.indexOf(ps[4]) + ps[4].length);
  });

  it('follows a sentence whose words were edited, to the edited words', () => {
    const sel = note(
      SCIENCE_ARTICLE,
      'Scientists said that a dry winter followed by two very hot summers had left the ice exposed for months',
    );
    const edited = 'Scientists said that a dry winter followed by two extremely hot summers had left the glaciers exposed for months';
    const text = SCIENCE_ARTICLE.replace(sel.quote.exact, edited);
    const r = anchor(text, sel);
    expect(r?.method).toBe('fuzzy');
    expect(covered(text, r)).toBe(edited);
  });

  it('finds a one-word quote that was replaced, between its unchanged prefix and suffix', () => {
    const sel = note(SCIENCE_ARTICLE, 'darkened');
    const text = SCIENCE_ARTICLE.replace('darkened its surface', 'blackened its surface');
    const r = anchor(text, sel);
    expect(r?.method).toBe('fuzzy');
    expect(covered(text, r)).toBe('blackened');
  });

  it('follows an edit at the first word of the quote without taking a letter of the prefix', () => {
    const base = COUNCIL_ARTICLE.replace(
      'A second meeting',
      'Ms Okafor, who also tried the new footpath last week, said it was ready. A second meeting',
    );
    const sel2 = note(base, 'also tried the new footpath');
    const text = base.replace('who also tried the new footpath', 'who tried the new footpath');
    const r = anchor(text, sel2);
    expect(covered(text, r)).toBe('tried the new footpath');
  });
});

suite('anchoring: orphans rather than wrong anchors', () => {
  it('orphans a note whose paragraph was deleted, though a similar sentence remains elsewhere', () => {
    // Paragraphs 1 and 8 both begin "The council said on Tuesday that the harbour plan would be reviewed".
    const ps = paras(COUNCIL_ARTICLE);
    const sel = note(COUNCIL_ARTICLE, 'The council said on Tuesday that the harbour plan would be reviewed again');
    const text = join([ps[0], ...ps.slice(2)]);
    expect(text).toContain('The council said on Tuesday that the harbour plan would be reviewed by');
    expect(anchor(text, sel)).toBeNull();
  });

  it('orphans a deleted quote whose words and one context side occur elsewhere', () => {
    const sel = note(COUNCIL_ARTICLE, 'The council said on', 2);
    const start = sel.position.start;
    const text = COUNCIL_ARTICLE.slice(0, start) + COUNCIL_ARTICLE.slice(sel.position.end);
    // "The council said on Tuesday that the harbour plan would be" is still in paragraph 1.
    expect(text).toContain('The council said on' + sel.quote.suffix);
    expect(anchor(text, sel)).toBeNull();
  });

  it('orphans a deleted short word rather than finding it inside a neighbouring word', () => {
    const text0 = 'In this case the delay is not deliberate, though. It is simply the way things are.';
    const at = text0.indexOf('delay is') + 'delay '.length;
    const sel = describe(text0, at, at + 2);
    const text = text0.replace('delay is not', 'delay not');
    expect(anchor(text, sel)).toBeNull();
  });

  it('orphans a common word whose whole paragraph was deleted', () => {
    const ps = paras(SCIENCE_ARTICLE);
    const sel = note(SCIENCE_ARTICLE, 'the', 9);
    const inPara = ps.findIndex(
      (p) => SCIENCE_ARTICLE.indexOf(p) <= sel.position.start && sel.position.start < SCIENCE_ARTICLE.indexOf(p) + p.length,
    );
    const text = join(ps.filter((_, i) => i !== inPara));
    expect(anchor(text, sel)).toBeNull();
  });

  it("edits the note's passage while a near-duplicate stays untouched: anchors on the edited one", () => {
    const sel = note(COUNCIL_ARTICLE, 'The council said on Tuesday that the harbour plan would be reviewed by an independent panel');
    const text = COUNCIL_ARTICLE.replace('would be reviewed by an independent panel', 'would be examined by an independent panel');
    const r = anchor(text, sel);
    expect(r?.start).toBe(text.indexOf('The council said on Tuesday that the harbour plan would be examined'));
    expect(covered(text, r)).toBe('The council said on Tuesday that the harbour plan would be examined by an independent panel');
  });

  it('orphans a note on an unrelated page and an empty quote', () => {
    const sel = note(COUNCIL_ARTICLE, 'boat repair yard on the east quay');
    expect(anchor(SCIENCE_ARTICLE, sel)).toBeNull();
    expect(anchor(COUNCIL_ARTICLE, { quote: { type: 'TextQuoteSelector', exact: '  ', prefix: '', suffix: '' } })).toBeNull();
  });

  it('does not trust a position that lies outside the text', () => {
    const sel = note(COUNCIL_ARTICLE, 'Church Street');
    const r = anchor(COUNCIL_ARTICLE, { ...sel, position: { type: 'TextPositionSelector', start: 99999, end: 100012 } });
    expect(r?.method).toBe('quote');
    expect(covered(COUNCIL_ARTICLE, r)).toBe('Church Street');
  });
});

suite('anchorMany', () => {
  it('gives the same results as anchoring one by one, in order', () => {
    const phrases = ['harbour', 'Sam Reyes', 'nine to four', 'The panel will report in March', 'library'];
    const sels = phrases.map((p) => note(COUNCIL_ARTICLE, p));
    const text = 'Live: the meeting continues.\n\n' + COUNCIL_ARTICLE.replace('Advertisement', 'Advertisement\n\nSponsored link');
    const many = anchorMany(text, sels);
    expect(many).toEqual(sels.map((s) => anchor(text, s)));
    many.forEach((r, i) => expect(covered(text, r)).toBe(phrases[i]));
  });
});
