/** Helpers for tests of the post-model rules: tokens of a sentence and claims on its words. */
import { recognize } from '../../../utils/nlp/ner/recognize';
import type { Claim } from '../../../utils/nlp/ner/propagate';
import type { MentionType } from '../../../utils/types';

export function prepare(text: string) {
  const { tokens, attrs } = recognize(text);
  /** A claim over the `nth` occurrence of the words of `phrase`. */
  const claim = (phrase: string, type: MentionType, nth = 0): Claim => {
    const words = phrase.split(' ');
    let seen = 0;
    for (let i = 0; i + words.length <= tokens.words.length; i++) {
      if (words.every((w, k) => tokens.words[i + k] === w) && seen++ === nth) return { start: i, end: i + words.length, type };
    }
    throw new Error(`no "${phrase}" in "${text}"`);
  };
  /** The claims as [text, type], in order. */
  const show = (claims: Claim[]): Array<[string, string]> =>
    claims.map((c) => [text.slice(tokens.starts[c.start], tokens.ends[c.end - 1]), c.type]);
  return { tokens, attrs, claim, show };
}
