/**
 * Titles and particles around person names, as CoNLL tags them: the title
 * is not part of the name ("European Commission President Ursula von der
 * Leyen" → ORG "European Commission", PERSON "Ursula von der Leyen";
 * "Health Secretary Alex Azar" → PERSON "Alex Azar"), and lower-case
 * particles inside a name stay in it ("von der", "bin", "de").
 */
import type { Tokens } from '../tokenize';
import type { TokenAttrs } from './features';
import { GAZ } from './gazetteer-index';
import type { Claim } from './propagate';
import { ORG_HEADS } from './repair';
import { ORG_WORDS } from './gazetteer';
import { PLACE_LAST } from './heads';
import { NAME_PARTICLES, isNameParticle } from '../name-particles';

/** Capitalised role words that stand before a person's name. */
const ROLE_TITLES = new Set([
  'President',
  'Vice',
  'Minister',
  'Secretary',
  'Chancellor',
  'Commissioner',
  'Chairman',
  'Chairwoman',
  'Chair',
  'Governor',
  'Senator',
  'Sen.',
  'Representative',
  'Rep.',
  'Mayor',
  'Spokesman',
  'Spokeswoman',
  'Spokesperson',
  'Ambassador',
  'Envoy',
  'Director',
  'CEO',
  'Chief',
  'Premier',
  'Judge',
  'Justice',
  'Prosecutor',
  'Attorney',
  'General',
  'Leader',
  'Speaker',
  'Adviser',
  'Advisor',
  'Coach',
  'Manager',
  'Prime',
  'Gov.',
  'Gen.',
  'Dr.',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
  'King',
  'Queen',
  'Prince',
  'Princess',
  'Pope',
  'Sheikh',
  'Deputy',
  'Executive',
  'Officer',
  'Founder',
  'Head',
  'Sheriff',
  'Superintendent',
  'Inspector',
  'Detective',
  'Constable',
  'Sergeant',
  'Captain',
  'Lieutenant',
  'Colonel',
  'Admiral',
  'Commander',
  'Marshal',
  'Bishop',
  'Archbishop',
  'Cardinal',
  'Rabbi',
  'Imam',
  'Rev.',
  'Reverend',
  'Professor',
  'Prof.',
  'Sultan',
  'Emir',
  'Crown',
]);
const ORG_WORD_SET = new Set(ORG_WORDS);
/** Weekdays and months: never a surname after a title ("Minister Alex Monday"). */
const CALENDAR = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(
    ' ',
  ),
);
const isCap = (w: string): boolean => /^\p{Lu}/u.test(w) && w !== w.toUpperCase();
/** "President-elect", "Minister-designate": a title still. */
const baseTitle = (w: string): string => w.replace(/-(?:elect|designate)$/i, '');
const isRoleTitle = (w: string): boolean => ROLE_TITLES.has(baseTitle(w));
/** Lower-case nouns for what a person does, that stand right before a person's name ("developer Ann Lee"). */
const ROLE_NOUNS = new Set(
  'developer analyst economist researcher scientist professor lawyer attorney spokesman spokeswoman spokesperson founder co-founder executive chairman chairwoman president minister senator governor mayor director singer actor actress writer author novelist player coach striker journalist reporter editor candidate leader chief boss adviser advisor official commissioner secretary envoy ambassador manager head chancellor premier judge prosecutor teacher student doctor nurse activist artist designer engineer investor entrepreneur economist strategist'.split(
    ' ',
  ),
);

/**
 * Split claims that run a title into a name, and extend person names over
 * particles. Input and output: sorted, non-overlapping claims.
 */
export function splitTitles(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (let k = 0; k < claims.length; k++) {
    const cl = claims[k];
    if (cl.type !== 'ORG' && cl.type !== 'PERSON' && cl.type !== 'PLACE') {
      out.push(cl);
      continue;
    }
    // The last title word inside the span with a capitalised name after it.
    let title = -1;
    for (let i = cl.start + (cl.type === 'PERSON' ? 0 : 1); i < cl.end - 1; i++)
      if (isRoleTitle(t.words[i]) && isCap(t.words[i + 1]) && !isRoleTitle(t.words[i + 1])) title = i;
    if (title < 0) {
      out.push(cl);
      continue;
    }
    let head = title;
    while (head > cl.start && isRoleTitle(t.words[head - 1])) head--;
    const prefix = head > cl.start ? prefixClaim(t, a, cl.start, head) : null;
    if (prefix) out.push(prefix);
    // A title run into a given name alone ("Health Secretary Alex" + "Azar"): the surname after it belongs to the name.
    let end = cl.end;
    if (
      end - title === 2 &&
      end < t.words.length &&
      !t.lineStart[end] &&
      isCap(t.words[end]) &&
      !isRoleTitle(t.words[end]) &&
      !CALENDAR.has(t.words[end])
    ) {
      const next = claims[k + 1];
      if (!next || next.start > end) end++;
      else if (next.start === end && next.end === end + 1 && (next.type === 'PERSON' || next.type === 'ORG' || next.type === 'PLACE')) {
        end++;
        k++;
      }
    }
    out.push({ start: title + 1, end, type: 'PERSON' });
  }
  return extendParticles(t, a, splitAtAnd(t, a, personsAfterTitles(t, a, out)));
}

