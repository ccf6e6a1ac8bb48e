/**
 * The one message contract between the content script, the background and
 * the extension's pages. Every message is validated where it is received:
 * nothing that crosses a process boundary is trusted for its shape.
 */
import type { Analysis, ArticleLanguage, ArticleMeta, Claim, Entity } from './types';
import type { NoteRecord } from './annotation';
import { validateNote } from './note-validation';
import type { PageSummary } from './storage/schema';
import { parseLibraryRequest, type LibraryReplies, type LibraryRequest } from './library/messages';
import { parseSyncRequest, type SyncReplies, type SyncRequest } from './sync/messages';
import { formatNumber, t, uiLocale } from './i18n';

/** Longest article text the background analyses (characters). */
export const MAX_TEXT = 2_000_000;

/** Requests handled by the background. */
export type BackgroundRequest =
  /**
   * Analyse an article. From a content script: the sender's own page, its
   * notes anchored in `text`, under the key the background chooses from the
   * sender's address and the page's `canonical` link (utils/page-key.ts).
   * From an extension page: with `url`, also that address's notes.
   * `declared` is the page's `lang` (a prior for language identification).
   */
  | { type: 'analyze'; text: string; url?: string; canonical?: string; declared?: string }
  | { type: 'notes:save'; note: NoteRecord; summary?: PageSummary }
  | { type: 'notes:delete'; id: string }
  /**
   * From a content script, after the background said its page's notes changed
   * (`notes:changed`): the page's notes again, anchored in `text`, under the key
   * chosen as for `analyze` (no analysis is run).
   */
  | { type: 'notes:page'; text: string; canonical?: string }
  /** From the content script's gate: this page may hold an article; inject the article session. */
  | { type: 'article:inject' }
  /** The library page's requests (utils/library/messages.ts). */
  | LibraryRequest
  /** Sync settings, status and sharing (utils/sync/messages.ts): Newsmark's own pages only. */
  | SyncRequest;

/** Requests handled by the content script of a tab (sent by the popup). */
export type ContentRequest =
  | { type: 'page:state' }
  | { type: 'page:scrollTo'; start: number; end: number }
  /** The reader chose where an orphan that matches several places belongs: one of its candidates. */
  | { type: 'note:place'; id: string; start: number; end: number }
  /** From the keyboard shortcut or the context menu: highlight the current selection. */
  | { type: 'selection:highlight' }
  /**
   * From the background only (authorizeContent): sync saved or deleted notes of
   * this page; read them again and repaint. Carries nothing: the session asks
   * the background for its own page's notes (`notes:page`).
   */
  | { type: 'notes:changed' };

export type Ok<T> = { ok: true } & T;
export type Failure = { ok: false; error: string };
export type Reply<T> = Ok<T> | Failure;

/** The background's reply to each request type, the library's included (utils/library/messages.ts). */
export interface BackgroundReplies extends LibraryReplies, SyncReplies {
  analyze: Reply<{
    analysis: Analysis;
    language: ArticleLanguage;
    notes: PageNote[];
    ms: number;
    notesError?: string;
    /** The page key the notes belong to (the sender's own address, or its accepted canonical one). */
    key?: string;
    /** Set when the analysis stopped at its time budget: only the text before `analysedChars` was analysed. */
    partial?: AnalysisStop;
    /** Where it ran: the analysis worker (Firefox), the worker in the offscreen document (Chromium), or the background itself. */
    route?: 'worker' | 'offscreen' | 'inline';
  }>;
  'notes:save': Reply<{ note: NoteRecord }>;
  'notes:delete': Reply<{ deleted: boolean }>;
  'notes:page': Reply<{ notes: PageNote[]; key: string }>;
  'article:inject': Reply<{ injected: boolean }>;
}

/** An analysis cut short by its time budget (issue 22). */
export interface AnalysisStop {
  /** The budget it stopped at, in milliseconds. */
  budgetMs: number;
  /** Characters of the article analysed (from the start), and in all. */
  analysedChars: number;
  totalChars: number;
}

