import { useCallback, useRef, useState } from 'preact/hooks';
import { NEUTRAL_PRESET, ruleCatalog, type Preset } from '../../engine';
import { network, type NetworkId } from '../../networks';
import { serializePreset } from '../../presets/schema';
import type { ImportResult } from '../../storage';
import { downloadText } from '../components/download';
import { PresetPicker } from '../components/PresetPicker';
import { SiteToggles } from '../components/SiteToggles';
import type { ExtensionStorage } from '../components/storage-areas';
import { useSettings, type SettingsSnapshot } from '../components/use-settings';
import { HistorySection } from './HistorySection';
import { ImportPreset } from './ImportPreset';
import { PresetEditor, type RuleInfo } from './PresetEditor';
import { copyOf, newPreset } from './preset-form';
import { PresetsSection } from './PresetsSection';
import { RulesSection } from './RulesSection';
import { scoredAs } from './scored-as';

export interface OptionsAppProps {
  storage: ExtensionStorage;
  /** Saves an exported preset file; the page downloads it, tests record it. */
  saveFile?: (fileName: string, text: string) => void;
  /** Rules to list; the engine's catalog unless a test narrows it. */
  rules?: readonly RuleInfo[];
}

interface Editing {
  title: string;
  preset: Preset;
  originalId?: string;
}

type Status = { tone: 'ok' | 'error'; text: string } | null;

