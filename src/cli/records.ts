// Turns an input (JSONL lines or CSV text) into records to score, in order. A record that cannot
// be read becomes an error record naming its line — never a silent gap in the output.

import { createInterface } from 'node:readline';
import { parseCsv } from './csv';

export type InputRecord =
  | { line: number; text: string; fields: Record<string, unknown> }
  | { line: number; error: string };

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);

/** One JSON object per line; blank lines are not records. Streams, so stdin can be scored as it arrives. */
export async function* readJsonLines(input: NodeJS.ReadableStream, textField: string): AsyncGenerator<InputRecord> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const rawLine of lines) {
    line += 1;
    const content = line === 1 && rawLine.charCodeAt(0) === 0xfeff ? rawLine.slice(1) : rawLine;
    if (content.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      yield { line, error: `line ${line}: not valid JSON (${error instanceof Error ? error.message : String(error)})` };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { line, error: `line ${line}: expected a JSON object with a "${textField}" field, got ${describe(value)}` };
      continue;
    }
    const { [textField]: text, ...fields } = value as Record<string, unknown>;
    if (typeof text !== 'string') {
      yield {
        line,
        error:
          text === undefined
            ? `line ${line}: no "${textField}" field`
            : `line ${line}: "${textField}" must be a string, got ${describe(text)}`,
      };
      continue;
    }
    yield { line, text, fields };
  }
}

export class CsvHeaderError extends Error {}

/** First row is the header; `column` picks the text, matched exactly, then ignoring case and spaces. */
export function* readCsvRecords(csv: string, column: string): Generator<InputRecord> {
  const [header, ...rows] = parseCsv(csv);
  if (!header) throw new CsvHeaderError('the CSV file is empty; expected a header row naming its columns');
  if (header.error) throw new CsvHeaderError(`the header row (line ${header.line}) is malformed: ${header.error}`);
  const names = header.fields;
  const normalise = (name: string) => name.trim().toLowerCase();
  let textIndex = names.indexOf(column);
  if (textIndex === -1) textIndex = names.findIndex((name) => normalise(name) === normalise(column));
  if (textIndex === -1) {
    throw new CsvHeaderError(
      `no column "${column}" in the header (columns: ${names.map((name) => JSON.stringify(name)).join(', ')}); choose one with --column NAME`,
    );
  }
  for (const row of rows) {
    if (row.error) {
      yield { line: row.line, error: `line ${row.line}: ${row.error}` };
      continue;
    }
    if (row.fields.length !== names.length) {
      yield {
        line: row.line,
        error: `line ${row.line}: expected ${names.length} fields as in the header, found ${row.fields.length}`,
      };
      continue;
    }
    const fields: Record<string, unknown> = {};
    names.forEach((name, index) => {
      if (index !== textIndex) fields[name] = row.fields[index];
    });
    yield { line: row.line, text: row.fields[textIndex] ?? '', fields };
  }
}
