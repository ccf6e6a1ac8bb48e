/** A test-only CSV reader, written independently of the exporter to check its escaping. */

/**
 * A strict RFC 4180 parser (records end in CRLF; quoted fields may hold
 * commas, CR, LF and doubled quotes). Throws on anything RFC 4180 forbids,
 * such as a bare quote in an unquoted field or a lone CR or LF.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('quote in unquoted field');
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else fail('field not followed by comma or CRLF');
  }
  if (row.length > 0) fail('last record has no CRLF');
  return rows;
}
