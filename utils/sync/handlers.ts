/**
 * The background's answers to the `sync:*` requests (utils/sync/messages.ts),
 * over the sync service. No reply carries the password: the status says
 * only whether there is one, and errors are the fixed words of ./remote.ts.
 */
import type { Handlers } from '../messages';
import type { SyncReplies, SyncRequest } from './messages';
import type { SyncService } from './service';

/** The `sync:*` handlers. */
export function syncHandlers(service: () => SyncService): Handlers<SyncRequest, SyncReplies, unknown> {
  return {
    async 'sync:test'(req) {
      const error = await service().test(req.config);
      return error ? { ok: false, error: error.message, code: error.code } : { ok: true };
    },
    async 'sync:configure'(req) {
      return { ok: true, status: await service().configure(req.config) };
    },
    async 'sync:status'() {
      return { ok: true, status: await service().status() };
    },
    async 'sync:now'() {
      const out = await service().run();
      const status = await service().status();
      if ('code' in out) return { ok: false, error: out.message, code: out.code };
      return { ok: true, pushed: out.pushed, pulled: out.pulled, status };
    },
    async 'sync:share'(req) {
      const out = await service().share(req.ids);
      return typeof out === 'number' ? { ok: true, shared: out } : { ok: false, error: out.message, code: out.code };
    },
  };
}
