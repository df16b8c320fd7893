// Managed policy end to end: a Chromium policy file (the README's example, plus a lock and a
// deliberately bad value) reaches the extension through chrome.storage.managed, the worker and
// every page apply it, and Chrome itself drops what does not fit managed-schema.json (generated from the registry).
// Writes /etc/chromium/policies/managed/, so it runs only as root; the file is removed afterwards.

import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoredIn } from '../scored';
import { builtinPresets } from '../../src/presets/builtins';
import { defaultSettings, parseManagedPolicy, resolveEffectiveSettings } from '../../src/storage';
import { launch, MANAGED_POLICY_DIRECTORY as POLICY_DIRECTORY, projectRoot, readPanel, typeInto, type Harness } from './harness';

const EXTENSION_ID = 'nnjlgfiiijlljaakeafppdcmchlkkjdh';
const POLICY_FILE = path.join(POLICY_DIRECTORY, 'rapport-e2e.json');
const EXAMPLE_FILE = path.join(projectRoot, 'tests/fixtures/presets/policy.example.json');
const UI_TIMEOUT = { timeout: 15_000, interval: 100 };

interface ExtensionPolicy {
  presets: string[];
  defaults: Record<string, unknown>;
  locked: { activePresetId?: string; rules: Record<string, string> };
}

