/**
 * Sync at scale (issue 21), not part of `npm test`: `npm run bench:sync`.
 * Through a local pouchdb-server (in memory, 127.0.0.1):
 *  - first sync of 10,000 notes to an empty profile (bar: ≤ 60 s);
 *  - one new note made in A, visible in B after A's and B's next syncs (bar: ≤ 5 s).
 * Profiles as in the integration tests: fake-indexeddb store + in-memory mirror.
 */
import { ADMIN, TestCouch } from '../tests/helpers/pouchdb-server';
import { Profile, makeNote } from '../tests/helpers/sync-profile';

const NOTES = Number(process.env.SYNC_BENCH_NOTES ?? 10_000);

async function main(): Promise<void> {
  const couch = await TestCouch.start();
  try {
    await couch.createDatabase('bench');
    const target = { url: couch.url, ...ADMIN };
    const a = await Profile.open('A');
    const sources = ['https://news.example.org/a', 'https://news.example.org/b', 'https://other.example.com/c'];
    for (let i = 0; i < NOTES; i++)
      await a.save(
        makeNote({ body: `note ${i} `.repeat(8), tags: [`t${i % 20}`], target: { ...makeNote().target, source: sources[i % 3] } }),
      );
    let t0 = performance.now();
    const up = await a.sync(target, 'bench');
    const upMs = performance.now() - t0;

    const b = await Profile.open('B');
    t0 = performance.now();
    const down = await b.sync(target, 'bench');
    const firstSyncMs = performance.now() - t0;
    const inB = (await b.store.all()).length;

    await a.save(makeNote({ body: 'one more' }));
    t0 = performance.now();
    await a.sync(target, 'bench');
    await b.sync(target, 'bench');
    const oneNoteMs = performance.now() - t0;

    console.log(
      JSON.stringify(
        {
          notes: NOTES,
          pushFromA: { ms: Math.round(upMs), pushed: up.pushed },
          firstSyncToEmptyB: {
            ms: Math.round(firstSyncMs),
            pulled: down.pulled,
            notesInB: inB,
            bar: 60_000,
            ok: firstSyncMs <= 60_000 && inB === NOTES,
          },
          oneNewNoteAtoB: { ms: Math.round(oneNoteMs), bar: 5_000, ok: oneNoteMs <= 5_000 },
        },
        null,
        2,
      ),
    );
    await a.close();
    await b.close();
  } finally {
    await couch.dispose();
  }
}

void main();
