/**
 * Follow-on quotes (continuation.ts) on hand-made drafts: a quote owned by a
 * later cue is not taken by the earlier claim, one in the next paragraph
 * continues the speaker's claim, and the scan always ends.
 */
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../../utils/nlp/claims/layout';
import { attachFollowOns } from '../../../utils/nlp/claims/continuation';
import type { Draft } from '../../../utils/nlp/claims/drafts';

function draftAt(text: string, word: string, content: string): Draft {
  const L = buildLayout(text);
  const at = text.indexOf(word);
  const tok = L.toks.findIndex((t) => t.start === at);
  const c = text.indexOf(content);
  return { cueFrom: tok, cueTo: tok, src: null, content: [c, c + content.length], sent: L.sentOf[tok], score: 0 };
}

describe('continuation', () => {
  it('a long quote whose second sentence holds a cue belongs to that cue, and the scan ends', () => {
    const text = 'Kim said the vote was over.\n\n“One thing. Two things, Lee noted. Three things. Four things.”';
    const L = buildLayout(text);
    const first = draftAt(text, 'said', 'the vote was over');
    const second = draftAt(text, 'noted', 'One thing. Two things');
    attachFollowOns(L, [first, second]);
    expect(text.slice(first.content[0], first.content[1])).toBe('the vote was over');
    expect(text.slice(second.content[0], second.content[1])).toBe('One thing. Two things');
  });

  it('a closed quote opening the next paragraph with no cue continues the speaker’s claim', () => {
    const text = 'Kim said the vote was over.\n\n“We will try again next year.”\n\n“And the year after.”\n\nThe hall emptied.';
    const L = buildLayout(text);
    const first = { ...draftAt(text, 'said', 'the vote was over'), src: [0, 0] as [number, number] };
    attachFollowOns(L, [first]);
    expect(text.slice(first.content[0], first.content[1])).toBe(
      'the vote was over.\n\n“We will try again next year.”\n\n“And the year after.”',
    );
  });

  it('a claim with no speaker is not continued by a closed quote in the next paragraph', () => {
    const text = 'The vote was over, it was said.\n\n“We will try again next year.”';
    const d = draftAt(text, 'said', 'The vote was over');
    attachFollowOns(buildLayout(text), [d]);
    expect(text.slice(d.content[0], d.content[1])).toBe('The vote was over');
  });

  it('a headline’s speaker does not carry into the quote that opens the body', () => {
    const text = 'Norway and Sweden: Harbour Talks Stalled\n\n“We will try again next year.”';
    const L = buildLayout(text);
    const headline = { ...draftAt(text, ':', 'Harbour Talks Stalled'), src: [2, 2] as [number, number] };
    attachFollowOns(L, [headline]);
    expect(text.slice(headline.content[0], headline.content[1])).toBe('Harbour Talks Stalled');
    // the same words as a sentence do pass the speaker on
    const said = 'Norway and Sweden said harbour talks had stalled.\n\n“We will try again next year.”';
    const d = { ...draftAt(said, 'said', 'harbour talks had stalled'), src: [2, 2] as [number, number] };
    attachFollowOns(buildLayout(said), [d]);
    expect(said.slice(d.content[0], d.content[1])).toBe('harbour talks had stalled.\n\n“We will try again next year.”');
  });
});
