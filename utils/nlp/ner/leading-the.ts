/**
 * "The" that belongs to a name, as CoNLL tags it: a capitalised "The" in
 * the middle of a sentence is part of the name it stands before ("told The
 * Sunday Times", "a deal with The Kilmory Group"), and so is a "The" that
 * opens a newspaper's or magazine's name anywhere ("The Daily Herald said").
 * A name that takes such a "The" is no person ("The Economist"): a person
 * tag becomes an organisation. Not in title-case or capitals headlines,
 * where every word is capitalised.
 */
import type { Tokens } from '../tokenize';
import type { TokenAttrs } from './features';
import type { Claim } from './propagate';

/** Last words of newspapers', magazines' and broadcasters' names. */
export const MEDIA_LAST = new Set([
  'Times',
  'Post',
  'Journal',
  'Herald',
  'Tribune',
  'Chronicle',
  'Gazette',
  'Telegraph',
  'Guardian',
  'Independent',
  'Observer',
  'Economist',
  'Atlantic',
  'Spectator',
  'Statesman',
  'Globe',
  'Mail',
  'Express',
  'Standard',
  'Star',
  'Sun',
  'Mirror',
  'News',
  'Review',
  'Record',
  'Courier',
  'Inquirer',
  'Enquirer',
  'Examiner',
  'Bulletin',
  'Dispatch',
  'Register',
  'Sentinel',
  'Monitor',
  'Nation',
  'Hindu',
  'Australian',
  'Scotsman',
  'Week',
  'Verge',
  'Intercept',
  'Hill',
]);
/** Tokens after which a "The" opens a sentence or a quoted title. */
const OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '‘', "'", '(', '[', '-', '--', '—', '–', '|', '/', '•', '*']);

/** Take a name's "The" into it where the name owns it; in place, returns `claims`. */
export function takeLeadingThe(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if (c.type !== 'ORG' && c.type !== 'PERSON' && c.type !== 'MISC' && c.type !== 'PLACE') continue;
    const i = c.start - 1;
    if (i < 0 || t.words[i] !== 'The' || a.caps[i] !== 0) continue;
    if (k > 0 && claims[k - 1].end > i) continue;
    const opens = t.lineStart[i] || i === 0 || OPENERS.has(t.words[i - 1]);
    if (opens && !MEDIA_LAST.has(t.words[c.end - 1])) continue;
    c.start = i;
    if (c.type === 'PERSON') c.type = 'ORG';
  }
  return claims;
}
