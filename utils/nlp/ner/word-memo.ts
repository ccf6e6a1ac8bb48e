/**
 * Facts about a word that depend on the word alone, kept across texts: news
 * repeats its words within an article and across articles. Every memo is
 * bounded (emptied when full, about 200 bytes a word for the largest) and
 * keeps only words of at most 12 characters: V8 makes a token of 13
 * characters or more a slice that holds on to the whole text it was cut
 * from, and a kept slice would keep that page's text alive in the worker.
 */
const MAX_WORDS = 20_000;
const LONGEST_KEPT = 12;
const memos: WordMemo<unknown>[] = [];

export class WordMemo<V> {
  private readonly map = new Map<string, V>();
  /** One-character ASCII words (punctuation, digits, "a"), a fifth of news tokens: by code, with no string hashing. */
  private readonly ascii = new Array<V | undefined>(128).fill(undefined);

  constructor() {
    memos.push(this);
  }

  /** The value kept for `word`, if any. */
  get(word: string): V | undefined {
    if (word.length === 1) {
      const c = word.charCodeAt(0);
      if (c < 128) return this.ascii[c];
    }
    return word.length > LONGEST_KEPT ? undefined : this.map.get(word);
  }

  /** Keep `value` for `word` (unless the word is too long to keep); returns `value`. */
  keep(word: string, value: V): V {
    if (word.length === 1 && word.charCodeAt(0) < 128) this.ascii[word.charCodeAt(0)] = value;
    else if (word.length <= LONGEST_KEPT) {
      if (this.map.size >= MAX_WORDS) this.map.clear();
      this.map.set(word, value);
    }
    return value;
  }

  clear(): void {
    this.map.clear();
    this.ascii.fill(undefined);
  }
}

/** Empty every word memo (benchmarks time passes from an empty start). */
export function clearWordMemos(): void {
  for (const m of memos) m.clear();
}