export function OptionsApp({ storage, saveFile = downloadText, rules = ruleCatalog }: OptionsAppProps) {
  const { state } = useSettings(storage);
  const [status, setStatus] = useState<Status>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const presetsHeading = useRef<HTMLHeadingElement>(null);

  // Every write goes through here: a refused write (quota, a policy lock) is said, not swallowed.
  const run = useCallback(async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setStatus({ tone: 'ok', text: done });
    } catch (error) {
      setStatus({ tone: 'error', text: `Not saved: ${(error as Error).message}` });
    }
  }, []);

  if (state.status === 'loading') return <main class="options"><p>Loading Rapport's settings…</p></main>;
  if (state.status === 'error') return <main class="options"><p class="status error" role="alert">{state.message}</p></main>;

  const snapshot: SettingsSnapshot = state.snapshot;
  const { effective, policy } = snapshot;
  const managed = policy.policy;
  const activeEntry = effective.presets.find((entry) => entry.preset.id === effective.activePresetId);
  const activePreset = activeEntry?.preset ?? NEUTRAL_PRESET;
  const userPresetIds = new Set(snapshot.userPresets.map((preset) => preset.id));
  const managedIds = new Set((managed?.presets ?? []).map((preset) => preset.id));
  const allIds = new Set(effective.presets.map((entry) => entry.preset.id));

  const closeEditor = () => {
    setEditing(null);
    requestAnimationFrame(() => presetsHeading.current?.focus());
  };

  const savePreset = async (file: Record<string, unknown>, originalId: string | undefined): Promise<ImportResult> => {
    let result: ImportResult;
    try {
      result = (await storage.change({ kind: 'save-preset', file, ...(originalId !== undefined ? { originalId } : {}) }))!;
    } catch (error) {
      return { ok: false, issues: [{ path: '(file)', message: `not saved: ${(error as Error).message}` }] };
    }
    if (result.ok) {
      setStatus({ tone: 'ok', text: `Saved “${result.preset.name}”.` });
      closeEditor();
    }
    return result;
  };

  return (
    <main class="options">
      <header class="page-header">
        <h1>Rapport settings</h1>
        <p class="hint-text">Everything here stays in your browser; Rapport sends nothing anywhere.</p>
      </header>

      {managed && (
        <section class="org-banner" aria-labelledby="org-title" data-testid="org-banner">
          <h2 id="org-title">Managed by your organisation</h2>
          <p>
            Settings marked “Set by your organisation” cannot be changed here. Settings marked as your organisation's default start that way; you can
            change them.
          </p>
          {policy.problems.length > 0 && (
            <div class="field-error" data-testid="policy-problems">
              <p class="field-error">Parts of your organisation's policy could not be used (tell whoever manages it):</p>
              <ul>
                {policy.problems.map((problem, index) => (
                  <li key={`${index}:${problem.path}`}>
                    <code>{problem.path}</code>: {problem.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}

      {snapshot.policyCacheError && (
        <p class="status error" role="alert" data-testid="policy-cache-error">
          Your organisation's policy was not saved: {snapshot.policyCacheError}. Tell whoever manages it.
        </p>
      )}

      <p class={`status${status ? ` ${status.tone}` : ''}`} role="status" aria-live="polite" data-testid="status">
        {status?.text ?? ''}
      </p>

      {[...effective.warnings, ...snapshot.unreadablePresets.map((problem) => `A stored preset (${problem.key}) could not be read: ${problem.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`)].map(
        (warning) => (
          <p class="status error" key={warning}>
            {warning}
          </p>
        ),
      )}

      <section aria-labelledby="general-title">
        <h2 id="general-title">Coaching</h2>
        <PresetPicker
          idPrefix="options"
          effective={effective}
          onChange={(presetId) => void run(() => storage.change({ kind: 'active-preset', presetId }), 'Active preset changed.')}
        />
        <p class="hint-text" data-testid="active-description">
          {activePreset.description}
        </p>
        <SiteToggles
          idPrefix="options"
          effective={effective}
          onChange={(site: NetworkId, enabled) =>
            void run(() => storage.change({ kind: 'site', site, enabled }), `Coaching on ${network(site).shortLabel} turned ${enabled ? 'on' : 'off'}.`)
          }
        />
        <div class="check">
          <input
            type="checkbox"
            id="options-private-messages"
            data-testid="coach-private-messages"
            checked={effective.coachPrivateMessages}
            aria-describedby="options-private-messages-note"
            // A scripted click would still tick the box on screen; cancelling it leaves the box as stored.
            onClick={(event) => {
              if (!event.isTrusted) event.preventDefault();
            }}
            onChange={(event) => {
              // Only the user's own click changes what Rapport reads.
              if (!event.isTrusted) return;
              const on = event.currentTarget.checked;
              void run(() => storage.change({ kind: 'private-messages', coach: on }), `Private messages ${on ? 'are' : 'are no longer'} coached.`);
            }}
          />
          <label for="options-private-messages">Coach private messages too</label>
          <p class="hint-text" id="options-private-messages-note">
            X direct messages and Facebook Messenger. Off unless you turn it on; drafts never leave your computer either way.
          </p>
        </div>
      </section>

      <section aria-labelledby="presets-title">
        <h2 id="presets-title" tabIndex={-1} ref={presetsHeading}>
          Presets
        </h2>
        {editing ? (
          <PresetEditor
            key={`${editing.title}:${editing.originalId ?? editing.preset.id}`}
            title={editing.title}
            initial={editing.preset}
            originalId={editing.originalId}
            rules={rules}
            previewWith={(preset) => scoredAs(preset, snapshot.settings, managed)}
            onSave={(file) => savePreset(file, editing.originalId)}
            onCancel={closeEditor}
          />
        ) : (
          <>
            <PresetsSection
              effective={effective}
              onNew={() => setEditing({ title: 'New preset', preset: newPreset(NEUTRAL_PRESET, allIds) })}
              onEdit={(preset) => setEditing({ title: `Edit “${preset.name}”`, preset, originalId: preset.id })}
              onDuplicate={(preset) => setEditing({ title: `Copy of “${preset.name}”`, preset: copyOf(preset, allIds) })}
              onExport={(preset) => {
                saveFile(`${preset.id}.preset.json`, serializePreset(preset));
                setStatus({ tone: 'ok', text: `Exported “${preset.name}” as ${preset.id}.preset.json.` });
              }}
              onDelete={(preset) => void run(() => storage.change({ kind: 'delete-preset', presetId: preset.id }), `Deleted “${preset.name}”.`)}
            />
            <ImportPreset userPresetIds={userPresetIds} reservedIds={managedIds} importText={async (text) => (await storage.change({ kind: 'import-preset', text }))!} />
          </>
        )}
      </section>

      <RulesSection
        rules={rules}
        effective={effective}
        activePreset={activePreset}
        onToggle={(ruleId, enabled) => void run(() => storage.change({ kind: 'rule', rule: ruleId, disabled: !enabled }), `Rule ${ruleId} turned ${enabled ? 'on' : 'off'}.`)}
      />

      <HistorySection storage={storage} run={run} />

      <section aria-labelledby="reset-title">
        <h2 id="reset-title">Reset</h2>
        {confirmReset ? (
          <div class="confirm" role="alert">
            <p>
              Go back to the default preset, turn coaching on for every site and turn every rule back on? Your own presets are kept; your
              organisation's settings still apply.
            </p>
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirmReset(false);
                void run(() => storage.change({ kind: 'reset' }), 'Settings reset to the defaults.');
              }}
            >
              Reset settings
            </button>{' '}
            <button type="button" onClick={() => setConfirmReset(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setConfirmReset(true)}>
            Reset settings to defaults…
          </button>
        )}
      </section>
    </main>
  );
}