/**
 * A name right after a title or a role noun ("President-elect Joe Biden",
 * "developer Ann Lee") that starts with a given name and has no
 * organisation word in it is a person, whatever the tagger's type: the
 * company-noun evidence of "developer" or an unknown hyphenated title must
 * not make it an organisation. A title alone tagged MISC is no name.
 */
function personsAfterTitles(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const cl of claims) {
    if (cl.type === 'MISC' && cl.end - cl.start === 1 && isRoleTitle(t.words[cl.start]) && t.words[cl.start].includes('-')) continue;
    // The title may lead the claim ("Governor-elect Thomas Brandt" as one ORG): the name starts after it.
    const start = cl.end - cl.start >= 3 && isRoleTitle(t.words[cl.start]) ? cl.start + 1 : cl.start;
    const p = start - 1;
    if (
      (cl.type === 'ORG' || cl.type === 'PLACE') &&
      p >= 0 &&
      !t.lineStart[start] &&
      (isRoleTitle(t.words[p]) || ROLE_NOUNS.has(t.words[p])) &&
      cl.end - start >= 2 &&
      cl.end - start <= 3 &&
      (a.gaz[start] & GAZ.FIRST_NAME) !== 0 &&
      !hasOrganisationWord(t, { ...cl, start })
    ) {
      out.push({ start, end: cl.end, type: 'PERSON' });
      continue;
    }
    out.push(cl);
  }
  return out;
}

function hasOrganisationWord(t: Tokens, cl: Claim): boolean {
  for (let i = cl.start; i < cl.end; i++) if (ORG_HEADS.has(t.words[i]) || ORG_WORD_SET.has(t.words[i])) return true;
  return false;
}

/**
 * A person or place claim running over "and" into another name is two
 * names ("al-Assad and New York"), unless the place gazetteer knows the
 * whole ("Bosnia and Herzegovina").
 */
function splitAtAnd(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const cl of claims) {
    let from = cl.start;
    if (
      (cl.type === 'PERSON' || cl.type === 'PLACE') &&
      !((a.gaz[cl.start] & GAZ.PLACE_B) !== 0 && (a.gaz[cl.end - 1] & GAZ.PLACE_I) !== 0)
    ) {
      for (let i = cl.start + 1; i < cl.end - 1; i++) {
        if (t.words[i] !== 'and' && t.words[i] !== '&') continue;
        out.push({ start: from, end: i, type: cl.type });
        from = i + 1;
      }
    }
    out.push(from === cl.start ? cl : { start: from, end: cl.end, type: cl.type });
  }
  return out;
}

/** The organisation or place a title is of ("European Commission" President), else null ("Health" Secretary). */
function prefixClaim(t: Tokens, a: TokenAttrs, start: number, end: number): Claim | null {
  const known = a.gaz[start];
  if ((known & GAZ.ORG_B) !== 0 || ORG_HEADS.has(t.words[end - 1])) return { start, end, type: 'ORG' };
  if (((known & GAZ.PLACE_B) !== 0 || PLACE_LAST.has(t.words[end - 1])) && end - start <= 3) return { start, end, type: 'PLACE' };
  return null;
}

/** "Ursula von der Leyen": a person claim followed by particles and a capitalised word takes them in; a known name split in two is joined. */
function extendParticles(t: Tokens, a: TokenAttrs, claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  for (let k = 0; k < claims.length; k++) {
    const cl = claims[k];
    if (cl.type !== 'PERSON' && (a.gaz[cl.start] & GAZ.PERSON_B) === 0) {
      out.push(cl);
      continue;
    }
    // The tagger may have opened a new name at the particle ("Mohammed" + "bin Salman").
    // … or split a known name in two ("Kim" + "Jong Un").
    const next0 = claims[k + 1];
    const joins = next0 && next0.start === cl.end && !t.lineStart[next0.start] && next0.type !== 'DATE' && next0.type !== 'NUMBER';
    if (joins && (isNameParticle(t.words[next0.start]) || (next0.type === 'PERSON' && (a.gaz[next0.start] & GAZ.PERSON_I) !== 0))) {
      out.push({ start: cl.start, end: next0.end, type: 'PERSON' });
      k++;
      continue;
    }
    let j = cl.end;
    while (j < t.words.length && !t.lineStart[j] && NAME_PARTICLES.has(t.words[j])) j++;
    if (j === cl.end || j >= t.words.length || t.lineStart[j] || !isCap(t.words[j])) {
      out.push(cl);
      continue;
    }
    let end = j + 1;
    // A claim starting at the surname (tagged on its own) is absorbed.
    const next = claims[k + 1];
    if (next && next.start < end) {
      if (next.start !== j) {
        out.push(cl);
        continue;
      }
      end = Math.max(end, next.end);
      k++;
    }
    out.push({ start: cl.start, end, type: 'PERSON' });
  }
  return out;
}
