// The progress bar: on standard error, only for a person at a terminal, only for a large input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LARGE_INPUT_BYTES } from '../../../src/cli/score/progress';
import { run } from './run-cli';

function largeCalendar(): string {
  const directory = mkdtempSync(join(tmpdir(), 'rapport-progress-'));
  const row = JSON.stringify({ text: `Padding so the file is large enough to deserve a progress bar: ${'x'.repeat(4000)}` });
  const path = join(directory, 'large.jsonl');
  writeFileSync(path, `${Array.from({ length: Math.ceil(LARGE_INPUT_BYTES / row.length) + 1 }, () => row).join('\n')}\n`);
  return path;
}

function terminal() {
  const written: string[] = [];
  return { written, stream: { isTTY: true, columns: 100, write: (chunk: string) => written.push(chunk) > 0 } };
}

describe('progress bar', () => {
  const large = largeCalendar();

  it('draws on a terminal\'s standard error for a large input, and leaves standard output alone', async () => {
    const { stream, written } = terminal();
    const { code, stdout } = await run(['score', large], { stderr: stream });
    expect(code).toBe(0);
    const drawn = written.join('');
    expect(drawn).toMatch(/rapport .*\d+% · [\d.]+ MB of [\d.]+ MB · \d+ posts/);
    expect(stdout).not.toMatch(/%|\u001b/);
  });

  it('stays silent when standard error is not a terminal, for small inputs, and with --no-progress', async () => {
    expect((await run(['score', large])).stderr).toBe('');
    const small = terminal();
    await run(['score', 'posts.jsonl'], { stderr: small.stream });
    expect(small.written.join('')).not.toMatch(/%/);
    const opted = terminal();
    await run(['score', large, '--no-progress'], { stderr: opted.stream });
    expect(opted.written.join('')).toBe('');
  });
});
