/**
 * Follow-on quotes (continuation.ts) on hand-made drafts: a quote owned by a
 * later cue is not taken by the earlier claim, and the scan always ends.
 */
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../../utils/nlp/claims/layout';
import { attachFollowOns } from '../../../utils/nlp/claims/continuation';
import type { Draft } from '../../../utils/nlp/claims/extract';

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
    const out = attachFollowOns(L, [first, second]);
    expect(out).toEqual([]);
    expect(text.slice(first.content[0], first.content[1])).toBe('the vote was over');
  });

  it('a closed quote opening the next paragraph with no cue becomes a follow-on of the speaker', () => {
    const text = 'Kim said the vote was over.\n\n“We will try again next year.”';
    const L = buildLayout(text);
    const first = { ...draftAt(text, 'said', 'the vote was over'), src: [0, 0] as [number, number] };
    const out = attachFollowOns(L, [first]);
    expect(out.map((f) => text.slice(f.content[0], f.content[1]))).toEqual(['“We will try again next year.”']);
  });

  it('a headline’s speaker does not carry into the quote that opens the body', () => {
    const text = 'Norway and Sweden: Harbour Talks Stalled\n\n“We will try again next year.”';
    const L = buildLayout(text);
    const headline = { ...draftAt(text, ':', 'Harbour Talks Stalled'), src: [2, 2] as [number, number] };
    expect(attachFollowOns(L, [headline])).toEqual([]);
    // the same words as a sentence do pass the speaker on
    const said = 'Norway and Sweden said harbour talks had stalled.\n\n“We will try again next year.”';
    const d = { ...draftAt(said, 'said', 'harbour talks had stalled'), src: [2, 2] as [number, number] };
    expect(attachFollowOns(buildLayout(said), [d])).toHaveLength(1);
  });
});
