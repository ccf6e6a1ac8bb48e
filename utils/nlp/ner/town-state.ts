/**
 * A town named with its state or province ("Paramount, Calif.", "Lees
 * Summit, Missouri,", "Regina, Sask. —"): news writes the pair as an
 * address, so the name before the comma is a place, whatever the tagger made
 * of it ("Paramount" the studio, "Summit" a meeting). Only a state followed by
 * punctuation, a line end or a dateline's date counts: "Texas Instruments" and
 * "Washington said" do not. A person of two words or more, with a known given
 * name or after a title stays a person: "Sen. Susan Reed, Maine, and Tom
 * Hale, Ohio" lists lawmakers by state.
 */
import { PLACE_ABBREVIATIONS, type Tokens } from '../tokenize';
import type { Claim } from './propagate';
import type { TokenAttrs } from './features';
import { GAZ } from './gazetteer-index';

/** US states and Canadian provinces, written out. */
const STATES = new Set(
  `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|
Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|
Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland|Nova Scotia|Ontario|Quebec|Saskatchewan|Prince Edward Island`
    .split(/\|\s*/)
    .map((s) => s.trim()),
);
const MAX_STATE_WORDS = 3;
/** What may follow the state: punctuation that ends the address. */
const AFTER_STATE = new Set([',', '.', ')', '(', ';', ':', '-', '--', '—', '–']);

/** The end of a state or province written at token `i` ("California", "New Mexico", "Calif.", "D.C."), or `i` if none. */
function stateEnd(t: Tokens, i: number): number {
  const w = t.words[i];
  if (w === 'D.C.' || (w.endsWith('.') && PLACE_ABBREVIATIONS.has(w.slice(0, -1)))) return i + 1;
  for (let len = MAX_STATE_WORDS; len >= 1; len--) {
    if (i + len > t.words.length) continue;
    let line = false;
    for (let k = i + 1; k < i + len; k++) line ||= t.lineStart[k];
    if (!line && STATES.has(t.words.slice(i, i + len).join(' '))) return i + len;
  }
  return i;
}

/** True when the address may end after token `end - 1`: punctuation, a line end, the text's end, or a dateline's date. */
function endsAddress(t: Tokens, end: number): boolean {
  if (end >= t.words.length || t.lineStart[end]) return true;
  const next = t.words[end];
  return AFTER_STATE.has(next) || /^\d{4}-\d{2}-\d{2}$/.test(next);
}

/** Retype a named claim right before ", State" as a place; input and output sorted, non-overlapping. */
export function typeTownsBeforeStates(t: Tokens, a: Pick<TokenAttrs, 'gaz'>, claims: Claim[]): Claim[] {
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if ((c.type !== 'PERSON' && c.type !== 'ORG') || t.words[c.end] !== ',' || c.end + 1 >= t.words.length || t.lineStart[c.end + 1])
      continue;
    if (c.type === 'PERSON' && (c.end - c.start > 1 || a.gaz[c.start] & GAZ.FIRST_NAME || (c.start > 0 && a.gaz[c.start - 1] & GAZ.TITLE)))
      continue;
    const end = stateEnd(t, c.end + 1);
    if (end > c.end + 1 && endsAddress(t, end)) c.type = 'PLACE';
  }
  return claims;
}
