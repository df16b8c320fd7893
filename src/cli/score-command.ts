// `rapport score FILE|-`: read records as they arrive, score each, write each, keep only totals.
// Memory stays flat whatever the input's size (the HTML report, which keeps its rows, has a cap).

import type { Preset } from '../engine';
import type { NetworkId } from '../networks';
import { EXIT_BAD_INPUT, EXIT_BELOW_THRESHOLD, EXIT_OK, type CliIO } from './io';
import { createCsvReader, type CsvColumns } from './input/csv';
import { decodeInput } from './input/decode';
import { createJsonLinesReader } from './input/jsonl';
import { splitLines } from './input/lines';
import { openInput, sniffKind, type InputKind, type OpenedInput } from './input/open';
import { InputError, type InputRecord, type RecordReader } from './input/records';
import { createWriter, type OutputFormat } from './output/formats';
import { MAX_HTML_INPUT_BYTES, refusalMessage } from './output/html/report';
import { fileSink, OutputFailed, stdoutSink, type Sink } from './output/sink';
import { OutputRefused } from './output/writer';
import { excerpt } from './output/describe';
import { createGateCheck, describeGate, type Gate, type GateResult } from './score/gate';
import { startProgress } from './score/progress';
import { scoreRecord } from './score/score-record';
import { createSummary } from './score/summary';
import { describeFileError } from './file-errors';
import { showText, terminalSafe } from './terminal-text';

/** Longest line kept (about 8 MB of text); a longer one is reported and skipped, not held in memory. */
export const MAX_LINE_LENGTH = 4 * 1024 * 1024;

export interface ScoreOptions {
  input: string;
  /** --input; otherwise the file's extension, else sniffed from the first characters. */
  inputKind?: InputKind;
  format: OutputFormat;
  /** --output FILE; standard output otherwise. */
  output?: string;
  preset: Preset;
  /** --network: every row is scored for this network. */
  network?: NetworkId;
  /** --column: the post column or field. */
  column?: string;
  delimiter?: string;
  gate?: Gate;
  /** False with --no-progress. */
  progress: boolean;
}

/** The text generator with its first chunk read already, so the input's kind can be sniffed from it. */
async function peek(text: AsyncGenerator<string>): Promise<{ first: string; all: AsyncGenerator<string> }> {
  const next = await text.next();
  const first = next.done ? '' : next.value;
  async function* all(): AsyncGenerator<string> {
    if (first !== '') yield first;
    yield* text;
  }
  return { first, all: all() };
}

function gateReport(result: GateResult): string {
  const lines = result.examples.map(
    (failure) => `  line ${failure.line}: ${failure.below.map(({ axis, score }) => `${axis} ${score}`).join(', ')} — ${excerpt(failure.text, 60)}\n`,
  );
  const more = result.failed > result.examples.length ? `  … and ${result.failed - result.examples.length} more\n` : '';
  return `rapport: ${result.failed} post${result.failed === 1 ? ' is' : 's are'} below --fail-under ${describeGate(result.gate)}:\n${lines.join('')}${more}`;
}

export async function runScore(options: ScoreOptions, io: CliIO): Promise<number> {
  const say = (message: string) => void io.stderr.write(terminalSafe(`rapport: ${message}\n`));

  const opened = await openInput(options.input, io);
  if (!opened.ok) {
    say(opened.message);
    return EXIT_BAD_INPUT;
  }
  const input = opened.input;
  if (options.input === '-' && (io.stdin as { isTTY?: boolean }).isTTY) say('reading posts from the keyboard (one JSON object or CSV row a line); end with Ctrl-D');
  try {
    return await scoreInput(input, options, io, say);
  } finally {
    input.close();
  }
}

