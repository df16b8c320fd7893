// CSV calendars: a header row, then one post per row. csv-parse reads the rows (csv-rows.ts);
// this reader finds the columns, checks each row, and keeps going after a bad one.
//
// Keeping going needs to know where a row ends before parsing it: lines are gathered while an odd
// number of quote characters is open, the way a quoted field with line breaks spans lines. A quote
// that is never closed would otherwise swallow the rest of the file into one field, so when one
// is still open at the end (or after MAX_ROW_CHARACTERS) the row it opened is reported by its line
// and reading starts again on the line after it.

import { showText } from '../terminal-text';
import { findNamedColumn, findNetworkColumn, findPostColumn, POST_WORDS } from './columns';
import { parseLines, sniffDelimiter, type CsvRow } from './csv-rows';
import { isOverlong, type Line, type TextLine } from './lines';
import { InputError, isUnreadable, type InputRecord, type RecordReader } from './records';

/** No real post comes near this (Facebook's limit is 63,206); a row this long is a quote left open. */
export const MAX_ROW_CHARACTERS = 1_000_000;
/** Lines parsed per csv-parse call: large enough to amortise its set-up, small enough to stream. */
const BATCH_CHARACTERS = 64 * 1024;
/** Rows with a quote inside an unquoted field read one at a time before a batch is read leniently. */
const MAX_LENIENT_ROWS_PER_BATCH = 16;

export interface CsvColumns {
  header: readonly string[];
  delimiter: string;
  postColumn: number;
  networkColumn: number | undefined;
  /** True when the post column was found by its name rather than given with --column. */
  postColumnDetected: boolean;
}

export interface CsvReaderOptions {
  /** --column: the post column's name. */
  column?: string;
  /** --delimiter; sniffed from the first lines otherwise. */
  delimiter?: string;
  maxLineLength: number;
  /** Called once, when the header has been read. */
  onColumns?: (columns: CsvColumns) => void;
}

/** Lines still to read, in order; lines put back after a bad row go to the front. */
class LineQueue {
  private items: Line[] = [];
  private next = 0;
  add(lines: readonly Line[]): void {
    this.items = this.next === this.items.length ? [...lines] : [...this.items.slice(this.next), ...lines];
    this.next = 0;
  }
  putBack(lines: readonly Line[]): void {
    if (lines.length === 0) return;
    this.items = [...lines, ...this.items.slice(this.next)];
    this.next = 0;
  }
  take(): Line | undefined {
    return this.next < this.items.length ? this.items[this.next++] : undefined;
  }
}

const quotesIn = (text: string): number => {
  let count = 0;
  for (let index = text.indexOf('"'); index !== -1; index = text.indexOf('"', index + 1)) count += 1;
  return count;
};

const isBlank = (line: TextLine) => line.text === '' || line.text === '\r';

function describeFailure(code: string, line: number): string {
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    return `a quoted field opened on line ${line} is never closed (the row is skipped; reading goes on at line ${line + 1})`;
  }
  if (code === 'CSV_INVALID_CLOSING_QUOTE') {
    return `text follows a closing quote, so a quote in this row is missing or extra (the row is skipped; reading goes on at line ${line + 1})`;
  }
  return `cannot be read as CSV (${code})`;
}

