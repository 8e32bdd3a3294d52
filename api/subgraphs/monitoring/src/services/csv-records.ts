import { StringDecoder } from 'node:string_decoder';
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';

/** A file that is not valid CSV: csv-parse's error code and the line (1-based) the bad record starts on. */
export class CsvLineError extends Error {
  constructor(
    readonly code: string,
    readonly line: number,
  ) {
    super(`not valid CSV (${code}) at line ${line}`);
  }
}

/** No line of the formats comes near this; a longer one means a file without line breaks we know. */
const MAX_LINE_CHARS = 1 << 20;

/**
 * The records of an RFC 4180 file (UTF-8, optional BOM, LF or CRLF line breaks, empty lines skipped), each with
 * the line it ends on, fed chunk by chunk. Why not csv-parse for every line: profiled on a roster, csv-parse
 * (the stream, its `info` line numbers) took 5 µs a row, more than all the checking, hashing and COPY together.
 * A line without a double quote has no quoting at all, so its fields are exactly its comma-separated pieces:
 * that line is split here. A line with a double quote, and the further lines a quoted field runs over, are
 * parsed by csv-parse, so quoting, escaped quotes and line breaks in fields follow it, and so do its errors.
 */
export class CsvRecords {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';
  private line = 0;
  private started = false;
  /** A record whose quoted field is still open: its lines so far, its first line, its count of quotes. */
  private open: { text: string; firstLine: number; quotes: number } | undefined;

  constructor(private readonly onRecord: (record: string[], line: number) => void) {}

  /** Parses a chunk: the records it completes have reached `onRecord` when it returns. Throws CsvLineError. */
  feed(chunk: Buffer): void {
    let text = this.rest + this.decoder.write(chunk);
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      this.take(text.slice(start, end));
      start = end + 1;
    }
    this.rest = text.slice(start);
    if (this.rest.length > MAX_LINE_CHARS) throw new CsvLineError('CSV_MAX_RECORD_SIZE', this.line + 1);
  }

  /** The end of the input: the last line (without a line break) and any record still open. */
  end(): void {
    let tail = this.rest + this.decoder.end();
    this.rest = '';
    if (!this.started && tail.charCodeAt(0) === 0xfeff) tail = tail.slice(1);
    if (tail !== '') this.take(tail);
    if (this.open) this.parseQuoted(this.open.text, this.open.firstLine);
  }

  private take(raw: string): void {
    this.line += 1;
    const quotes = countQuotes(raw);
    if (this.open) {
      this.open.text += `\n${raw}`;
      this.open.quotes += quotes;
      if (this.open.quotes % 2 === 0) {
        const { text, firstLine } = this.open;
        this.open = undefined;
        this.parseQuoted(stripCr(text), firstLine);
      }
      return;
    }
    const text = stripCr(raw);
    if (text === '') return; // an empty line
    if (quotes === 0) {
      this.onRecord(text.split(','), this.line);
    } else if (quotes % 2 === 0) {
      this.parseQuoted(text, this.line);
    } else {
      // A quoted field goes on over the line break: the line break belongs to the field.
      this.open = { text: raw, firstLine: this.line, quotes };
    }
  }

  /** One record with quoting, from `firstLine` to the current line, parsed by csv-parse. */
  private parseQuoted(text: string, firstLine: number): void {
    let records: string[][];
    try {
      records = parse(text, { record_delimiter: '\n', relax_column_count: true }) as string[][];
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      // Reported at the line the record starts on: where an unclosed quote opened, or the bad record begins.
      throw new CsvLineError(error.code, firstLine);
    }
    for (const record of records) this.onRecord(record, this.line);
  }
}

function countQuotes(text: string): number {
  let count = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) count += 1;
  return count;
}

const stripCr = (text: string) => (text.endsWith('\r') ? text.slice(0, -1) : text);
