/** Word positions in a text, for generating anchoring cases. */

/** The words of a text (maximal runs of non-whitespace) as [start, end) offsets. */
export function wordSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
