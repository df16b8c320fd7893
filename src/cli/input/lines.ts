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

/** LF, unless the text so far has a CR that is not followed by an LF and no LF at all; undecided while a CR could still be half of a CRLF. */
function separatorOf(text: string): '\n' | '\r' | undefined {
  if (text.includes('\n')) return '\n';
  const cr = text.indexOf('\r');
  return cr !== -1 && cr < text.length - 1 ? '\r' : undefined;
}

/**
 * Splits on line feeds, or on carriage returns in a file that has no line feed at all (classic
 * Mac OS exports), decided from the first line break seen.
 */
export async function* splitLines(text: AsyncIterable<string>, maxLength: number): AsyncGenerator<Line[]> {
  let separator: '\n' | '\r' | undefined;
  let carry = '';
  /** Length so far of an overlong line being skipped; 0 when not skipping. */
  let skipping = 0;
  let number = 1;

  for await (const piece of text) {
    let chunk = piece;
    if (separator === undefined) {
      // Until the separator is known, everything is the first line: carry it, within the limit.
      separator = separatorOf(carry + chunk);
      if (separator === undefined) {
        if (skipping > 0 || carry.length + chunk.length > maxLength) {
          skipping = (skipping || carry.length) + chunk.length;
          carry = '';
        } else carry += chunk;
        continue;
      }
      if (skipping === 0) {
        chunk = carry + chunk;
        carry = '';
      }
    }
    const batch: Line[] = [];
    let start = 0;
    for (let end = chunk.indexOf(separator, start); end !== -1; end = chunk.indexOf(separator, start)) {
      const line = chunk.slice(start, end);
      if (skipping > 0) batch.push({ number, overlong: skipping + line.length });
      else if (carry.length + line.length > maxLength) batch.push({ number, overlong: carry.length + line.length });
      else batch.push({ number, text: carry + line });
      carry = '';
      skipping = 0;
      number += 1;
      start = end + 1;
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
