// Decoded text to numbered physical lines, a batch per chunk so the readers above work without
// an await per line. A line longer than the limit is not kept: it is reported by number and length,
// so one runaway line (a 2 GB file with no line break) costs no more memory than a normal one.

export interface TextLine {
  /** 1-based physical line number. */
  number: number;
  /** Without the line feed; a CRLF file's lines keep their carriage return (CSV needs it inside quoted fields). */
  text: string;
}

export interface OverlongLine {
  number: number;
  /** Length in UTF-16 code units of the line that was dropped. */
  overlong: number;
}

export type Line = TextLine | OverlongLine;

export const isOverlong = (line: Line): line is OverlongLine => 'overlong' in line;

/**
 * Splits on line feeds, or on carriage returns in a file that has no line feed at all (classic
 * Mac OS exports), which is decided from the first chunk that has either.
 */
export async function* splitLines(text: AsyncIterable<string>, maxLength: number): AsyncGenerator<Line[]> {
  let separator: '\n' | '\r' | undefined;
  let carry = '';
  /** Length so far of an overlong line being skipped; 0 when not skipping. */
  let skipping = 0;
  let number = 1;

  for await (const chunk of text) {
    separator ??= chunk.includes('\n') ? '\n' : chunk.includes('\r') ? '\r' : undefined;
    const batch: Line[] = [];
    let start = 0;
    if (separator !== undefined) {
      for (let end = chunk.indexOf(separator, start); end !== -1; end = chunk.indexOf(separator, start)) {
        const piece = chunk.slice(start, end);
        if (skipping > 0) batch.push({ number, overlong: skipping + piece.length });
        else if (carry.length + piece.length > maxLength) batch.push({ number, overlong: carry.length + piece.length });
        else batch.push({ number, text: carry + piece });
        carry = '';
        skipping = 0;
        number += 1;
        start = end + 1;
      }
    }
    const rest = start === 0 ? chunk : chunk.slice(start);
    if (skipping > 0) skipping += rest.length;
    else if (carry.length + rest.length > maxLength) {
      skipping = carry.length + rest.length;
      carry = '';
    } else carry += rest;
    if (batch.length > 0) yield batch;
  }
  if (skipping > 0) yield [{ number, overlong: skipping }];
  else if (carry !== '') yield [{ number, text: carry }];
}
