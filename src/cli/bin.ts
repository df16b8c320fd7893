// Entry point of the built `rapport` command (dist-cli/rapport.mjs).

import { fstatSync } from 'node:fs';
import { runCli } from './main';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `rapport score big.jsonl | head` closes the pipe early; that is not a failure worth a stack trace.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/** Standard input's size when it is a redirected file, so `rapport score - < big.csv` can show progress. */
function stdinSize(): number | undefined {
  try {
    const info = fstatSync(0);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

const size = stdinSize();
process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  ...(size !== undefined ? { stdinSize: size } : {}),
});
