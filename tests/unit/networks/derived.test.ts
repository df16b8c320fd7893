// The registry's claim, proved: add a network to it — here two made-up ones — and every part of
// Rapport that deals in networks picks them up with no other change: the manifest, the policy
// schema, preset files and built-in presets, stored settings and policy, messages, scoring limits,
// the CLI and the fixture server. Anything that hard-codes its own list fails here. The options
// page and the popup are checked the same way in tests/unit/ui/networks-derived.test.tsx.

import { Readable } from 'node:stream';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/networks/registry', async (importOriginal) => {
  const { NETWORKS } = await importOriginal<typeof import('../../../src/networks/registry')>();
  const { EXTRA_NETWORKS } = await import('./extra-networks');
  return { NETWORKS: [...NETWORKS, ...EXTRA_NETWORKS] };
});

const { NEUTRAL_PRESET, score } = await import('../../../src/engine');
const { composerKinds, networkIds, networks, resolveNetworkName } = await import('../../../src/networks');
const { contentEntrySource, contentSpec, extensionManifest } = await import('../../../src/networks/manifest');
const { managedSchema } = await import('../../../src/managed-schema');
const { parsePresetObject, PRESET_SCHEMA_VERSION } = await import('../../../src/presets/schema');
const { findBuiltinPreset } = await import('../../../src/presets/builtins');
const { limitsFor, scoreContextFor } = await import('../../../src/presets/limits');
const storage = await import('../../../src/storage');
const { RequestSchema, UiStateSchema } = await import('../../../src/messages');
const { runCli, USAGE } = await import('../../../src/cli/main');
const { summarisePreset } = await import('../../../src/cli/preset-command');
const { fixtureHosts } = await import('../../e2e/server');
const { fakeArea } = await import('../storage/fake-area');

const base = { manifest_version: 3, name: 'Rapport', permissions: ['storage'] };

