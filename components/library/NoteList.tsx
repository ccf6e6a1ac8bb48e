/**
 * Notes grouped by article (consecutive notes of one page share a heading),
 * each with its quote, text, tags, date, creator, orphan mark, versions
 * edited on another device, and edit/delete.
 */
import { useState } from 'preact/hooks';
import { HIGHLIGHT_COLOURS, type HighlightColour, type NoteRecord } from '../../utils/annotation';
import { knownSelectors } from '../../utils/export/selectors';
import { creatorOf, type LibraryItem } from '../../utils/library/search';
import { elsewhereOf, isTeamNote } from './synced-note';
import { ask } from './api';
import { t, tn, uiLocale, type MessageKey } from '../../utils/i18n';

interface Props {
  items: LibraryItem[];
  selected: Set<string>;
  onToggle: (id: string, on: boolean) => void;
  onDelete: (id: string) => void;
  onSaved: (note: NoteRecord) => void;
  onError: (message: string) => void;
  onTag: (tag: string) => void;
}

/** One formatter for every note's date (making one per note costs more than the rest of the row). */
const DAY = new Intl.DateTimeFormat(uiLocale(), { year: 'numeric', month: 'short', day: 'numeric' });

/** The address as a link target only when it is http(s); anything else is shown, not linked. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Consecutive items of the same page, in order. */
export function groupByPage(items: readonly LibraryItem[]): { url: string; items: LibraryItem[] }[] {
  const groups: { url: string; items: LibraryItem[] }[] = [];
  for (const it of items) {
    const last = groups[groups.length - 1];
    if (last && last.url === it.note.target.source) last.items.push(it);
    else groups.push({ url: it.note.target.source, items: [it] });
  }
  return groups;
}

export function NoteList(props: Props) {
  const groups = groupByPage(props.items);
  return (
    <div class="articles" data-testid="articles">
      {groups.map((g, i) => {
        const first = g.items[0];
        const href = safeHref(g.url);
        const title = first.note.pageTitle || g.url;
        return (
          <article key={`${g.url}#${i}`} class="article" data-testid="article" aria-labelledby={`art-${i}`}>
            <h3 id={`art-${i}`} class="article-title">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {title}
                </a>
              ) : (
                title
              )}
            </h3>
            <p class="muted article-meta">
              {first.site} · <span class="url">{g.url}</span>
            </p>
            <ul>
              {g.items.map((it) => (
                <NoteRow key={it.note.id} item={it} {...props} />
              ))}
            </ul>
          </article>
        );
      })}
    </div>
  );
}

function NoteRow({ item, selected, onToggle, onDelete, onSaved, onError, onTag }: Props & { item: LibraryItem }) {
  const { note, orphan } = item;
  const [editing, setEditing] = useState(false);
  const { quote, position } = knownSelectors(note);
  const checkId = `sel-${note.id.slice(9)}`;
  const created = new Date(note.created);
  const creator = creatorOf(note);
  const team = isTeamNote(note);
  const elsewhere = elsewhereOf(note);
  return (
    <li class={`lib-note colour-${note.colour}`} data-testid="library-note" data-id={note.id}>
      <div class="note-line">
        <input
          type="checkbox"
          id={checkId}
          checked={selected.has(note.id)}
          onChange={(e) => onToggle(note.id, (e.target as HTMLInputElement).checked)}
          data-testid="select-note"
        />
        <label for={checkId} class="sr-only">
          {t('selectNoteOn', (quote?.exact ?? note.body).slice(0, 60))}
        </label>
        <blockquote class="quote" data-testid="quote">
          {quote ? quote.exact : <span class="muted">{t('noQuote', String(position?.start), String(position?.end))}</span>}
        </blockquote>
      </div>
      {orphan && (
        <p class="orphan" data-testid="orphan">
          {t('libOrphan')}
        </p>
      )}
      {editing ? (
        <EditForm
          note={note}
          onCancel={() => setEditing(false)}
          onSaved={(n) => {
            setEditing(false);
            onSaved(n);
          }}
          onError={onError}
        />
      ) : (
        <>
          {note.body && (
            <p class="note-body" data-testid="note-body">
              {note.body}
            </p>
          )}
          {elsewhere.length > 0 && <Elsewhere versions={elsewhere} />}
          <div class="note-foot">
            <time dateTime={note.created} class="muted">
              {DAY.format(created)}
            </time>
            {creator && (
              <span class="muted" data-testid="note-creator">
                {t('libByCreator', creator)}
              </span>
            )}
            {team && (
              <span class="team-mark" data-testid="team-note">
                {t('libTeamNote')}
              </span>
            )}
            {note.tags.map((tag) => (
              <button key={tag} type="button" class="tag" onClick={() => onTag(tag)} aria-label={t('showTagged', tag)}>
                #{tag}
              </button>
            ))}
            <span class="spacer" />
            {/* A team member's note is theirs: shown, not edited here. */}
            {!team && (
              <button type="button" onClick={() => setEditing(true)} data-testid="edit">
                {t('edit')}
                <span class="sr-only"> {t('srNote')}</span>
              </button>
            )}
            <button type="button" class="danger" onClick={() => onDelete(note.id)} data-testid="delete">
              {t('delete')}
              <span class="sr-only"> {t('srNote')}</span>
            </button>
          </div>
        </>
      )}
    </li>
  );
}

