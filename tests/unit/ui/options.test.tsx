import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import acmeCare from '../../fixtures/presets/acme-care.preset.json';
import { parsePresetFile } from '../../../src/presets/schema';
import { OptionsApp } from '../../../src/ui/options/OptionsApp';
import { LOCKED_TEXT } from '../../../src/ui/components/OrganisationNote';
import { cachedPolicy, fakeExtensionStorage, type FakeExtensionStorage } from './fake-storage';

afterEach(cleanup);

const acmeText = JSON.stringify(acmeCare);

function renderOptions(storage: FakeExtensionStorage = fakeExtensionStorage()) {
  const saved: Array<{ fileName: string; text: string }> = [];
  render(<OptionsApp storage={storage} saveFile={(fileName, text) => saved.push({ fileName, text })} />);
  return { storage, saved };
}

function chooseFile(file: File) {
  const input = screen.getByLabelText('Import a preset file (.json)') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const json = (value: unknown) => new File([JSON.stringify(value)], 'team.preset.json', { type: 'application/json' });

describe('importing a preset file', () => {
  it.each([
    ['a wrong type', json({ version: 1, name: 'Team', thresholds: { voice: { ok: 'high' } } }), 'thresholds.voice.ok', /expected a number/],
    ['malformed JSON', new File(['{"version": 1, "name": "Team",}'], 'team.json'), '(file)', /not valid JSON at line 1, column 31: expected a "quoted" field name/],
    ['an unknown future version', json({ version: 99, name: 'Team' }), 'version', /newer/],
    ['binary junk', new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff])], 'logo.json'), '(file)', /not plain UTF-8 text/],
    ['a 10 MB file', new File(['x'.repeat(10 * 1024 * 1024)], 'huge.json'), '(file)', /10\.0 MB; preset files are limited to 1\.0 MB/],
    ['an unknown rule', json({ version: 1, name: 'Team', rules: { 'no-such-rule': { enabled: false } } }), 'rules.no-such-rule', /unknown rule/],
  ])('with %s says which field is wrong and why, and stores nothing', async (_what, file, path, message) => {
    const storage = fakeExtensionStorage({ sync: { 'preset:mine': { ...acmeCare, id: 'mine' } } });
    const before = storage.sync.snapshot();
    renderOptions(storage);
    await screen.findByText('Rapport settings');

    chooseFile(file);

    const issues = await screen.findByTestId('import-issues');
    const issue = issues.querySelector(`[data-path="${CSS.escape(path)}"]`);
    expect(issue?.textContent).toMatch(message);
    expect(within(issues).getAllByText(path, { selector: 'code' }).length).toBeGreaterThan(0);
    expect(screen.getByTestId('import-result').textContent).toContain('nothing was changed');
    // The error is tied to the file input for assistive technology.
    const input = screen.getByLabelText('Import a preset file (.json)');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('import-result');
    expect(storage.sync.writes).toEqual([]);
    expect(storage.sync.snapshot()).toEqual(before);
  });

  it('stores a valid file and lists the preset', async () => {
    const { storage } = renderOptions();
    await screen.findByText('Rapport settings');

    chooseFile(new File([acmeText], 'acme.json'));

    expect(await screen.findByText(/Imported “Acme care team” from “acme.json”/)).toBeTruthy();
    expect(parsePresetFile(JSON.stringify(storage.sync.items.get('preset:acme-care')))).toMatchObject({ ok: true, preset: { id: 'acme-care' } });
    await waitFor(() => expect(document.querySelector('[data-testid="preset-row"][data-preset-id="acme-care"]')?.getAttribute('data-source')).toBe('user'));
  });

  it('asks before replacing a preset with the same id, and "Keep mine" changes nothing', async () => {
    const mine = { ...acmeCare, name: 'My own Acme' };
    const storage = fakeExtensionStorage({ sync: { 'preset:acme-care': mine } });
    renderOptions(storage);
    await screen.findByText('Rapport settings');

    chooseFile(new File([acmeText], 'acme.json'));
    fireEvent.click(await screen.findByRole('button', { name: 'Keep mine' }));
    expect(storage.sync.writes).toEqual([]);
    expect(storage.sync.items.get('preset:acme-care')).toEqual(mine);

    chooseFile(new File([acmeText], 'acme.json'));
    fireEvent.click(await screen.findByRole('button', { name: 'Replace my preset' }));
    expect(await screen.findByText(/Replaced “Acme care team”/)).toBeTruthy();
    expect((storage.sync.items.get('preset:acme-care') as { name: string }).name).toBe('Acme care team');
  });

  it("refuses a file that would hide the organisation's preset with the same id", async () => {
    const storage = fakeExtensionStorage({ local: cachedPolicy({ presets: [acmeText] }) });
    renderOptions(storage);
    await screen.findByText('Rapport settings');

    chooseFile(new File([acmeText], 'acme.json'));

    const issues = await screen.findByTestId('import-issues');
    expect(issues.textContent).toMatch(/^id: .*used by a preset from your organisation/);
    expect(storage.sync.writes).toEqual([]);
  });
});

