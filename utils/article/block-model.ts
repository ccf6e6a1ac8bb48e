/**
 * The learned block classifier: a logistic regression over `blockFeatures`
 * that says whether a block inside the article container is boilerplate
 * (related-story teasers, author boxes, labels, prompts) the rules let
 * through. Trained by `scripts/train-article-blocks.ts` on the snippet dev
 * pages; the weights are `models/article-blocks.json`.
 */
import modelJson from '../../models/article-blocks.json';
import type { BlockStats } from './analyze';
import { blockFeatures, type BlockContext } from './block-features';
import type { BlockJudge } from './collect';

export interface BlockModel {
  /** Feature name → weight (features absent from the map weigh nothing). */
  weights: Record<string, number>;
  /** A block whose log-odds of being boilerplate exceed this is dropped. */
  threshold: number;
}

export const BLOCK_MODEL: BlockModel = modelJson as BlockModel;

/** Log-odds that the block is boilerplate. */
export function blockLogit(model: BlockModel, el: Element, s: BlockStats, ctx: BlockContext): number {
  const w = model.weights;
  let z = 0;
  blockFeatures(el, s, ctx, (name, value) => {
    const wi = w[name];
    if (wi !== undefined) z += wi * value;
  });
  return z;
}

/**
 * Only blocks up to this size are asked: boilerplate boxes are short, and
 * a wrong answer on a long block would cost much of the article.
 */
export const MAX_JUDGED_TEXT = 800;

/** True when the block is small enough for the model to judge (see MAX_JUDGED_TEXT). */
export function isJudged(s: BlockStats, ctx: BlockContext): boolean {
  return s.text <= MAX_JUDGED_TEXT && s.text * 4 < ctx.rootStats.text;
}

/** True when the model reads the block as boilerplate. */
export function isBoilerplateBlock(model: BlockModel, el: Element, s: BlockStats, ctx: BlockContext): boolean {
  return isJudged(s, ctx) && blockLogit(model, el, s, ctx) > model.threshold;
}

/** A judge for `collectText` that drops the blocks the model reads as boilerplate. */
export function modelJudge(model: BlockModel, ctx: BlockContext): BlockJudge {
  const cached = { ...ctx, words: new Map<Element, string[]>() };
  return { drop: (el, s) => isBoilerplateBlock(model, el, s, cached) };
}
