/**
 * The whole engine on one text: entities, then claims that use them.
 * The background (extension) and the CLI both call this; nothing here
 * touches the DOM, so it runs in a service worker and in Node alike.
 */
import type { Analysis } from '../types';
import { findEntities } from './entities';
import { findClaims } from './claims';
import { furnitureBlocks, headlineBlocks, maskFurniture } from './furniture';

export function annotate(text: string): Analysis {
  const entities = findEntities(text);
  const claims = findClaims(text, entities);
  // nothing is painted in page furniture (galleries, bios, promos) the article detection let through, nor claimed in a headline
  return maskFurniture({ entities, claims }, furnitureBlocks(text), headlineBlocks(text));
}
