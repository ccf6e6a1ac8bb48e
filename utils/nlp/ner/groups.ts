/**
 * GROUP recognition: nationalities and political/religious groups, either
 * from the tagger's MISC mentions ("Ukrainian", "North Korean") or from
 * capitalised gazetteer words the tagger left untagged ("Democrats").
 */
import { DEMONYMS, GROUPS, REGIONS } from './gazetteer';

const REGION_WORDS = new Set(REGIONS);

const GROUP_WORDS = new Set<string>();
for (const d of DEMONYMS) {
  GROUP_WORDS.add(d.toLowerCase());
  GROUP_WORDS.add(d.toLowerCase() + 's');
}
for (const g of GROUPS) GROUP_WORDS.add(g.toLowerCase());
const PREFIXES = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'new', 'pro', 'anti']);

/**
 * True when a mention's words name a group: its last word is a known
 * demonym or group (optionally plural) and any earlier words are
 * qualifiers ("North Korean", "Bosnian Serb", "Shi'ite Muslims").
 */
export function isGroupName(words: string[]): boolean {
  if (words.length === 0 || words.length > 3) return false;
  const last = words[words.length - 1].toLowerCase().replace(/’/g, "'");
  if (!GROUP_WORDS.has(last) && !GROUP_WORDS.has(last.replace(/^(?:pro|anti)-/, ''))) return false;
  for (let k = 0; k < words.length - 1; k++) {
    const lw = words[k].toLowerCase();
    if (!PREFIXES.has(lw) && !GROUP_WORDS.has(lw) && !GROUP_WORDS.has(lw + 's')) {
      // "North Korean": "North" + "Korean" handled; "Sri Lankan" needs both words.
      if (!GROUP_WORDS.has(words.slice(k).join(' ').toLowerCase())) return false;
    }
  }
  return true;
}

/** True when a single capitalised token is a group word ("Democrats"). */
export function isGroupWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && GROUP_WORDS.has(word.toLowerCase().replace(/’/g, "'"));
}

/** Singular words that name a party as well as its members ("Labour", "Liberal"): tagged ORG, they stay ORG. */
const PARTY_WORDS = new Set(['labour', 'conservative', 'liberal', 'green', 'socialist', 'communist', 'tory']);

/**
 * True when a tagger mention of `type` is a GROUP: a MISC group name, or one
 * tagged ORG that names members ("Democrats") or is their adjective
 * ("Palestinian", "Muslim") — not a party named by its adjective ("Labour").
 */
export function isGroupMention(type: string, words: string[]): boolean {
  if (type !== 'MISC' && type !== 'ORG') return false;
  const last = words[words.length - 1];
  // Tagged ORG, a region's adjective ends no group ("Northern Pacific" is a railway), nor a party's ("Labour").
  if (type === 'ORG' && !/s$/.test(last) && (REGION_WORDS.has(last) || PARTY_WORDS.has(last.toLowerCase()))) return false;
  return isGroupName(words);
}
