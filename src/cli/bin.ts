// Entry point of the built `rapport` command (dist-cli/rapport.mjs).

import { runCli } from './main';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `rapport score big.jsonl | head` closes the pipe early; that is not a failure worth a stack trace.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
