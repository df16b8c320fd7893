// The options page, the popup and the panel take their networks from the registry: with two
// made-up networks added to it (tests/unit/networks/extra-networks.ts), each shows them with no
// other change. The non-UI parts are checked in tests/unit/networks/derived.test.ts.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/networks/registry', async (importOriginal) => {
  const { NETWORKS } = await importOriginal<typeof import('../../../src/networks/registry')>();
  const { EXTRA_NETWORKS } = await import('../networks/extra-networks');
  return { NETWORKS: [...NETWORKS, ...EXTRA_NETWORKS] };
});

const { OptionsApp } = await import('../../../src/ui/options/OptionsApp');
const { PopupApp } = await import('../../../src/ui/popup/PopupApp');
const { Panel } = await import('../../../src/ui/panel/Panel');
const { fieldId } = await import('../../../src/ui/options/fields');
const { fakeExtensionStorage } = await import('./fake-storage');
const { networks } = await import('../../../src/networks');
const { contentSpec } = await import('../../../src/networks/manifest');
const { siteAdapter } = await import('../../../src/sites/adapter');
const { lexical } = await import('../../../src/sites/editors/lexical');

afterEach(cleanup);

describe('a network added to the registry', () => {
  it('gets a switch in the popup, under its label', async () => {
    const storage = fakeExtensionStorage();
    render(<PopupApp storage={storage} openOptions={async () => undefined} />);
    const toggle = (await screen.findByLabelText('Example Net')) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(screen.getByLabelText('Fedinet')).toBeTruthy();
    fireEvent.click(toggle);
    await waitFor(() => expect(storage.sync.items.get('settings')).toMatchObject({ sites: { x: true, facebook: true, examplenet: false, fedinet: true } }));
  });

  it('gets a switch in the options page that says what it did', async () => {
    render(<OptionsApp storage={fakeExtensionStorage()} saveFile={() => undefined} />);
    fireEvent.click(await screen.findByTestId('site-examplenet'));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Coaching on Example turned off.'));
  });

  it('gets limit fields per composer kind in the preset editor, and a place in the live preview', async () => {
    render(<OptionsApp storage={fakeExtensionStorage()} saveFile={() => undefined} />);
    fireEvent.click(await screen.findByRole('button', { name: 'New preset' }));
    await screen.findByTestId('preset-editor');
    const replyLength = document.getElementById(fieldId('limits.examplenet.reply.length')) as HTMLInputElement;
    expect(replyLength.value).toBe('120');
    expect(screen.getByLabelText('Example reply: Length')).toBe(replyLength);
    expect(screen.getByLabelText('Fedinet: Hashtags')).toBeTruthy();
    const choices = within(screen.getByTestId('preview')).getByLabelText('Network') as HTMLSelectElement;
    expect([...choices.options].map((option) => option.textContent)).toEqual(['X', 'Facebook post', 'Facebook comment', 'Example post', 'Example reply', 'Fedinet']);
  });

  it('names itself in the panel, by its registry entry as its content script carries it', () => {
    const exampleAdapter = siteAdapter(lexical)(contentSpec(networks.find((spec) => spec.id === 'examplenet')!));
    render(
      <Panel
        status="ready"
        report={{
          status: 'scored',
          language: 'en',
          reciprocity: 50,
          voice: 50,
          hints: [],
          stats: { weightedLength: 130, maxLength: 120, words: 20, sentences: 2, hashtags: 0, links: 1, mentions: 0, emoji: 0, readingGrade: 5 },
          breakdown: { reciprocity: { base: 35, contributions: [], summary: '' }, voice: { base: 45, contributions: [], summary: '' } },
        }}
        preset={null}
        hints={[]}
        networkLabel={exampleAdapter.label}
        textLength={150}
        error={null}
        applyError={null}
        collapsed={false}
        focusedHint={null}
        onApply={() => undefined}
        onDismiss={() => undefined}
        onTurnOffRule={() => undefined}
        onFocusHint={() => undefined}
        onToggleCollapsed={() => undefined}
        onClearApplyError={() => undefined}
        onEscape={() => undefined}
      />,
    );
    expect(screen.getByTestId('rapport-fact-length').textContent).toBe("10 characters over Example's limit of 120.");
  });
});
