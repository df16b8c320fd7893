import { useState } from 'preact/hooks';
import type { Preset } from '../../engine';
import { MAX_PRESET_FILE_BYTES, parsePresetFile, type PresetIssue } from '../../presets/schema';
import type { ImportResult } from '../../storage';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'invalid'; fileName: string; issues: PresetIssue[] }
  | { kind: 'confirm-replace'; fileName: string; text: string; preset: Preset }
  | { kind: 'imported'; fileName: string; preset: Preset; warnings: string[]; replaced: boolean };

export interface ImportPresetProps {
  /** Ids of the user's own presets: importing one of them asks before replacing it. */
  userPresetIds: ReadonlySet<string>;
  /** Ids the organisation's presets use: a user preset with one of them would be hidden. */
  reservedIds: ReadonlySet<string>;
  importText: (text: string) => Promise<ImportResult>;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Reads a preset file chosen by the user. Nothing is stored unless the whole file is valid; a
 * problem is shown with the field it is in, and replacing an existing preset needs a yes.
 */
export function ImportPreset({ userPresetIds, reservedIds, importText }: ImportPresetProps) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  async function store(fileName: string, text: string) {
    let result: ImportResult;
    try {
      result = await importText(text);
    } catch (error) {
      result = { ok: false, issues: [{ path: '(file)', message: `the browser refused to store it: ${(error as Error).message}` }] };
    }
    setState(result.ok ? { kind: 'imported', fileName, preset: result.preset, warnings: result.warnings, replaced: result.replaced } : { kind: 'invalid', fileName, issues: result.issues });
  }

  async function read(file: File) {
    const fileName = file.name;
    // A huge file is refused before it is read into memory.
    if (file.size > MAX_PRESET_FILE_BYTES) {
      setState({ kind: 'invalid', fileName, issues: [{ path: '(file)', message: `the file is ${megabytes(file.size)}; preset files are limited to ${megabytes(MAX_PRESET_FILE_BYTES)}` }] });
      return;
    }
    setState({ kind: 'reading', fileName });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setState({ kind: 'invalid', fileName, issues: [{ path: '(file)', message: `the file could not be read: ${(error as Error).message}` }] });
      return;
    }
    const parsed = parsePresetFile(text);
    if (!parsed.ok) {
      setState({ kind: 'invalid', fileName, issues: parsed.issues });
      return;
    }
    const { preset } = parsed;
    if (reservedIds.has(preset.id)) {
      setState({ kind: 'invalid', fileName, issues: [{ path: 'id', message: `"${preset.id}" is used by a preset from your organisation; give the file its own "id"` }] });
      return;
    }
    if (userPresetIds.has(preset.id)) {
      setState({ kind: 'confirm-replace', fileName, text, preset });
      return;
    }
    await store(fileName, text);
  }

  const invalid = state.kind === 'invalid';
  return (
    <div class="import" data-testid="import">
      <div class="field">
        <label for="import-file">Import a preset file (.json)</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={state.kind === 'idle' ? undefined : 'import-result'}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) reads it again.
            input.value = '';
            if (file) void read(file);
          }}
        />
      </div>
      <div id="import-result" aria-live="polite" data-testid="import-result">
        {state.kind === 'reading' && <p class="status">Reading “{state.fileName}”…</p>}
        {state.kind === 'invalid' && (
          <div class="field-error" role="alert">
            <p class="field-error">
              “{state.fileName}” was not imported; nothing was changed. {state.issues.length === 1 ? 'Problem:' : 'Problems:'}
            </p>
            <ul data-testid="import-issues">
              {state.issues.map((issue, index) => (
                <li key={`${index}:${issue.path}`} data-path={issue.path}>
                  <code>{issue.path}</code>: {issue.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {state.kind === 'confirm-replace' && (
          <div class="confirm" role="alert">
            <p>
              You already have a preset with the id <code>{state.preset.id}</code>. Replace it with “{state.preset.name}” from “{state.fileName}”?
            </p>
            <button type="button" class="danger" onClick={() => void store(state.fileName, state.text)}>
              Replace my preset
            </button>{' '}
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              Keep mine
            </button>
          </div>
        )}
        {state.kind === 'imported' && (
          <div class="status ok">
            <p>
              {state.replaced ? 'Replaced' : 'Imported'} “{state.preset.name}” from “{state.fileName}”.
            </p>
            {state.warnings.length > 0 && (
              <ul class="warnings" data-testid="import-warnings">
                {state.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
