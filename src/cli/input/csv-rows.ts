// csv-parse does the CSV grammar; this file maps what it parses back to physical line numbers.
// Rows are parsed a batch of whole lines at a time (one parser per batch, not per row: a parser
// costs more to set up than a short row costs to parse).

import { parse, type CsvError, type Options } from 'csv-parse/sync';
import type { TextLine } from './lines';

export interface CsvRow {
  fields: string[];
  /** Physical lines the row spans (quoted line breaks make it more than one). */
  first: number;
  last: number;
}

export interface ParsedLines {
  rows: CsvRow[];
  /** Set when csv-parse stopped: the lines from `failedAt` on were not turned into rows. */
  failure?: { code: string; failedAt: number };
}

/**
 * Parses `lines` (each a whole physical line, a CRLF file's with its CR) into rows, stopping at the
 * first record csv-parse rejects. Lines are joined with LF, so files whose only line breaks are CRs
 * (split on CR by lines.ts) read the same way.
 */
export interface ParseOptions {
  /** Stop after this many rows. */
  maxRows?: number;
  /**
   * Accept a quote inside an unquoted field ("5" screen") and text after a closing quote. Off by
   * default: text after a closing quote is how a stray quote that swallowed rows shows itself.
   */
  relaxQuotes?: boolean;
}

export function parseLines(lines: readonly TextLine[], delimiter: string, options: ParseOptions = {}): ParsedLines {
  const maxRows = options.maxRows ?? Infinity;
  const rows: CsvRow[] = [];
  if (lines.length === 0) return { rows };
  let text = lines.map((line) => line.text).join('\n');
  // The last line's CR ends the record; inside a quoted field it would be part of the text.
  if (text.endsWith('\r')) text = text.slice(0, -1);
  let consumed = 0;
  try {
    parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n'],
      relax_quotes: options.relaxQuotes === true,
      relax_column_count: true,
      raw: true,
      ...(Number.isFinite(maxRows) ? { to: maxRows } : {}),
      // With `raw`, csv-parse hands on_record { record, raw }; its type declarations do not say so.
      on_record: ((value: { raw: string; record: string[] }) => {
        const { raw, record } = value;
        // csv-parse's own line count is off for CRLF inside quotes; the raw text is not.
        let breaks = 0;
        for (let index = raw.indexOf('\n'); index !== -1; index = raw.indexOf('\n', index + 1)) breaks += 1;
        const spans = breaks + (raw.endsWith('\n') ? 0 : 1);
        const first = lines[consumed]?.number ?? 0;
        consumed = Math.min(lines.length, consumed + spans);
        const last = lines[consumed - 1]?.number ?? first;
        const isBlank = record.length === 1 && record[0] === '';
        if (!isBlank) rows.push({ fields: record, first, last });
        return null;
      }) as unknown as Options['on_record'],
    });
  } catch (error) {
    return { rows, failure: { code: (error as CsvError).code ?? 'CSV_ERROR', failedAt: consumed } };
  }
  return { rows };
}

const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'];
/** For files with one column: a character no calendar contains, so commas in posts stay text. */
export const SINGLE_COLUMN_DELIMITER = '\u001f';

/**
 * The delimiter that splits the first rows into the same number of columns as the header, two or
 * more. Comma wins ties, then semicolon (Excel where the decimal mark is a comma), tab, pipe.
 */
export function sniffDelimiter(sample: readonly TextLine[]): string {
  let best: { delimiter: string; score: number } | undefined;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const { rows } = parseLines(sample, delimiter, { maxRows: 50, relaxQuotes: true });
    const width = rows[0]?.fields.length ?? 0;
    if (width < 2) continue;
    const consistent = rows.filter((row) => row.fields.length === width).length / rows.length;
    const score = consistent * 1000 + width;
    if (!best || score > best.score) best = { delimiter, score };
  }
  return best?.delimiter ?? SINGLE_COLUMN_DELIMITER;
}