/** What the popup says when the analysis stopped at its budget. */
export function partialMessage(p: AnalysisStop): string {
  const share = Math.max(1, Math.floor((100 * p.analysedChars) / Math.max(1, p.totalChars)));
  return t('partialStopped', formatNumber(p.budgetMs / 1000), new Intl.NumberFormat(uiLocale(), { style: 'percent' }).format(share / 100));
}

/** A note as the page shows it: anchored to an offset range, or orphaned. */
export interface PageNote {
  note: NoteRecord;
  anchor: { start: number; end: number } | null;
  /** For an orphan that matches several identical places that nothing tells apart: those places, for the reader to choose. */
  candidates?: { start: number; end: number }[];
}

/** What the popup learns about a tab. */
export interface PageState {
  url: string;
  /** The article as detected, text included (the same text the CLI's `extract` gives). */
  meta: ArticleMeta | null;
  /** Offset in `meta.text` where the body begins, after the headline and standfirst (the CLI's `article.bodyStart`). */
  bodyStart: number | null;
  /** Why there is no article, when there is none. */
  reason: string | null;
  /** The article's language as identified from its text, and whether it was analysed; null before analysis. */
  language: ArticleLanguage | null;
  /** Set when the analysis stopped at its time budget (the popup says so). */
  partial?: AnalysisStop | null;
  entities: Entity[];
  claims: Claim[];
  notes: PageNote[];
}

export interface ContentReplies {
  'page:state': Reply<{ state: PageState }>;
  'page:scrollTo': Reply<{ scrolled: boolean }>;
  'note:place': Reply<{ placed: boolean }>;
  'selection:highlight': Reply<{ saved: boolean }>;
  /** `refreshed`: the page's notes were read again and repainted (false: no article painted here yet). */
  'notes:changed': Reply<{ refreshed: boolean }>;
}

/** A reply whose request succeeded. */
export type Success<R> = Extract<R, { ok: true }>;

/** True for a reply whose request succeeded; narrows the reply of a generic request type too. */
export const succeeded = <R extends { ok: boolean }>(reply: R): reply is Success<R> => reply.ok;

/**
 * A receiver's handlers: one for every request type in `Req` (a type without
 * one fails to compile), each returning that type's reply from `Replies`.
 * `Ctx` is what the receiver knows of the sender.
 */
export type Handlers<Req extends { type: string }, Replies extends { [T in Req['type']]: unknown }, Ctx = void> = {
  [T in Req['type']]: (req: Extract<Req, { type: T }>, ctx: Ctx) => Replies[T] | Promise<Replies[T]>;
};

