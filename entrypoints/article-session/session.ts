/**
 * One page's Newsmark session: find the article, have the background analyse
 * it, paint, restore notes, and answer the popup. The page's DOM is only
 * read; everything we add lives in CSS.highlights and our shadow root.
 */
import { extractArticle, looksLikeArticle, offsetOfPoint, rangeFromOffsets, type ExtractedArticle } from '../../utils/article';
import { describe } from '../../utils/anchoring/describe';
import type { HighlightColour, NoteRecord } from '../../utils/annotation';
import type { AnalysisStop, BackgroundReplies, BackgroundRequest, Failure, PageNote, PageState } from '../../utils/messages';
import { sendToBackground } from '../../utils/send';
import type { Analysis, ArticleLanguage, Claim, Entity } from '../../utils/types';
import { highlightCss, highlightPolicy, defaultSettings, type HighlightPolicy } from '../../utils/settings/settings';
import { loadHighlightPolicy, onSettingsChanged } from '../../utils/settings/store';
import { summarise } from '../../utils/summary';
import { isPaintedClaim } from '../../utils/nlp/claims';
import { canonicalOf, normalizeUrl } from '../../utils/url';
import { newNoteId } from '../../utils/uuid';
import { ensureHighlightStyles, installHighlightStyles } from './highlight-styles';
import { clearAll, flash, paint } from './highlighter';
import { mentionCounts, spanAt } from './lookup';
import { selectionToText } from './selection';
import { openEditor, type EditorResult } from './note-editor';
import { mergeNotes } from './notes-refresh';
import { editorOpen, hideToolbar, showToolbar, toolbarSelection, type TextSelection, type ToolbarActions } from './selection-toolbar';
import { toast } from './toast';
import { t, tn, type MessageKey } from '../../utils/i18n';
import { hideTooltip, showTooltip, type TooltipContent } from './tooltip';
import { cameFromUi, onlyTrusted } from './ui-host';

const TYPE_LABEL: Record<Entity['type'], MessageKey> = {
  PERSON: 'typePERSON',
  ORG: 'typeORG',
  PLACE: 'typePLACE',
  DATE: 'typeDATE',
  NUMBER: 'typeNUMBER',
  GROUP: 'typeGROUP',
};

