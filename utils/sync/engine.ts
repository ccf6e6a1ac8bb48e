/**
 * One sync cycle between the local store (the source of truth) and a CouchDB
 * database, through a PouchDB "mirror" that PouchDB's own replication keeps
 * level with the server:
 *
 *  1. send: every unsent change in the sync log goes into the mirror as a new
 *     revision on the one it was based on (`new_edits: false`), so an edit
 *     made here while another device edited the same note becomes an
 *     ordinary CouchDB conflict rather than an overwrite;
 *  2. replicate: one-shot, mirror → server, then server → mirror;
 *  3. apply: the mirror's changes since the last cycle come into the store,
 *     each through the same validation as an import; a conflict is settled
 *     by the deterministic rule of ./conflict.ts, in the mirror, and sent
 *     back in the same cycle.
 *
 * A failure at any step leaves the store as it was (the sync log keeps the
 * unsent changes) and the next cycle starts over.
 */
import type { NoteRecord } from '../annotation';
import type { NotesStore, RemoteChange } from '../storage/notes-store';
import { elsewhereChanged, mergeLosers, pickWinner, type Version } from './conflict';
import { fromDoc, toDoc, toTombstone, type NoteDoc } from './doc';
import type { PouchChange, PouchDatabase, PouchDoc } from './pouch-types';

/** Changes read from the mirror per request. */
const CHANGES_BATCH = 500;
const APPLIED_CHECKPOINT = '_local/newsmark-applied';

export interface CycleResult {
  /** Documents the server received, and sent. */
  pushed: number;
  pulled: number;
  /** Notes written to, and deleted from, the store. */
  saved: NoteRecord[];
  deleted: string[];
  /** The page (`target.source`) each deleted note was on, in the order of `deleted`: gone from the store, so only known here. */
  deletedFrom: string[];
  /** Documents refused by validation (nothing of them was written). */
  rejected: number;
  /** Conflicts settled. */
  resolved: number;
}

export interface EngineOptions {
  store: NotesStore;
  /** The local replica of the reader's database (PouchDB's IndexedDB adapter in the browser, memory in tests). */
  mirror: PouchDatabase;
  /** A fresh random hex string for new revision ids. */
  randomHex?: () => string;
}

