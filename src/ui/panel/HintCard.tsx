import type { PanelHint } from './Panel';

// The small card that opens at an underline, as spelling checkers do: what is wrong, why, and the
// fix. Page and preset text are rendered as text nodes only.

export interface HintCardProps {
  hint: PanelHint;
  /** Set when the last Apply failed; said in the card so the user sees why nothing changed. */
  error: string | null;
  /** Each handler gets the DOM event, so the host can refuse anything a page script dispatched. */
  onApply(event: Event): void;
  onDismiss(event: Event): void;
  onClose(): void;
}

export function HintCard({ hint, error, onApply, onDismiss, onClose }: HintCardProps) {
  const fixable = hint.replacement !== undefined;
  return (
    <div
      class="card"
      role="dialog"
      aria-label="Rapport hint"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div class={`hint kind-${hint.kind}`} data-testid="rapport-hint" data-rule={hint.rule} data-key={hint.key}>
        <div class="hint-top">
          <span class={`hint-mark axis-${hint.axis}`} aria-hidden="true">
            •
          </span>
          <span class="hint-message">{hint.message}</span>
        </div>
        {fixable && (
          <div class="suggestion">
            <span class="suggestion-label">Try:</span> <span class="suggestion-text">{hint.replacement === '' ? '(remove it)' : hint.replacement}</span>
          </div>
        )}
        <p class="why" data-testid="rapport-why">
          {hint.why}
        </p>
        {error && (
          <p class="notice error" role="alert" data-testid="rapport-apply-error">
            {error}
          </p>
        )}
        <div class="actions">
          {fixable && (
            <button type="button" class="primary" data-testid="rapport-apply" onClick={onApply}>
              Apply
            </button>
          )}
          <button type="button" class="link" data-testid="rapport-dismiss" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      </div>
    </div>
  );
}