/** The example managers copy (README, "For managers"), exactly as shipped. */
const examplePolicy = (JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')) as { '3rdparty': { extensions: Record<string, ExtensionPolicy> } })['3rdparty'].extensions[EXTENSION_ID];
if (!examplePolicy) throw new Error(`${EXAMPLE_FILE} has no policy for ${EXTENSION_ID}`);
const example: ExtensionPolicy = examplePolicy;
const lockedPresetId = 'acme-care';

/**
 * The example, plus: the preset locked (so staff cannot switch), and one value of the wrong type
 * (`disabledRules` must be a list). Chrome validates each top-level policy against the manifest's
 * managed_schema and drops the whole `defaults` for it; `presets` and `locked` still apply.
 */
const pushedPolicy = {
  ...example,
  defaults: { ...example.defaults, disabledRules: 'hard-sell' },
  locked: { ...example.locked, activePresetId: lockedPresetId },
};

/** Why this suite cannot run here, or null when it can. */
function policyDirectoryProblem(): string | null {
  // Every Chromium on the machine reads that folder: where several test runs share one machine,
  // all but one set this so a policy written for this suite cannot reach the others' browsers.
  if (process.env.RAPPORT_NO_POLICY_E2E) return 'RAPPORT_NO_POLICY_E2E is set (another test run shares this machine)';
  if (process.getuid?.() !== 0) return `writing ${POLICY_DIRECTORY} needs root (this run is uid ${process.getuid?.() ?? 'unknown'})`;
  try {
    mkdirSync(POLICY_DIRECTORY, { recursive: true });
    accessSync(POLICY_DIRECTORY, constants.W_OK);
    return null;
  } catch (error) {
    return `${POLICY_DIRECTORY} cannot be written: ${(error as Error).message}`;
  }
}

const skipReason = policyDirectoryProblem();
if (skipReason) console.warn(`Skipping the managed policy E2E tests: ${skipReason}`);

describe.skipIf(skipReason !== null)(`managed policy${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let harness: Harness;
  /** What chrome.storage.managed held right after launch, read before any tab opened (PLATFORM.md). */
  let managedAtLaunch: Record<string, unknown>;

  beforeAll(async () => {
    // Also on an abrupt exit: a leftover file would apply this policy to every later Chromium run.
    process.once('exit', () => rmSync(POLICY_FILE, { force: true }));
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: pushedPolicy } } }, null, 2));
    harness = await launch({ managedPolicy: 'expected' });
    managedAtLaunch = await harness.serviceWorker.evaluate(() => chrome.storage.managed.get(null));
  });

  afterAll(async () => {
    try {
      await harness?.close();
    } finally {
      // Chromium applies every file in this directory to every profile: never leave ours behind.
      rmSync(POLICY_FILE, { force: true });
    }
  });

  it('loads the extension with its managed_schema, and Chrome drops the value that does not conform', () => {
    expect(harness.extensionId).toBe(EXTENSION_ID);
    // `defaults` carried a string where the schema says array: gone as a whole. The rest is intact.
    expect(Object.keys(managedAtLaunch).sort()).toEqual(['locked', 'presets']);
    expect(managedAtLaunch.presets).toEqual(example.presets);
    expect(managedAtLaunch.locked).toEqual(pushedPolicy.locked);
    expect(parseManagedPolicy(managedAtLaunch).problems).toEqual([]);
  });

  it('makes the locked preset the active one in the worker, with its thresholds', async () => {
    await expect
      .poll(() => harness.serviceWorker.evaluate(() => chrome.storage.local.get('managedPolicyCache').then((items) => items.managedPolicyCache ?? null)), UI_TIMEOUT)
      .toMatchObject({ raw: { locked: { activePresetId: lockedPresetId } } });

    const page = await harness.context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/src/ui/popup/index.html`);
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'rapport/score', version: 1, text: 'Hello there', network: 'x', composer: 'post' }));
    expect(reply).toMatchObject({
      ok: true,
      preset: {
        id: lockedPresetId,
        lockedByPolicy: true,
        thresholds: { voice: { ok: 75, warn: 45 } },
        lockedRules: expect.arrayContaining(['hard-sell', 'boilerplate']),
      },
    });
    await page.close();
  });

  it('shows the preset as set by the organisation on the options page and in the popup, with the pickers disabled', async () => {
    const options = await harness.context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/src/ui/options/index.html`);
    const picker = options.getByLabel('Active preset');
    await expect.poll(() => picker.isDisabled(), UI_TIMEOUT).toBe(true);
    expect(await picker.inputValue()).toBe(lockedPresetId);
    const noteId = await picker.getAttribute('aria-describedby');
    expect(await options.locator(`[id="${noteId}"]`).textContent()).toContain('Set by your organisation');
    for (const rule of Object.keys(example.locked.rules)) {
      const toggle = options.getByLabel(rule, { exact: true });
      expect({ rule, checked: await toggle.isChecked(), disabled: await toggle.isDisabled() }).toEqual({ rule, checked: true, disabled: true });
    }
    expect(await options.getByTestId('org-banner').isVisible()).toBe(true);
    await options.close();

    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/src/ui/popup/index.html`);
    const popupPicker = popup.getByLabel('Active preset');
    await expect.poll(() => popupPicker.isDisabled(), UI_TIMEOUT).toBe(true);
    expect(await popupPicker.inputValue()).toBe(lockedPresetId);
    expect(await popup.getByText('Set by your organisation').count()).toBe(1);
    await popup.close();

    // Both pages run under the extension pages' strict CSP without a single error.
    const pageErrors = harness.consoleMessages.filter((message) => message.level === 'error' && message.targetUrl.startsWith(`chrome-extension://${EXTENSION_ID}/src/ui/`));
    expect(pageErrors).toEqual([]);
  });

  it("coaches on X with the organisation's preset: its banned phrases, preferred wording and locked rules", async () => {
    const page = await harness.openX('/home');
    const text = 'Please utilize the form and open a ticket. Shop now, limited time only!';
    await typeInto(page, 'home', text);

    // The panel's scores are the engine's for this text under the policy's preset and locks.
    const policy = parseManagedPolicy(managedAtLaunch).policy;
    const expected = scoredIn(text, 'x', { preset: resolveEffectiveSettings(builtinPresets, { settings: defaultSettings(), presets: [] }, policy).preset });
    await expect.poll(() => readPanel(page), UI_TIMEOUT).toMatchObject({ state: 'ready', reciprocity: expected.reciprocity, voice: expected.voice });

    const panel = await readPanel(page);
    const banned = panel?.hints.filter((hint) => hint.rule === 'banned-phrase') ?? [];
    expect(banned.find((hint) => hint.text.includes('ticket'))).toMatchObject({ fixable: true, text: expect.stringContaining('request') });
    expect(banned.find((hint) => hint.text.includes('utilize'))).toMatchObject({ fixable: true, text: expect.stringContaining('use') });

    const panelState = await page.evaluate(() => {
      const root = document.querySelector('rapport-panel')?.shadowRoot;
      const hardSell = root?.querySelector('[data-testid="rapport-hint"][data-rule="hard-sell"]');
      return {
        text: root?.textContent ?? '',
        hardSellShown: hardSell !== null && hardSell !== undefined,
        hardSellOffersTurnOff: hardSell?.querySelector('[data-testid="rapport-turn-off"]') != null,
      };
    });
    expect(panelState.text).toContain('Acme care team');
    expect(panelState.text).toContain('set by your organisation');
    // hard-sell is forced on: the panel offers no way to turn it off.
    expect(panelState).toMatchObject({ hardSellShown: true, hardSellOffersTurnOff: false });
    await page.close();
  });

  it('leaves what the policy does not lock to staff: the popup turns coaching on X off and on at once', async () => {
    const x = await harness.openX('/home');
    await typeInto(x, 'home', 'Thanks for asking! What would you add? ^JS');
    await expect.poll(async () => (await readPanel(x))?.state, UI_TIMEOUT).toBe('ready');

    const popup = await harness.context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/src/ui/popup/index.html`);
    const toggle = popup.getByLabel('X (Twitter)');
    expect(await toggle.isDisabled()).toBe(false);
    await toggle.uncheck();
    await expect.poll(() => readPanel(x), UI_TIMEOUT).toBeNull();

    await toggle.check();
    await x.locator('[role="textbox"]').first().click();
    await expect.poll(async () => (await readPanel(x))?.composers ?? 0, UI_TIMEOUT).toBeGreaterThan(0);
    await popup.close();
    await x.close();
  });
});
