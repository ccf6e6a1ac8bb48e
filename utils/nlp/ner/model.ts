/**
 * The trained tagger model, imported statically (no fs at run time) so the
 * same code runs in the extension's service worker and in Node. Decoded
 * lazily on first use.
 */
import modelJson from '../../../models/ner-model.json';
import { CompactScorer, type SerializedModel } from './weights';

let scorer: CompactScorer | null = null;

/** The decoded model (built once, then cached). */
export function nerScorer(): CompactScorer {
  if (!scorer) scorer = new CompactScorer(modelJson as SerializedModel);
  return scorer;
}

/** Use `model` instead of the committed one (cross-validation and experiments in scripts). */
export function useNerModel(model: SerializedModel): void {
  scorer = new CompactScorer(model);
}
