// The write-good side of the whole-process comparison, doing what `rapport score` does: read JSONL
// from a file, lint each post's text, write one JSON line of findings per post.
const { readFileSync } = require('node:fs');
const writeGood = require('write-good');

const lines = readFileSync(process.argv[2], 'utf8').split('\n');
const out = [];
for (const line of lines) {
  if (line.trim() === '') continue;
  const { text } = JSON.parse(line);
  out.push(JSON.stringify({ suggestions: writeGood(text) }));
}
process.stdout.write(`${out.join('\n')}\n`);
