// RFC 4180 CSV as content calendars export it (Hootsuite, Buffer, Sprout Social): quoted fields
// with embedded line breaks and doubled quotes, an optional UTF-8 BOM, CRLF or LF line ends.
// No installed package parses CSV, and the grammar is small enough to get exactly right here.
// Every row keeps the line it starts on, so a bad row can be reported by line and skipped.

export interface CsvRow {
  /** 1-based physical line on which the row starts. */
  line: number;
  fields: string[];
  /** Set when the row breaks the grammar; `fields` then holds a best-effort reading. */
  error?: string;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

export function parseCsv(text: string, delimiter = ','): CsvRow[] {
  const delimiterCode = delimiter.charCodeAt(0);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let line = 1;
  let index = 0;

  while (index < source.length) {
    const row: CsvRow = { line, fields: [] };
    let endOfRow = false;
    while (!endOfRow) {
      let field = '';
      if (source.charCodeAt(index) === QUOTE) {
        const openedOnLine = line;
        index += 1;
        let closed = false;
        while (index < source.length) {
          const code = source.charCodeAt(index);
          if (code === QUOTE) {
            if (source.charCodeAt(index + 1) === QUOTE) {
              field += '"';
              index += 2;
              continue;
            }
            index += 1;
            closed = true;
            break;
          }
          if (code === LF || (code === CR && source.charCodeAt(index + 1) !== LF)) line += 1;
          field += source.charAt(index);
          index += 1;
        }
        if (!closed) row.error ??= `quoted field opened on line ${openedOnLine} is never closed`;
        // Anything between the closing quote and the next delimiter breaks the grammar; keep it visible.
        const junkStart = index;
        while (index < source.length && !isFieldEnd(source.charCodeAt(index), delimiterCode)) index += 1;
        if (index > junkStart) {
          row.error ??= `unexpected text ${JSON.stringify(source.slice(junkStart, Math.min(index, junkStart + 20)))} after a closing quote on line ${line}`;
          field += source.slice(junkStart, index);
        }
      } else {
        const start = index;
        while (index < source.length && !isFieldEnd(source.charCodeAt(index), delimiterCode)) index += 1;
        field = source.slice(start, index);
      }
      row.fields.push(field);

      const code = source.charCodeAt(index);
      if (code === delimiterCode) {
        index += 1;
      } else {
        // Line end (CRLF, LF or a lone CR) or end of input.
        if (code === CR) index += source.charCodeAt(index + 1) === LF ? 2 : 1;
        else if (code === LF) index += 1;
        if (index <= source.length && (code === CR || code === LF)) line += 1;
        endOfRow = true;
      }
    }
    const isBlankLine = row.fields.length === 1 && row.fields[0] === '' && !row.error;
    if (!isBlankLine) rows.push(row);
  }
  return rows;
}

function isFieldEnd(code: number, delimiterCode: number): boolean {
  return code === delimiterCode || code === LF || code === CR;
}
