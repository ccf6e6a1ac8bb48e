/**
 * The toolbar button's badge: how many of the reader's notes the page in a
 * tab holds, and nothing where it holds none. The background learns a tab's
 * page from the article session's requests (analyze, notes:page, notes:save, notes:delete)
 * and counts that page's stored notes after each of them; a tab that starts
 * loading another page loses its badge until that page says otherwise.
 */
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundRequest } from '../../utils/messages';
import { formatNumber } from '../../utils/i18n';

interface BadgeApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
}

/** MV3 (Chrome) has `action`, MV2 (Firefox) `browserAction`. */
function badgeApi(): BadgeApi | null {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction ?? null;
}

/** The badge's text for `count` notes: none for zero, "99+" past two digits' worth of room. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : formatNumber(count);
}

export class NoteBadge {
  /** The page key (utils/page-key.ts) each tab's article session reported last. */
  private readonly pages = new Map<number, string>();

  constructor(private readonly countFor: (pageKey: string) => Promise<number>) {}

  /** Starts following tabs: a navigation clears the tab's badge, a closed tab is forgotten. */
  watchTabs(): void {
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.status === 'loading') this.forget(tabId);
    });
    browser.tabs.onRemoved.addListener((tabId) => void this.pages.delete(tabId));
  }

  private forget(tabId: number): void {
    this.pages.delete(tabId);
    void this.show(tabId, 0);
  }

  /** After a request from a tab has been handled: recount where the notes of its page may have changed. */
  async after(req: BackgroundRequest, reply: unknown, sender: Browser.runtime.MessageSender): Promise<void> {
    const tabId = sender.tab?.id;
    // Only the top frame's page counts for the tab.
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return;
    if (!(typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true)) return;
    // The page's key is the background's choice (the sender's address or its accepted canonical one), in the reply.
    const key =
      req.type === 'analyze'
        ? ((reply as { key?: unknown }).key ?? req.url)
        : req.type === 'notes:page'
          ? (reply as { key?: unknown }).key
          : undefined;
    if ((req.type === 'analyze' || req.type === 'notes:page') && typeof key === 'string') this.pages.set(tabId, key);
    else if (req.type === 'notes:save') this.pages.set(tabId, req.note.target.source);
    else if (req.type !== 'notes:delete') return;
    const page = this.pages.get(tabId);
    if (page === undefined) return;
    const count = await this.countFor(page).catch(() => 0);
    if (this.pages.get(tabId) === page) await this.show(tabId, count);
  }

  private async show(tabId: number, count: number): Promise<void> {
    const api = badgeApi();
    if (!api) return;
    try {
      await api.setBadgeText({ tabId, text: badgeText(count) });
      if (count > 0) await api.setBadgeBackgroundColor({ tabId, color: '#2f55d4' });
    } catch {
      // The tab closed meanwhile.
    }
  }
}