export function createCsvReader(options: CsvReaderOptions): RecordReader {
  let delimiter = options.delimiter;
  let columns: CsvColumns | undefined;
  const queue = new LineQueue();
  /** Lines of a row still waiting for its closing quote. */
  let open: TextLine[] = [];
  let openCharacters = 0;
  let openQuotes = 0;
  /** Whole rows' lines waiting to be parsed together. */
  let batch: TextLine[] = [];
  let batchCharacters = 0;

  function useHeader(row: CsvRow, usedDelimiter: string): void {
    const header = row.fields.map((name) => name.trim());
    const postColumn = options.column !== undefined ? findNamedColumn(header, options.column) : findPostColumn(header);
    const listed = header.map((name) => `"${showText(name)}"`).join(', ');
    if (postColumn === undefined) {
      throw new InputError(
        options.column !== undefined
          ? `no column "${showText(options.column)}" in the header (columns: ${listed}); choose one with --column NAME`
          : `no column of posts in the header (columns: ${listed}); Rapport looks for ${POST_WORDS.map((word) => `"${word}"`).join(', ')}. Name the column with --column NAME`,
      );
    }
    columns = { header, delimiter: usedDelimiter, postColumn, networkColumn: findNetworkColumn(header), postColumnDetected: options.column === undefined };
    options.onColumns?.(columns);
  }

  function toRecord(row: CsvRow, found: CsvColumns): InputRecord {
    const width = found.header.length;
    let fields = row.fields;
    // Some exporters end every data row with a delimiter the header lacks.
    if (fields.length > width && fields.slice(width).every((field) => field === '')) fields = fields.slice(0, width);
    if (fields.length !== width) {
      return { line: row.first, error: `line ${row.first}: expected ${width} fields as in the header, found ${fields.length}`, cells: row.fields };
    }
    // fromEntries defines properties, so a "__proto__" column is echoed as data and sets no prototype.
    const echo = Object.fromEntries(found.header.flatMap((name, index) => (index === found.postColumn ? [] : [[name, fields[index]]])));
    const networkName = found.networkColumn === undefined ? undefined : fields[found.networkColumn];
    return {
      line: row.first,
      text: fields[found.postColumn] ?? '',
      echo,
      cells: fields,
      ...(networkName !== undefined && networkName.trim() !== '' ? { networkName } : {}),
    };
  }

  /**
   * Rows to records, the first row of the file being the header. A row over several lines with the
   * wrong number of fields has usually swallowed the rows after a stray quote: it is reported, and
   * the lines after its first are returned to be read again as rows of their own.
   */
  function emitRows(rows: readonly CsvRow[], lines: readonly TextLine[], usedDelimiter: string, out: InputRecord[]): TextLine[] | undefined {
    for (const row of rows) {
      if (!columns) {
        useHeader(row, usedDelimiter);
        continue;
      }
      const record = toRecord(row, columns);
      if (isUnreadable(record) && row.last > row.first) {
        out.push({ ...record, error: `${record.error} (the row runs to line ${row.last}; a quote may be missing, so reading goes on at line ${row.first + 1})` });
        return lines.slice(lines.findIndex((line) => line.number === row.first) + 1);
      }
      out.push(record);
    }
    return undefined;
  }

  /**
   * Parses whole lines; a row csv-parse rejects becomes an error, and the lines after its first are
   * returned to be read again. A quote inside an unquoted field ("5" screen") is only text: that one
   * row is read leniently and strict reading goes on after it (leniently throughout once a batch has
   * had many, so a file full of inch marks costs no more than it should).
   */
  function parseAndEmit(lines: TextLine[], out: InputRecord[]): TextLine[] {
    const usedDelimiter = delimiter ?? ',';
    let rest = lines;
    for (let lenientRows = 0; rest.length > 0; ) {
      const { rows, failure } = parseLines(rest, usedDelimiter, { relaxQuotes: lenientRows >= MAX_LENIENT_ROWS_PER_BATCH });
      const swallowed = emitRows(rows, rest, usedDelimiter, out);
      if (swallowed) return swallowed;
      const failed = failure && rest[failure.failedAt];
      if (!failure || !failed) return [];
      const from = rest.slice(failure.failedAt);
      if (failure.code === 'INVALID_OPENING_QUOTE' || failure.code === 'CSV_INVALID_OPENING_QUOTE') {
        const [row] = parseLines(from, usedDelimiter, { relaxQuotes: true, maxRows: 1 }).rows;
        if (row) {
          lenientRows += 1;
          const again = emitRows([row], from, usedDelimiter, out);
          if (again) return again;
          rest = from.slice(from.findIndex((line) => line.number === row.last) + 1);
          continue;
        }
      }
      const problem = describeFailure(failure.code, failed.number);
      if (!columns) throw new InputError(`the header row (line ${failed.number}) cannot be read: ${problem}`);
      out.push({ line: failed.number, error: `line ${failed.number}: ${problem}` });
      return from.slice(1);
    }
    return [];
  }

  function resetOpen(): TextLine[] {
    const lines = open;
    open = [];
    openCharacters = 0;
    openQuotes = 0;
    return lines;
  }

  /** The batch comes before any open row; lines it gives back go before the open row's, to be read again in order. */
  function flushBatch(out: InputRecord[]): void {
    if (batch.length === 0) return;
    const lines = batch;
    batch = [];
    batchCharacters = 0;
    const again = parseAndEmit(lines, out);
    if (again.length > 0) queue.putBack([...again, ...resetOpen()]);
  }

  function closeOpenRow(out: InputRecord[]): void {
    queue.putBack(parseAndEmit(resetOpen(), out));
  }

  function drain(out: InputRecord[]): void {
    for (let line = queue.take(); line !== undefined; line = queue.take()) {
      if (isOverlong(line)) {
        // Whatever came before it is read first, in order; then the long line is one error of its own.
        if (batch.length > 0 || open.length > 0) {
          queue.putBack([line]);
          if (batch.length > 0) flushBatch(out);
          else closeOpenRow(out);
          continue;
        }
        out.push({ line: line.number, error: `line ${line.number}: ${line.overlong} characters long; lines are limited to ${options.maxLineLength}` });
        continue;
      }
      if (open.length === 0 && isBlank(line)) continue;
      open.push(line);
      openCharacters += line.text.length;
      openQuotes += quotesIn(line.text);
      if (openQuotes % 2 === 0) {
        batchCharacters += openCharacters;
        for (const whole of resetOpen()) batch.push(whole);
        // The header is parsed on its own, so the rows after it are checked against its columns.
        if (batchCharacters >= BATCH_CHARACTERS || !columns) flushBatch(out);
      } else if (openCharacters > MAX_ROW_CHARACTERS) {
        flushBatch(out);
        closeOpenRow(out);
      }
    }
  }

  return {
    read(lines) {
      delimiter ??= sniffDelimiter(lines.filter((line): line is TextLine => !isOverlong(line)).slice(0, 100));
      const out: InputRecord[] = [];
      queue.add(lines);
      drain(out);
      return out;
    },
    end() {
      const out: InputRecord[] = [];
      // A row still open at the end never had its quote closed. Every pass either reads all that is
      // left or reports a row and puts back at least one line fewer than it took.
      for (;;) {
        drain(out);
        if (batch.length > 0) flushBatch(out);
        else if (open.length > 0) closeOpenRow(out);
        else break;
      }
      if (!columns) throw new InputError('the CSV input is empty; expected a header row naming its columns');
      return out;
    },
  };
}
