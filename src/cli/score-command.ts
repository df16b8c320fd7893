// `rapport score FILE|-`: one JSON object per input record, in input order, or a table for people.

import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { NEUTRAL_PRESET, score, type Preset, type Report } from '../engine';
import type { NetworkId } from '../networks';
import { scoreContextFor } from '../presets/limits';
import { CsvHeaderError, readCsvRecords, readJsonLines, type InputRecord } from './records';
import { formatTableError, formatTableRow, formatTableSummary, TABLE_HEADER, type ScoredRow } from './table';
import { EXIT_BAD_INPUT, EXIT_OK, writeOut, type CliIO } from './io';

export interface ScoreOptions {
  input: string;
  format: 'jsonl' | 'table';
  /** Undefined: the engine's default (Neutral). */
  preset: Preset | undefined;
  /** Posts are scored against this network's post limits (its first composer kind). */
  network: NetworkId;
  /** CSV column or JSONL field holding the post. */
  column: string;
}

export type InputKind = 'jsonl' | 'csv';

/** `-` is JSONL on stdin; files are told apart by extension so a wrong guess never scores garbage. */
export function inputKind(input: string): InputKind | undefined {
  if (input === '-') return 'jsonl';
  const extension = extname(input).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  if (extension === '.csv') return 'csv';
  return undefined;
}

async function openRecords(options: ScoreOptions, kind: InputKind, io: CliIO): Promise<AsyncIterable<InputRecord> | Iterable<InputRecord>> {
  if (kind === 'jsonl') {
    const stream = options.input === '-' ? io.stdin : createReadStream(resolve(io.cwd, options.input));
    return readJsonLines(stream, options.column);
  }
  // Calendars are small; CSV needs the whole text to follow quoted line breaks.
  return readCsvRecords(await readFile(resolve(io.cwd, options.input), 'utf8'), options.column);
}

export async function runScore(options: ScoreOptions, kind: InputKind, io: CliIO): Promise<number> {
  let records: AsyncIterable<InputRecord> | Iterable<InputRecord>;
  try {
    records = await openRecords(options, kind, io);
  } catch (error) {
    const message = error instanceof CsvHeaderError ? error.message : `cannot read ${options.input}: ${(error as Error).message}`;
    io.stderr.write(`rapport: ${message}\n`);
    return EXIT_BAD_INPUT;
  }
  const context = scoreContextFor(options.preset ?? NEUTRAL_PRESET, options.network);
  const scored: ScoredRow[] = [];
  let errors = 0;
  let declined = 0;
  if (options.format === 'table') await writeOut(io.stdout, TABLE_HEADER);
  try {
    for await (const record of records) {
      if ('error' in record) {
        errors += 1;
        await writeOut(
          io.stdout,
          options.format === 'table' ? formatTableError(record.line, record.error) : `${JSON.stringify({ line: record.line, error: record.error })}\n`,
        );
        continue;
      }
      const report = score(record.text, options.preset, context);
      const row: ScoredRow = { line: record.line, text: record.text, report };
      if (report.status === 'scored') scored.push(row);
      else declined += 1;
      await writeOut(io.stdout, options.format === 'table' ? formatTableRow(row) : `${JSON.stringify({ ...record.fields, ...reportFields(report) })}\n`);
    }
  } catch (error) {
    // A read failure part-way (e.g. the file vanished) ends the run loudly, after what was scored.
    io.stderr.write(`rapport: reading ${options.input} failed: ${(error as Error).message}\n`);
    return EXIT_BAD_INPUT;
  }
  if (options.format === 'table') await writeOut(io.stdout, formatTableSummary(scored, declined, errors));
  if (errors > 0) {
    io.stderr.write(`rapport: ${errors} record${errors === 1 ? '' : 's'} could not be scored (see "error" in the output)\n`);
    return EXIT_BAD_INPUT;
  }
  return EXIT_OK;
}

/** A scored record carries its scores and hints; a declined one says why, with no scores. */
function reportFields(report: Report) {
  return report.status === 'scored'
    ? { status: report.status, language: report.language, reciprocity: report.reciprocity, voice: report.voice, hints: report.hints }
    : { status: report.status, language: report.language, message: report.message, hints: report.hints };
}
