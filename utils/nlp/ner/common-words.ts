/**
 * Capitalised words that are no names: job titles and everyday
 * abbreviations ("CEO", "TV", "PC"), function words and contractions
 * opening a sentence ("So", "I'll"), and the
 * labels of page furniture ("Photo", "Above", "Advertisement"). The tagger
 * sometimes paints them when they open a sentence or a caption.
 */
import type { Tokens } from '../tokenize';
import type { TokenAttrs } from './features';
import type { Claim } from './propagate';

/** How often a block must write a word in lower case before its capitalised copies are no names. */
const LOWER_MIN = 2;

const NEVER_NAMES = new Set(
  `CEO CEOs CFO COO CTO TV TVs PC PCs CPU CPUs GPU GPUs USB DVD DVDs SUV SUVs LED LEDs ATM ATMs PDF HDMI WiFi Wi-Fi
Photo Photos Video Videos Image Images Gallery Caption Credit Advertisement Ad Ads Above Below Left Right Top Bottom All None
Wait Click Share Subscribe Related Read Watch Listen Buy Sign Login Menu Home Search Next Previous Police
Sens Reps So But And Yet Now Then Here There This That These Those It Its They Their We Our You Your Also However Meanwhile Still`.split(
    /\s+/,
  ),
);
/** Contractions of pronouns ("I'll", "We're", "That's"). */
const CONTRACTION = /^(?:I|You|We|They|He|She|It|That|There|What|Who|Let)['’](?:ll|m|ve|d|re|s)$/;

/** True when a claim of one token is a common word, not a name. */
function isCommonWord(w: string): boolean {
  return NEVER_NAMES.has(w) || CONTRACTION.test(w);
}

/** Drop PERSON/ORG/PLACE claims that are a single common word; returns the kept claims. */
export function dropCommonWords(t: Tokens, claims: Claim[]): Claim[] {
  return claims.filter(
    (c) => !((c.type === 'PERSON' || c.type === 'ORG' || c.type === 'PLACE') && c.end - c.start === 1 && isCommonWord(t.words[c.start])),
  );
}

/**
 * Drop single-word PERSON/ORG/PLACE claims whose word the same block mostly
 * writes in lower case ("Cannabis use disorder" opening a sentence, when
 * the article says "cannabis" elsewhere): a common noun, not a name.
 */
export function dropLowerCaseWords(t: Tokens, a: Pick<TokenAttrs, 'block' | 'lower'>, claims: Claim[]): Claim[] {
  const block = a.block;
  // Only the words of one-word claims are counted: the rest of the block cannot change the outcome.
  const wanted = new Set<string>();
  // The same words as the attributes write them (lower case, apostrophes straightened): a first filter
  // that needs no lower-casing per token and never drops a wanted word.
  const wantedAttrs = new Set<string>();
  for (const c of claims) {
    if (!isOneWordName(c)) continue;
    wanted.add(t.words[c.start].toLowerCase());
    wantedAttrs.add(a.lower[c.start]);
  }
  if (wanted.size === 0) return claims;
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (let i = 0; i < t.words.length; i++) {
    if (!wantedAttrs.has(a.lower[i])) continue;
    const w = t.words[i];
    const lw = w.toLowerCase();
    if (!wanted.has(lw) || !/^\p{L}/u.test(w)) continue;
    const key = block[i] + ':' + lw;
    if (w === lw) lower.set(key, (lower.get(key) ?? 0) + 1);
    else upper.set(key, (upper.get(key) ?? 0) + 1);
  }
  return claims.filter((c) => {
    if (!isOneWordName(c)) return true;
    const key = block[c.start] + ':' + t.words[c.start].toLowerCase();
    const lo = lower.get(key) ?? 0;
    return !(lo >= LOWER_MIN && lo > (upper.get(key) ?? 0));
  });
}

function isOneWordName(c: Claim): boolean {
  return (c.type === 'PERSON' || c.type === 'ORG' || c.type === 'PLACE') && c.end - c.start === 1;
}
