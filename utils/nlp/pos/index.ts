/**
 * The committed part-of-speech model (models/pos-model.json, written by
 * scripts/train-pos.ts). The claim extractor tags a sentence only when it
 * holds a cue candidate (see claims/cueModel.ts).
 */
import data from '../../../models/pos-model.json';
import { loadPosModel, type PosModel, type PosModelData } from './tagger';

export { POS_TAGS, type PosTag } from './tagger';

/** The committed model. */
export const POS_MODEL: PosModel = loadPosModel(data as PosModelData);
