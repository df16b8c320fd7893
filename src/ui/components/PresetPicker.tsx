import type { EffectiveSettings, PresetSource } from '../../storage';
import { DefaultNote, LockedNote } from './OrganisationNote';

const SOURCE_GROUPS: ReadonlyArray<{ source: PresetSource; label: string }> = [
  { source: 'managed', label: "Your organisation's" },
  { source: 'user', label: 'Yours' },
  { source: 'builtin', label: 'Built-in' },
];

/** Chooses the preset Rapport scores with; read-only when the organisation fixed it. */
export function PresetPicker({ effective, onChange, idPrefix }: { effective: EffectiveSettings; onChange: (presetId: string) => void; idPrefix: string }) {
  const selectId = `${idPrefix}-active-preset`;
  const noteId = `${selectId}-note`;
  const locked = effective.locked.activePreset;
  const fromDefault = !locked && effective.fromOrganisationDefaults.includes('activePresetId');
  return (
    <div class="field">
      <label for={selectId}>Active preset</label>
      <select
        id={selectId}
        data-testid="active-preset"
        value={effective.activePresetId}
        disabled={locked}
        aria-describedby={locked || fromDefault ? noteId : undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {SOURCE_GROUPS.map(({ source, label }) => {
          const presets = effective.presets.filter((entry) => entry.source === source);
          if (presets.length === 0) return null;
          return (
            <optgroup key={source} label={label}>
              {presets.map(({ preset }) => (
                <option key={preset.id} value={preset.id}>
                  {preset.name}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
      {locked && <LockedNote id={noteId} />}
      {fromDefault && <DefaultNote id={noteId} />}
    </div>
  );
}