describe('a network added to the registry', () => {
  it('is one of the networks everything reads', () => {
    expect(networkIds).toEqual(['x', 'facebook', 'examplenet', 'fedinet']);
    expect(composerKinds('examplenet' as never)).toEqual(['post', 'reply']);
    expect(resolveNetworkName('Example Social')).toBe('examplenet');
    expect(resolveNetworkName('social.example')).toBe('examplenet');
  });

  it('gets a content script of its own in the manifest, matching its hosts', () => {
    const manifest = extensionManifest(base, networks);
    expect(manifest.content_scripts.find((script) => script.js[0] === 'src/content/entries/examplenet.ts')).toEqual({
      matches: ['https://social.example/*', 'https://www.social.example/*'],
      js: ['src/content/entries/examplenet.ts'],
      css: ['src/content/highlights.css'],
      run_at: 'document_idle',
    });
    const example = networks.find((spec) => spec.id === 'examplenet')!;
    expect(contentEntrySource(example)).toContain("import adapter from '../../sites/examplenet';");
    // What its adapter reads of its own registry entry travels with it as data; nothing of another network's does.
    expect(contentEntrySource(example)).toContain(`start(adapter(${JSON.stringify(contentSpec(example))}));`);
    expect(contentSpec(example)).toMatchObject({ composers: { reply: { selector: '.example-reply[contenteditable="true"]', sendKeys: ['Enter'] } }, sendButton: '.example-send' });
    expect(contentEntrySource(example)).not.toContain('"x"');
  });

  it('on hosts the user picks, is asked for at run time: optional host permissions, no content script until granted', () => {
    const manifest = extensionManifest(base, networks);
    expect(manifest.content_scripts.some((script) => script.js[0]!.includes('fedinet'))).toBe(false);
    expect(manifest).toMatchObject({ optional_host_permissions: ['https://*/*'], permissions: ['storage', 'scripting'] });
    // Without such a network the manifest asks for nothing more.
    const fixedOnly = extensionManifest(base, networks.filter((spec) => spec.userHosts === undefined));
    expect(fixedOnly).not.toHaveProperty('optional_host_permissions');
    expect(fixedOnly.permissions).toEqual(['storage']);
  });

  it('can be switched on or off by policy (managed schema) and in stored settings', async () => {
    expect(managedSchema().properties?.defaults?.properties?.sites?.properties).toMatchObject({ examplenet: { type: 'boolean' }, fedinet: { type: 'boolean' } });
    expect(storage.defaultSettings().sites).toMatchObject({ examplenet: true, fedinet: true });
    // Settings stored before the network existed: it starts on.
    expect(storage.readSettings({ schemaVersion: 1, sites: { x: false, facebook: true } }).sites).toEqual({ x: false, facebook: true, examplenet: true, fedinet: true });
    const { policy, problems } = storage.parseManagedPolicy({ defaults: { sites: { examplenet: false } } });
    expect(problems).toEqual([]);
    const effective = storage.resolveEffectiveSettings([NEUTRAL_PRESET], { settings: storage.defaultSettings(), presets: [] }, policy);
    expect(effective.sites).toMatchObject({ examplenet: false, fedinet: true });
    expect(effective.fromOrganisationDefaults).toContain('sites.examplenet');
    const sync = fakeArea();
    expect((await storage.changeSettings(sync, [{ kind: 'site', site: 'examplenet' as never, enabled: false }], null)).sites).toMatchObject({ examplenet: false, x: true });
  });

  it('has limits per composer kind in preset files, and every built-in preset covers them', () => {
    const parsed = parsePresetObject({ version: PRESET_SCHEMA_VERSION, limits: { examplenet: { reply: { length: 100 } }, fedinet: { post: { hashtags: 1 } } } });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(limitsFor(parsed.preset, 'examplenet' as never, 'reply')).toEqual({ hashtags: 0, links: 1, mentions: 3, length: 100 });
    expect(limitsFor(parsed.preset, 'fedinet' as never, 'post')).toEqual({ hashtags: 1, links: 2, mentions: 5, length: 500 });
    expect(limitsFor(NEUTRAL_PRESET, 'examplenet' as never, 'post')).toEqual({ hashtags: 4, links: 1, mentions: 3, length: 300 });
    const care = findBuiltinPreset('customer-care')!;
    expect(limitsFor(care, 'examplenet' as never, 'post')).toMatchObject({ hashtags: 0, links: 1 });
    const b2b = findBuiltinPreset('b2b-executive')!;
    expect(limitsFor(b2b, 'examplenet' as never, 'post').hashtags).toBe(3);
    expect(limitsFor(b2b, 'examplenet' as never, 'reply').hashtags).toBe(0);
    const wrong = parsePresetObject({ version: PRESET_SCHEMA_VERSION, limits: { examplenet: { reply: { length: 0 } } } });
    expect(wrong).toMatchObject({ ok: false, issues: [{ path: 'limits.examplenet.reply.length' }] });
  });

  it('travels in messages, with its composer kinds', () => {
    const request = { type: 'rapport/score', version: 1, text: 'Hi', network: 'examplenet', composer: 'reply' };
    expect(v.safeParse(RequestSchema, request).success).toBe(true);
    expect(v.safeParse(RequestSchema, { ...request, composer: 'story' }).success).toBe(false);
    expect(v.safeParse(RequestSchema, { ...request, network: 'myspace' }).success).toBe(false);
    const state = { sitesEnabled: { x: true, facebook: true, examplenet: false, fedinet: true }, panelCollapsed: false, coachPrivateMessages: false, scoringKey: '' };
    expect(v.safeParse(UiStateSchema, state).success).toBe(true);
    const { examplenet: _dropped, ...withoutIt } = state.sitesEnabled;
    expect(v.safeParse(UiStateSchema, { ...state, sitesEnabled: withoutIt }).success).toBe(false);
  });

  it('is scored with its own limits and length unit, which the engine gets without a site name', () => {
    const context = scoreContextFor(NEUTRAL_PRESET, 'examplenet' as never, 'reply');
    expect(context).toEqual({ limits: { hashtags: 0, links: 1, mentions: 3, length: 120 }, length: { unit: 'graphemes', linkLength: 23 } });
    const text = `Thanks for asking! ${'Here is what we found out. '.repeat(5)}https://example.com/${'a'.repeat(100)}`;
    const length = score(text, NEUTRAL_PRESET, context).hints.find((hint) => hint.rule === 'length');
    expect(length?.message).toBe(`${text.length - 120 + 23} characters, each link counted as 23; the limit is 120`);
  });

  it('is a --network choice of the CLI, under its names too, and in preset summaries', async () => {
    expect(USAGE).toContain('--network x|facebook|examplenet|fedinet');
    const out: string[] = [];
    const err: string[] = [];
    const text = `${'We made this for you. '.repeat(4)}#one #two`;
    const code = await runCli(['score', '-', '--network', 'Example Social'], {
      stdin: Readable.from([JSON.stringify({ text })]),
      stdout: { write: (chunk) => out.push(chunk) > 0 },
      stderr: { write: (chunk) => err.push(chunk) > 0 },
      cwd: process.cwd(),
    });
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    expect((JSON.parse(out.join('')) as { hints: Array<{ rule: string }> }).hints.map((hint) => hint.rule)).toEqual(
      score(text, NEUTRAL_PRESET, scoreContextFor(NEUTRAL_PRESET, 'examplenet' as never)).hints.map((hint) => hint.rule),
    );
    expect(summarisePreset(NEUTRAL_PRESET)).toContain('Example reply: 120 characters, 0 hashtags, 1 links, 3 mentions');
  });

  it('is served by the fixture server at its first host', () => {
    expect(fixtureHosts['social.example']).toBe('examplenet');
    expect(Object.values(fixtureHosts)).not.toContain('fedinet');
  });
});
