/**
 * Quotation tracking: the stretches of text inside double quotation marks. Curly “…” pair by direction; straight "
 * toggles. A line break closes an open quote (news style reopens it in
 * the next paragraph, which the extractor handles as a continuation).
 */
/** A quoted stretch: offsets of the opening and closing marks (inclusive). */
export interface Quote {
  open: number;
  /** Offset just past the closing mark, or the paragraph end when unclosed. */
  close: number;
  closed: boolean;
}

/** The quoted stretches of `text[from, to)` in order. Linear time. */
export function findQuotes(text: string, from = 0, to = text.length): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') {
      if (open >= 0) out.push({ open, close: i, closed: false });
      open = -1;
    } else if (c === '“' || (c === '"' && open < 0)) {
      if (open >= 0) out.push({ open, close: i, closed: false });
      open = i;
    } else if ((c === '”' || c === '"') && open >= 0) {
      out.push({ open, close: i + 1, closed: true });
      open = -1;
    }
  }
  if (open >= 0) out.push({ open, close: to, closed: false });
  return out;
}
