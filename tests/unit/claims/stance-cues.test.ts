/**
 * Stance and intention cues with their subjects (wants, plans, records
 * show), the sentence-level features the cue classifier sees, and a
 * speaker's own words inside a transcript label staying one claim.
 */
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../utils/nlp/claims';
import { cueFeatures } from '../../../utils/nlp/claims/features';
import { buildLayout } from '../../../utils/nlp/claims/layout';
import { sentencePos } from '../../../utils/nlp/claims/cueModel';

function cues(text: string): Array<[string | undefined, string | undefined, string]> {
  return findClaims(text, []).map((c) => [c.source?.text, c.cue?.text, c.content.text]);
}

describe('stance and intention cues', () => {
  it('finds wanting, planning and showing with their subjects', () => {
    expect(cues('Most farmers in the valley want a new bridge over the river.')).toEqual([
      ['Most farmers in the valley', 'want', 'a new bridge over the river'],
    ]);
    expect(cues('The governor plans to veto the budget next week.')).toEqual([['The governor', 'plans', 'to veto the budget next week']]);
    expect(cues('Court records show the mayor sold the land twice.')).toEqual([['Court records', 'show', 'the mayor sold the land twice']]);
  });

  it('leaves a plain statement of fact alone', () => {
    expect(cues('The bridge will cost $4 million and open in May.')).toEqual([]);
  });

  it('keeps a wish inside reported speech in the outer claim', () => {
    expect(cues('He wants to build a bridge, he said on Friday.')).toEqual([['he', 'said', 'He wants to build a bridge']]);
  });
});

describe('sentence-level cue features', () => {
  it('describe the clause before the word and the saying words around it', () => {
    const L = buildLayout('Voters who want change, the mayor said, will vote early.');
    const toks = L.toks;
    const i = toks.findIndex((t) => t.lower === 'want');
    const f = cueFeatures(toks, L.inQuote, i, [], sentencePos(toks));
    expect(f).toContain('sjw=who');
    expect(f).toContain('rs=SAY|WANT');
    expect(f).toContain('ls=n|WANT');
    expect(f).toContain('cl=nxs|WANT'); // no verb before it in the clause, not a bare noun phrase, sentence start
  });

  it('describe a light verb and its communication noun: "voiced several concerns"', () => {
    const L = buildLayout('The senator voiced several concerns about the bill.');
    const toks = L.toks;
    const pos = sentencePos(toks);
    const at = (w: string) =>
      cueFeatures(
        toks,
        L.inQuote,
        toks.findIndex((t) => t.lower === w),
        [],
        pos,
      );
    expect(at('voiced')).toContain('obv=NOUN|SAY'); // the object's head, past "several", is an attribution noun
    expect(at('concerns')).toContain('lvc=SAY|NOUN'); // the noun is the object of a verb of saying
    expect(at('bill')).toContain('lvc=none|-'); // a preposition, not a verb, governs it
  });
});

describe('transcripts', () => {
  it("a speaker's own “I ask” stays inside the label's claim", () => {
    const claims = findClaims('HOST: Will you run again? I ask because people want to know.', []);
    expect(claims.map((c) => c.cue?.text)).toEqual([':']);
  });
});

describe('speaker labels', () => {
  it('a heading with an article or a bare tally is not a speaker label', () => {
    expect(findClaims('The Update: the council meets again on Monday.', []).map((c) => c.cue?.text)).not.toContain(':');
    expect(findClaims('Smith: 1,204.\n\nJones: 987.', [])).toEqual([]);
  });

  it('a newsroom label (credit, correction, note, kicker) is no speaker, and the claims after it stand', () => {
    expect(findClaims('Contributing: Jane Roe and Sam Poe.', [])).toEqual([]);
    expect(findClaims('CORRECTION: The council vote was on Tuesday.', [])).toEqual([]);
    const note = findClaims("Editor's Note: An earlier version of this article said the mayor had resigned.", []);
    expect(note.map((c) => [c.source?.text, c.cue?.text, c.content.text])).toEqual([
      ['An earlier version of this article', 'said', 'the mayor had resigned'],
    ]);
    // also when the classifier, not the layout convention, proposes the colon
    const kicker = findClaims('EXCLUSIVE: In a memo to the council, the mayor insists the bridge is safe.', []);
    expect(kicker.map((c) => c.cue?.text)).toEqual(['insists']);
    expect(findClaims('BOOM: Senator Ortiz Just Fired A Warning Shot At The Governor.', [])).toEqual([]);
  });

  it('a transcript label still introduces its speech', () => {
    expect(findClaims('MAYOR: We will rebuild the bridge.', []).map((c) => [c.source?.text, c.cue?.text])).toEqual([['MAYOR', ':']]);
  });
});
