/**
 * What sync adds to a note (issue 21; NoteRecord's `teamNote` and `elsewhere`
 * fields, written by the sync engine), read defensively: the library shows
 * them only when they have the documented shape.
 */
import type { NoteRecord } from '../../utils/annotation';

/** A version of a note that lost a sync conflict: kept and shown as "edited elsewhere". */
export interface ElsewhereVersion {
  body: string;
  tags: string[];
  /** ISO 8601: when that version was edited. */
  modified: string;
  creator?: string;
}

type SyncFields = { teamNote?: unknown; elsewhere?: unknown };

/** True for a note received from a team database. */
export function isTeamNote(note: NoteRecord): boolean {
  return (note as SyncFields).teamNote === true;
}

/** The note's versions from other devices, oldest first; well-formed ones only. */
export function elsewhereOf(note: NoteRecord): ElsewhereVersion[] {
  const raw = (note as SyncFields).elsewhere;
  if (!Array.isArray(raw)) return [];
  const out: ElsewhereVersion[] = [];
  for (const v of raw as unknown[]) {
    if (typeof v !== 'object' || v === null) continue;
    const { body, tags, modified, creator } = v as Record<string, unknown>;
    if (typeof body !== 'string' || typeof modified !== 'string') continue;
    out.push({
      body,
      tags: Array.isArray(tags) ? tags.filter((x): x is string => typeof x === 'string') : [],
      modified,
      ...(typeof creator === 'string' && creator ? { creator } : {}),
    });
  }
  return out;
}
