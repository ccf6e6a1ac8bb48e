/**
 * A caption that the page prints twice, and a note on one copy whose words
 * the page then edits: the other copy still holds the note's words exactly,
 * with the same prefix but another suffix. The note stays on its own,
 * edited copy, where both context sides and the paragraphs around agree
 * (the block selector); counting agreeing characters alone moved it to the
 * other copy (eval:anchoring, words-edited, seed 6).
 */
import { describe as suite, expect, it } from 'vitest';
import { anchor, anchorReports, describe } from '../../../utils/anchoring/index';

const CAPTION =
  'Passengers board the morning ferry at the north pier in Haldby on Friday, the first sailing since the storm closed the crossing. (Photo: Ines Varga / Island Courier)';
const PARAS = [
  'The ferry service to the outer islands resumed on Friday after a stoppage of three days caused by high winds.',
  CAPTION,
  CAPTION,
  'Harbour officials said the crossing had been closed for seventy hours, the longest stoppage since the pier was rebuilt.',
  'The operator said it would add two evening sailings next week to clear the backlog of freight.',
];
const TEXT = PARAS.join('\n\n');
const QUOTE = 'the first sailing since the storm closed the crossing. (Photo: Ines Varga / Island Courier';
/** Edits of three words of the quote: the first leaves fewer of its characters in place than the second. */
const EDITS = {
  heavy: (s: string) => s.replace('first', 'earliest').replace('storm', 'northerly gale').replace('Courier', 'Herald'),
  light: (s: string) => s.replace('first', 'earliest').replace('storm', 'gale').replace('Courier', 'Herald'),
};

/** The note on copy `copy` (1 or 2) of the caption, and the page with that copy edited. */
function editedCopy(copy: 1 | 2, edit = EDITS.heavy, paras = PARAS) {
  const text0 = paras.join('\n\n');
  const at = copy === 1 ? text0.indexOf(QUOTE) : text0.lastIndexOf(QUOTE);
  const sel = describe(text0, at, at + QUOTE.length);
  const changed = [...paras];
  changed[copy] = edit(CAPTION);
  const text = changed.join('\n\n');
  const editedQuote = edit(QUOTE);
  return { sel, text, editedQuote, edited: text.indexOf(editedQuote), unedited: text.indexOf(QUOTE) };
}

suite('anchoring: a repeated caption, one copy edited', () => {
  it('the setting: the note is not ambiguous, and after the edit only the other copy holds its words with its prefix', () => {
    const { sel, text, edited, unedited } = editedCopy(2);
    expect(TEXT.split(sel.quote.prefix + sel.quote.exact + sel.quote.suffix).length).toBe(2);
    expect(edited).toBeGreaterThan(unedited);
    expect(text.includes(sel.quote.prefix + sel.quote.exact)).toBe(true);
    expect(text.includes(sel.quote.exact + sel.quote.suffix)).toBe(false);
  });

  for (const copy of [1, 2] as const) {
    for (const [name, edit] of Object.entries(EDITS)) {
      it(`a note on copy ${copy} stays on that copy after a ${name} edit, not on the other copy's unedited words`, () => {
        const { sel, text, editedQuote, edited } = editedCopy(copy, edit);
        const r = anchor(text, sel);
        expect(r).not.toBeNull();
        expect(text.slice(r!.start, r!.end)).toBe(editedQuote);
        expect(r!.start).toBe(edited);
      });
    }
  }

  it('without the block selector (an older or imported note), the words and the position disagree: an orphan listing both places', () => {
    const { sel, text, editedQuote, edited, unedited } = editedCopy(2);
    const [report] = anchorReports(text, [{ quote: sel.quote, position: sel.position }]);
    expect(report.anchor).toBeNull();
    expect(report.candidates).toEqual([
      { start: unedited, end: unedited + QUOTE.length },
      { start: edited, end: edited + editedQuote.length },
    ]);
  });

  it('where the structure does not tell them apart either (the paragraph after the edited copy rewritten too), an orphan listing both places', () => {
    const paras = [...PARAS];
    const { sel } = editedCopy(2);
    // The paragraph after keeps its opening words (the note's suffix) and loses its end.
    paras[3] = PARAS[3].replace('the longest stoppage since the pier was rebuilt', 'and that the pier had not been damaged');
    const { text, editedQuote, edited, unedited } = editedCopy(2, EDITS.heavy, paras);
    expect(text.includes(sel.quote.suffix)).toBe(true);
    const [report] = anchorReports(text, [sel]);
    expect(report.anchor).toBeNull();
    expect(report.candidates).toEqual([
      { start: unedited, end: unedited + QUOTE.length },
      { start: edited, end: edited + editedQuote.length },
    ]);
  });

  it('a note on a caption printed once still follows its edited words', () => {
    const once = [PARAS[0], CAPTION, ...PARAS.slice(3)].join('\n\n');
    const at = once.indexOf(QUOTE);
    const sel = describe(once, at, at + QUOTE.length);
    const text = once.replace(CAPTION, EDITS.heavy(CAPTION));
    const r = anchor(text, sel);
    expect(r && text.slice(r.start, r.end)).toBe(EDITS.heavy(QUOTE));
  });
});