/** The versions of a note that lost a conflict with this one, as text: "edited elsewhere". */
function Elsewhere({ versions }: { versions: ReturnType<typeof elsewhereOf> }) {
  return (
    <details class="elsewhere" data-testid="elsewhere">
      <summary>{tn('libEditedElsewhere', versions.length)}</summary>
      <ul>
        {versions.map((v, i) => {
          const when = new Date(v.modified);
          return (
            <li key={i} data-testid="elsewhere-version">
              <p class="muted">
                {Number.isNaN(when.getTime()) ? v.modified : DAY.format(when)}
                {v.creator ? ` · ${t('libByCreator', v.creator)}` : ''}
              </p>
              <p class="note-body">{v.body || <span class="muted">{t('libEmptyVersion')}</span>}</p>
              {v.tags.length > 0 && <p class="muted">{v.tags.map((tag) => `#${tag}`).join(' ')}</p>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** Splits "a, b ,c" into tags, dropping empty ones and duplicates. */
export function parseTags(input: string): string[] {
  return [
    ...new Set(
      input
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

function EditForm({
  note,
  onCancel,
  onSaved,
  onError,
}: {
  note: NoteRecord;
  onCancel: () => void;
  onSaved: (n: NoteRecord) => void;
  onError: (m: string) => void;
}) {
  const [body, setBody] = useState(note.body);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [colour, setColour] = useState<HighlightColour>(note.colour);
  const [busy, setBusy] = useState(false);
  const base = note.id.slice(9);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      const r = await ask({ type: 'library:update', id: note.id, body, tags: parseTags(tags), colour });
      onSaved(r.note);
    } catch (err) {
      onError(t('noteNotSaved', (err as Error).message));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="edit" onSubmit={(e) => void submit(e)} data-testid="edit-form">
      <label for={`body-${base}`}>{t('noteLabel')}</label>
      <textarea
        id={`body-${base}`}
        rows={3}
        value={body}
        onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)}
        data-testid="edit-body"
      />
      <label for={`tags-${base}`}>{t('tagsLabel')}</label>
      <input id={`tags-${base}`} value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} data-testid="edit-tags" />
      <label for={`colour-${base}`}>{t('colourLabel')}</label>
      <select id={`colour-${base}`} value={colour} onChange={(e) => setColour((e.target as HTMLSelectElement).value as HighlightColour)}>
        {HIGHLIGHT_COLOURS.map((c) => (
          <option key={c} value={c}>
            {t(`colour_${c}` as MessageKey)}
          </option>
        ))}
      </select>
      <div class="row">
        <button type="submit" class="primary" disabled={busy} data-testid="edit-save">
          {t('save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
