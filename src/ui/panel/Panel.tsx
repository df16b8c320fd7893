import { useState } from 'preact/hooks';
import type { Axis, Hint, Report } from '../../engine/types';
import type { PresetSummary } from '../../messages';

// The coach panel. Everything from the page or a preset is rendered as text nodes by Preact;
// nothing here sets HTML from strings.

export interface PanelHint extends Hint {
  key: string;
}

export interface PanelProps {
  status: 'idle' | 'scoring' | 'ready' | 'error';
  report: Report | null;
  preset: PresetSummary | null;
  hints: PanelHint[];
  network: 'x' | 'facebook';
  textLength: number;
  error: string | null;
  applyError: string | null;
  collapsed: boolean;
  focusedHint: string | null;
  onApply(key: string): void;
  onDismiss(key: string): void;
  onTurnOffRule(rule: string): void;
  onFocusHint(key: string | null): void;
  onToggleCollapsed(): void;
  onClearApplyError(): void;
  onEscape(): void;
}

const AXES: readonly Axis[] = ['reciprocity', 'voice'];
const AXIS_LABEL: Record<Axis, string> = { reciprocity: 'Reciprocity', voice: 'Voice' };
const AXIS_BLURB: Record<Axis, string> = {
  reciprocity: 'Is this a two-way post that gives the reader something?',
  voice: 'Does a real person speak?',
};

export type Band = 'good' | 'fair' | 'poor';

export function bandFor(score: number, thresholds: { ok: number; warn: number }): Band {
  if (score >= thresholds.ok) return 'good';
  if (score >= thresholds.warn) return 'fair';
  return 'poor';
}

const BAND_WORDS: Record<Band, string> = { good: 'Good', fair: 'Could be better', poor: 'Needs work' };

function formatImpact(points: number): string {
  const rounded = Math.round(points);
  if (rounded === 0) return '±0';
  return rounded > 0 ? `+${rounded}` : `−${Math.abs(rounded)}`;
}

