/**
 * Compile-time tests of the message contract (utils/messages.ts, utils/send.ts),
 * checked by `tsc --noEmit`, never run: every line after a `@ts-expect-error`
 * must fail to compile, or tsc reports the directive as unused and fails.
 */
import type { NoteRecord } from '../../../utils/annotation';
import type { BackgroundReplies, BackgroundRequest, ContentReplies, ContentRequest, Handlers, PageState } from '../../../utils/messages';
import { sendToBackground, sendToTab } from '../../../utils/send';

declare const state: PageState;
declare const note: NoteRecord;

/** True when A and B are the same type (not merely assignable). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Every background request type has a reply type, and every reply type a request.
export const repliesMatchRequests: Equal<keyof BackgroundReplies, BackgroundRequest['type']> = true;
export const contentRepliesMatchRequests: Equal<keyof ContentReplies, ContentRequest['type']> = true;

// A handler for every request, each with its type's reply: compiles.
export const complete: Handlers<ContentRequest, ContentReplies> = {
  'page:state': () => Promise.resolve({ ok: true, state }),
  'page:scrollTo': (req) => ({ ok: true, scrolled: req.start < req.end }),
  'note:place': (req) => ({ ok: true, placed: req.id.length > 0 }),
  'selection:highlight': () => ({ ok: false, error: 'no selection' }),
  'notes:changed': () => Promise.resolve({ ok: true, refreshed: false }),
};

// A request type without a handler ('selection:highlight') does not compile.
// @ts-expect-error Property ''selection:highlight'' is missing
export const missing: Handlers<ContentRequest, ContentReplies> = {
  'page:state': () => ({ ok: true, state }),
  'page:scrollTo': () => ({ ok: true, scrolled: true }),
  'note:place': () => ({ ok: true, placed: true }),
};

// A handler whose reply is another type's does not compile.
export const wrongReply: Handlers<ContentRequest, ContentReplies> = {
  'page:state': () => ({ ok: true, state }),
  // @ts-expect-error page:scrollTo answers { scrolled }, not { placed }
  'page:scrollTo': () => ({ ok: true, placed: true }),
  'note:place': () => ({ ok: true, placed: true }),
  'selection:highlight': () => ({ ok: true, saved: true }),
  // @ts-expect-error notes:changed answers { refreshed }, not { saved }
  'notes:changed': () => ({ ok: true, saved: true }),
};

// The same for the background's map, the library's requests included; async handlers are checked too.
// @ts-expect-error Property ''library:import'' (and the rest of the library's) is missing
export const backgroundMissing: Handlers<BackgroundRequest, BackgroundReplies> = {
  analyze: () => ({ ok: false, error: 'not here' }),
  'notes:save': async (req) => ({ ok: true, note: req.note }),
  'notes:delete': async () => ({ ok: true, deleted: true }),
  'article:inject': () => ({ ok: true, injected: false }),
};

export const backgroundWrongReply: Partial<Handlers<BackgroundRequest, BackgroundReplies>> = {
  'notes:save': async () => ({ ok: true, note }),
  // @ts-expect-error notes:delete answers { deleted: boolean }
  'notes:delete': async () => ({ ok: true, deleted: 'yes' }),
};

// A receiver whose replies lack a request type is refused.
// @ts-expect-error ContentReplies has no reply for the background's requests
export type Mismatched = Handlers<BackgroundRequest, ContentReplies>;

/** The senders return their request type's reply (never called: only compiled). */
export async function senders(): Promise<void> {
  const page = await sendToTab(1, { type: 'page:state' });
  if (page?.ok) page.state.notes satisfies PageState['notes'];
  const scrolled = await sendToTab(1, { type: 'page:scrollTo', start: 0, end: 1 });
  // @ts-expect-error page:scrollTo's reply holds no state
  if (scrolled?.ok) void scrolled.state;

  const deleted = await sendToBackground({ type: 'notes:delete', id: 'urn:uuid:x' });
  if (deleted?.ok) deleted.deleted satisfies boolean;
  const query = await sendToBackground({ type: 'library:query', filter: {}, offset: 0, limit: 10 });
  if (query?.ok) query.items satisfies unknown[];

  // @ts-expect-error a request must carry its fields (notes:delete needs an id)
  await sendToBackground({ type: 'notes:delete' });
  // @ts-expect-error a content request is not sent to the background
  await sendToBackground({ type: 'page:state' });
}
