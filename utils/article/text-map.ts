/**
 * The article text and its map back to live text nodes.
 *
 * The text is built block by block: whitespace inside a block collapses to
 * one space, blocks are joined by "\n\n". Every character except the block
 * separators maps to one (text node, offset) point; the map stores runs of
 * characters that map contiguously ("segments") so that both directions are
 * a binary search.
 *
 * The text is the text as read, so that the NLP sees words whole:
 * - invisible characters (soft hyphen, zero-width space, non-joiner and
 *   joiner, word joiner, BOM) are left out, and the word around them is one
 *   word ("Vladi\u00admir" reads "Vladimir"; `<wbr>` adds no text at all);
 * - no-break and typographic spaces are spaces (they collapse like any);
 * - the Latin ligatures U+FB00–FB06 are spelled out ("ﬁ" reads "fi"): each
 *   letter maps to the one ligature character.
 * A text range still maps to exactly the DOM characters it covers, with the
 * invisible characters inside it.
 */

/** Where each character of the article text lives in the DOM. */
export interface TextMap {
  /** The text nodes that contribute to the text, in document order. */
  nodes: Text[];
  /** `starts[i]`: offset in the article text of the first character taken from `nodes[i]`. */
  starts: number[];
  /** Segment k maps text `[segText[k], segText[k] + segLen[k])` to `nodes[segNode[k]]` from `segOffset[k]`. */
  segText: number[];
  segNode: number[];
  segOffset: number[];
  segLen: number[];
  /** Offsets where each block starts in the text (block i ends 2 chars before block i+1 starts). */
  blockStarts: number[];
}

/** Whitespace as read: ASCII, no-break and typographic spaces, line and paragraph separators. */
const WS = /[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** Characters that are not read (U+00AD, U+200B–U+200D, U+2060, U+FEFF). */
export function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** How a Latin ligature (U+FB00–U+FB06) is read. */
const LIGATURES: Record<number, string> = {
  0xfb00: 'ff',
  0xfb01: 'fi',
  0xfb02: 'fl',
  0xfb03: 'ffi',
  0xfb04: 'ffl',
  0xfb05: 'st',
  0xfb06: 'st',
};

/** The text as read of a string (what {@link TextMapBuilder} does to a node's characters, without the map). */
export function readAs(s: string): string {
  let out = '';
  let space = false;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (WS.test(ch)) space = out.length > 0;
    else if (isInvisible(c)) continue;
    else {
      if (space) out += ' ';
      space = false;
      out += LIGATURES[c] ?? ch;
    }
  }
  return out;
}

/**
 * Accumulates text nodes block by block into an article text and its map.
 * Call `addText` for each text node in document order and `endBlock`
 * wherever a block boundary falls; `finish` returns the text and map.
 */
export class TextMapBuilder {
  private parts: string[] = [];
  private length = 0;
  private blockOpen = false;
  private pendingSpace: { node: Text; offset: number } | null = null;
  private readonly map: TextMap = {
    nodes: [],
    starts: [],
    segText: [],
    segNode: [],
    segOffset: [],
    segLen: [],
    blockStarts: [],
  };
  private nodeIndex = new Map<Text, number>();

  /** Appends the visible characters of `node` to the current block. */
  addText(node: Text): void {
    const data = node.data;
    let i = 0;
    const n = data.length;
    let nodeIdx = -1;
    while (i < n) {
      // whitespace run
      if (WS.test(data[i])) {
        if (this.blockOpen && !this.pendingSpace) this.pendingSpace = { node, offset: i };
        i++;
        while (i < n && WS.test(data[i])) i++;
        continue;
      }
      // non-whitespace run
      let j = i + 1;
      while (j < n && !WS.test(data[j])) j++;
      this.addWord(data, i, j, node, () => (nodeIdx < 0 ? (nodeIdx = this.indexOf(node)) : nodeIdx));
      i = j;
    }
  }

  /**
   * Adds the characters `[i, j)` of a node (no whitespace among them),
   * leaving out invisible characters and spelling out ligatures.
   */
  private addWord(data: string, i: number, j: number, node: Text, idx: () => number): void {
    let k = i;
    while (k < j) {
      const c = data.charCodeAt(k);
      if (isInvisible(c)) {
        k++;
        continue;
      }
      // the longest piece of plain characters from k
      let e = k + 1;
      while (e < j) {
        const d = data.charCodeAt(e);
        if (isInvisible(d) || LIGATURES[d] !== undefined) break;
        e++;
      }
      const lig = LIGATURES[c];
      this.openBlock();
      if (lig !== undefined) {
        // every letter maps to the one ligature character
        for (const letter of lig) this.segment(letter, idx(), k);
        k++;
      } else {
        this.segment(data.slice(k, e), idx(), k);
        k = e;
      }
    }
  }

  /** Starts the block (and emits a pending space) before the first visible character. */
  private openBlock(): void {
    if (!this.blockOpen) {
      if (this.length > 0) this.push('\n\n');
      this.map.blockStarts.push(this.length);
      this.blockOpen = true;
      this.pendingSpace = null;
    }
    if (this.pendingSpace) {
      this.segment(' ', this.indexOf(this.pendingSpace.node), this.pendingSpace.offset);
      this.pendingSpace = null;
    }
  }

