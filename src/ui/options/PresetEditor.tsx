import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Axis, Preset } from '../../engine';
import { composerLabel } from '../../networks';
import type { PresetIssue } from '../../presets/schema';
import type { ImportResult } from '../../storage';
import { describedBy, fieldId, FieldErrors, TextAreaField, TextField } from './fields';
import {
  AXES,
  checkForm,
  formFromPreset,
  LIMIT_COMPOSERS,
  LIMIT_KEYS,
  newBannedPhraseRow,
  PHRASE_LISTS,
  placeIssues,
  SIGN_OFF_STYLES,
  type PresetForm,
} from './preset-form';
import { PresetPreview } from './PresetPreview';

export interface RuleInfo {
  id: string;
  axis: Axis;
  docs: string;
}

export interface PresetEditorProps {
  title: string;
  initial: Preset;
  /** The stored id being edited; absent for a new preset or a copy. */
  originalId?: string;
  rules: readonly RuleInfo[];
  /** The preset as it would be scored (organisation locks and turned-off rules applied), for the preview. */
  previewWith: (preset: Preset) => Preset;
  onSave: (file: Record<string, unknown>) => Promise<ImportResult>;
  onCancel: () => void;
}

const AXIS_LABEL: Record<Axis, string> = { reciprocity: 'Reciprocity', voice: 'Voice' };
const LIMIT_LABEL = { hashtags: 'Hashtags', links: 'Links', mentions: 'Mentions', length: 'Length' } as const;
const STYLE_LABEL = { initials: 'Initials (^JS)', 'dash-name': 'Dash and a name (– Sam)' } as const;
const LIST_LABEL = { raise: 'Phrases that raise', lower: 'Phrases that lower' } as const;