describe('organisation policy', () => {
  const lockedPolicy = {
    presets: [acmeText],
    defaults: { sites: { facebook: false } },
    locked: { activePresetId: 'acme-care', rules: { 'hard-sell': 'force-on', emoji: 'force-off' } },
  };

  it('shows a locked preset as set by the organisation and disables its picker', async () => {
    renderOptions(fakeExtensionStorage({ sync: { settings: { schemaVersion: 1, activePresetId: 'community-manager' } }, local: cachedPolicy(lockedPolicy) }));

    const picker = (await screen.findByLabelText('Active preset')) as HTMLSelectElement;
    expect(picker.value).toBe('acme-care');
    expect(picker.disabled).toBe(true);
    const note = document.getElementById(picker.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toContain(LOCKED_TEXT);
    expect(screen.getByTestId('org-banner')).toBeTruthy();
    expect(document.querySelector('[data-preset-id="acme-care"]')?.textContent).toContain('From your organisation');
  });

  it('disables locked rules in their forced state and marks organisation defaults as changeable', async () => {
    const { storage } = renderOptions(fakeExtensionStorage({ local: cachedPolicy(lockedPolicy) }));

    const hardSell = (await screen.findByLabelText('hard-sell')) as HTMLInputElement;
    expect(hardSell.checked).toBe(true);
    expect(hardSell.disabled).toBe(true);
    const emoji = screen.getByLabelText('emoji') as HTMLInputElement;
    expect(emoji.checked).toBe(false);
    expect(emoji.disabled).toBe(true);
    expect(emoji.closest('[data-testid="rule-row"]')?.textContent).toContain(`${LOCKED_TEXT} (always off)`);

    const facebook = screen.getByTestId('site-facebook') as HTMLInputElement;
    expect(facebook.checked).toBe(false);
    expect(facebook.disabled).toBe(false);
    expect(document.getElementById(facebook.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/organisation's default/);

    // A default can be overridden; the choice is stored and then wins over that same default.
    fireEvent.click(facebook);
    await waitFor(() => expect((screen.getByTestId('site-facebook') as HTMLInputElement).checked).toBe(true));
    expect(storage.sync.items.get('settings')).toMatchObject({ sites: { facebook: true } });
  });

  it('lists problems in the pushed policy so staff can pass them on', async () => {
    renderOptions(fakeExtensionStorage({ local: cachedPolicy({ presets: ['{"version": 1, "thresholds": {"voice": {"ok": 500}}}'] }) }));
    const problems = await screen.findByTestId('policy-problems');
    expect(problems.textContent).toContain('presets[0].thresholds.voice.ok');
  });
});

describe('the policy cache', () => {
  it('says so when the worker could not store the organisation’s policy', async () => {
    renderOptions(fakeExtensionStorage({ local: { managedPolicyCacheError: { message: 'the browser refused to store it (disk full), so Rapport cannot apply it', at: 1 } } }));
    expect((await screen.findByTestId('policy-cache-error')).textContent).toContain('the browser refused to store it (disk full), so Rapport cannot apply it');
  });
});

describe('settings', () => {
  it('switches a site and a rule off and stores the choice', async () => {
    const { storage } = renderOptions();
    fireEvent.click(await screen.findByTestId('site-x'));
    await waitFor(() => expect(storage.sync.items.get('settings')).toMatchObject({ sites: { x: false, facebook: true } }));

    fireEvent.click(screen.getByLabelText('jargon'));
    await waitFor(() => expect(storage.sync.items.get('settings')).toMatchObject({ disabledRules: ['jargon'] }));
    await waitFor(() => expect((screen.getByLabelText('jargon') as HTMLInputElement).checked).toBe(false));
  });

  it('changes the active preset', async () => {
    const { storage } = renderOptions();
    fireEvent.change(await screen.findByLabelText('Active preset'), { target: { value: 'customer-care' } });
    await waitFor(() => expect(storage.sync.items.get('settings')).toMatchObject({ activePresetId: 'customer-care' }));
    await waitFor(() => expect(screen.getByTestId('active-description').textContent).toMatch(/support replies/));
  });

  it('resets settings after confirmation and keeps the user presets', async () => {
    const storage = fakeExtensionStorage({
      sync: { settings: { schemaVersion: 1, activePresetId: 'acme-care', sites: { x: false, facebook: true }, disabledRules: ['jargon'] }, 'preset:acme-care': acmeCare },
    });
    renderOptions(storage);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset settings to defaults…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reset settings' }));
    await waitFor(() => expect(storage.sync.items.has('settings')).toBe(false));
    expect(storage.sync.items.has('preset:acme-care')).toBe(true);
    await waitFor(() => expect((screen.getByTestId('site-x') as HTMLInputElement).checked).toBe(true));
  });
});

describe('the preset editor', () => {
  it('updates the live preview as the preset changes', async () => {
    renderOptions();
    fireEvent.click(await screen.findByRole('button', { name: 'New preset' }));
    const preview = await screen.findByTestId('preview');
    const voiceBefore = Number(within(preview).getByTestId('preview-score-voice').textContent);
    expect(preview.querySelector('[data-rule="banned-phrase"]')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Add a banned phrase' }));
    fireEvent.input(screen.getByLabelText('Phrase 1'), { target: { value: 'loyalty app' } });
    fireEvent.input(screen.getByLabelText('Preferred wording 1'), { target: { value: 'app' } });

    await waitFor(() => expect(preview.querySelector('[data-rule="banned-phrase"]')?.textContent).toMatch(/→ app$/));
    expect(Number(within(preview).getByTestId('preview-score-voice').textContent)).toBeLessThan(voiceBefore);

    // The band follows the edited thresholds: with "good from 0" every score is good.
    fireEvent.input(screen.getByLabelText('Voice: could be better from'), { target: { value: '0' } });
    fireEvent.input(screen.getByLabelText('Voice: good from'), { target: { value: '0' } });
    await waitFor(() => expect(within(preview).getByTestId('preview-score-voice').parentElement?.textContent).toContain('Good'));
  });

  it('shows each problem next to its field, tied with aria-describedby, and saves nothing until fixed', async () => {
    const { storage } = renderOptions();
    fireEvent.click(await screen.findByRole('button', { name: 'New preset' }));
    await screen.findByTestId('preset-editor');

    const ok = screen.getByLabelText('Voice: good from');
    fireEvent.input(ok, { target: { value: '150' } });
    fireEvent.input(screen.getByLabelText('Id'), { target: { value: 'Not An Id' } });

    await waitFor(() => expect(ok.getAttribute('aria-invalid')).toBe('true'));
    const okError = document.getElementById(ok.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
    expect(okError?.textContent).toBe('must be at most 100, got 150');
    const id = screen.getByLabelText('Id');
    expect(document.getElementById(id.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent).toMatch(/lowercase letters/);
    expect(screen.getByTestId('preview').textContent).toContain('last valid version');

    fireEvent.click(screen.getByTestId('save-preset'));
    const summary = await screen.findByTestId('error-summary');
    expect(summary.textContent).toContain('There are 2 problems');
    expect(storage.sync.writes).toEqual([]);

    fireEvent.input(ok, { target: { value: '80' } });
    fireEvent.input(screen.getByLabelText('Id'), { target: { value: 'team-voice' } });
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Team voice' } });
    await waitFor(() => expect(ok.getAttribute('aria-invalid')).toBeNull());
    fireEvent.click(screen.getByTestId('save-preset'));

    await waitFor(() => expect(storage.sync.items.has('preset:team-voice')).toBe(true));
    const stored = parsePresetFile(JSON.stringify(storage.sync.items.get('preset:team-voice')));
    expect(stored).toMatchObject({ ok: true, preset: { name: 'Team voice', thresholds: { voice: { ok: 80 } } } });
    expect(await screen.findByText('Saved “Team voice”.')).toBeTruthy();
  });

  it('places a bad line in a phrase list on that textarea, by line number', async () => {
    renderOptions();
    fireEvent.click(await screen.findByRole('button', { name: 'New preset' }));
    const raise = await screen.findByLabelText('Voice: Phrases that raise');
    fireEvent.input(raise, { target: { value: 'happy to help\n\n!!!' } });
    await waitFor(() => expect(raise.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(raise.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
    expect(error?.textContent).toBe('line 3 (“!!!”): must contain at least one letter or digit');
  });

  it('refuses to save under the id of another of your presets', async () => {
    const storage = fakeExtensionStorage({ sync: { 'preset:acme-care': acmeCare } });
    renderOptions(storage);
    fireEvent.click(await screen.findByRole('button', { name: 'New preset' }));
    fireEvent.input(await screen.findByLabelText('Id'), { target: { value: 'acme-care' } });
    fireEvent.click(screen.getByTestId('save-preset'));
    const id = screen.getByLabelText('Id');
    await waitFor(() => expect(id.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(`${id.id}-error`)?.textContent).toMatch(/already have a preset with the id "acme-care"/);
    expect(storage.sync.writes).toEqual([]);
  });

  it('duplicates a built-in preset as a new user preset', async () => {
    const { storage } = renderOptions();
    const row = await waitFor(() => {
      const found = document.querySelector('[data-preset-id="customer-care"]');
      if (!(found instanceof HTMLElement)) throw new Error('no customer-care row yet');
      return found;
    });
    fireEvent.click(within(row).getByRole('button', { name: 'Duplicate Customer care' }));
    expect((await screen.findByLabelText('Id') as HTMLInputElement).value).toBe('customer-care-copy');
    fireEvent.click(screen.getByTestId('save-preset'));
    await waitFor(() => expect(storage.sync.items.has('preset:customer-care-copy')).toBe(true));
  });

  it('renaming the active preset keeps it active under its new id', async () => {
    const storage = fakeExtensionStorage({ sync: { settings: { schemaVersion: 1, activePresetId: 'acme-care' }, 'preset:acme-care': acmeCare } });
    renderOptions(storage);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Acme care team' }));
    fireEvent.input(await screen.findByLabelText('Id'), { target: { value: 'acme-support' } });
    fireEvent.click(screen.getByTestId('save-preset'));
    await waitFor(() => expect(storage.sync.items.has('preset:acme-support')).toBe(true));
    expect(storage.sync.items.has('preset:acme-care')).toBe(false);
    expect(storage.sync.items.get('settings')).toMatchObject({ activePresetId: 'acme-support' });
  });
});

describe('export and delete', () => {
  it('exports a preset as a file that imports back to the same preset', async () => {
    const { saved } = renderOptions(fakeExtensionStorage({ sync: { 'preset:acme-care': acmeCare } }));
    fireEvent.click(await screen.findByRole('button', { name: 'Export Acme care team' }));
    expect(saved.map((file) => file.fileName)).toEqual(['acme-care.preset.json']);
    const exported = parsePresetFile(saved[0]?.text ?? '');
    expect(exported.ok && exported.preset).toEqual(parsePresetFile(acmeText).ok && (parsePresetFile(acmeText) as { preset: unknown }).preset);
  });

  it('deletes a user preset only after confirmation, and the active choice falls back to Neutral', async () => {
    const storage = fakeExtensionStorage({ sync: { settings: { schemaVersion: 1, activePresetId: 'acme-care' }, 'preset:acme-care': acmeCare } });
    renderOptions(storage);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Acme care team' }));
    expect(storage.sync.writes).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Acme care team”' }));
    await waitFor(() => expect(storage.sync.items.has('preset:acme-care')).toBe(false));
    expect(storage.sync.items.get('settings')).toMatchObject({ activePresetId: 'neutral' });
    // Built-in presets offer no delete.
    expect(screen.queryByRole('button', { name: 'Delete Neutral' })).toBeNull();
  });
});
