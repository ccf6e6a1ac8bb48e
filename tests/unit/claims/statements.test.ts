/**
 * Claims mean statements: a reader highlighting "who said what" sees what a
 * source said, wrote, announced, claimed, denied, estimated or found — not
 * what it believes, knows, wants, fears or sees (kept as kind "belief", not
 * painted by default), not a noun taken as a cue, and not a "source" that is
 * only the phrase before the cue. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../utils/nlp/annotate';
import { isPaintedClaim } from '../../../utils/nlp/claims';
import type { Claim } from '../../../utils/types';

const claimsOf = (text: string): Claim[] => annotate(text).claims;
const painted = (text: string): Claim[] => claimsOf(text).filter((c) => isPaintedClaim(c));

describe('attributions that report no statement are kind "belief" and not painted', () => {
  it('emotion: "the frost worried a grower"', () => {
    const text = 'The early frost worried Marta Kowalczyk, who grows pears on the hillside above the town.';
    const cs = claimsOf(text);
    expect(cs.find((c) => c.cue?.text === 'worried')?.kind).toBe('belief');
    expect(painted(text)).toEqual([]);
  });

  it('desire: "doesn’t want to hear"', () => {
    const text = 'The council doesn’t want to hear about another delay to the tram line.';
    expect(claimsOf(text).every((c) => c.kind === 'belief')).toBe(true);
    expect(painted(text)).toEqual([]);
  });

  it('knowledge: "didn’t know how"', () => {
    const text = 'We didn’t know how to run a bakery, so we asked our neighbours for recipes.';
    expect(
      claimsOf(text)
        .filter((c) => /know/.test(c.cue?.text ?? ''))
        .every((c) => c.kind === 'belief'),
    ).toBe(true);
    expect(painted(text)).toEqual([]);
  });

  it('belief and perception keep their source in the output', () => {
    const text = 'Several engineers believe the dam was never inspected properly.';
    const c = claimsOf(text).find((x) => x.cue?.text === 'believe');
    expect(c?.kind).toBe('belief');
    expect(c?.source?.text).toBe('Several engineers');
    expect(isPaintedClaim(c!)).toBe(false);
    expect(isPaintedClaim(c!, true)).toBe(true);
  });
});

describe('noun cues and non-sources are not painted', () => {
  it('a noun taken as a cue: "signals"', () => {
    const text = 'The new timetable signals that the ferry company is preparing to cut winter crossings.';
    expect(painted(text)).toEqual([]);
  });

  it('a source that is only the phrase before the cue', () => {
    const text = 'We spent most of the rest of the winter term asking the landlord for heating.';
    for (const c of claimsOf(text)) expect(c.source === null || c.kind === 'belief', c.source?.text).toBe(true);
    expect(painted(text)).toEqual([]);
  });

  it('an act, not a statement: "posted a photo"', () => {
    const text = 'The harbour master posted a photo of the flooded quay on Tuesday.';
    expect(painted(text)).toEqual([]);
  });
});

describe('statements are painted with their source', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['The harbour master said the quay would reopen next week.', 'said', /harbour master/],
    ['“We will rebuild the pier,” Lena Okafor told reporters on Friday.', 'told', /Lena Okafor/],
    ['According to the inspection report, the pier lost three pillars.', 'According to', /inspection report/],
    ['The survey found that most tenants pay more than a third of their income in rent.', 'found', /survey/],
    ['Officials estimated the repairs at four million euros.', 'estimated', /Officials/],
    ['The ferry operator denied that any crossing had been cancelled.', 'denied', /ferry operator/],
    ['The mayor posted that the pier would stay closed until spring.', 'posted', /mayor/],
    ['The harbour master has admitted that the inspection was skipped.', 'admitted', /harbour master/],
    ['Fishermen reported seeing oil on the water near the quay.', 'reported', /Fishermen/],
    ['The union called the timetable “an insult to every commuter”.', 'called', /union/],
    ['The council asked the operator to restore the night ferry.', 'asked', /council/],
    ['The ministry rejected the accusation on Tuesday.', 'rejected', /ministry/],
  ];
  for (const [text, cue, source] of cases) {
    it(`"${cue}"`, () => {
      const c = painted(text).find((x) => x.cue?.text.startsWith(cue));
      expect(c, JSON.stringify(claimsOf(text).map((x) => [x.kind, x.cue?.text, x.source?.text]))).toBeDefined();
      expect(c!.kind).not.toBe('belief');
      expect(c!.source?.text).toMatch(source);
    });
  }
});

describe('statements not made are not painted', () => {
  const none: Array<[string, string]> = [
    ['negated', 'The ministry does not deny that the tender was rushed, but insists it was lawful.'],
    ['future', 'On Monday the ferry company will announce a new winter timetable.'],
    ['hypothetical', 'The operator might have suggested that volunteers drive the evacuation buses.'],
    ['a bare object: an act', 'Last spring the carmaker revealed the Aurora, a small electric hatchback.'],
    ['testified with no content', 'The harbour master testified before the inquiry on Thursday.'],
    ['the passive subject is no source', 'The passengers were told the crossing would resume at noon.'],
    ['the writer’s own voice', 'I wrote a long complaint about the timetable last year when the trains were late.'],
    ['an infinitive', 'The ferry operator refused to comment on the cancelled crossings.'],
    ['a feeling', 'The visiting minister marveled at the speed of the repairs to the harbour wall.'],
  ];
  for (const [why, text] of none) {
    it(why, () => {
      expect(painted(text), JSON.stringify(claimsOf(text).map((x) => [x.kind, x.cue?.text, x.source?.text]))).toEqual([]);
    });
  }

  it('a headline’s cue is no claim, the report below it is', () => {
    const text = 'Ferry Crossings to Resume, Operator Says\n\nThe ferry operator said crossings would resume on Monday.';
    const cs = painted(text);
    expect(cs).toHaveLength(1);
    expect(cs[0].source?.text).toBe('The ferry operator');
  });

  it('an interview answer’s first person is the speaker', () => {
    const text = 'Q: Will the pier reopen?\n\nA: Yes. I told the council we would finish by May.';
    expect(painted(text).find((c) => c.cue?.text === 'told')?.source?.text).toBe('I');
  });
});