/** Answers a request, validated already, with its type's handler; a handler that throws rejects. */
export async function dispatch<Req extends { type: string }, Replies extends { [T in Req['type']]: unknown }, Ctx>(
  handlers: Handlers<Req, Replies, Ctx>,
  req: Req,
  ctx: Ctx,
): Promise<Replies[Req['type']]> {
  if (!Object.hasOwn(handlers, req.type)) throw new Error(`no handler for ${req.type}`);
  // TypeScript cannot tie `req`'s type to its handler's parameter; Handlers guarantees they match.
  const handler = handlers[req.type as Req['type']] as (req: Req, ctx: Ctx) => Replies[Req['type']] | Promise<Replies[Req['type']]>;
  return handler(req, ctx);
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isOffset = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

/** Returns the request if `msg` is a well-formed background request, else an error message. */
export function parseBackgroundRequest(msg: unknown): BackgroundRequest | string {
  if (!isObject(msg) || typeof msg.type !== 'string') return 'message has no type';
  switch (msg.type) {
    case 'analyze':
      if (typeof msg.text !== 'string') return 'analyze: text must be a string';
      if (msg.text.length > MAX_TEXT) return `analyze: text is longer than ${MAX_TEXT} characters`;
      if (msg.url !== undefined && (typeof msg.url !== 'string' || msg.url.length > 8192)) return 'analyze: url must be a string';
      if (msg.declared !== undefined && (typeof msg.declared !== 'string' || msg.declared.length > 64))
        return 'analyze: declared must be a language tag';
      if (msg.canonical !== undefined && (typeof msg.canonical !== 'string' || msg.canonical.length > 8192))
        return 'analyze: canonical must be a string';
      return {
        type: 'analyze',
        text: msg.text,
        ...(msg.url === undefined ? {} : { url: msg.url }),
        ...(msg.declared === undefined ? {} : { declared: msg.declared }),
        ...(msg.canonical === undefined ? {} : { canonical: msg.canonical }),
      };
    case 'notes:save': {
      const error = validateNote(msg.note);
      if (error) return `notes:save: ${error}`;
      if (msg.summary === undefined) return { type: 'notes:save', note: msg.note as NoteRecord };
      const summaryError = validateSummary(msg.summary);
      if (summaryError) return `notes:save: ${summaryError}`;
      return { type: 'notes:save', note: msg.note as NoteRecord, summary: msg.summary as PageSummary };
    }
    case 'notes:delete':
      if (typeof msg.id !== 'string' || !msg.id.startsWith('urn:uuid:')) return 'notes:delete: id must be a urn:uuid';
      return { type: 'notes:delete', id: msg.id };
    case 'notes:page':
      if (typeof msg.text !== 'string') return 'notes:page: text must be a string';
      if (msg.text.length > MAX_TEXT) return `notes:page: text is longer than ${MAX_TEXT} characters`;
      if (msg.canonical !== undefined && (typeof msg.canonical !== 'string' || msg.canonical.length > 8192))
        return 'notes:page: canonical must be a string';
      return { type: 'notes:page', text: msg.text, ...(msg.canonical === undefined ? {} : { canonical: msg.canonical }) };
    case 'article:inject':
      return { type: 'article:inject' };
    default:
      if (msg.type.startsWith('library:')) return parseLibraryRequest(msg);
      if (msg.type.startsWith('sync:')) return parseSyncRequest(msg);
      return `unknown message type ${JSON.stringify(String(msg.type).slice(0, 40))}`;
  }
}

/**
 * Who sent a message to the background. A content script runs in a web page
 * (of a tab); an extension page (popup, library, settings) is served from the
 * extension's own origin, in a tab or not. Anything else is refused.
 */
export type SenderRole = 'content' | 'extension';

/** The parts of runtime.MessageSender the checks read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

const isWebUrl = (u: string | undefined): u is string => !!u && /^https?:\/\//i.test(u);

/** The sender's role, given the extension's id and origin (runtime.getURL('/')), or null for a stranger. */
export function senderRole(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderRole | null {
  if (sender.id !== extensionId) return null;
  if (sender.url && extensionOrigin && sender.url.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab && isWebUrl(pageUrlOf(sender))) return 'content';
  return null;
}

/** The address of the page a content script runs in: its frame's, else its tab's; never one the message names. */
export function pageUrlOf(sender: SenderInfo): string | undefined {
  return sender.url ?? sender.tab?.url;
}

/** Who may send each request: content scripts act on their own page only; the library's requests span sites. */
export const REQUEST_SENDERS: Record<BackgroundRequest['type'], readonly SenderRole[]> = {
  analyze: ['content', 'extension'],
  'notes:save': ['content', 'extension'],
  'notes:delete': ['content', 'extension'],
  // The sender's own page only (its address from the sender): an extension page has no page of its own.
  'notes:page': ['content'],
  'article:inject': ['content'],
  'library:query': ['extension'],
  'library:facets': ['extension'],
  'library:export-file': ['extension'],
  'library:export-slice': ['extension'],
  'library:findings': ['extension'],
  'library:update': ['extension'],
  'library:delete': ['extension'],
  'library:restore': ['extension'],
  'library:import': ['extension'],
  // Sync carries the server's address and the password: never a content script's business.
  'sync:test': ['extension'],
  'sync:configure': ['extension'],
  'sync:status': ['extension'],
  'sync:now': ['extension'],
  'sync:share': ['extension'],
};

/**
 * Null if a sender in `role` may send `req`, else why not. A content script
 * names no address: the background takes its page's from the sender. Which
 * notes it may write is checked against the store (utils/page-access.ts).
 */
export function authorize(req: BackgroundRequest, role: SenderRole | null): string | null {
  if (!role) return `${req.type}: not from a Newsmark page or content script`;
  if (!REQUEST_SENDERS[req.type].includes(role)) return `${req.type}: only Newsmark's own pages may send this`;
  if (role === 'content' && req.type === 'analyze' && req.url !== undefined)
    return 'analyze: a content script may only ask about its own page';
  return null;
}

/** Returns the request if `msg` is a well-formed content-script request, else an error message. */
export function parseContentRequest(msg: unknown): ContentRequest | string {
  if (!isObject(msg) || typeof msg.type !== 'string') return 'message has no type';
  switch (msg.type) {
    case 'page:state':
      return { type: 'page:state' };
    case 'page:scrollTo':
      if (!isOffset(msg.start) || !isOffset(msg.end) || msg.end < msg.start) return 'page:scrollTo: bad offsets';
      return { type: 'page:scrollTo', start: msg.start, end: msg.end };
    case 'note:place':
      if (typeof msg.id !== 'string' || !/^urn:uuid:[0-9a-f-]{36}$/i.test(msg.id)) return 'note:place: id must be a urn:uuid';
      if (!isOffset(msg.start) || !isOffset(msg.end) || msg.end <= msg.start) return 'note:place: bad offsets';
      return { type: 'note:place', id: msg.id, start: msg.start, end: msg.end };
    case 'selection:highlight':
      return { type: 'selection:highlight' };
    case 'notes:changed':
      return { type: 'notes:changed' };
    default:
      return `unknown message type ${JSON.stringify(String(msg.type).slice(0, 40))}`;
  }
}

/**
 * Null if a content script may act on `req` from `sender`, else why not. Only
 * Newsmark reaches a content script's runtime.onMessage (a page cannot post
 * to it); the check says so all the same, and keeps `notes:changed` to the
 * background: our id and no tab (neither a content script nor the library's tab).
 */
export function authorizeContent(req: ContentRequest, sender: SenderInfo, extensionId: string): string | null {
  if (sender.id !== extensionId) return `${req.type}: not from Newsmark`;
  if (req.type === 'notes:changed' && sender.tab) return 'notes:changed: only the background may send this';
  return null;
}

/** A content script's runtime message: the request if it is well formed and its sender may send it, else null (not ours to answer). */
export function receiveContentRequest(msg: unknown, sender: SenderInfo, extensionId: string): ContentRequest | null {
  const req = parseContentRequest(msg);
  return typeof req === 'string' || authorizeContent(req, sender, extensionId) ? null : req;
}

/** Returns null if `x` is a well-formed PageSummary, else why not. */
export function validateSummary(x: unknown): string | null {
  if (!isObject(x) || !Array.isArray(x.entities) || !Array.isArray(x.claims)) return 'summary must have entities and claims';
  if (x.entities.length > 5000 || x.claims.length > 5000) return 'summary is too large';
  for (const e of x.entities)
    if (!isObject(e) || typeof e.name !== 'string' || e.name.length > 300 || typeof e.type !== 'string' || !isOffset(e.mentions))
      return 'summary entity is malformed';
  for (const c of x.claims)
    if (!isObject(c) || typeof c.source !== 'string' || c.source.length > 300 || !isOffset(c.count)) return 'summary claim is malformed';
  return null;
}
