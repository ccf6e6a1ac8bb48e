/**
 * Sync conflicts (the same note edited on two devices): a deterministic
 * winner, the same on every device — the latest `modified`, then the higher
 * revision (CouchDB's generation, then its hash) — and the losers' text kept in
 * the winner's `elsewhere` list, shown as "edited elsewhere".
 */
import type { ElsewhereEdit, NoteRecord } from '../annotation';
import { MAX_ELSEWHERE } from '../note-validation';

/** One leaf revision of a note's document. */
export interface Version {
  rev: string;
  note: NoteRecord;
}

/** Orders CouchDB revisions: by generation, then by hash (as text). */
export function compareRevs(a: string, b: string): number {
  const [ga, ha = ''] = splitRev(a);
  const [gb, hb = ''] = splitRev(b);
  if (ga !== gb) return ga - gb;
  return ha < hb ? -1 : ha > hb ? 1 : 0;
}

function splitRev(rev: string): [number, string] {
  const dash = rev.indexOf('-');
  return [Number.parseInt(rev.slice(0, dash), 10) || 0, rev.slice(dash + 1)];
}

/** Positive when `a` beats `b`: the later `modified`, then the higher revision. */
export function compareVersions(a: Version, b: Version): number {
  const ta = Date.parse(a.note.modified);
  const tb = Date.parse(b.note.modified);
  if (ta !== tb) return ta - tb;
  return compareRevs(a.rev, b.rev);
}

/** The winning version and the others (at least one version is needed). */
export function pickWinner(versions: readonly Version[]): { winner: Version; losers: Version[] } {
  if (versions.length === 0) throw new Error('pickWinner: no versions');
  const sorted = [...versions].sort((a, b) => compareVersions(b, a));
  return { winner: sorted[0], losers: sorted.slice(1) };
}

const sameContent = (a: { body: string; tags: string[]; colour: string }, b: { body: string; tags: string[]; colour: string }): boolean =>
  a.body === b.body && a.colour === b.colour && a.tags.length === b.tags.length && a.tags.every((t, i) => t === b.tags[i]);

const editKey = (e: ElsewhereEdit): string => JSON.stringify([e.modified, e.body, e.tags, e.colour, e.creator ?? '']);

/**
 * The winner with the losers' versions added to its `elsewhere` list (and the
 * lists the losers carried), without duplicates and without versions equal
 * to the winner's own text; oldest first, at most MAX_ELSEWHERE (the newest kept).
 */
export function mergeLosers(winner: NoteRecord, losers: readonly NoteRecord[]): NoteRecord {
  const edits = new Map<string, ElsewhereEdit>();
  const add = (e: ElsewhereEdit): void => {
    if (!sameContent(e, winner)) edits.set(editKey(e), e);
  };
  for (const e of winner.elsewhere ?? []) add(e);
  for (const l of losers) {
    for (const e of l.elsewhere ?? []) add(e);
    const own: ElsewhereEdit = { body: l.body, tags: l.tags, colour: l.colour, modified: l.modified };
    if (l.creator) own.creator = l.creator;
    add(own);
  }
  const list = [...edits.values()].sort((a, b) =>
    a.modified < b.modified ? -1 : a.modified > b.modified ? 1 : editKey(a) < editKey(b) ? -1 : 1,
  );
  const kept = list.slice(-MAX_ELSEWHERE);
  const { elsewhere: _old, ...rest } = winner;
  return kept.length > 0 ? { ...rest, elsewhere: kept } : rest;
}

/** True when merging changed the winner (so a new revision must be written). */
export function elsewhereChanged(before: NoteRecord, after: NoteRecord): boolean {
  return JSON.stringify(before.elsewhere ?? []) !== JSON.stringify(after.elsewhere ?? []);
}