function defaultRandomHex(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class SyncEngine {
  private readonly store: NotesStore;
  private readonly mirror: PouchDatabase;
  private readonly randomHex: () => string;

  constructor(options: EngineOptions) {
    this.store = options.store;
    this.mirror = options.mirror;
    this.randomHex = options.randomHex ?? defaultRandomHex;
  }

  /** Runs one cycle with `remote`; rejects (leaving nothing half-done in the store) when the server fails. */
  async cycle(remote: PouchDatabase): Promise<CycleResult> {
    await this.send();
    const out = await this.replicate(remote);
    const applied = await this.apply();
    let pushed = out.pushed;
    if (applied.resolved > 0) {
      // The settled revisions: into the store now, and to the server in this cycle.
      const settled = await this.apply();
      applied.saved.push(...settled.saved);
      applied.deleted.push(...settled.deleted);
      applied.deletedFrom.push(...settled.deletedFrom);
      applied.rejected += settled.rejected;
      pushed += (await this.mirror.replicate.to(remote, { batch_size: CHANGES_BATCH })).docs_written;
    }
    return { pushed, pulled: out.pulled, ...applied };
  }

  /** Step 1: the sync log's dirty entries into the mirror. Resolves to how many were sent. */
  async send(): Promise<number> {
    const entries = await this.store.dirtyEntries();
    let sent = 0;
    for (let i = 0; i < entries.length; i += CHANGES_BATCH) {
      const batch = entries.slice(i, i + CHANGES_BATCH);
      const docs: PouchDoc[] = [];
      const sentAt: { id: string; rev: string | null; modified: string; confirmed?: boolean }[] = [];
      const notes = await this.store.getMany(batch.map((e) => (e.deleted ? '' : e.id)));
      batch.forEach((entry, k) => {
        const note = entry.deleted ? undefined : notes[k];
        // A note deleted before it was ever synced has nothing to tell the server.
        if (!note && entry.rev === null) {
          sentAt.push({ id: entry.id, rev: null, modified: entry.modified, confirmed: true });
          return;
        }
        const body = note ? toDoc(note) : toTombstone(entry.id, entry.modified);
        const { rev, revisions } = this.nextRev(entry.rev);
        docs.push({ ...body, _rev: rev, _revisions: revisions } as PouchDoc);
        sentAt.push({ id: entry.id, rev, modified: entry.modified });
      });
      if (docs.length > 0) {
        const results = await this.mirror.bulkDocs(docs, { new_edits: false });
        const failed = results.find((r) => r.error);
        if (failed) throw new Error(`the sync mirror refused a note (${String(failed.name)})`);
      }
      await this.store.markSent(sentAt);
      sent += docs.length;
    }
    return sent;
  }

  /** A new revision id on top of `base` (or a first one), with the history CouchDB needs to attach it there. */
  private nextRev(base: string | null): { rev: string; revisions: { start: number; ids: string[] } } {
    const hash = this.randomHex();
    if (!base) return { rev: `1-${hash}`, revisions: { start: 1, ids: [hash] } };
    const dash = base.indexOf('-');
    const gen = Number.parseInt(base.slice(0, dash), 10);
    return { rev: `${gen + 1}-${hash}`, revisions: { start: gen + 1, ids: [hash, base.slice(dash + 1)] } };
  }

  /** Step 2: one-shot replication both ways. */
  async replicate(remote: PouchDatabase): Promise<{ pushed: number; pulled: number }> {
    const out = await this.mirror.replicate.to(remote, { batch_size: CHANGES_BATCH });
    await this.store.confirmSent();
    const back = await this.mirror.replicate.from(remote, { batch_size: CHANGES_BATCH });
    return { pushed: out.docs_written, pulled: back.docs_written };
  }

  /** Step 3: the mirror's new changes into the store, conflicts settled on the way. */
  async apply(): Promise<Omit<CycleResult, 'pushed' | 'pulled'>> {
    const result = { saved: [] as NoteRecord[], deleted: [] as string[], deletedFrom: [] as string[], rejected: 0, resolved: 0 };
    let since = await this.checkpoint();
    for (;;) {
      const page = await this.mirror.changes({ since, limit: CHANGES_BATCH, include_docs: true, conflicts: true });
      const plain: PouchChange[] = [];
      for (const change of page.results) {
        const doc = change.doc as (PouchDoc & { _rev: string }) | undefined;
        if (!doc) continue;
        if (doc._conflicts?.length) {
          // Settled in the mirror; the settled revision comes back through the changes feed.
          await this.resolve(doc);
          result.resolved++;
        } else plain.push(change);
      }
      await this.applyMany(plain, result);
      since = page.last_seq;
      await this.saveCheckpoint(since);
      if (page.results.length < CHANGES_BATCH) break;
    }
    return result;
  }

  /** One page of changes without conflicts into the store: a read of the sync log and one write for them all. */
  private async applyMany(changes: readonly PouchChange[], result: Omit<CycleResult, 'pushed' | 'pulled'>): Promise<void> {
    const entries = await this.store.syncEntries(changes.map((c) => c.id));
    // What this device sent, or has already, is skipped.
    const fresh = changes.filter((c, i) => entries[i]?.rev !== (c.doc as { _rev: string })._rev);
    const isDeleted = (c: PouchChange) => !!(c.deleted || (c.doc as PouchDoc)._deleted);
    const deletions = fresh.filter(isDeleted);
    const had = new Map((await this.store.getMany(deletions.map((c) => c.id))).map((n, i) => [deletions[i].id, n]));
    const writes: RemoteChange[] = [];
    for (const change of fresh) {
      const doc = change.doc as PouchDoc & NoteDoc & { _rev: string };
      if (isDeleted(change)) {
        writes.push({ id: change.id, note: null, rev: doc._rev, modified: doc.deletedAt ?? new Date().toISOString() });
        continue;
      }
      const note = fromDoc(doc);
      if (typeof note === 'string') result.rejected++;
      else writes.push({ id: change.id, note, rev: doc._rev, modified: note.modified });
    }
    if (writes.length === 0) return;
    const written = await this.store.applyRemoteMany(writes);
    writes.forEach((w, i) => {
      if (!written[i]) return;
      if (w.note) result.saved.push(w.note);
      else {
        const before = had.get(w.id);
        if (before) {
          result.deleted.push(w.id);
          result.deletedFrom.push(before.target.source);
        }
      }
    });
  }

  /**
   * Settles a conflict: the winner by ./conflict.ts, the losers' text in its
   * `elsewhere` list, the losing leaves deleted. A leaf that fails validation
   * loses without leaving text.
   */
  private async resolve(doc: PouchDoc & { _rev: string }): Promise<void> {
    const revs = [doc._rev, ...(doc._conflicts ?? [])];
    const leaves = await Promise.all(revs.map((rev) => this.mirror.get(doc._id, { rev })));
    const versions: Version[] = [];
    for (const leaf of leaves) {
      const note = fromDoc(leaf);
      if (typeof note !== 'string') versions.push({ rev: leaf._rev, note });
    }
    const writes: PouchDoc[] = [];
    const valid = new Set(versions.map((v) => v.rev));
    if (versions.length > 0) {
      const { winner, losers } = pickWinner(versions);
      const merged = mergeLosers(
        winner.note,
        losers.map((l) => l.note),
      );
      if (elsewhereChanged(winner.note, merged)) writes.push({ ...toDoc(merged), _rev: winner.rev } as PouchDoc);
      for (const l of losers) writes.push({ _id: doc._id, _rev: l.rev, _deleted: true });
    }
    for (const rev of revs) if (!valid.has(rev)) writes.push({ _id: doc._id, _rev: rev, _deleted: true });
    await this.mirror.bulkDocs(writes);
  }

  private async checkpoint(): Promise<string | number> {
    try {
      const doc = await this.mirror.get(APPLIED_CHECKPOINT);
      return typeof doc.seq === 'string' || typeof doc.seq === 'number' ? doc.seq : 0;
    } catch {
      return 0;
    }
  }

  private async saveCheckpoint(seq: string | number): Promise<void> {
    let rev: string | undefined;
    try {
      rev = (await this.mirror.get(APPLIED_CHECKPOINT))._rev;
    } catch {
      rev = undefined;
    }
    await this.mirror.put({ _id: APPLIED_CHECKPOINT, _rev: rev, seq });
  }
}
