/**
 * Summaries of one article's analysis for the popup and the library:
 * entities grouped by type and linked identity, claims grouped by source.
 */
import type { Claim, Entity, EntityType } from './types';

export interface EntityGroup {
  key: string;
  name: string;
  type: EntityType;
  mentions: { start: number; end: number }[];
}

/** Linked entities by type, most mentioned first (ties by name). */
export function groupEntities(entities: readonly Entity[]): Map<EntityType, EntityGroup[]> {
  const groups = new Map<string, EntityGroup>();
  for (const e of entities) {
    const key = e.entityId ?? `${e.type}:${e.text.toLowerCase()}`;
    let g = groups.get(key);
    if (!g) {
      g = { key, name: e.canonical ?? e.text, type: e.type, mentions: [] };
      groups.set(key, g);
    }
    g.mentions.push({ start: e.start, end: e.end });
  }
  const byType = new Map<EntityType, EntityGroup[]>();
  for (const g of groups.values()) {
    const list = byType.get(g.type) ?? [];
    list.push(g);
    byType.set(g.type, list);
  }
  for (const list of byType.values()) list.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return byType;
}

export interface ClaimGroup {
  source: string;
  claims: Claim[];
}

/** Claims by who made them ("John Kirby — 4 claims"), most claims first; unattributed last. */
export function groupClaims(claims: readonly Claim[]): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const c of claims) {
    const source = c.source ? (c.source.canonical ?? c.source.text) : '';
    const key = c.source?.entityId ?? source.toLowerCase();
    let g = groups.get(key);
    if (!g) {
      g = { source, claims: [] };
      groups.set(key, g);
    }
    g.claims.push(c);
  }
  return [...groups.values()].sort(
    (a, b) => Number(!a.source) - Number(!b.source) || b.claims.length - a.claims.length || a.source.localeCompare(b.source),
  );
}

/** "1 claim", "4 claims". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The compact summary stored with a page for the library (see PageSummary in storage/schema.ts). */
export function summarise(
  entities: readonly Entity[],
  claims: readonly Claim[],
): {
  entities: { name: string; type: string; mentions: number }[];
  claims: { source: string; count: number }[];
} {
  const ents: { name: string; type: string; mentions: number }[] = [];
  for (const [type, groups] of groupEntities(entities)) {
    if (type === 'DATE' || type === 'NUMBER') continue; // not things a reader looks up across articles
    for (const g of groups) ents.push({ name: g.name, type, mentions: g.mentions.length });
  }
  return { entities: ents, claims: groupClaims(claims).map((g) => ({ source: g.source, count: g.claims.length })) };
}