/** Create, duplicate or edit a preset. Every change is checked with the preset file validator. */
export function PresetEditor(props: PresetEditorProps) {
  const ruleIds = useMemo(() => props.rules.map((rule) => rule.id), [props.rules]);
  const [form, setForm] = useState<PresetForm>(() => formFromPreset(props.initial, ruleIds));
  const [saveIssues, setSaveIssues] = useState<PresetIssue[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const lastValid = useRef<Preset>(props.initial);

  useEffect(() => heading.current?.focus(), []);

  const check = useMemo(() => checkForm(form), [form]);
  // While the form has problems, the preview keeps showing the last version that was valid.
  if (check.ok) lastValid.current = check.preset;
  const previewSource = lastValid.current;
  const issues = [...(check.ok ? [] : check.issues), ...saveIssues];
  const placed = placeIssues(issues, form);
  const errorsAt = (path: string) => placed.byField.get(path);
  const previewPreset = useMemo(() => props.previewWith(previewSource), [props.previewWith, previewSource]);

  const change = (mutate: (draft: PresetForm) => void) => {
    setSaveIssues([]);
    setForm((previous) => {
      const next = structuredClone(previous);
      mutate(next);
      return next;
    });
  };

  const focusField = (path: string) => document.getElementById(fieldId(path))?.focus();

  async function submit(event: Event) {
    event.preventDefault();
    setAttempted(true);
    if (!check.ok) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setSaving(true);
    const result = await props.onSave(check.file);
    setSaving(false);
    if (!result.ok) {
      setSaveIssues(result.issues);
      requestAnimationFrame(() => summary.current?.focus());
    }
  }

  const numberField = (path: string, label: string, value: string, set: (draft: PresetForm, value: string) => void, help?: string) => (
    <TextField path={path} label={label} value={value} inputMode="numeric" errors={errorsAt(path)} help={help} onInput={(text) => change((draft) => set(draft, text))} />
  );

  return (
    <section class="editor" aria-labelledby="editor-title" data-testid="preset-editor">
      <h2 id="editor-title" tabIndex={-1} ref={heading}>
        {props.title}
      </h2>
      <div class="editor-layout">
        <form class="editor-form" noValidate onSubmit={submit}>
          {attempted && issues.length > 0 && (
            <div class="error-summary" role="alert" tabIndex={-1} ref={summary} data-testid="error-summary">
              <p>
                {issues.length === 1 ? 'There is 1 problem' : `There are ${issues.length} problems`} to fix before saving:
              </p>
              <ul>
                {issues.map((issue, index) => (
                  <li key={`${index}:${issue.path}`}>
                    <button type="button" class="link" onClick={() => focusField(placed.byField.has(issue.path) ? issue.path : issue.path.replace(/\[\d+\]$/, ''))}>
                      {issue.path}
                    </button>
                    : {issue.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {placed.general.length > 0 && (
            <ul class="field-error" data-testid="general-errors">
              {placed.general.map((issue, index) => (
                <li key={`${index}:${issue.path}`}>
                  <code>{issue.path}</code>: {issue.message}
                </li>
              ))}
            </ul>
          )}

          <fieldset>
            <legend>About</legend>
            <TextField path="name" label="Name" value={form.name} errors={errorsAt('name')} onInput={(value) => change((draft) => (draft.name = value))} />
            <TextField
              path="id"
              label="Id"
              value={form.id}
              errors={errorsAt('id')}
              help="Lowercase letters, digits and dashes, e.g. acme-care. Policies and files refer to the preset by it."
              onInput={(value) => change((draft) => (draft.id = value))}
            />
            <TextAreaField path="description" label="Description" value={form.description} errors={errorsAt('description')} rows={2} onInput={(value) => change((draft) => (draft.description = value))} />
          </fieldset>

          <fieldset>
            <legend>Thresholds</legend>
            <p class="hint-text">At or above “good” a score shows as good; below “could be better” it needs work.</p>
            <div class="grid">
              {AXES.map((axis) => (
                <div key={axis}>
                  {numberField(`thresholds.${axis}.ok`, `${AXIS_LABEL[axis]}: good from`, form.thresholds[axis].ok, (draft, value) => (draft.thresholds[axis].ok = value))}
                  {numberField(`thresholds.${axis}.warn`, `${AXIS_LABEL[axis]}: could be better from`, form.thresholds[axis].warn, (draft, value) => (draft.thresholds[axis].warn = value))}
                </div>
              ))}
            </div>
          </fieldset>

          <fieldset>
            <legend>Sign-off and emoji</legend>
            <div class="check">
              <input
                type="checkbox"
                id={fieldId('signOff.required')}
                checked={form.signOff.required}
                {...describedBy('signOff.required', errorsAt('signOff.required'))}
                onChange={(event) => {
                  const required = event.currentTarget.checked;
                  change((draft) => (draft.signOff.required = required));
                }}
              />
              <label for={fieldId('signOff.required')}>Every post needs a personal sign-off</label>
              <FieldErrors path="signOff.required" messages={errorsAt('signOff.required')} />
            </div>
            <fieldset id={fieldId('signOff.styles')} tabIndex={-1} {...describedBy('signOff.styles', errorsAt('signOff.styles'))}>
              <legend>Sign-off styles that count</legend>
              {SIGN_OFF_STYLES.map((style) => (
                <div class="check" key={style}>
                  <input
                    type="checkbox"
                    id={fieldId(`signOff.styles.${style}`)}
                    checked={form.signOff.styles[style]}
                    onChange={(event) => {
                      const checked = event.currentTarget.checked;
                      change((draft) => (draft.signOff.styles[style] = checked));
                    }}
                  />
                  <label for={fieldId(`signOff.styles.${style}`)}>{STYLE_LABEL[style]}</label>
                </div>
              ))}
              <FieldErrors path="signOff.styles" messages={errorsAt('signOff.styles')} />
            </fieldset>
            <TextAreaField
              path="signOff.accepted"
              label="Only these sign-offs count (one per line; empty: any in the styles above)"
              value={form.signOff.accepted}
              errors={errorsAt('signOff.accepted')}
              onInput={(value) => change((draft) => (draft.signOff.accepted = value))}
            />
            <div class="field">
              <label for={fieldId('emoji')}>Emoji</label>
              <select id={fieldId('emoji')} value={form.emoji} {...describedBy('emoji', errorsAt('emoji'))} onChange={(event) => {
                const emoji = event.currentTarget.value;
                change((draft) => (draft.emoji = emoji));
              }}>
                <option value="welcome">Welcome (they raise voice)</option>
                <option value="neutral">Neutral</option>
                <option value="discouraged">Discouraged</option>
              </select>
              <FieldErrors path="emoji" messages={errorsAt('emoji')} />
            </div>
          </fieldset>

          <fieldset>
            <legend>Limits per network</legend>
            <div class="grid">
              {LIMIT_COMPOSERS.map(({ network, kind }) => (
                <div key={`${network}.${kind}`}>
                  {LIMIT_KEYS.map((key) => (
                    <div key={key}>
                      {numberField(
                        `limits.${network}.${kind}.${key}`,
                        `${composerLabel(network, kind)}: ${LIMIT_LABEL[key]}`,
                        form.limits[network]?.[kind]?.[key] ?? '',
                        (draft, value) => {
                          const fields = draft.limits[network]?.[kind];
                          if (fields) fields[key] = value;
                        },
                      )}
                    </div>
                  ))}
                </div>
              ))}
            </div>
          </fieldset>

          <fieldset id={fieldId('bannedPhrases')} tabIndex={-1}>
            <legend>Banned phrases and preferred wording</legend>
            <p class="hint-text">Matched as whole words, ignoring case. The preferred wording becomes a one-click fix.</p>
            <FieldErrors path="bannedPhrases" messages={errorsAt('bannedPhrases')} />
            <ol class="phrase-rows">
              {form.bannedPhrases.map((row, index) => (
                <li key={row.key} class="phrase-row">
                  {(['phrase', 'preferred', 'reason'] as const).map((part) => (
                    <TextField
                      key={part}
                      path={`bannedPhrases[${index}].${part}`}
                      label={`${part === 'phrase' ? 'Phrase' : part === 'preferred' ? 'Preferred wording' : 'Reason'} ${index + 1}`}
                      value={row[part]}
                      errors={errorsAt(`bannedPhrases[${index}].${part}`)}
                      onInput={(value) => change((draft) => ((draft.bannedPhrases[index] as (typeof draft.bannedPhrases)[number])[part] = value))}
                    />
                  ))}
                  <button type="button" class="danger" onClick={() => change((draft) => draft.bannedPhrases.splice(index, 1))}>
                    Remove phrase {index + 1}
                  </button>
                </li>
              ))}
            </ol>
            <button type="button" onClick={() => change((draft) => draft.bannedPhrases.push(newBannedPhraseRow()))}>
              Add a banned phrase
            </button>
          </fieldset>

          <fieldset>
            <legend>Team phrases</legend>
            <p class="hint-text">One phrase per line; they earn or cost points on their axis.</p>
            <div class="grid">
              {AXES.flatMap((axis) =>
                PHRASE_LISTS.map((list) => (
                  <TextAreaField
                    key={`${axis}.${list}`}
                    path={`phrases.${axis}.${list}`}
                    label={`${AXIS_LABEL[axis]}: ${LIST_LABEL[list]}`}
                    value={form.phrases[axis][list]}
                    errors={errorsAt(`phrases.${axis}.${list}`)}
                    onInput={(value) => change((draft) => (draft.phrases[axis][list] = value))}
                  />
                )),
              )}
            </div>
          </fieldset>

          <fieldset>
            <legend>Rules in this preset</legend>
            <p class="hint-text">Weight multiplies a rule's points (0–5; 1 is the default).</p>
            <table class="rules-table">
              <thead>
                <tr>
                  <th scope="col">On</th>
                  <th scope="col">Rule</th>
                  <th scope="col">Weight</th>
                </tr>
              </thead>
              <tbody>
                {Object.keys(form.rules).map((ruleId) => {
                  const setting = form.rules[ruleId] as PresetForm['rules'][string];
                  const info = props.rules.find((rule) => rule.id === ruleId);
                  const weightPath = `rules.${ruleId}.weight`;
                  const enabledPath = `rules.${ruleId}.enabled`;
                  return (
                    <tr key={ruleId}>
                      <td>
                        <input
                          type="checkbox"
                          id={fieldId(enabledPath)}
                          checked={setting.enabled}
                          aria-label={`${ruleId} on`}
                          onChange={(event) => {
                            const enabled = event.currentTarget.checked;
                            change((draft) => ((draft.rules[ruleId] as PresetForm['rules'][string]).enabled = enabled));
                          }}
                        />
                      </td>
                      <td>
                        <label for={fieldId(enabledPath)} class="rule-id">
                          {ruleId}
                        </label>
                        {info && <span class="hint-text"> ({AXIS_LABEL[info.axis]}) {info.docs}</span>}
                        <FieldErrors path={enabledPath} messages={errorsAt(enabledPath)} />
                      </td>
                      <td>
                        <input
                          type="text"
                          inputMode="decimal"
                          class="weight"
                          id={fieldId(weightPath)}
                          aria-label={`${ruleId} weight`}
                          value={setting.weight}
                          {...describedBy(weightPath, errorsAt(weightPath))}
                          onInput={(event) => {
                            const weight = event.currentTarget.value;
                            change((draft) => ((draft.rules[ruleId] as PresetForm['rules'][string]).weight = weight));
                          }}
                        />
                        <FieldErrors path={weightPath} messages={errorsAt(weightPath)} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </fieldset>

          <div class="editor-actions">
            <button type="submit" class="primary" disabled={saving} data-testid="save-preset">
              {saving ? 'Saving…' : 'Save preset'}
            </button>
            <button type="button" onClick={props.onCancel}>
              Cancel
            </button>
          </div>
        </form>
        <PresetPreview preset={previewPreset} stale={!check.ok} />
      </div>
    </section>
  );
}
