// The built command, spawned as a user would run it: a fresh build of vite.cli.config.ts into a
// temporary directory (so this tests the current source), then real processes, pipes and exit codes.
import { execFile, spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { scored, scoredIn } from '../../scored';

const projectRoot = resolve(import.meta.dirname, '../../..');
const fixtures = resolve(import.meta.dirname, 'fixtures');
const calendars = resolve(import.meta.dirname, '../../fixtures/calendars');
const outDir = mkdtempSync(join(tmpdir(), 'rapport-cli-build-'));
const builtFile = join(outDir, 'rapport.mjs');

function runBuilt(args: string[], stdin = '', command = builtFile): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: fixtures, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

beforeAll(async () => {
  await promisify(execFile)(
    process.execPath,
    [resolve(projectRoot, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.cli.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: projectRoot },
  );
}, 60_000);

describe('the built rapport command', () => {
  it('is one executable file with a node shebang and no imports outside Node itself', () => {
    const source = readFileSync(builtFile, 'utf8');
    expect(source.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(() => accessSync(builtFile, constants.X_OK)).not.toThrow();
    const imports = [...source.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]);
    expect(imports.filter((specifier) => !specifier?.startsWith('node:'))).toEqual([]);
  });

  it('scores JSONL from a pipe, in order, and exits 0', async () => {
    const texts = ['What would you add?', 'We are proud to announce our new platform.', 'Thanks @sam! ^JS'];
    const { code, stdout, stderr } = await runBuilt(['score', '-', '--network', 'x'], texts.map((text, id) => JSON.stringify({ id, text })).join('\n'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toEqual(
      texts.map((text, id) => {
        const report = scoredIn(text, 'x');
        return { id, status: 'scored', language: 'en', scoredFor: 'x', reciprocity: report.reciprocity, voice: report.voice, hints: report.hints };
      }),
    );
  });

  it('reports malformed records in place, keeps going, and exits 1', async () => {
    const { code, stdout, stderr } = await runBuilt(['score', 'posts.jsonl']);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(5);
    expect(stdout).toContain('"error":"line 5: no post text: expected a post field');
    expect(stderr).toMatch(/2 records could not be read/);
  });

  it('reads a CSV calendar and prints a table', async () => {
    const { code, stdout } = await runBuilt(['score', resolve(calendars, 'hootsuite.csv'), '--format', 'table', '--preset', 'customer-care']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\s+line\s+network\s+recip\s+voice\s+post\n/);
    expect(stdout).toMatch(/7 posts: 6 scored, 1 not scored \(nothing to score: 1\); mean reciprocity \d+, mean voice \d+\n/);
  });

  it('reads CSV from a pipe, sniffed, and writes an HTML report file with --output', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rapport-built-'));
    const target = join(directory, 'report.html');
    const { code, stderr } = await runBuilt(['score', '-', '--format', 'html', '--output', target], readFileSync(resolve(calendars, 'later.csv'), 'utf8'));
    expect(code).toBe(0);
    expect(stderr).toBe('rapport: standard input: posts from column "Caption", networks from "Profile Type"\n');
    expect(readFileSync(target, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<tr class="declined" data-line="5">/);
  });

  it('exits 3 for --fail-under, listing the posts', async () => {
    const { code, stderr } = await runBuilt(['score', resolve(calendars, 'buffer.csv'), '--fail-under', 'voice=45']);
    expect(code).toBe(3);
    expect(stderr).toMatch(/1 post is below --fail-under voice 45:\n {2}line 4: voice \d+ — NEW ARRIVALS\. SHOP THE COLLECTION NOW\.\n$/);
  });

  it('validates preset files with exit codes', async () => {
    const good = await runBuilt(['preset', 'validate', resolve(projectRoot, 'tests/fixtures/presets/acme-care.preset.json')]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/valid\nAcme care team/);
    const bad = await runBuilt(['preset', 'validate', resolve(projectRoot, 'tests/fixtures/presets/invalid/wrong-type.preset.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/thresholds\.voice\.ok: expected a number/);
  });

  it('says what is wrong on stderr with exit 2 for an unknown command or option, usage on stdout with exit 0 for --help', async () => {
    const unknown = await runBuilt(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"\nRun "rapport --help"/);
    const typo = await runBuilt(['score', 'x.csv', '--fromat', 'table']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe('rapport: unknown option "--fromat"; did you mean --format?\nRun "rapport --help" for the commands and options.\n');
    const help = await runBuilt(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage:/);
  });

  it('stops quietly when the reader closes the pipe early', async () => {
    const many = Array.from({ length: 3000 }, (_, index) => JSON.stringify({ text: `Post number ${index}: what do you think?` })).join('\n');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolveRun) => {
      const child = spawn(builtFile, ['score', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolveRun({ code, stderr }));
      child.stdin.on('error', () => undefined);
      child.stdin.end(many);
    });
    expect(result.stderr).not.toMatch(/Error|at /);
    expect(result.code).toBe(0);
  });
});

describe('the package bin (what npx rapport runs)', () => {
  const rootPackage = JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as { bin?: unknown; workspaces: string[] };
  const cliPackage = JSON.parse(readFileSync(resolve(projectRoot, 'src/cli/package.json'), 'utf8')) as { bin: Record<string, string> };
  const launcher = resolve(projectRoot, 'src/cli', cliPackage.bin.rapport ?? '');

  it('is the src/cli workspace\'s bin, not the root package\'s (a root bin sends npx through a full dependency-tree load)', () => {
    expect(rootPackage.bin).toBeUndefined();
    expect(rootPackage.workspaces).toContain('src/cli');
    expect(readFileSync(launcher, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('is linked into node_modules/.bin by npm, where npx looks first', () => {
    const linked = resolve(projectRoot, 'node_modules/.bin/rapport');
    expect(realpathSync(linked)).toBe(realpathSync(launcher));
  });

  it.skipIf(!existsSync(resolve(projectRoot, 'dist-cli/rapport.mjs')))(
    'runs the built command from dist-cli (skipped until `npm run build` has made dist-cli/rapport.mjs)',
    async () => {
      const { code, stdout } = await runBuilt(['preset', 'list'], '', resolve(projectRoot, 'node_modules/.bin/rapport'));
      expect(code).toBe(0);
      expect(stdout).toMatch(/^neutral\s+Neutral$/m);
    },
  );
});
