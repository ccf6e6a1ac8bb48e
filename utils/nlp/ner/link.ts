/**
 * Mention linking within one article: mentions of the same entity share an
 * `entityId` and a `canonical` name. Links exact repeats, person surnames
 * and given names ("Kirby" → "John Kirby"), known aliases ("US" → "United
 * States", "DPRK" → "North Korea"), acronyms defined by the article
 * ("National Security Council (NSC)", "… an acronym for North Korea") and
 * initials ("NSC" ↔ "National Security Council").
 */
import type { Entity } from '../../types';
import { ALIASES } from './gazetteer';
import { straightApostrophes } from './features';

// A Map: looking arbitrary mention texts up on the object costs a string-table insert each.
const ALIAS_OF = new Map(Object.entries(ALIASES));
const STOP = new Set(['of', 'the', 'and', 'for', 'in', 'on', '&', 'de', 'la', 'du']);
const ACRONYM_RE = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,5})$/;
const DEFINES_RE = /\b(?:an acronym for|short for|stands for|abbreviation for|acronym of)\s+$/i;
const LINKED = new Set(['PERSON', 'ORG', 'PLACE', 'GROUP']);

/** Normalised comparison key of a mention text. */
function norm(s: string): string {
  const t = s.indexOf('’') >= 0 || s.indexOf('‘') >= 0 ? s.replace(/[’‘]/g, "'") : s;
  return (/\s\s|[\t\n]/.test(t) ? t.replace(/\s+/g, ' ') : t).toLowerCase();
}

