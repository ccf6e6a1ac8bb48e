/**
 * Features of one block inside the article container, for the learned block
 * classifier (`block-model.ts`): how long and how linky it is, where it sits
 * in the container, what kind of element it is and what its neighbours are,
 * the shape of its text, and the words of its class and id (and those of
 * the wrappers between it and the container). All are general evidence:
 * none names a site.
 */
import type { BlockStats } from './analyze';
import { BLOCK_TAGS, tagOf } from './dom';

/** Receives one feature: a name and its value. */
export type FeatureSink = (name: string, value: number) => void;

/** The container the block lies in, for relative position and share. */
export interface BlockContext {
  root: Element;
  rootStats: BlockStats;
  /** Class-word feature names already worked out per element (wrappers are asked once per block below them). */
  words?: Map<Element, string[]>;
}

/** Blocks up to this many characters get the text-shape features (reading their text costs a walk). */
const TEXT_FEATURES_MAX = 400;
/** Blocks up to this long also give their first words as features. */
const SHORT_TEXT_WORDS = 100;
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const LISTS = new Set(['UL', 'OL', 'DL', 'MENU']);
const CELLS = new Set(['TD', 'TH', 'TR', 'TBODY', 'TABLE']);

/** The coarse kind of an element, one feature each. */
function tagGroup(tag: string): string {
  if (tag === 'P') return 'p';
  if (tag === 'LI' || tag === 'DD' || tag === 'DT') return 'li';
  if (HEADINGS.has(tag)) return 'h';
  if (LISTS.has(tag)) return 'list';
  if (CELLS.has(tag)) return 'cell';
  if (tag === 'BLOCKQUOTE' || tag === 'PRE') return 'quote';
  if (tag === 'DIV' || tag === 'SECTION' || tag === 'ARTICLE' || tag === 'MAIN') return 'div';
  return 'other';
}

/**
 * The words of a class or id value: split at spaces, digits, `-`, `_` and
 * camelCase humps, lower-cased, 3 to 20 letters ("relatedStories__item" →
 * related, stories, item).
 */
export function classWords(value: string): string[] {
  const out: string[] = [];
  for (const part of value.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/)) {
    if (part.length >= 3 && part.length <= 20) out.push(part.toLowerCase());
  }
  return out;
}

/**
 * A learned word's feature name: the prefix and a 20-bit FNV-1a hash of the
 * word, so the model file holds weights, not the words of the pages it was
 * trained on (collisions are rare among a few hundred words).
 */
export function wordFeature(prefix: string, word: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return prefix + ((h >>> 0) & 0xfffff).toString(36);
}

function addClassWords(el: Element, prefix: string, add: FeatureSink, seen: Set<string>, cache: Map<Element, string[]> | undefined): void {
  let names = cache?.get(el);
  if (!names) {
    const value = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    names = value.length > 1 ? classWords(value).map((w) => wordFeature(prefix, w)) : [];
    cache?.set(el, names);
  }
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    add(name, 1);
  }
}

/** Element siblings with the same tag and class (a repeated item: teaser, comment, list entry). */
function likeSiblings(el: Element): number {
  const tag = el.tagName;
  const cls = el.getAttribute('class') ?? '';
  let n = 0;
  let seen = 0;
  for (let c = el.parentElement?.firstElementChild ?? null; c && seen < 40; c = c.nextElementSibling, seen++) {
    if (c !== el && c.tagName === tag && (c.getAttribute('class') ?? '') === cls) n++;
  }
  return n;
}

/** The nearest element sibling before `el` that holds text or is a block. */
function previousBlock(el: Element): Element | null {
  for (let c = el.previousElementSibling; c; c = c.previousElementSibling) {
    if (BLOCK_TAGS.has(tagOf(c))) return c;
  }
  return null;
}

/** Sends the features of block `el` (with its stats `s`) inside `ctx.root` to `add`. */
export function blockFeatures(el: Element, s: BlockStats, ctx: BlockContext, add: FeatureSink): void {
  const rs = ctx.rootStats;
  const tag = tagOf(el);
  const text = Math.max(1, s.text);
  const rootText = Math.max(1, rs.text);
  const linkDensity = s.link / text;
  const lenLog = Math.log1p(s.text) / 8;
  const posStart = Math.min(1, Math.max(0, (s.start - rs.start) / rootText));
  const posEnd = Math.min(1, Math.max(0, (s.start + s.text - rs.start) / rootText));
  add('bias', 1);
  add('len', lenLog);
  add('short', s.text < 40 ? 1 : 0);
  add('link', linkDensity);
  add('linkXlen', linkDensity * lenLog);
  add('ownLink', s.link > 0 && s.ownText > 0 ? s.ownLink / s.ownText : 0);
  add('prose', s.prose / text);
  add('share', s.text / rootText);
  add('posStart', posStart);
  add('posEnd', posEnd);
  add('tail', posStart > 0.9 ? 1 : 0);
  add('head', posEnd < 0.1 ? 1 : 0);
  add('headlineLinks', Math.log1p(s.headlineLinks));
  add('media', s.media > 0 ? 1 : 0);
  add('leaf', s.text === s.ownText ? 1 : 0);
  add(`tag:${tagGroup(tag)}`, 1);
  const parent = el.parentElement;
  if (parent && parent !== ctx.root) add(`ptag:${tagGroup(tagOf(parent))}`, 1);
  add('like', Math.log1p(likeSiblings(el)) / 2);
  const prev = previousBlock(el);
  if (prev && HEADINGS.has(tagOf(prev))) add('afterHeading', 1);

  // the wrappers between the block and the container: depth, list items, their class words
  const seen = new Set<string>();
  addClassWords(el, 'c:', add, seen, undefined);
  let depth = 0;
  for (let a = parent; a && a !== ctx.root; a = a.parentElement) {
    depth++;
    if (tagOf(a) === 'LI') add('inLi', 1);
    addClassWords(a, 'a:', add, seen, ctx.words);
  }
  add('depth', Math.min(depth, 10) / 10);

  if (s.text > TEXT_FEATURES_MAX) return;
  const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!t) return;
  const words = t.split(' ');
  let caps = 0;
  for (const w of words) if (w[0] !== w[0].toLowerCase()) caps++;
  let digits = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  add('words', Math.log1p(words.length) / 4);
  add('caps', caps / words.length);
  add('digits', digits / t.length);
  add('endPunct', /[.!?…。]["”’»)]?$/.test(t) ? 1 : 0);
  add('endColon', /[:：]$/.test(t) ? 1 : 0);
  add('separators', /[|•·]/.test(t) ? 1 : 0);
  add('at', /@/.test(t) ? 1 : 0);
  // the first words of a short block: labels and prompts repeat across sites ("more on this", "contact")
  if (t.length <= SHORT_TEXT_WORDS) {
    for (const w of words.slice(0, 4)) {
      const k = w.toLowerCase().replace(/[^\p{L}]/gu, '');
      if (k.length >= 3) add(wordFeature('w:', k), 1);
    }
  }
}
