/**
 * Extension-page world, for `page.evaluate(askBackground, msg)`: one request to
 * Newsmark's background through the browser's own runtime API (`browser` in
 * Firefox, `chrome` in Chromium). Self-contained, as every function passed
 * to a page must be.
 */
export async function askBackground<R>(msg: Record<string, unknown>): Promise<R> {
  const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
  return (await (g.browser ?? g.chrome).runtime.sendMessage(msg)) as R;
}