async function scoreInput(input: OpenedInput, options: ScoreOptions, io: CliIO, say: (message: string) => void): Promise<number> {
  const inputName = showText(input.name);
  if (options.format === 'html' && input.size !== undefined && input.size > MAX_HTML_INPUT_BYTES) {
    say(refusalMessage(`${inputName} is ${(input.size / (1024 * 1024)).toFixed(0)} MB`));
    return EXIT_BAD_INPUT;
  }

  let sink: Sink;
  if (options.output !== undefined) {
    const opening = await fileSink(options.output, io.cwd);
    if (!opening.ok) {
      say(opening.message);
      return EXIT_BAD_INPUT;
    }
    sink = opening.sink;
  } else sink = stdoutSink(io.stdout);
  const writer = createWriter(options.format, sink, say);

  let bytesRead = 0;
  let bytesShown = 0;
  let columns: CsvColumns | undefined;
  const summary = createSummary(options.preset.thresholds);
  const gate = options.gate ? createGateCheck(options.gate) : undefined;
  let progress = startProgress(io.stderr, undefined, false);
  let begun = false;

  try {
    const decoded = await decodeInput(input.bytes, (count) => (bytesRead += count));
    if (decoded.note) say(`${inputName}: ${decoded.note}`);
    const { first, all } = await peek(decoded.text);
    const kind = options.inputKind ?? input.kindFromName ?? sniffKind(first);
    const reader: RecordReader =
      kind === 'csv'
        ? createCsvReader({
            ...(options.column !== undefined ? { column: options.column } : {}),
            ...(options.delimiter !== undefined ? { delimiter: options.delimiter } : {}),
            maxLineLength: MAX_LINE_LENGTH,
            onColumns(found) {
              columns = found;
              if (!found.postColumnDetected) return;
              const network = found.networkColumn === undefined ? '' : `, networks from "${showText(found.header[found.networkColumn] ?? '')}"`;
              say(`${inputName}: posts from column "${showText(found.header[found.postColumn] ?? '')}"${network}`);
            },
          })
        : createJsonLinesReader(options.column, MAX_LINE_LENGTH);
    const writeBom = decoded.hadBom || decoded.encoding !== 'utf-8';
    const begin = () => {
      begun = true;
      return writer.begin({ inputName, kind, preset: options.preset, writeBom, ...(columns ? { columns } : {}), ...(options.gate ? { gate: options.gate } : {}) });
    };
    progress = startProgress(io.stderr, input.size, options.progress);

    const handle = (record: InputRecord): Promise<void> | undefined => {
      const { outcome, unknownNetworkName } = scoreRecord(record, options.preset, options.network);
      summary.add(outcome, unknownNetworkName);
      gate?.check(outcome);
      if (!begun) {
        const starting = begin();
        if (starting) return starting.then(() => writer.write(outcome));
      }
      return writer.write(outcome);
    };

    for await (const lines of splitLines(all, MAX_LINE_LENGTH)) {
      for (const record of reader.read(lines)) {
        const waiting = handle(record);
        if (waiting) await waiting;
      }
      progress.advance(bytesRead - bytesShown, summary.result().all.posts + summary.result().unreadable);
      bytesShown = bytesRead;
    }
    for (const record of reader.end()) {
      const waiting = handle(record);
      if (waiting) await waiting;
    }
    if (!begun) await begin();
    progress.stop();
    await writer.finish(summary.result(), gate?.result());
    await sink.close();
  } catch (error) {
    progress.stop();
    await sink.abort();
    if (error instanceof InputError) say(`${inputName}: ${error.message}`);
    else if (error instanceof OutputRefused || error instanceof OutputFailed) say(error.message);
    else if ((error as NodeJS.ErrnoException).code !== undefined) say(describeFileError(error, input.name, 'read'));
    else throw error;
    return EXIT_BAD_INPUT;
  }

  const { unreadable } = summary.result();
  if (unreadable > 0) {
    say(`${unreadable} record${unreadable === 1 ? '' : 's'} could not be read (each is reported on its line in the output)`);
  }
  const gateResult = gate?.result();
  if (gateResult && gateResult.failed > 0) io.stderr.write(terminalSafe(gateReport(gateResult)));
  if (unreadable > 0) return EXIT_BAD_INPUT;
  return gateResult && gateResult.failed > 0 ? EXIT_BELOW_THRESHOLD : EXIT_OK;
}