export function Panel(props: PanelProps) {
  const { report, preset, collapsed } = props;
  const thresholds = preset?.thresholds ?? { reciprocity: { ok: 70, warn: 45 }, voice: { ok: 70, warn: 45 } };

  if (collapsed) {
    return (
      <button
        type="button"
        class="badge"
        data-testid="rapport-badge"
        aria-label={report ? `Rapport: reciprocity ${report.reciprocity}, voice ${report.voice}. Open the coach panel.` : 'Open the Rapport coach panel'}
        aria-expanded="false"
        onClick={props.onToggleCollapsed}
      >
        {AXES.map((axis) => (
          <span key={axis} class={`badge-score band-${report ? bandFor(report[axis], thresholds[axis]) : 'none'}`}>
            <span class="badge-letter" aria-hidden="true">{axis === 'reciprocity' ? 'R' : 'V'}</span>
            <span data-testid={`rapport-score-${axis}`}>{report ? String(report[axis]) : '–'}</span>
          </span>
        ))}
      </button>
    );
  }

  return (
    <section
      class="panel"
      role="complementary"
      aria-label="Rapport coach"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          props.onEscape();
        }
      }}
    >
      <header class="panel-header">
        <span class="brand">Rapport</span>
        {preset && (
          <span class="preset" title={preset.lockedByPolicy ? 'Set by your organisation' : 'Active preset'}>
            {preset.name}
            {preset.lockedByPolicy ? ' · set by your organisation' : ''}
          </span>
        )}
        <button type="button" class="icon-button" aria-label="Collapse the coach panel" aria-expanded="true" onClick={props.onToggleCollapsed}>
          ▁
        </button>
      </header>

      <div class="scores" aria-live="polite" aria-atomic="true">
        {AXES.map((axis) => {
          const value = report?.[axis];
          const band = value === undefined ? null : bandFor(value, thresholds[axis]);
          return (
            <div key={axis} class={`score band-${band ?? 'none'}`} title={AXIS_BLURB[axis]}>
              <div class="score-top">
                <span class="score-label">{AXIS_LABEL[axis]}</span>
                <span class="score-value" data-testid={`rapport-score-${axis}`}>
                  {value === undefined ? '–' : String(value)}
                </span>
              </div>
              <div class="score-band">{band ? BAND_WORDS[band] : props.status === 'scoring' ? 'Checking…' : 'Start typing'}</div>
              {report && <div class="score-reason">{report.breakdown[axis].summary}</div>}
            </div>
          );
        })}
      </div>

      {props.error && (
        <p class="notice error" role="alert">
          {props.error}
        </p>
      )}
      {props.applyError && (
        <p class="notice error" role="alert" data-testid="rapport-apply-error">
          {props.applyError}{' '}
          <button type="button" class="link" onClick={props.onClearApplyError}>
            OK
          </button>
        </p>
      )}

      {report && <Facts report={report} preset={preset} network={props.network} />}

      {report && props.hints.length === 0 && props.textLength > 0 && <p class="notice">Nothing to flag. Nice work.</p>}

      {AXES.map((axis) => {
        const hints = props.hints
          .filter((hint) => hint.axis === axis)
          .sort((a, b) => Math.abs(b.impact) - Math.abs(a.impact) || a.range.start - b.range.start);
        if (hints.length === 0) return null;
        return (
          <section key={axis} class="group" aria-label={`${AXIS_LABEL[axis]} hints`}>
            <h2 class="group-title">{AXIS_LABEL[axis]}</h2>
            <ul class="hints" role="list">
              {hints.map((hint) => (
                <HintItem key={hint.key} hint={hint} locked={preset?.lockedRules.includes(hint.rule) ?? false} {...props} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function Facts({ report, preset, network }: { report: Report; preset: PresetSummary | null; network: 'x' | 'facebook' }) {
  const { stats } = report;
  const limits = preset?.limits;
  const over = (value: number, limit: number | undefined) => (limit !== undefined && value > limit ? ' over' : '');
  return (
    <p class="facts" data-testid="rapport-facts">
      <span class={`fact${over(stats.weightedLength, stats.maxLength)}`}>
        {network === 'x' ? 'Length' : 'Characters'} {stats.weightedLength}/{stats.maxLength}
      </span>
      <span class={`fact${over(stats.hashtags, limits?.hashtags)}`}>
        Hashtags {stats.hashtags}
        {limits ? `/${limits.hashtags}` : ''}
      </span>
      <span class={`fact${over(stats.links, limits?.links)}`}>
        Links {stats.links}
        {limits ? `/${limits.links}` : ''}
      </span>
    </p>
  );
}

function HintItem(props: PanelProps & { hint: PanelHint; locked: boolean }) {
  const { hint, locked } = props;
  const [showWhy, setShowWhy] = useState(false);
  const focused = props.focusedHint === hint.key;
  return (
    <li
      class={`hint kind-${hint.kind}${focused ? ' focused' : ''}`}
      data-testid="rapport-hint"
      data-rule={hint.rule}
      data-key={hint.key}
      tabIndex={0}
      onMouseEnter={() => props.onFocusHint(hint.key)}
      onMouseLeave={() => props.onFocusHint(null)}
      onFocus={() => props.onFocusHint(hint.key)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget && hint.replacement !== undefined) {
          event.preventDefault();
          props.onApply(hint.key);
        }
      }}
    >
      <div class="hint-top">
        <span class="hint-mark" aria-hidden="true">{hint.kind === 'strength' ? '✓' : '•'}</span>
        <span class="hint-message">{hint.message}</span>
        <span class={`impact ${hint.impact >= 0 ? 'up' : 'down'}`} title="Points this moves the score">
          {formatImpact(hint.impact)}
        </span>
      </div>
      {hint.replacement !== undefined && (
        <div class="suggestion">
          <span class="suggestion-label">Try:</span> <span class="suggestion-text">{hint.replacement === '' ? '(remove it)' : hint.replacement}</span>
        </div>
      )}
      {showWhy && <p class="why">{hint.why}</p>}
      <div class="actions">
        {hint.replacement !== undefined && (
          <button type="button" class="primary" data-testid="rapport-apply" onClick={() => props.onApply(hint.key)}>
            Apply
          </button>
        )}
        <button type="button" class="link" aria-expanded={showWhy} onClick={() => setShowWhy(!showWhy)}>
          {showWhy ? 'Hide why' : 'Why?'}
        </button>
        {hint.kind === 'issue' && (
          <button type="button" class="link" data-testid="rapport-dismiss" onClick={() => props.onDismiss(hint.key)}>
            Dismiss
          </button>
        )}
        {locked ? (
          <span class="locked" title="Set by your organisation">Required by your team</span>
        ) : (
          <button type="button" class="link" data-testid="rapport-turn-off" onClick={() => props.onTurnOffRule(hint.rule)}>
            Turn off this rule
          </button>
        )}
      </div>
    </li>
  );
}
