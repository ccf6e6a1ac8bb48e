/**
 * A family by its plural surname ("the Bidens", "the Marshes") is people,
 * as CoNLL tags it, not an organisation: "the" + a capitalised plural whose
 * singular is the surname of a person named in the same block, or of a
 * well-known person, is a PERSON mention, tagged or not.
 */
import type { Tokens } from '../tokenize';
import type { TokenAttrs } from './features';
import { PEOPLE } from './gazetteer-today';
import type { Claim } from './propagate';

const KNOWN_SURNAMES = new Set(PEOPLE.map((p) => p.split(' ').pop()!));

/** Type plural surnames after "the" as PERSON (retyping or adding claims); sorted, non-overlapping in and out. */
export function typeFamilies(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  const surnames = new Set<string>();
  for (const c of claims) if (c.type === 'PERSON' && c.end - c.start >= 2) surnames.add(`${a.block[c.start]} ${t.words[c.end - 1]}`);
  const isFamily = (i: number): boolean => {
    const w = t.words[i];
    if (i === 0 || a.lower[i - 1] !== 'the' || !/^\p{Lu}\p{Ll}+s$/u.test(w) || a.caps[i] !== 0) return false;
    const singulars = [w.slice(0, -1), ...(w.endsWith('es') ? [w.slice(0, -2)] : [])];
    return singulars.some((s) => KNOWN_SURNAMES.has(s) || surnames.has(`${a.block[i]} ${s}`));
  };
  const out: Claim[] = [];
  let k = 0;
  for (let i = 0; i < t.words.length; i++) {
    while (k < claims.length && claims[k].end <= i) out.push(claims[k++]);
    const c = k < claims.length && claims[k].start <= i ? claims[k] : null;
    if (c && c.start === i && c.end === i + 1 && c.type !== 'DATE' && c.type !== 'NUMBER' && isFamily(i)) c.type = 'PERSON';
    else if (!c && isFamily(i)) out.push({ start: i, end: i + 1, type: 'PERSON' });
  }
  while (k < claims.length) out.push(claims[k++]);
  return out;
}
