/**
 * The test driver's own way into Newsmark's closed shadow root. A page script
 * gets null from `host.shadowRoot`; the driver asks the browser's debugging
 * protocol instead (CDP in Chromium: DOM.describeNode with pierce; WebDriver
 * BiDi in Firefox: a node serialized with includeShadowTree "all"), and runs
 * the function in a world of its own (a CDP isolated world, a BiDi sandbox),
 * so the page neither sees the reads nor can hook them. Nothing here exists
 * in the extension: there is no hook a page could call.
 */
import type { TestPage } from './browsers';

/** Runs in the page: our UI host, the child of <html> named newsmark-ui (or newsmark-ui-<random>, see ui-host.ts). */
const FIND_HOST = `[...document.documentElement.children].find((c) => c.localName === 'newsmark-ui' || c.localName.startsWith('newsmark-ui-')) ?? null`;

type UiFn<A, R> = (root: ShadowRoot, arg: A) => R | Promise<R>;

/** The function as a declaration taking (root, JSON arg) and returning JSON `{v}`, so both protocols pass plain strings. */
function declaration<A, R>(fn: UiFn<A, R>): string {
  return `async function (root, arg) { return JSON.stringify({ v: await (${fn.toString()})(root, JSON.parse(arg)) ?? null }); }`;
}

interface CdpSession {
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, any>>;
}
interface PlaywrightLike {
  context(): { newCDPSession(page: unknown): Promise<CdpSession> };
}
interface BidiRealm {
  callFunction(fn: string, awaitPromise: boolean, opts: Record<string, unknown>): Promise<Record<string, any>>;
}
interface PuppeteerLike {
  mainFrame(): { isolatedRealm(): { realm: BidiRealm } };
}

const cdpState = new WeakMap<object, { cdp: CdpSession; world?: number }>();

async function chromiumRoot<A, R>(page: PlaywrightLike, fn: UiFn<A, R>, arg: A): Promise<R | null> {
  let state = cdpState.get(page);
  if (!state) {
    state = { cdp: await page.context().newCDPSession(page) };
    cdpState.set(page, state);
  }
  const { cdp } = state;
  if (state.world === undefined) {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'newsmark-test' });
    state.world = executionContextId as number;
  }
  const group = 'newsmark-test';
  try {
    const { result: host } = await cdp.send('Runtime.evaluate', { expression: FIND_HOST, contextId: state.world, objectGroup: group });
    if (!host.objectId) return null;
    const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, pierce: true, depth: 1 });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', {
      backendNodeId: shadow.backendNodeId,
      executionContextId: state.world,
      objectGroup: group,
    });
    const reply = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${declaration(fn)})(this, arg); }`,
      arguments: [{ value: JSON.stringify(arg ?? null) }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (reply.exceptionDetails)
      throw new Error(`in our UI: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    return (JSON.parse(reply.result.value as string) as { v: R | null }).v;
  } catch (err) {
    // A navigation destroys the isolated world; make a new one next time.
    if (/context|world|frame/i.test(String(err))) state.world = undefined;
    throw err;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group }).catch(() => undefined);
  }
}

async function firefoxRoot<A, R>(page: PuppeteerLike, fn: UiFn<A, R>, arg: A): Promise<R | null> {
  const realm = page.mainFrame().isolatedRealm().realm;
  const host = await realm.callFunction(`() => ${FIND_HOST}`, false, {
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
    resultOwnership: 'none',
  });
  const shadow = host.result?.value?.shadowRoot as { sharedId?: string } | null | undefined;
  if (!shadow?.sharedId) return null;
  const reply = await realm.callFunction(declaration(fn), true, {
    arguments: [{ sharedId: shadow.sharedId }, { type: 'string', value: JSON.stringify(arg ?? null) }],
    resultOwnership: 'none',
  });
  if (reply.type === 'exception') throw new Error(`in our UI: ${reply.exceptionDetails?.text}`);
  return (JSON.parse(reply.result.value as string) as { v: R | null }).v;
}

/**
 * Runs `fn(root, arg)` with Newsmark's closed shadow root in `page` and returns
 * its JSON-serialisable result; null when there is no UI yet. `fn` must be
 * self-contained (it is sent as source).
 */
export async function inUi<A, R>(page: TestPage, fn: UiFn<A, R>, arg: A): Promise<R | null> {
  const p = page as unknown as Partial<PlaywrightLike & PuppeteerLike>;
  if (typeof p.context === 'function') return chromiumRoot(p as PlaywrightLike, fn, arg);
  if (typeof p.mainFrame === 'function') return firefoxRoot(p as PuppeteerLike, fn, arg);
  throw new Error('inUi: neither a Playwright nor a Puppeteer page');
}

/** Polls `check` in our UI until it returns a truthy value. */
export async function waitInUi<A, R>(
  page: TestPage,
  check: UiFn<A, R>,
  arg: A,
  timeoutMs = 15_000,
  what = 'our UI',
): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await inUi(page, check, arg).catch(() => null);
    if (value) return value as NonNullable<R>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** In our UI: the text of the status toast (role=status) if it shows. */
export function toastText(root: ShadowRoot): string | null {
  const t = root.querySelector('[role=status]') as HTMLElement | null;
  return t && !t.hidden ? t.textContent : null;
}

/** Waits until the status toast says `words`; returns its text. */
export function waitForToast(page: TestPage, words: string, timeoutMs = 8000): Promise<string> {
  return waitInUi(
    page,
    (root, w: string) => {
      const t = root.querySelector('[role=status]') as HTMLElement | null;
      return t && !t.hidden && t.textContent?.includes(w) ? t.textContent : null;
    },
    words,
    timeoutMs,
    `the toast "${words}"`,
  );
}
