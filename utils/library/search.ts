/**
 * The library's search, filters and entity index: pure functions over notes
 * and page records, kept in memory by the background (see
 * utils/storage/library-store.ts) so that a search over 100,000 notes is a
 * scan of precomputed lower-case strings, not a database walk.
 *
 * Order everywhere: newest note first (created descending, then id
 * descending), the order of a reverse cursor over the `by-created` index, so
 * the first screen can be read straight from IndexedDB before this index
 * is built.
 */
import type { NoteRecord } from '../annotation';
import type { PageRecord } from '../storage/schema';

/** What the reader can filter by. Every field is optional; all given ones must hold. */
export interface LibraryFilter {
  /** Free text: every word (or "quoted phrase") must occur in the note, quote, title, tags or site. */
  text?: string;
  /** Site (host name without www.). */
  site?: string;
  /** One tag, exactly (case-insensitive). */
  tag?: string;
  /** First day (YYYY-MM-DD, UTC) a note may have been created on. */
  from?: string;
  /** Last day (YYYY-MM-DD, UTC) a note may have been created on. */
  to?: string;
  /** An entity's canonical name (case-insensitive): notes on articles that mention it. */
  entity?: string;
  /** Only notes whose passage was not found on the page when it was last read. */
  orphans?: boolean;
  /** Only notes made by this creator (the display name recorded on the note, exactly). */
  creator?: string;
}

/** One note as the library lists it. */
export interface LibraryItem {
  note: NoteRecord;
  site: string;
  /** True when the passage was not found on the page the last time it was read. */
  orphan: boolean;
}

/** A row of the entity index: "Kari Lindqvist — in 3 articles, 5 claims". */
export interface EntityRow {
  /** The canonical name as most pages spell it. */
  name: string;
  /** Lower-cased name: the filter key. */
  key: string;
  type: string;
  articles: number;
  claims: number;
  mentions: number;
}

export interface Facet {
  name: string;
  count: number;
}

/** A page record as the library store keeps it: the schema's, plus the ids of notes not found on its last reading. */
export type LibraryPage = PageRecord & { orphanIds?: string[] };

