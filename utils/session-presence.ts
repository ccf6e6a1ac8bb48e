/**
 * Whether an article session runs in a frame, shared by the gate (which
 * answers the popup until one runs) and the article session (which marks
 * itself). Kept apart from utils/messages.ts, whose validators the gate's
 * tiny bundle does not need: this module holds no import but types.
 */
import type { ContentReplies } from './messages';

/** Set on the isolated world's global once the article session runs, so a second injection does nothing and the gate stops answering. */
export const SESSION_LOADED = '__newsmarkArticleSession';

/** The popup's `page:state` answer from a page where no article session runs: the gate said it holds no article. */
export function notAnArticleReply(url: string): ContentReplies['page:state'] {
  return {
    ok: true,
    state: {
      url,
      meta: null,
      bodyStart: null,
      reason: 'This page does not look like an article.',
      language: null,
      entities: [],
      claims: [],
      notes: [],
    },
  };
}
