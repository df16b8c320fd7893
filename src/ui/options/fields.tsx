import type { ComponentChildren } from 'preact';

// Form controls that carry their own label and error text. The error text is tied to the control
// with aria-describedby and the control is marked aria-invalid, so a screen reader reads both.

/** An element id for a preset field path such as `bannedPhrases[2].phrase`. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

export function errorId(path: string): string {
  return `${fieldId(path)}-error`;
}

export function FieldErrors({ path, messages }: { path: string; messages: readonly string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <div class="field-error" id={errorId(path)} data-testid="field-error" data-path={path}>
      {messages.length === 1 ? (
        <p class="field-error">{messages[0]}</p>
      ) : (
        <ul>
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** aria attributes for a control at `path`, given its errors and an optional help text id. */
export function describedBy(path: string, messages: readonly string[] | undefined, helpId?: string) {
  const invalid = (messages?.length ?? 0) > 0;
  const ids = [invalid ? errorId(path) : undefined, helpId].filter((id): id is string => id !== undefined);
  return { 'aria-invalid': invalid ? ('true' as const) : undefined, 'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined };
}

interface TextProps {
  path: string;
  label: string;
  value: string;
  errors: readonly string[] | undefined;
  onInput: (value: string) => void;
  help?: ComponentChildren;
  inputMode?: 'numeric' | 'decimal';
  disabled?: boolean;
}

export function TextField({ path, label, value, errors, onInput, help, inputMode, disabled }: TextProps) {
  const id = fieldId(path);
  const helpId = help ? `${id}-help` : undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        value={value}
        disabled={disabled}
        data-path={path}
        {...describedBy(path, errors, helpId)}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      <FieldNotes path={path} errors={errors} help={help} helpId={helpId} />
    </div>
  );
}

export function TextAreaField({ path, label, value, errors, onInput, help, rows = 3 }: TextProps & { rows?: number }) {
  const id = fieldId(path);
  const helpId = help ? `${id}-help` : undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} rows={rows} value={value} data-path={path} {...describedBy(path, errors, helpId)} onInput={(event) => onInput(event.currentTarget.value)} />
      <FieldNotes path={path} errors={errors} help={help} helpId={helpId} />
    </div>
  );
}

/** A field's help text and its errors, tied to the control by id. */
function FieldNotes({ path, errors, help, helpId }: { path: string; errors: readonly string[] | undefined; help?: ComponentChildren; helpId?: string | undefined }) {
  return (
    <>
      {help && (
        <span class="hint-text" id={helpId}>
          {help}
        </span>
      )}
      <FieldErrors path={path} messages={errors} />
    </>
  );
}