/** Initials of a multi-word name, skipping function words ("NSC"). */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map((w) => w[0])
    .join('')
    .toUpperCase();
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Set `entityId` and `canonical` on PERSON/ORG/PLACE/GROUP entities (sorted by start), in place. */
export function linkMentions(text: string, entities: Entity[]): void {
  const idx = entities.map((_, i) => i).filter((i) => LINKED.has(entities[i].type));
  const uf = new UnionFind(entities.length);
  // Repeats by normalised text, people apart from the rest (two Maps, not one keyed by a prefixed string to build).
  const byPerson = new Map<string, number>();
  const byName = new Map<string, number>();
  const aliasTarget = new Map<number, string>(); // mention → canonical alias name

  // 1) Exact repeats (same type family) and gazetteer aliases.
  for (const i of idx) {
    const e = entities[i];
    const alias = ALIAS_OF.get(straightApostrophes(e.text));
    if (alias && e.type !== 'PERSON') aliasTarget.set(i, alias);
    const byKey = e.type === 'PERSON' ? byPerson : byName;
    const key = norm(e.type === 'PERSON' ? e.text : (alias ?? e.text));
    const prev = byKey.get(key);
    if (prev === undefined) byKey.set(key, i);
    else uf.union(prev, i);
  }

  // 2) Persons: full-name variants ("Josh Apte" / "Joshua Apte"), and a
  //    surname (or, failing that, given name) links to the nearest full name
  //    carrying it, preferring one mentioned before.
  const people = idx.filter((i) => entities[i].type === 'PERSON');
  const lastOf = new Map<string, number[]>();
  const firstOf = new Map<string, number[]>();
  const suffixOf = new Map<string, number[]>();
  for (const i of people) {
    const words = entities[i].text.split(/\s+/);
    if (words.length < 2) continue;
    const last = norm(words[words.length - 1]);
    const first = norm(words[0]);
    // A variant of an earlier full name with the same surname.
    const same = lastOf.get(last) ?? [];
    for (let q = same.length - 1; q >= Math.max(0, same.length - 8); q--) {
      const other = norm(entities[same[q]].text.split(/\s+/)[0]);
      if (other.startsWith(first) || first.startsWith(other)) {
        uf.union(same[q], i);
        break;
      }
    }
    push(lastOf, last, i);
    push(firstOf, first, i);
    for (let k = 1; k < words.length - 1 && words.length <= 6; k++) push(suffixOf, norm(words.slice(k).join(' ')), i);
  }
  for (const i of people) {
    const e = entities[i];
    const key = norm(e.text);
    const cands = e.text.includes(' ') ? suffixOf.get(key) : lastOf.get(key)?.length ? lastOf.get(key) : firstOf.get(key);
    const target = cands ? nearest(cands, i) : undefined;
    if (target !== undefined) uf.union(target, i);
  }

  // 3) Acronyms: defined in the text ("Name (ACR)", "ACR … an acronym for Name") or matching initials.
  const named = idx.filter((i) => entities[i].type === 'ORG' || entities[i].type === 'PLACE');
  const byInitials = new Map<string, number>();
  for (const i of named) {
    const e = entities[i];
    if (e.text.includes(' ')) {
      const ini = initials(e.text);
      if (ini.length >= 2 && !byInitials.has(ini)) byInitials.set(ini, i);
    }
  }
  for (let a = 0; a < named.length; a++) {
    const i = named[a];
    const e = entities[i];
    const acr = e.text.replace(/\./g, '');
    if (ACRONYM_RE.test(e.text)) {
      const m = byInitials.get(acr);
      if (m !== undefined) uf.union(m, i);
      // "Long Name (ACR)": the previous named mention right before "(".
      const prev = a > 0 ? entities[named[a - 1]] : null;
      if (prev && /^\s*\(\s*$/.test(text.slice(prev.end, e.start))) uf.union(named[a - 1], i);
    }
    // "… an acronym for Name": link Name with the nearest acronym before it.
    if (afterForOrOf(text, e.start) && DEFINES_RE.test(text.slice(Math.max(0, e.start - 40), e.start))) {
      for (let b = a - 1; b >= 0 && e.start - entities[named[b]].end < 400; b--) {
        if (ACRONYM_RE.test(entities[named[b]].text)) {
          uf.union(named[b], i);
          break;
        }
      }
    }
  }

  // 4) Assign ids (order of first mention) and canonical names.
  const clusters = new Map<number, number[]>();
  for (const i of idx) {
    const r = uf.find(i);
    const list = clusters.get(r);
    if (list) list.push(i);
    else clusters.set(r, [i]);
  }
  let next = 1;
  for (const members of clusters.values()) {
    const id = 'e' + next++;
    const canonical = canonicalOf(
      members.map((m) => entities[m]),
      members.map((m) => aliasTarget.get(m)),
    );
    for (const m of members) {
      entities[m].entityId = id;
      entities[m].canonical = canonical;
    }
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The last candidate index before `i`, else the first after it (candidates ascending). */
function nearest(cands: number[], i: number): number | undefined {
  let lo = 0;
  let hi = cands.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cands[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) return cands[lo - 1];
  return cands[lo] !== i ? cands[lo] : cands[lo + 1];
}

/** True when the text before `at`, spaces aside, ends in "for" or "of" (what `DEFINES_RE` needs; most names follow neither). */
function afterForOrOf(text: string, at: number): boolean {
  let j = at;
  while (j > 0 && /\s/.test(text[j - 1])) j--;
  if (j === at) return false;
  const tail = text.slice(Math.max(0, j - 3), j).toLowerCase();
  return tail.endsWith('for') || tail.endsWith('of');
}

/** The most complete name among a cluster's mentions (acronyms lose to full names). */
function canonicalOf(mentions: Entity[], aliases: Array<string | undefined>): string {
  if (mentions.length === 1) return ACRONYM_RE.test(mentions[0].text) ? aliases[0] || mentions[0].text : mentions[0].text;
  let best = '';
  let bestScore = -1;
  for (const m of mentions) {
    const t = straightApostrophes(m.text);
    const score = (ACRONYM_RE.test(t) ? 0 : 1000) + t.split(/\s+/).length * 100 + t.length;
    if (score > bestScore) {
      best = m.text;
      bestScore = score;
    }
  }
  if (ACRONYM_RE.test(best)) {
    const alias = aliases.find((a) => a);
    if (alias) return alias;
  }
  return best;
}
