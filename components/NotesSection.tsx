/** The reader's notes on this page; orphans (passage no longer found) are marked. */
import type { PageNote } from '../utils/messages';
import { formatNumber, t } from '../utils/i18n';

export function NotesSection({ notes, scrollTo }: { notes: PageNote[]; scrollTo: (s: number, e: number) => void }) {
  return (
    <section aria-labelledby="notes-h" data-testid="notes">
      <h2 id="notes-h">{t('notesHeading', formatNumber(notes.length))}</h2>
      {notes.length === 0 && <p class="muted">{t('notesNone')}</p>}
      <ul>
        {notes.map(({ note, anchor }) => (
          <li key={note.id} class="note-item" data-testid="note-item">
            <button
              type="button"
              class="note-quote"
              disabled={!anchor}
              onClick={() => anchor && scrollTo(anchor.start, anchor.end)}
            >
              <span class="chip note">“{note.target.selector[0].exact}”</span>
            </button>
            {note.body && <p class="note-body">{note.body}</p>}
            {!anchor && <p class="orphan">{t('noteOrphan')}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
