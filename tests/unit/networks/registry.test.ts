// The network registry (src/networks/registry.ts) is the one place a network is described. These
// tests check each entry is well formed and complete (an adapter, a fixture page, a README row),
// and that no other source file names a network itself: everything else must be derived.
// tests/unit/networks/derived.test.ts adds a made-up network and follows it everywhere.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composerKinds, defaultLimits, network, networks, resolveNetworkName, type NetworkId } from '../../../src/networks';
import { contentSpec } from '../../../src/networks/manifest';
import { NETWORKS } from '../../../src/networks/registry';
import type { AdapterFactory, SiteAdapter } from '../../../src/sites';

const root = resolve(import.meta.dirname, '../../..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return name === 'entries' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [relative(root, path)] : [];
  });
}

/** A source file without its comments (examples in comments may name anything). */
function code(file: string): string {
  return readFileSync(resolve(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('the registry', () => {
  it('gives every network a unique lowercase id, a label and at least one way to reach it', () => {
    const ids = networks.map((spec) => spec.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const spec of networks) {
      expect(spec.id).toMatch(/^[a-z][a-z0-9-]{0,30}$/);
      expect(spec.label.trim()).not.toBe('');
      expect(spec.label).toContain(spec.shortLabel);
      expect(spec.hosts.length > 0 || spec.userHosts !== undefined, `${spec.id} has no hosts`).toBe(true);
    }
  });

  it('lists plain host names (https, no scheme, path, port or wildcard), each for one network', () => {
    const hosts = networks.flatMap((spec) => spec.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    for (const host of hosts) expect(host).toMatch(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/);
  });

  it('gives every composer kind a label, a length limit and a selector; entity norms are whole numbers', () => {
    for (const spec of networks) {
      expect(composerKinds(spec.id as NetworkId).length, spec.id).toBeGreaterThan(0);
      for (const [kind, composer] of Object.entries(spec.composers)) {
        expect(kind).toMatch(/^[a-z][a-z-]*$/);
        expect(composer.label.trim()).not.toBe('');
        expect(composer.selector.trim()).not.toBe('');
        const limits = defaultLimits(spec.id as NetworkId, kind);
        for (const value of Object.values(limits)) expect(Number.isInteger(value) && value >= 0).toBe(true);
        expect(limits.length).toBeGreaterThan(0);
      }
    }
  });

  it('says how each network counts length, with a unit the engine knows', () => {
    for (const spec of networks) {
      expect(['twitter-weighted', 'utf16', 'code-points', 'graphemes']).toContain(spec.length.unit);
    }
  });

  it('holds what the networks themselves allow today', () => {
    expect(defaultLimits('x', 'post')).toMatchObject({ length: 280 });
    expect(defaultLimits('facebook', 'post')).toMatchObject({ length: 63206 });
    expect(defaultLimits('facebook', 'comment')).toMatchObject({ length: 8000 });
  });
});

describe('resolveNetworkName, for calendars and the command line', () => {
  it.each([
    ['x', 'x'],
    ['X', 'x'],
    ['Twitter', 'x'],
    ['TWITTER', 'x'],
    ['X (Twitter)', 'x'],
    ['Twitter (X)', 'x'],
    ['twitter.com', 'x'],
    ['x.com', 'x'],
    [' tweet ', 'x'],
    ['Facebook', 'facebook'],
    ['facebook', 'facebook'],
    ['Facebook Page', 'facebook'],
    ['FACEBOOKPAGE', 'facebook'],
    ['facebook_group', 'facebook'],
    ['FB', 'facebook'],
    ['www.facebook.com', 'facebook'],
    ['facebook.com', 'facebook'],
  ])('%j → %s', (name, id) => {
    expect(resolveNetworkName(name)).toBe(id);
  });

  it.each([[''], ['  '], ['Xing'], ['MySpace'], ['fbx'], ['x twitter facebook'], ['Twitter and Facebook']])('%j → nothing', (name) => {
    expect(resolveNetworkName(name)).toBeUndefined();
  });
});

describe('a network is one registry entry, one adapter file and one fixture page', () => {
  it.each(networks.map((spec) => [spec.id] as const))('%s has src/sites/<id>.ts for its adapter', async (id) => {
    const adapter = ((await import(`../../../src/sites/${id}.ts`)) as { default: AdapterFactory }).default(contentSpec(network(id as NetworkId)));
    expect(adapter.id).toBe(id);
  });

  it.each(networks.map((spec) => [spec.id] as const))('%s has a fixture page in tests/fixtures/<id>/', (id) => {
    for (const file of ['index.html', 'main.ts']) expect(existsSync(resolve(root, 'tests/fixtures', id, file)), `tests/fixtures/${id}/${file}`).toBe(true);
  });

  it('and a row in the README’s network table, exactly as the registry has it', async () => {
    const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
    const rows = await Promise.all(
      networks.map(async (spec) => {
        const adapter = ((await import(`../../../src/sites/${spec.id}.ts`)) as { default: AdapterFactory }).default(contentSpec(spec));
        const limits = Object.keys(spec.composers)
          .map((kind) => `${spec.composers[kind]!.label.toLowerCase()} ${defaultLimits(spec.id as NetworkId, kind).length.toLocaleString('en')}`)
          .join(', ');
        const { hashtags, links, mentions } = spec.limits;
        const counting = { 'twitter-weighted': 'weighted (twitter-text)', utf16: 'UTF-16 units', 'code-points': 'characters', graphemes: 'graphemes' }[spec.length.unit];
        const linkLength = spec.length.unit !== 'twitter-weighted' && spec.length.linkLength !== undefined ? `, links ${spec.length.linkLength}` : '';
        const hosts = [...spec.hosts, ...(spec.userHosts ? [`any (${spec.userHosts.label})`] : [])].join(', ');
        return `| ${spec.label} | \`${spec.id}\` | ${adapter.name} | ${limits} | ${counting}${linkLength} | ${hashtags} / ${links} / ${mentions} | ${hosts} |`;
      }),
    );
    const table = ['| network | id | editor | length limit per composer | length counted in | hashtags / links / mentions (Neutral) | hosts |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
    expect(readme, `README.md should hold this table:\n${table}`).toContain(table);
  });
});

describe('nothing else names a network', () => {
  // Allowed: the registry itself, each network's own adapter, and the frozen version-1 preset
  // migration (version 1 only ever knew X and Facebook).
  const allowed = (file: string, id: string) => file === 'src/networks/registry.ts' || file === `src/sites/${id}.ts`;
  const files = sourceFiles(resolve(root, 'src'));

  it.each(NETWORKS.map((spec) => [spec.id, spec] as const))('no source file spells out %s’s id, hosts or label', (id, spec) => {
    const names = [spec.id, spec.label, ...spec.hosts].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const literal = new RegExp(`(['"\`])(?:${names.join('|')})\\1`);
    const offenders = files.filter((file) => !allowed(file, id) && literal.test(code(file)));
    expect(offenders).toEqual([]);
  });

  it('the manifest lists no site: content scripts and their matches come from the registry', () => {
    const manifest = readFileSync(resolve(root, 'manifest.json'), 'utf8');
    expect(JSON.parse(manifest)).not.toHaveProperty('content_scripts');
    for (const spec of networks) for (const host of spec.hosts) expect(manifest).not.toContain(host);
    expect(existsSync(resolve(root, 'public/managed-schema.json')), 'the policy schema is generated, not kept in public/').toBe(false);
  });
});

describe('the engine never knows a network', () => {
  const engineFiles = sourceFiles(resolve(root, 'src/engine'));
  const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

  it('imports nothing from outside src/engine but packages', () => {
    const outside: string[] = [];
    for (const file of engineFiles) {
      for (const match of readFileSync(resolve(root, file), 'utf8').matchAll(IMPORT)) {
        const target = match[1] ?? match[2]!;
        if (!target.startsWith('.')) continue;
        const resolved = relative(root, resolve(root, file, '..', target));
        if (!resolved.startsWith('src/engine/') && !resolved.startsWith('node_modules/')) outside.push(`${file} → ${target}`);
      }
    }
    expect(outside).toEqual([]);
    expect(engineFiles.length).toBeGreaterThan(10);
  });

  it('mentions no network id, label or host in its code', () => {
    const names = networks.flatMap((spec) => [spec.id, spec.label, spec.shortLabel, ...spec.hosts]).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const literal = new RegExp(`(['"\`])(?:${names.join('|')})\\1`, 'i');
    expect(engineFiles.filter((file) => literal.test(code(file)))).toEqual([]);
  });
});
