// The architecture's promises, kept by tools rather than by discipline (README, "For contributors").
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../../..');

/** Runs a package's command-line tool from node_modules/.bin; returns its exit status and output. */
function run(tool: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(path.join(projectRoot, 'node_modules', '.bin', tool), args, { cwd: projectRoot, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// Each spawns a tool that reads the whole tree; generous limits, since the machine may be busy.
describe('boundaries', { timeout: 300_000 }, () => {
  it('the engine compiles with no DOM, chrome or Node types (tsconfig.engine.json)', () => {
    const { status, output } = run('tsc', ['-p', 'tsconfig.engine.json']);
    expect(output).toBe('');
    expect(status).toBe(0);
  });

  it('imports respect the layers: pure engine, sites without engine internals, independent rules (dependency-cruiser)', () => {
    const { status, output } = run('depcruise', ['src', '--config', '.dependency-cruiser.cjs']);
    console.log(output.trim());
    expect(status, output).toBe(0);
    expect(output).toMatch(/no dependency violations found/);
  });

  it('every dependency is used and every import is declared (knip)', () => {
    const { status, output } = run('knip', ['--include', 'dependencies,unlisted,binaries,unresolved', '--no-config-hints']);
    expect(output.trim()).toBe('');
    expect(status).toBe(0);
  });
});
