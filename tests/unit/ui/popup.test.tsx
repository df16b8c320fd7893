import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import acmeCare from '../../fixtures/presets/acme-care.preset.json';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { LOCKED_TEXT } from '../../../src/ui/components/OrganisationNote';
import { cachedPolicy, fakeExtensionStorage } from './fake-storage';

afterEach(cleanup);

describe('the toolbar popup', () => {
  it('turns a site off at once by storing the choice', async () => {
    const storage = fakeExtensionStorage();
    render(<PopupApp storage={storage} openOptions={async () => undefined} />);
    const x = (await screen.findByLabelText('X (Twitter)')) as HTMLInputElement;
    expect(x.checked).toBe(true);
    fireEvent.click(x);
    await waitFor(() => expect(storage.sync.items.get('settings')).toMatchObject({ sites: { x: false, facebook: true } }));
    await waitFor(() => expect((screen.getByLabelText('X (Twitter)') as HTMLInputElement).checked).toBe(false));
  });

  it('picks the active preset', async () => {
    const storage = fakeExtensionStorage();
    render(<PopupApp storage={storage} openOptions={async () => undefined} />);
    fireEvent.change(await screen.findByLabelText('Active preset'), { target: { value: 'b2b-executive' } });
    await waitFor(() => expect(storage.sync.items.get('settings')).toMatchObject({ activePresetId: 'b2b-executive' }));
  });

  it('disables the preset picker when the organisation locked it, and says so', async () => {
    const storage = fakeExtensionStorage({ local: cachedPolicy({ presets: [JSON.stringify(acmeCare)], locked: { activePresetId: 'acme-care' } }) });
    render(<PopupApp storage={storage} openOptions={async () => undefined} />);
    const picker = (await screen.findByLabelText('Active preset')) as HTMLSelectElement;
    await waitFor(() => expect(picker.disabled).toBe(true));
    expect(picker.value).toBe('acme-care');
    expect(document.getElementById(picker.getAttribute('aria-describedby') ?? '')?.textContent).toContain(LOCKED_TEXT);
  });

  it('follows changes made elsewhere (another page, or a new policy cached by the worker)', async () => {
    const storage = fakeExtensionStorage();
    render(<PopupApp storage={storage} openOptions={async () => undefined} />);
    const picker = (await screen.findByLabelText('Active preset')) as HTMLSelectElement;
    expect(picker.disabled).toBe(false);
    await storage.local.set(cachedPolicy({ locked: { activePresetId: 'customer-care' } }));
    await waitFor(() => expect((screen.getByLabelText('Active preset') as HTMLSelectElement).disabled).toBe(true));
    expect((screen.getByLabelText('Active preset') as HTMLSelectElement).value).toBe('customer-care');
  });

  it('says "Not saved" with the reason when the browser refuses the change, and the switch shows what is stored', async () => {
    const storage = fakeExtensionStorage();
    storage.sync.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    render(<PopupApp storage={storage} openOptions={async () => undefined} />);
    fireEvent.click(await screen.findByLabelText('Facebook'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not saved: your browser’s synced storage for Rapport is full (100 KB for all your settings and presets); delete a preset you no longer use',
    );
    expect(storage.sync.items.has('settings')).toBe(false);
  });

  it('opens the options page, and reports when the browser refuses', async () => {
    let opened = 0;
    const { unmount } = render(<PopupApp storage={fakeExtensionStorage()} openOptions={async () => void (opened += 1)} />);
    fireEvent.click(screen.getByTestId('open-options'));
    await waitFor(() => expect(opened).toBe(1));
    unmount();

    render(<PopupApp storage={fakeExtensionStorage()} openOptions={() => Promise.reject(new Error('no options page'))} />);
    fireEvent.click(screen.getByTestId('open-options'));
    expect((await screen.findByRole('alert')).textContent).toContain('no options page');
  });
});