/** Case- and accent-insensitive form of a text, for matching. */
export function fold(s: string): string {
  // Most text is ASCII: lower-casing is all it needs (and much cheaper over 100,000 notes).
  return ASCII.test(s) ? s.toLowerCase() : s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;

/** The site of a URL: its host name without a leading "www.", or "" if it is not a URL. */
export function siteOf(url: string): string {
  const known = siteCache.get(url);
  if (known !== undefined) return known;
  let site = '';
  try {
    site = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    site = '';
  }
  if (siteCache.size > 50_000) siteCache.clear();
  siteCache.set(url, site);
  return site;
}

/** Many notes share a page: parse each page's URL once. */
const siteCache = new Map<string, string>();

/** The search terms of a query: words, and "quoted phrases" kept whole; folded. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    // NUL separates notes in the joined search text: a term never holds one.
    const t = fold((m[1] ?? m[2] ?? '').replace(/\u0000/g, '').trim());
    if (t) terms.push(t);
  }
  return terms;
}

/** The text a note is searched by: note, quote, page title, tags and site, folded. */
export function haystack(note: NoteRecord): string {
  const quote = note.target.selector.find((s) => s.type === 'TextQuoteSelector');
  const exact = quote && quote.type === 'TextQuoteSelector' ? quote.exact : '';
  return fold([note.body, exact, note.pageTitle, note.tags.join(' '), siteOf(note.target.source)].join('\n'));
}

/**
 * The display name a note was made under ('' when none): set by sync (issue 21)
 * from the reader's settings, and carried by notes from a team database.
 */
export function creatorOf(note: NoteRecord): string {
  // Read as unknown: notes made before sync, or imported, have none.
  const creator = (note as { creator?: unknown }).creator;
  return typeof creator === 'string' ? creator : '';
}

/** Newest first: created descending, then id descending. */
export function compareNewestFirst(a: NoteRecord, b: NoteRecord): number {
  if (a.created !== b.created) return a.created < b.created ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True when a filter restricts nothing. */
export function isEmptyFilter(f: LibraryFilter): boolean {
  return !f.text?.trim() && !f.site && !f.tag && !f.from && !f.to && !f.entity && !f.orphans && !f.creator;
}

interface Entry {
  note: NoteRecord;
  hay: string;
  site: string;
  tags: string[];
}

/**
 * The in-memory index of the whole library. Built once from every note and
 * page, then kept current by upsert/remove/setPage as the library changes.
 */
export class LibraryIndex {
  private entries = new Map<string, Entry>();
  private sorted: Entry[] | null = null;
  private pages = new Map<string, LibraryPage>();
  private orphans = new Set<string>();

  /** Every haystack in `sorted` order, joined by NUL, and where each starts: one indexOf scan finds a word in every note. */
  private text: string | null = null;
  private starts: Int32Array | null = null;

  constructor(notes: Iterable<NoteRecord> = [], pages: Iterable<LibraryPage> = []) {
    for (const p of pages) this.setPage(p);
    for (const n of notes) this.upsert(n);
    this.prepare();
  }

  /** Sorts the notes and joins the search text now, not on the first search (after a series of upserts). */
  prepare(): void {
    this.all();
    this.joined();
  }

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  get(id: string): NoteRecord | undefined {
    return this.entries.get(id)?.note;
  }

  upsert(note: NoteRecord): void {
    const old = this.entries.get(note.id);
    const hay = haystack(note);
    if (old && old.note.created === note.created) {
      // An edit: same place in the order; only the search text changes.
      old.note = note;
      old.site = siteOf(note.target.source);
      old.tags = note.tags.map(fold);
      if (old.hay !== hay) {
        old.hay = hay;
        this.text = null;
      }
      return;
    }
    this.entries.set(note.id, { note, hay, site: siteOf(note.target.source), tags: note.tags.map(fold) });
    this.sorted = null;
    this.text = null;
  }

  remove(id: string): void {
    if (this.entries.delete(id)) {
      this.sorted = null;
      this.text = null;
    }
  }

  setPage(page: LibraryPage): void {
    const old = this.pages.get(page.url);
    for (const id of old?.orphanIds ?? []) this.orphans.delete(id);
    this.pages.set(page.url, page);
    for (const id of page.orphanIds ?? []) this.orphans.add(id);
  }

  page(url: string): LibraryPage | undefined {
    return this.pages.get(url);
  }

  isOrphan(id: string): boolean {
    return this.orphans.has(id);
  }

  private all(): Entry[] {
    this.sorted ??= [...this.entries.values()].sort((a, b) => compareNewestFirst(a.note, b.note));
    return this.sorted;
  }

  /** Indexes (in `all()` order) of the entries whose haystack contains `term`, ascending. */
  private joined(): { text: string; starts: Int32Array } {
    const all = this.all();
    if (this.text === null || this.starts === null) {
      const starts = new Int32Array(all.length);
      let at = 0;
      for (let i = 0; i < all.length; i++) {
        starts[i] = at;
        at += all[i].hay.length + 1;
      }
      this.text = all.map((e) => e.hay).join('\u0000');
      this.starts = starts;
    }
    return { text: this.text, starts: this.starts };
  }

  private containing(term: string): number[] {
    const { text, starts } = this.joined();
    const out: number[] = [];
    let from = 0;
    for (;;) {
      const hit = text.indexOf(term, from);
      if (hit < 0) break;
      // The entry holding `hit`: the last start ≤ hit.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= hit) lo = mid;
        else hi = mid - 1;
      }
      out.push(lo);
      from = lo + 1 < starts.length ? starts[lo + 1] : text.length;
    }
    return out;
  }

  /** URLs of pages whose summary names the entity (lower-cased key). */
  private pagesWithEntity(key: string): Set<string> {
    const urls = new Set<string>();
    for (const p of this.pages.values()) if (p.entityNames.includes(key)) urls.add(p.url);
    return urls;
  }

  /** The notes that pass `filter`, newest first. */
  filter(filter: LibraryFilter): NoteRecord[] {
    const terms = searchTerms(filter.text ?? '');
    const site = filter.site ?? '';
    const tag = filter.tag ? fold(filter.tag) : '';
    const from = filter.from && DAY.test(filter.from) ? filter.from : '';
    // `to` is a whole day: everything created before the next day starts.
    const to = filter.to && DAY.test(filter.to) ? `${filter.to}\uffff` : '';
    const urls = filter.entity ? this.pagesWithEntity(filter.entity.toLowerCase()) : null;
    const out: NoteRecord[] = [];
    const all = this.all();
    // With words to find, scan the joined text for the longest one first; check the rest per candidate.
    let candidates: Iterable<Entry> = all;
    if (terms.length > 0) {
      const longest = terms.reduce((a, b) => (b.length > a.length ? b : a));
      candidates = this.containing(longest).map((i) => all[i]);
    }
    for (const e of candidates) {
      const n = e.note;
      if (site && e.site !== site) continue;
      if (tag && !e.tags.includes(tag)) continue;
      if (from && n.created < from) continue;
      if (to && n.created > to) continue;
      if (urls && !urls.has(n.target.source)) continue;
      if (filter.orphans && !this.orphans.has(n.id)) continue;
      if (filter.creator && creatorOf(n) !== filter.creator) continue;
      let ok = true;
      for (const t of terms) {
        if (!e.hay.includes(t)) {
          ok = false;
          break;
        }
      }
      if (ok) out.push(n);
    }
    return out;
  }

  /** One screen of results and the number of all matches. */
  query(filter: LibraryFilter, offset: number, limit: number): { total: number; items: LibraryItem[] } {
    const found = isEmptyFilter(filter) ? this.all().map((e) => e.note) : this.filter(filter);
    return { total: found.length, items: found.slice(offset, offset + limit).map((note) => this.item(note)) };
  }

  item(note: NoteRecord): LibraryItem {
    return { note, site: siteOf(note.target.source), orphan: this.orphans.has(note.id) };
  }

  /** Sites, tags and creators with their note counts, most notes first, then by name. */
  facets(): { sites: Facet[]; tags: Facet[]; creators: Facet[] } {
    const sites = new Map<string, number>();
    const creators = new Map<string, number>();
    const tags = new Map<string, { name: string; count: number }>();
    for (const e of this.entries.values()) {
      if (e.site) sites.set(e.site, (sites.get(e.site) ?? 0) + 1);
      const creator = creatorOf(e.note);
      if (creator) creators.set(creator, (creators.get(creator) ?? 0) + 1);
      e.note.tags.forEach((t, i) => {
        const k = e.tags[i];
        const cur = tags.get(k);
        if (cur) cur.count++;
        else tags.set(k, { name: t, count: 1 });
      });
    }
    const order = (a: Facet, b: Facet) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    return {
      sites: [...sites].map(([name, count]) => ({ name, count })).sort(order),
      tags: [...tags.values()].sort(order),
      creators: [...creators].map(([name, count]) => ({ name, count })).sort(order),
    };
  }

  /** Number of pages that hold at least one note. */
  annotatedPages(): Set<string> {
    const urls = new Set<string>();
    for (const e of this.entries.values()) urls.add(e.note.target.source);
    return urls;
  }

  /** The entity index across the annotated articles. */
  entityIndex(limit = Infinity): EntityRow[] {
    return entityIndex([...this.pages.values()], this.annotatedPages(), limit);
  }
}

/**
 * The entities of annotated pages, across articles: in how many articles each
 * appears, how many claims it is the source of, how often it is mentioned.
 * Names are merged case-insensitively; the spelling most articles use is shown.
 */
export function entityIndex(pages: readonly PageRecord[], annotated: ReadonlySet<string> | null, limit = Infinity): EntityRow[] {
  const rows = new Map<string, EntityRow & { spellings: Map<string, number> }>();
  for (const p of pages) {
    if (annotated && !annotated.has(p.url)) continue;
    const claimsBy = new Map<string, number>();
    for (const c of p.summary?.claims ?? []) if (c.source) claimsBy.set(fold(c.source), (claimsBy.get(fold(c.source)) ?? 0) + c.count);
    const seen = new Set<string>();
    for (const e of p.summary?.entities ?? []) {
      const key = e.name.toLowerCase();
      let row = rows.get(key);
      if (!row) {
        row = { name: e.name, key, type: e.type, articles: 0, claims: 0, mentions: 0, spellings: new Map() };
        rows.set(key, row);
      }
      row.mentions += e.mentions;
      if (seen.has(key)) continue;
      seen.add(key);
      row.articles++;
      row.claims += claimsBy.get(fold(e.name)) ?? 0;
      row.spellings.set(e.name, (row.spellings.get(e.name) ?? 0) + 1);
    }
  }
  const out: EntityRow[] = [];
  for (const { spellings, ...row } of rows.values()) {
    let best = row.name;
    let bestN = 0;
    for (const [s, n] of spellings) if (n > bestN || (n === bestN && s < best)) [best, bestN] = [s, n];
    out.push({ ...row, name: best });
  }
  out.sort((a, b) => b.articles - a.articles || b.claims - a.claims || b.mentions - a.mentions || (a.name < b.name ? -1 : 1));
  return out.slice(0, limit);
}

/** "in 3 articles, 5 claims" */
export function describeEntity(row: EntityRow): string {
  const n = (k: number, one: string) => `${k.toLocaleString('en')} ${one}${k === 1 ? '' : 's'}`;
  return `in ${n(row.articles, 'article')}, ${n(row.claims, 'claim')}`;
}