/** Sends a request to the background; transport failures become `{ok: false}`. */
async function send<R extends BackgroundRequest>(req: R): Promise<BackgroundReplies[R['type']] | Failure> {
  try {
    // The cast names the reply type once: inferring `reply ?? Failure` over every request type is too complex for TypeScript.
    return (
      ((await sendToBackground(req)) as BackgroundReplies[R['type']] | undefined) ??
      ({ ok: false, error: 'no answer from the background' } as Failure)
    );
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

export class PageSession {
  private article: ExtractedArticle | null = null;
  private analysis: Analysis = { entities: [], claims: [] };
  /** The article's language as the background identified it (null before analysis). */
  private language: ArticleLanguage | null = null;
  private notes: PageNote[] = [];
  private counts = new Map<string, number>();
  private reason: string | null = 'not analysed yet';
  /** The page's key, as the background chose it (utils/page-key.ts); the page's own address until then. */
  private key: string;
  /** The page's own normalised address the key was chosen for. */
  private ownUrl: string;
  /** Set when the background stopped the analysis at its time budget. */
  private partial: AnalysisStop | null = null;
  private hoverFrame = 0;
  /** The pointer's latest position: the frame describes where the pointer is now, not where it first moved. */
  private hoverPoint: { x: number; y: number } | null = null;
  private listening = false;
  /** The current press began on our UI: its release is our UI's too, wherever it lands. */
  private pressInUi = false;
  /** What the reader's settings allow on this site; defaults until loaded. */
  private policy: HighlightPolicy = highlightPolicy(defaultSettings(), '');
  private watchingSettings = false;
  /** The text whose analysis is painted (a re-run on the same words only repaints). */
  private analysedText: string | null = null;
  /** Runs happen one after another, never interleaved. */
  private queue: Promise<void> = Promise.resolve();
  /** A refresh of the notes waiting in the queue (not started yet): later requests join it. */
  private refreshing: Promise<boolean> | null = null;
  /** Saves under way per note, and notes whose last save failed: the page's copy stands until the store has it. */
  private readonly saving = new Map<string, number>();
  private readonly unsavedIds = new Set<string>();
  /** Notes whose deletion is under way. */
  private readonly deleting = new Set<string>();
  /** The note whose editor is open (editNote), and whether the store's copy changed meanwhile. */
  private editing: string | null = null;
  private editedElsewhere = false;

  constructor(private readonly doc: Document) {
    this.key = this.ownUrl = normalizeUrl(doc.location.href);
  }

  /** Queues a run after any run in progress; resolves when it is done. Errors are reported, never thrown into the page. */
  schedule(): Promise<void> {
    this.queue = this.queue
      .then(() => this.run())
      .catch((err: unknown) => {
        console.debug('[newsmark]', err instanceof Error ? err.message : String(err));
      });
    return this.queue;
  }

  /** Runs detection, analysis and painting once (call through `schedule`). */
  private async run(): Promise<void> {
    const doc = this.doc;
    const own = normalizeUrl(doc.location.href);
    if (own !== this.ownUrl) {
      // another address (a single-page site navigated): its key and notes are chosen anew
      this.key = this.ownUrl = own;
      this.analysedText = null;
    }
    if (!this.watchingSettings) {
      // Once watched, the settings listener keeps the policy current; no need to read storage on every run.
      this.policy = await loadHighlightPolicy(doc.location.hostname).catch(() => this.policy);
      this.watchSettings();
    }
    if (!this.policy.enabled) {
      this.reset('Newsmark is switched off on this site (see Settings).');
      return;
    }
    if (!looksLikeArticle(doc)) {
      this.reset('This page does not look like an article.');
      return;
    }
    const article = extractArticle(doc, { url: doc.location.href });
    if (!article.meta.isArticle || !article.meta.text) {
      this.reset('No article was found on this page.');
      return;
    }
    this.article = article;
    this.reason = null;
    if (this.analysedText === article.meta.text) {
      // Same words, maybe new nodes (a re-rendered page): repaint, no new analysis.
      this.paintAnalysis();
      this.paintNotes();
      return;
    }
    window.performance.mark('newsmark:article');

    // The background takes this page's address from the sender and decides whether the canonical link may be its key.
    const canonical = canonicalOf(doc);
    const reply = await send({
      type: 'analyze',
      text: article.meta.text,
      ...(canonical ? { canonical } : {}),
      ...(article.meta.lang ? { declared: article.meta.lang } : {}),
    });
    if (this.article !== article) return; // a newer run took over
    if (!reply.ok) {
      this.reason = `Analysis failed: ${reply.error}`;
      return;
    }
    this.analysis = reply.analysis;
    this.language = reply.language;
    this.analysedText = article.meta.text;
    if (reply.key) this.key = reply.key;
    this.partial = reply.partial ?? null;
    this.counts = mentionCounts(reply.analysis.entities);
    installHighlightStyles(doc, highlightCss(this.policy));
    this.paintAnalysis();
    window.performance.mark('newsmark:painted');
    this.listen();
    this.notes = reply.notes;
    this.paintNotes();
    if (reply.notesError) toast(doc, t('notesLoadFailed', reply.notesError), { error: true });
  }

  private reset(reason: string): void {
    this.article = null;
    this.analysedText = null;
    this.analysis = { entities: [], claims: [] };
    this.language = null;
    this.notes = [];
    this.partial = null;
    this.reason = reason;
    clearAll();
  }

  private range(start: number, end: number): Range | null {
    return this.article ? rangeFromOffsets(this.doc, this.article.map, start, end) : null;
  }

  /** Paints the kinds the reader's settings switch on (and clears the others). */
  private paintAnalysis(): void {
    const on = this.policy.kinds;
    const byKind: Record<Entity['type'], Range[]> = { PERSON: [], ORG: [], PLACE: [], DATE: [], NUMBER: [], GROUP: [] };
    for (const e of this.analysis.entities) {
      if (!on.has(e.type)) continue;
      const r = this.range(e.start, e.end);
      if (r) byKind[e.type].push(r);
    }
    for (const kind of Object.keys(byKind) as Entity['type'][]) paint(kind, byKind[kind]);
    const claims: Range[] = [];
    if (on.has('claim'))
      for (const c of this.paintedClaims()) {
        // Calm mode: who said it, not the whole claim.
        const span = this.policy.claimSourcesOnly ? c.source : c;
        const r = span && this.range(span.start, span.end);
        if (r) claims.push(r);
      }
    paint('claim', claims);
  }

  /** The claims the reader's settings paint: statements with a source, and beliefs when switched on. */
  private paintedClaims(): Claim[] {
    return this.analysis.claims.filter((c) => isPaintedClaim(c, this.policy.beliefClaims));
  }

  /** Settings changed in the popup or the options page apply at once, without a reload. */
  private watchSettings(): void {
    if (this.watchingSettings) return;
    this.watchingSettings = true;
    onSettingsChanged((settings) => {
      const wasEnabled = this.policy.enabled;
      this.policy = highlightPolicy(settings, this.doc.location.hostname);
      if (!this.policy.enabled) {
        this.reset('Newsmark is switched off on this site (see Settings).');
        return;
      }
      if (!wasEnabled || !this.article || this.forcingChanged(settings.forceLanguages)) {
        if (this.article) this.analysedText = null; // analyse again, now with or without the forced language
        void this.schedule();
        return;
      }
      installHighlightStyles(this.doc, highlightCss(this.policy));
      this.paintAnalysis();
    });
  }

  /** True when the reader switched forced analysis on or off for this page's language (one without a model). */
  private forcingChanged(forced: readonly string[]): boolean {
    const lang = this.language;
    return !!lang && !lang.supported && forced.includes(lang.lang) !== lang.analysed;
  }

  private paintNotes(): void {
    const byColour: Record<HighlightColour, Range[]> = { yellow: [], green: [], blue: [], pink: [], purple: [] };
    for (const n of this.notes) {
      const r = n.anchor && this.range(n.anchor.start, n.anchor.end);
      if (r) (byColour[n.note.colour] ?? byColour.yellow).push(r);
    }
    paint('note', byColour.yellow);
    paint('note-green', byColour.green);
    paint('note-blue', byColour.blue);
    paint('note-pink', byColour.pink);
    paint('note-purple', byColour.purple);
    ensureHighlightStyles(this.doc);
  }

  /** Makes a note of a selection and saves it. */
  private async addNote(sel: TextSelection, result: EditorResult): Promise<void> {
    const article = this.article;
    if (!article) return;
    const { quote, position, block } = describe(article.meta.text, sel.start, sel.end);
    const now = new Date().toISOString();
    const note: NoteRecord = {
      id: newNoteId(),
      motivation: result.body.trim() ? 'commenting' : 'highlighting',
      body: result.body,
      tags: result.tags,
      colour: result.colour,
      created: now,
      modified: now,
      target: { source: this.key, selector: [quote, position, block] },
      pageTitle: article.meta.title,
    };
    this.notes.push({ note, anchor: { start: sel.start, end: sel.end } });
    this.paintNotes();
    this.doc.getSelection()?.removeAllRanges();
    await this.persist(note, result.body.trim() ? t('toastNoteSaved') : t('toastHighlightSaved'));
  }

  /**
   * Saves a note through the background. The highlight stays on the page
   * whatever happens; a failed save says why and offers to retry, so the
   * reader's words are never lost silently.
   */
  private async persist(note: NoteRecord, done: string): Promise<boolean> {
    // Marked before the first await: a refresh that reads the store meanwhile keeps the page's copy.
    this.saving.set(note.id, (this.saving.get(note.id) ?? 0) + 1);
    const reply = await send({ type: 'notes:save', note, summary: summarise(this.analysis.entities, this.paintedClaims()) });
    const left = (this.saving.get(note.id) ?? 1) - 1;
    if (left > 0) this.saving.set(note.id, left);
    else this.saving.delete(note.id);
    if (reply.ok) this.unsavedIds.delete(note.id);
    else this.unsavedIds.add(note.id);
    if (reply.ok) {
      toast(this.doc, done);
      return true;
    }
    toast(this.doc, t('notSaved', reply.error), { error: true, action: { label: t('retry'), run: () => void this.persist(note, done) } });
    return false;
  }

  /**
   * Puts an orphan that matches several identical places on the one the
   * reader chose (only one of its candidates), describes it there afresh
   * and saves it. True if it was placed.
   */
  async placeNote(id: string, start: number, end: number): Promise<boolean> {
    const article = this.article;
    const entry = this.notes.find((n) => n.note.id === id && !n.anchor);
    if (!article || !entry?.candidates?.some((c) => c.start === start && c.end === end)) return false;
    if (entry.note.teamNote) return false; // its creator's: the background would refuse the save
    const { quote, position, block } = describe(article.meta.text, start, end);
    entry.note = {
      ...entry.note,
      target: { ...entry.note.target, selector: [quote, position, block] },
      modified: new Date().toISOString(),
    };
    entry.anchor = { start, end };
    delete entry.candidates;
    this.paintNotes();
    this.scrollTo(start, end);
    return this.persist(entry.note, t('toastNotePlaced'));
  }

  /** Opens the editor on an existing note (click on its highlight). */
  private editNote(entry: PageNote, x: number, y: number): void {
    this.editing = entry.note.id;
    this.editedElsewhere = false;
    openEditor(this.doc, {
      title: t('yourNote'),
      body: entry.note.body,
      tags: entry.note.tags,
      colour: entry.note.colour,
      focus: 'note',
      at: { x, y: y + 12 },
      onSave: (result) => {
        entry.note = {
          ...entry.note,
          ...result,
          motivation: result.body.trim() ? 'commenting' : 'highlighting',
          modified: new Date().toISOString(),
        };
        this.paintNotes();
        void this.persist(entry.note, t('toastNoteUpdated'));
      },
      onDelete: () => void this.deleteNote(entry),
      onClose: () => {
        this.editing = null;
        // Sync changed this note while the reader edited it: what they did not save shows the store's version now.
        if (this.editedElsewhere) void this.refreshNotes();
        this.editedElsewhere = false;
      },
    });
  }

  /** Removes a note at once, with Undo. */
  private async deleteNote(entry: PageNote): Promise<void> {
    const id = entry.note.id;
    this.notes = this.notes.filter((n) => n !== entry);
    this.paintNotes();
    this.deleting.add(id);
    const reply = await send({ type: 'notes:delete', id });
    this.deleting.delete(id);
    if (reply.ok) this.unsavedIds.delete(id);
    if (!reply.ok) {
      this.notes.push(entry);
      this.paintNotes();
      toast(this.doc, t('deleteFailed', reply.error), { error: true });
      return;
    }
    toast(this.doc, t('toastNoteDeleted'), {
      action: {
        label: t('undo'),
        run: () => {
          this.notes.push(entry);
          this.paintNotes();
          void this.persist(entry.note, t('toastNoteRestored'));
        },
      },
    });
  }

  /**
   * Sync saved or deleted notes of this page (the background's
   * `notes:changed`): reads them again and repaints, after any run under way.
   * Requests while one waits join it. Resolves true when it repainted.
   */
  refreshNotes(): Promise<boolean> {
    if (this.refreshing) return this.refreshing;
    const refresh = this.queue
      .then(() => {
        this.refreshing = null;
        return this.readNotesAgain();
      })
      .catch((err: unknown) => {
        console.debug('[newsmark]', err instanceof Error ? err.message : String(err));
        return false;
      });
    this.refreshing = refresh;
    this.queue = refresh.then(() => undefined);
    return refresh;
  }

  private async readNotesAgain(): Promise<boolean> {
    const article = this.article;
    // Nothing painted yet, or the page moved on: the next run reads the notes anyway.
    if (!article || this.analysedText !== article.meta.text || normalizeUrl(this.doc.location.href) !== this.ownUrl) return false;
    const canonical = canonicalOf(this.doc);
    const reply = await send({ type: 'notes:page', text: article.meta.text, ...(canonical ? { canonical } : {}) });
    if (this.article !== article) return false; // a newer run took over
    if (!reply.ok) {
      console.debug('[newsmark]', reply.error);
      return false;
    }
    this.key = reply.key;
    const merged = mergeNotes(this.notes, reply.notes, {
      unsaved: new Set([...this.saving.keys(), ...this.unsavedIds]),
      deleting: this.deleting,
      editing: editorOpen() ? this.editing : null,
    });
    this.notes = merged.notes;
    if (merged.editedElsewhere) this.editedElsewhere = true;
    this.paintNotes();
    window.performance.mark('newsmark:notes-refreshed');
    return true;
  }

  /** The keyboard shortcut and the context menu: highlight the current selection in the last colour. */
  highlightSelection(): boolean {
    if (!this.article) return false;
    const sel = toolbarSelection() ?? selectionToText(this.doc, this.article);
    if (!sel) {
      toast(this.doc, t('selectFirst'), { error: true });
      return false;
    }
    hideToolbar();
    void this.addNote(sel, { body: '', tags: [], colour: 'yellow' });
    return true;
  }

  private readonly actions: ToolbarActions = {
    highlight: (sel, colour) => void this.addNote(sel, { body: '', tags: [], colour }),
    note: (sel, result) => void this.addNote(sel, result),
  };

  /** True if the text range `[start, end)` is drawn under the viewport point (not just near it). */
  private drawnAt(start: number, end: number, x: number, y: number): boolean {
    const r = this.range(start, end);
    return !!r && [...r.getClientRects()].some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom);
  }

  /** The note whose highlight covers text `offset` and is drawn under the point, if any. */
  private noteAt(offset: number, x: number, y: number): PageNote | null {
    for (const n of this.notes) {
      if (n.anchor && n.anchor.start <= offset && offset < n.anchor.end && this.drawnAt(n.anchor.start, n.anchor.end, x, y)) return n;
    }
    return null;
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    const doc = this.doc;
    // Only the reader's real input counts (onlyTrusted): a page script's synthetic events open nothing.
    doc.addEventListener(
      'mousemove',
      onlyTrusted((e: MouseEvent) => this.onMouseMove(e)),
      { passive: true },
    );
    doc.addEventListener(
      'mousedown',
      onlyTrusted((e: MouseEvent) => {
        this.pressInUi = cameFromUi(e);
      }),
      { capture: true },
    );
    doc.addEventListener(
      'mouseup',
      onlyTrusted((e: MouseEvent) => {
        // Decided now, not in the timeout: by then the button pressed may be gone, and the
        // point under it would be tested against the page's notes (a stray editor).
        const ours = this.pressInUi || cameFromUi(e);
        this.pressInUi = false;
        if (ours) return;
        const { clientX: x, clientY: y } = e;
        setTimeout(() => this.onPointerUp(x, y), 0);
      }),
    );
    doc.addEventListener(
      'keyup',
      onlyTrusted((e: KeyboardEvent) => {
        if (cameFromUi(e)) return; // typing in our editor is not a selection in the page
        if (e.shiftKey || e.key === 'Shift') this.onSelection();
      }),
    );
    doc.addEventListener(
      'scroll',
      onlyTrusted(() => hideTooltip()),
      { passive: true, capture: true },
    );
  }

  private onPointerUp(x: number, y: number): void {
    if (!this.article || editorOpen()) return;
    const sel = this.doc.getSelection();
    if (sel && !sel.isCollapsed) return this.onSelection();
    hideToolbar();
    const offset = this.notes.length ? pointToOffset(this.doc, this.article, x, y) : null;
    const note = offset === null ? null : this.noteAt(offset, x, y);
    // A team note (issue 21) is its creator's: shown, not edited here.
    if (note && !note.note.teamNote) {
      hideTooltip();
      this.editNote(note, x, y);
    }
  }

  private onSelection(): void {
    if (!this.article || editorOpen()) return;
    const sel = selectionToText(this.doc, this.article);
    if (!sel) {
      hideToolbar();
      return;
    }
    showToolbar(this.doc, sel, this.actions);
  }

  private onMouseMove(e: MouseEvent): void {
    // Over our own UI (toolbar, editor, toast) the pointer has left the page's text: no tooltip.
    this.hoverPoint = cameFromUi(e) ? null : { x: e.clientX, y: e.clientY };
    if (this.hoverFrame) return; // one description a frame, of the last point
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      const p = this.hoverPoint;
      const content = p ? this.describeAt(p.x, p.y) : null;
      if (content && p) showTooltip(this.doc, content, p.x, p.y);
      else hideTooltip();
    });
  }

  /** What is under the pointer: a note, an entity, or a claim (in that order). */
  private describeAt(x: number, y: number): TooltipContent | null {
    const article = this.article;
    if (!article) return null;
    const offset = pointToOffset(this.doc, article, x, y);
    if (offset === null) return null;
    const covers = (s: number, e: number) => this.drawnAt(s, e, x, y);
    const lines: string[] = [];
    let kind = '';
    const note = this.noteAt(offset, x, y);
    if (note) {
      kind = noteKind(note.note);
      if (note.note.body) lines.push(note.note.body.length > 280 ? `${note.note.body.slice(0, 280)}…` : note.note.body);
    }
    const entity = spanAt(this.analysis.entities, offset);
    if (entity && this.policy.kinds.has(entity.type) && covers(entity.start, entity.end)) {
      const n = entity.entityId ? (this.counts.get(entity.entityId) ?? 1) : 1;
      const name = entity.canonical ?? entity.text;
      if (!kind) kind = t(TYPE_LABEL[entity.type]);
      else lines.push(t(TYPE_LABEL[entity.type]));
      lines.push(n > 1 ? t('mentionsLine', name, tn('mentions', n)) : name);
    }
    const claim = spanAt(this.paintedClaims(), offset);
    if (claim && this.policy.kinds.has('claim') && covers(claim.start, claim.end)) {
      if (!kind) kind = t('typeClaim');
      else lines.push(t('typeClaim'));
      lines.push(claimLine(claim));
    }
    return kind ? { kind, lines, ...(note?.note.teamNote ? { team: true } : {}) } : null;
  }

  /** The popup's view of this page. */
  state(): PageState {
    return {
      url: this.key,
      meta: this.article ? this.withLanguage(this.article.meta) : null,
      bodyStart: this.article ? this.article.bodyStart : null,
      reason: this.reason,
      language: this.language,
      partial: this.partial,
      entities: this.analysis.entities,
      claims: this.paintedClaims(),
      notes: this.notes,
    };
  }

  /** The article's metadata with the identified language in place of the declared one (as the CLI gives it). */
  private withLanguage(meta: ExtractedArticle['meta']): ExtractedArticle['meta'] {
    return this.language ? { ...meta, lang: this.language.lang, langSource: this.language.source } : meta;
  }

  /** Scrolls a text range into view and flashes it. */
  scrollTo(start: number, end: number): boolean {
    const r = this.range(start, end);
    if (!r) return false;
    const el = r.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    flash(r);
    return true;
  }
}

