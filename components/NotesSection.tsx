/**
 * The reader's notes on this page; orphans (passage no longer found) are
 * marked. An orphan whose words are found in several identical places that
 * nothing tells apart lists them: the reader can look at each and put the
 * note on one. A team note (issue 21) names its creator; it is theirs, so it
 * is not put anywhere from here.
 */
import type { PageNote } from '../utils/messages';
import { formatNumber, t, tn } from '../utils/i18n';

type Place = { start: number; end: number };

export function NotesSection({
  notes,
  scrollTo,
  place,
}: {
  notes: PageNote[];
  scrollTo: (s: number, e: number) => void;
  /** Anchors an undecided orphan at one of its candidate places. */
  place: (id: string, at: Place) => void;
}) {
  return (
    <section aria-labelledby="notes-h" data-testid="notes">
      <h2 id="notes-h">{t('notesHeading', formatNumber(notes.length))}</h2>
      {notes.length === 0 && <p class="muted">{t('notesNone')}</p>}
      <ul>
        {notes.map(({ note, anchor, candidates }) => (
          <li key={note.id} class="note-item" data-testid="note-item">
            <button type="button" class="note-quote" disabled={!anchor} onClick={() => anchor && scrollTo(anchor.start, anchor.end)}>
              <span class="chip note">“{note.target.selector[0].exact}”</span>
            </button>
            {note.teamNote && (
              <p class="note-by" data-testid="note-team-by">
                {t('teamNoteBy', note.creator || '?')}
              </p>
            )}
            {note.body && <p class="note-body">{note.body}</p>}
            {!anchor && !candidates?.length && <p class="orphan">{t('noteOrphan')}</p>}
            {!anchor && !!candidates?.length && (
              <Places id={note.id} places={candidates} scrollTo={scrollTo} place={note.teamNote ? undefined : place} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The places an undecided orphan matches, each to look at or to choose. */
function Places({
  id,
  places,
  scrollTo,
  place,
}: {
  id: string;
  places: Place[];
  scrollTo: (s: number, e: number) => void;
  /** Absent for a team note: its places can be looked at, not chosen. */
  place?: (id: string, at: Place) => void;
}) {
  return (
    <div class="twin-places" data-testid="note-places">
      <p class="orphan">{tn('notePlaces', places.length)}</p>
      <ol>
        {places.map((p, i) => (
          <li key={`${p.start}-${p.end}`} class="row">
            <button type="button" data-action="show-place" onClick={() => scrollTo(p.start, p.end)}>
              {t('notePlaceShow', formatNumber(i + 1))}
            </button>
            {place && (
              <button type="button" data-action="choose-place" onClick={() => place(id, p)}>
                {t('notePlaceChoose')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