  /** Closes the current block (no-op when it is empty). */
  endBlock(): void {
    this.blockOpen = false;
    this.pendingSpace = null;
  }

  /** Length of the text built so far. */
  textLength(): number {
    return this.length;
  }

  /** Offset where the next block's text will start. */
  nextBlockStart(): number {
    if (this.blockOpen) return this.length;
    return this.length > 0 ? this.length + 2 : 0;
  }

  /** The start offset and text of the last block (null when there is none). */
  lastBlock(): { start: number; text: string } | null {
    const bs = this.map.blockStarts;
    if (bs.length === 0) return null;
    const start = bs[bs.length - 1];
    return { start, text: this.text().slice(start) };
  }

  /** The DOM point of the character at `offset` (a mapped character of the text built so far). */
  pointAt(offset: number): { node: Text; offset: number } | null {
    return startPoint(this.map, offset);
  }

  /** Removes the last block (it must be closed), with its map. */
  dropLastBlock(): void {
    const m = this.map;
    const start = m.blockStarts.pop();
    if (start === undefined) return;
    const cut = start === 0 ? 0 : start - 2;
    const text = this.text().slice(0, cut);
    this.parts = [text];
    this.length = text.length;
    while (m.segText.length && m.segText[m.segText.length - 1] >= start) {
      m.segText.pop();
      m.segNode.pop();
      m.segOffset.pop();
      m.segLen.pop();
    }
    while (m.nodes.length && m.starts[m.starts.length - 1] >= start) {
      this.nodeIndex.delete(m.nodes.pop()!);
      m.starts.pop();
    }
    this.blockOpen = false;
    this.pendingSpace = null;
  }

  private text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }

  /** The text built so far and its map. */
  finish(): { text: string; map: TextMap } {
    this.endBlock();
    return { text: this.text(), map: this.map };
  }

  private indexOf(node: Text): number {
    let idx = this.nodeIndex.get(node);
    if (idx === undefined) {
      idx = this.map.nodes.length;
      this.nodeIndex.set(node, idx);
      this.map.nodes.push(node);
      this.map.starts.push(-1);
    }
    return idx;
  }

  private segment(s: string, nodeIdx: number, offset: number): void {
    const m = this.map;
    if (m.starts[nodeIdx] < 0) m.starts[nodeIdx] = this.length;
    const k = m.segText.length - 1;
    if (k >= 0 && m.segNode[k] === nodeIdx && m.segText[k] + m.segLen[k] === this.length && m.segOffset[k] + m.segLen[k] === offset) {
      m.segLen[k] += s.length;
    } else {
      m.segText.push(this.length);
      m.segNode.push(nodeIdx);
      m.segOffset.push(offset);
      m.segLen.push(s.length);
    }
    this.push(s);
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
}

/** Index of the last segment whose text start is ≤ `offset` (-1 if none). */
function segmentAt(map: TextMap, offset: number): number {
  let lo = 0;
  let hi = map.segText.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.segText[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The DOM point where a range starting at text `offset` begins: the
 * character at `offset`, or the next mapped one when `offset` is a separator.
 */
export function startPoint(map: TextMap, offset: number): { node: Text; offset: number } | null {
  const k = segmentAt(map, offset);
  if (k >= 0 && offset < map.segText[k] + map.segLen[k]) {
    return { node: map.nodes[map.segNode[k]], offset: map.segOffset[k] + offset - map.segText[k] };
  }
  const next = k + 1;
  if (next >= map.segText.length) return null;
  return { node: map.nodes[map.segNode[next]], offset: map.segOffset[next] };
}

/**
 * The DOM point where a range ending at text `end` (exclusive) stops: just
 * after the character at `end - 1`, or after the last mapped one before it.
 */
export function endPoint(map: TextMap, end: number): { node: Text; offset: number } | null {
  const k = segmentAt(map, end - 1);
  if (k < 0) return null;
  const within = Math.min(end - map.segText[k], map.segLen[k]);
  return { node: map.nodes[map.segNode[k]], offset: map.segOffset[k] + within };
}

/** Text offset of a point inside mapped text node `nodeIdx` (points in collapsed whitespace snap forward). */
export function offsetInText(map: TextMap, nodeIdx: number, offset: number): number {
  // segments of one node are contiguous in the segment list and in order
  // a node's segments are contiguous in the list; the first starts at starts[nodeIdx]
  const lo = segmentAt(map, map.starts[nodeIdx]);
  let hi = lo;
  while (hi + 1 < map.segText.length && map.segNode[hi + 1] === nodeIdx) hi++;
  for (let k = lo; k <= hi; k++) {
    const o = map.segOffset[k];
    const len = map.segLen[k];
    if (offset < o) return map.segText[k];
    // a spelled-out ligature: the next segment starts again inside this one's DOM span
    if (offset === o + len && k < hi && map.segOffset[k + 1] < offset) continue;
    if (offset <= o + len) return map.segText[k] + (offset - o);
  }
  return map.segText[hi] + map.segLen[hi];
}
