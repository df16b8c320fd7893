import type { Axis, Preset } from '../../engine';
import type { EffectiveSettings } from '../../storage';
import { DefaultNote, LockedNote } from '../components/OrganisationNote';
import type { RuleInfo } from './PresetEditor';

const AXIS_TITLE: Record<Axis, string> = { reciprocity: 'Reciprocity rules', voice: 'Voice rules' };

/**
 * Every rule with a switch. A rule the organisation forces on or off cannot be switched; a rule the
 * active preset turns off stays off until the preset changes (the switch says so).
 */
export function RulesSection({
  rules,
  effective,
  activePreset,
  onToggle,
}: {
  rules: readonly RuleInfo[];
  effective: EffectiveSettings;
  activePreset: Preset;
  onToggle: (ruleId: string, enabled: boolean) => void;
}) {
  const disabledFromDefaults = effective.fromOrganisationDefaults.includes('disabledRules');
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">Rules</h2>
      <p class="hint-text">Turn off a rule to stop its hints and points, whatever the preset.</p>
      {(['reciprocity', 'voice'] as const).map((axis) => (
        <fieldset key={axis}>
          <legend>{AXIS_TITLE[axis]}</legend>
          {rules
            .filter((rule) => rule.axis === axis)
            .map((rule) => {
              const inputId = `rule-${rule.id}`;
              const noteId = `${inputId}-note`;
              const lock = effective.locked.rules[rule.id];
              const offInPreset = activePreset.rules[rule.id]?.enabled === false;
              const turnedOff = effective.disabledRules.includes(rule.id);
              const checked = lock ? lock === 'force-on' : !turnedOff && !offInPreset;
              const orgDefault = !lock && turnedOff && disabledFromDefaults;
              const disabled = lock !== undefined || (offInPreset && !turnedOff);
              return (
                <div class="check rule" key={rule.id} data-testid="rule-row" data-rule={rule.id}>
                  <input
                    type="checkbox"
                    id={inputId}
                    checked={checked}
                    disabled={disabled}
                    aria-describedby={`${inputId}-docs${lock || orgDefault || offInPreset ? ` ${noteId}` : ''}`}
                    onChange={(event) => onToggle(rule.id, event.currentTarget.checked)}
                  />
                  <label for={inputId} class="rule-id">
                    {rule.id}
                  </label>
                  <span class="hint-text" id={`${inputId}-docs`}>
                    {rule.docs}
                  </span>
                  {lock && <LockedNote id={noteId} detail={lock === 'force-on' ? 'always on' : 'always off'} />}
                  {orgDefault && <DefaultNote id={noteId} />}
                  {!lock && offInPreset && (
                    <span class="org-note" id={noteId}>
                      Off in the preset “{activePreset.name}”{turnedOff ? '' : '; edit or change the preset to use it'}
                    </span>
                  )}
                </div>
              );
            })}
        </fieldset>
      ))}
    </section>
  );
}
