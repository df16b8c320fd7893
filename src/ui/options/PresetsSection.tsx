import { useState } from 'preact/hooks';
import type { Preset } from '../../engine';
import type { EffectiveSettings, PresetSource } from '../../storage';
import { LOCKED_TEXT } from '../components/OrganisationNote';

const SOURCE_LABEL: Record<PresetSource, string> = {
  builtin: 'Built-in',
  user: 'Yours',
  managed: 'From your organisation',
};

export interface PresetsSectionProps {
  effective: EffectiveSettings;
  onNew: () => void;
  onEdit: (preset: Preset) => void;
  onDuplicate: (preset: Preset) => void;
  onExport: (preset: Preset) => void;
  onDelete: (preset: Preset) => void;
}

/** Every preset the user can pick, with what each source allows: only the user's own can change. */
export function PresetsSection({ effective, onNew, onEdit, onDuplicate, onExport, onDelete }: PresetsSectionProps) {
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  return (
    <div>
      <ul class="preset-list">
        {effective.presets.map(({ preset, source }) => {
          const active = preset.id === effective.activePresetId;
          return (
            <li key={preset.id} class={`preset-row${active ? ' active' : ''}`} data-testid="preset-row" data-preset-id={preset.id} data-source={source}>
              <div class="preset-head">
                <strong>{preset.name}</strong> <code>{preset.id}</code> <span class="tag">{SOURCE_LABEL[source]}</span>
                {active && <span class="tag active-tag">Active{effective.locked.activePreset ? ` · ${LOCKED_TEXT.toLowerCase()}` : ''}</span>}
              </div>
              {preset.description && <p class="hint-text">{preset.description}</p>}
              {confirmDelete === preset.id ? (
                <div class="confirm" role="alert">
                  <p>Delete “{preset.name}”? Export it first if you may want it back.</p>
                  <button
                    type="button"
                    class="danger"
                    onClick={() => {
                      setConfirmDelete(null);
                      onDelete(preset);
                    }}
                  >
                    Delete “{preset.name}”
                  </button>{' '}
                  <button type="button" onClick={() => setConfirmDelete(null)}>
                    Keep it
                  </button>
                </div>
              ) : (
                <div class="row-actions">
                  {source === 'user' && (
                    <button type="button" onClick={() => onEdit(preset)} aria-label={`Edit ${preset.name}`}>
                      Edit
                    </button>
                  )}
                  <button type="button" onClick={() => onDuplicate(preset)} aria-label={`Duplicate ${preset.name}`}>
                    Duplicate
                  </button>
                  <button type="button" onClick={() => onExport(preset)} aria-label={`Export ${preset.name}`}>
                    Export
                  </button>
                  {source === 'user' && (
                    <button type="button" class="danger" onClick={() => setConfirmDelete(preset.id)} aria-label={`Delete ${preset.name}`}>
                      Delete
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" class="primary" onClick={onNew}>
        New preset
      </button>
    </div>
  );
}