/** A note's tooltip heading: a team note (issue 21) names its creator, even when none was recorded; the reader's own say so. */
export function noteKind(note: NoteRecord): string {
  if (note.teamNote) return t('teamNoteBy', note.creator || '?');
  return note.body ? t('yourNote') : t('yourHighlight');
}

function claimLine(c: Claim): string {
  const who = c.source ? (c.source.canonical ?? c.source.text) : t('unattributed');
  const cue = c.cue ? ` (${c.cue.text})` : '';
  return `${who}${cue}`;
}

/** The article-text offset under a viewport point, if it is in the article. */
function pointToOffset(doc: Document, article: ExtractedArticle, x: number, y: number): number | null {
  type CaretDoc = Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  const d = doc as CaretDoc;
  let node: Node | null = null;
  let offset = 0;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    if (p) ({ offsetNode: node, offset } = p);
  } else if (d.caretRangeFromPoint) {
    const r = d.caretRangeFromPoint(x, y);
    if (r) {
      node = r.startContainer;
      offset = r.startOffset;
    }
  }
  if (!node || node.nodeType !== Node.TEXT_NODE) return null;
  return offsetOfText(article, node as Text, offset);
}

function offsetOfText(article: ExtractedArticle, node: Text, offset: number): number | null {
  // The caret sits between characters; probe the character after it, then the one before.
  return offsetOfPoint(article.map, node, offset) ?? (offset > 0 ? offsetOfPoint(article.map, node, offset - 1) : null);
}
