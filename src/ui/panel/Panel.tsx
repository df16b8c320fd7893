import { Component, createRef } from 'preact';
import type { Axis, Hint, Report, ScoredReport } from '../../engine/types';
import type { PresetSummary } from '../../messages';
import { LOCKED_TEXT } from '../components/OrganisationNote';

// The coach panel. Everything from the page or a preset is rendered as text nodes by Preact;
// nothing here sets HTML from strings. Its few stateful parts are class components: preact/hooks
// would add about 1 KB gzip to a content script whose budget is 20 KB.

export interface PanelHint extends Hint {
  key: string;
}

export interface PanelProps {
  status: 'idle' | 'scoring' | 'ready' | 'error';
  report: Report | null;
  preset: PresetSummary | null;
  hints: PanelHint[];
  /** The network's short name, for limits in words: "X". */
  networkLabel: string;
  textLength: number;
  error: string | null;
  applyError: string | null;
  /** "Not saved: …" when turning a rule off or collapsing the panel could not be stored. */
  settingsError?: string | null;
  collapsed: boolean;
  focusedHint: string | null;
  /** `from` says how the fix was asked for: after a keyboard apply focus returns to the list, after a click it stays in the editor. */
  onApply(key: string, from: 'keyboard' | 'pointer'): void;
  onDismiss(key: string): void;
  onTurnOffRule(rule: string): void;
  onFocusHint(key: string | null): void;
  onToggleCollapsed(): void;
  onClearApplyError(): void;
  onClearSettingsError?(): void;
  onEscape(): void;
  /** The offer of private history, in the worker's words, while it stands; the answer goes to onHistoryOffer with the click. */
  historyOffer?: string;
  onHistoryOffer?(accept: boolean, event: MouseEvent): void;
}

export const AXES: readonly Axis[] = ['reciprocity', 'voice'];
const AXIS_LABEL: Record<Axis, string> = { reciprocity: 'Reciprocity', voice: 'Voice' };
const AXIS_QUESTION: Record<Axis, string> = {
  reciprocity: 'Is this a two-way post that gives the reader something?',
  voice: 'Does a real person speak?',
};

/** Used until the worker's first reply names the preset's own thresholds. */
const FALLBACK_THRESHOLDS: PresetSummary['thresholds'] = { reciprocity: { ok: 70, warn: 45 }, voice: { ok: 70, warn: 45 } };

export type Band = 'good' | 'fair' | 'poor';

export function bandFor(score: number, thresholds: { ok: number; warn: number }): Band {
  if (score >= thresholds.ok) return 'good';
  if (score >= thresholds.warn) return 'fair';
  return 'poor';
}

/** The band in words, so a score never depends on colour alone. */
export const BAND_WORDS: Record<Band, string> = { good: 'Good', fair: 'Could be better', poor: 'Needs work' };

/** "−3", "+18": the whole points a finding moves its axis, with a real minus sign; "" under half a point. */
export function formatImpact(points: number): string {
  const shown = Math.round(Math.abs(points));
  if (shown === 0) return '';
  return points > 0 ? `+${shown}` : `−${shown}`;
}

export function impactLabel(hint: Hint): string {
  const points = Math.round(Math.abs(hint.impact));
  if (points === 0) return hint.impact >= 0 ? 'earns less than a point' : 'costs less than a point';
  const unit = points === 1 ? 'point' : 'points';
  return hint.impact >= 0 ? `earns ${points} ${unit}` : `costs ${points} ${unit}`;
}

/**
 * The engine's reasons ("one-way announcement; no question for the reader; but invites a reply")
 * as one plain sentence: "One-way announcement and no question for the reader, but invites a reply."
 */
export function summarySentence(summary: string): string {
  const parts = summary.split('; ').filter(Boolean);
  const plain = parts.filter((part) => !part.startsWith('but '));
  const contrast = parts.filter((part) => part.startsWith('but ')).map((part) => part.slice(4));
  const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
  const sentence = plain.length > 0 ? list(plain) + (contrast.length > 0 ? `, but ${list(contrast)}` : '') : list(contrast);
  return sentence ? `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.` : '';
}

/**
 * Issues first, the costliest on top, then strengths, the biggest gain first. Identical findings
 * (same rule, same words, same place) are shown once: they would say the same thing twice.
 */
export function orderHints(hints: readonly PanelHint[], axis: Axis): PanelHint[] {
  const seen = new Set<string>();
  const unique = hints.filter((hint) => {
    if (hint.axis !== axis || seen.has(hint.key)) return false;
    seen.add(hint.key);
    return true;
  });
  const issues = unique.filter((hint) => hint.kind === 'issue').sort((a, b) => a.impact - b.impact || a.range.start - b.range.start);
  const strengths = unique.filter((hint) => hint.kind === 'strength').sort((a, b) => b.impact - a.impact || a.range.start - b.range.start);
  return [...issues, ...strengths];
}

/** What the live region says: only the scores and their bands, so it can stay quiet between changes. */
export function scoreAnnouncement(report: ScoredReport, thresholds: PresetSummary['thresholds']): string {
  return AXES.map((axis) => `${AXIS_LABEL[axis]} ${report[axis]}, ${BAND_WORDS[bandFor(report[axis], thresholds[axis])].toLowerCase()}`).join('. ') + '.';
}

export class Panel extends Component<PanelProps, { announcement: string }> {
  // The live region changes with the status, the scores and their bands, not on every render
  // (typing re-renders the panel constantly): the announcement is made of exactly those.
  override state = { announcement: '' };

  override componentDidMount(): void {
    this.announce();
  }

  override componentDidUpdate(): void {
    this.announce();
  }

  private announce(): void {
    const { report, preset } = this.props;
    if (!report) return;
    const thresholds = preset?.thresholds ?? FALLBACK_THRESHOLDS;
    const announcement = report.status === 'scored' ? scoreAnnouncement(report, thresholds) : report.message;
    if (announcement === this.state.announcement) return;
    this.setState({ announcement });
  }

  override render(props: PanelProps, { announcement }: { announcement: string }) {
    const { collapsed } = props;
    const thresholds = props.preset?.thresholds ?? FALLBACK_THRESHOLDS;
    return (
      <div
        class="root"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            props.onEscape();
          }
        }}
      >
        {/* Polite and atomic: screen readers hear the new scores once, after the user pauses. */}
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="rapport-announcement">
          {announcement}
        </p>
        {collapsed ? <Badge {...props} thresholds={thresholds} /> : <Expanded {...props} thresholds={thresholds} />}
      </div>
    );
  }
}

type WithThresholds = PanelProps & { thresholds: PresetSummary['thresholds'] };

/** The compact strip: both scores in words, attached to the composer; a click opens the panel. */
function Badge({ report: anyReport, thresholds, onToggleCollapsed, error, settingsError }: WithThresholds) {
  // A failure the strip would otherwise hide behind old scores: the draft is not scored, or a change was not saved.
  const problem = error ?? settingsError ?? null;
  const report = anyReport?.status === 'scored' && !problem ? anyReport : null;
  const label = problem
    ? `Rapport: ${problem}. Open the coach panel.`
    : !anyReport
      ? 'Rapport: no scores yet. Open the coach panel.'
      : anyReport.status === 'scored'
        ? `Rapport: ${scoreAnnouncement(anyReport, thresholds)} Open the coach panel.`
        : `Rapport: ${anyReport.message} Open the coach panel.`;
  return (
    <button type="button" class="badge" data-testid="rapport-badge" aria-label={label} aria-expanded="false" onClick={onToggleCollapsed}>
      <span class="brand">Rapport</span>
      {problem ? (
        <span class="badge-score notice error" role="alert" data-testid="rapport-error">
          {problem}
        </span>
      ) : report ? (
        AXES.map((axis) => {
          const band = bandFor(report[axis], thresholds[axis]);
          return (
            <span key={axis} class={`badge-score band-${band}`}>
              {AXIS_LABEL[axis]} <span data-testid={`rapport-score-${axis}`}>{String(report[axis])}</span>
              <span class="badge-band">{BAND_WORDS[band].toLowerCase()}</span>
            </span>
          );
        })
      ) : (
        <span class="badge-score">{anyReport && anyReport.status !== 'scored' ? anyReport.message : 'No scores yet'}</span>
      )}
      <span class="badge-open" aria-hidden="true">
        Open
      </span>
    </button>
  );
}

/** A shape per band, so the badge is readable without colour too: ✓ good, ! could be better, ✕ needs work. */
function BandIcon({ band }: { band: Band | 'none' }) {
  if (band === 'none') return null;
  return (
    <span class="band-icon" aria-hidden="true">
      {band === 'good' ? '✓' : band === 'fair' ? '!' : '✕'}
    </span>
  );
}

class Expanded extends Component<WithThresholds, { below: number | null }> {
  override state = { below: null as number | null };
  private panelRef = createRef<HTMLElement>();
  private listRef = createRef<HTMLDivElement>();

  override componentDidMount(): void {
    this.measureBelow();
    this.scrollToFocusedHint();
  }

  override componentDidUpdate(previous: WithThresholds): void {
    this.measureBelow();
    if (previous.focusedHint !== this.props.focusedHint) this.scrollToFocusedHint();
  }

  /** A long list scrolls inside the panel; the cue says how much is out of view below. */
  private measureBelow = (): void => {
    const container = this.panelRef.current;
    if (!container) return;
    const more = container.scrollHeight - container.scrollTop - container.clientHeight > 4;
    const edge = container.getBoundingClientRect().bottom - 24;
    const hidden = [...container.querySelectorAll('[data-testid="rapport-hint"]')].filter((item) => item.getBoundingClientRect().top >= edge).length;
    const next = more ? hidden : null;
    if (next !== this.state.below) this.setState({ below: next });
  };

  /**
   * The emphasised hint (focused, or picked by clicking its underline) is scrolled into the panel's
   * view; by hand, because scrollIntoView would scroll the page as well.
   */
  private scrollToFocusedHint(): void {
    const container = this.panelRef.current;
    const item = [...(container?.querySelectorAll<HTMLElement>('[data-testid="rapport-hint"]') ?? [])].find((candidate) => candidate.dataset.key === this.props.focusedHint);
    if (!container || !item) return;
    const box = container.getBoundingClientRect();
    const itemBox = item.getBoundingClientRect();
    if (itemBox.top < box.top) container.scrollTop -= box.top - itemBox.top + 8;
    else if (itemBox.bottom > box.bottom) container.scrollTop += Math.min(itemBox.bottom - box.bottom + 8, itemBox.top - box.top - 8);
  }

  private moveFocus(from: string, step: number | 'first' | 'last'): void {
    const items = [...(this.listRef.current?.querySelectorAll<HTMLElement>('[data-testid="rapport-hint"]') ?? [])];
    const index = items.findIndex((item) => item.dataset.key === from);
    const next = step === 'first' ? 0 : step === 'last' ? items.length - 1 : Math.min(items.length - 1, Math.max(0, index + step));
    items[next]?.focus();
  }

  override render(props: WithThresholds, { below }: { below: number | null }) {
    const { preset, thresholds } = props;
    const report = props.report?.status === 'scored' ? props.report : null;
    const declined = props.report?.status === 'scored' ? null : props.report;
    // The axis that needs the most work comes first, so its hints are the ones in view.
    const axes = report ? [...AXES].sort((a, b) => report[a] - report[b]) : AXES;
    const groups = axes.map((axis) => ({ axis, hints: orderHints(props.hints, axis) }));
    const listed = groups.flatMap((group) => group.hints);
    // Roving focus: the list is one Tab stop; arrows move between hints.
    const rovingKey = listed.some((hint) => hint.key === props.focusedHint) ? props.focusedHint : (listed[0]?.key ?? null);

    return (
      <section ref={this.panelRef} class="panel" role="region" aria-label="Rapport coach" tabIndex={-1} data-testid="rapport-panel-body" onScroll={this.measureBelow}>
        <header class="panel-header">
          <span class="brand">Rapport</span>
          {preset && (
            <span class="preset">
              {preset.name}
              {preset.lockedByPolicy ? ` · ${LOCKED_TEXT.toLowerCase()}` : ''}
            </span>
          )}
          <button type="button" class="icon-button" aria-label="Collapse the coach panel" aria-expanded="true" data-testid="rapport-collapse" onClick={props.onToggleCollapsed}>
            <span aria-hidden="true">–</span>
          </button>
        </header>

        <div class="scores">
          {AXES.map((axis) => (
            <ScoreCard key={axis} axis={axis} report={report} thresholds={thresholds[axis]} status={props.status} />
          ))}
        </div>
        <p class="score-scale" data-testid="rapport-scale">
          {scaleText(thresholds)}
        </p>
        {props.historyOffer && (
          <p class="notice">
            {props.historyOffer}{' '}
            <button type="button" class="link" onClick={(event) => props.onHistoryOffer?.(true, event)}>
              Turn on
            </button>{' '}
            <button type="button" class="link" onClick={(event) => props.onHistoryOffer?.(false, event)}>
              No thanks
            </button>
          </p>
        )}
        {listed.some((hint) => hint.kind === 'issue') && (
          <p class="legend" data-testid="rapport-legend">
            Underlined in your post: <span class="sample axis-reciprocity">reciprocity</span> and <span class="sample axis-voice">voice</span> findings. Click one
            for its hint.
          </p>
        )}

        {props.error && (
          <p class="notice error" role="alert" data-testid="rapport-error">
            {props.error}
          </p>
        )}
        {props.applyError && (
          <p class="notice error" role="alert" data-testid="rapport-apply-error">
            <span>{props.applyError}</span>{' '}
            <button type="button" class="link" onClick={props.onClearApplyError}>
              OK
            </button>
          </p>
        )}

        {props.settingsError && (
          <p class="notice error" role="alert" data-testid="rapport-settings-error">
            <span>{props.settingsError}</span>{' '}
            <button type="button" class="link" onClick={props.onClearSettingsError}>
              OK
            </button>
          </p>
        )}

        {report && props.textLength > 0 && <Facts report={report} preset={preset} site={props.networkLabel} />}

        {declined && props.textLength > 0 && (
          <p class="notice" data-testid="rapport-declined" data-status={declined.status}>
            {declined.message}
          </p>
        )}

        {props.textLength === 0 && props.status !== 'scoring' && (
          <p class="notice" data-testid="rapport-empty">
            Start typing: Rapport checks whether the post invites a reply and sounds like a person.
          </p>
        )}
        {report && props.textLength > 0 && listed.length === 0 && (
          <p class="notice" data-testid="rapport-no-hints">
            Nothing to flag. Nice work.
          </p>
        )}

        <div ref={this.listRef}>
          {groups.map(({ axis, hints }) => {
            if (hints.length === 0) return null;
            const headingId = `rapport-group-${axis}`;
            return (
              <section key={axis} class={`group axis-${axis}`} aria-labelledby={headingId}>
                <h2 class="group-title" id={headingId}>
                  {AXIS_LABEL[axis]}
                </h2>
                <ul class="hints">
                  {hints.map((hint, index) => (
                    <HintItem
                      key={hint.key}
                      {...props}
                      hint={hint}
                      index={index}
                      locked={preset?.lockedRules.includes(hint.rule) ?? false}
                      tabbable={hint.key === rovingKey}
                      onMove={(step) => this.moveFocus(hint.key, step)}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
        {below !== null && (
          <p class="more" data-testid="rapport-more" aria-hidden="true">
            {below === 0 ? 'More below' : `${below} more ${below === 1 ? 'hint' : 'hints'} below`} ↓
          </p>
        )}
      </section>
    );
  }
}

/** The preset's bands in words: one line when both axes share them. */
export function scaleText(thresholds: PresetSummary['thresholds']): string {
  const band = ({ ok, warn }: { ok: number; warn: number }) => `good from ${ok}, needs work below ${warn}`;
  const { reciprocity, voice } = thresholds;
  if (reciprocity.ok === voice.ok && reciprocity.warn === voice.warn) return `Both scores: ${band(reciprocity)}.`;
  return `Reciprocity: ${band(reciprocity)}. Voice: ${band(voice)}.`;
}

function ScoreCard({ axis, report, thresholds, status }: { axis: Axis; report: ScoredReport | null; thresholds: { ok: number; warn: number }; status: PanelProps['status'] }) {
  const value = report?.[axis];
  const band = value === undefined ? null : bandFor(value, thresholds);
  const bandText = band ? BAND_WORDS[band] : status === 'scoring' ? 'Checking…' : 'No score yet';
  return (
    <div class={`score band-${band ?? 'none'}`} data-testid={`rapport-card-${axis}`} data-band={band ?? 'none'}>
      <div class="score-top">
        <span class="score-label" title={AXIS_QUESTION[axis]}>
          {AXIS_LABEL[axis]}
        </span>
        <span class="score-value" data-testid={`rapport-score-${axis}`}>
          {value === undefined ? '–' : String(value)}
        </span>
      </div>
      <div class="score-band" data-testid={`rapport-band-${axis}`}>
        {band && <BandIcon band={band} />}
        {bandText}
      </div>
      {report && (
        <div class="score-reason" data-testid={`rapport-reason-${axis}`}>
          {summarySentence(report.breakdown[axis].summary)}
        </div>
      )}
    </div>
  );
}

/** From this share of a limit on, the panel mentions it. */
const NEAR_LIMIT = 0.9;

/** Platform and team limits, only where they matter: close to the limit or over it. */
function Facts({ report, preset, site }: { report: ScoredReport; preset: PresetSummary | null; site: string }) {
  const { stats } = report;
  const limits = preset?.limits;
  const facts: Array<{ id: string; over: boolean; text: string }> = [];
  const length = stats.weightedLength - stats.maxLength;
  if (stats.maxLength > 0 && stats.weightedLength >= stats.maxLength * NEAR_LIMIT) {
    facts.push({
      id: 'length',
      over: length > 0,
      text: length > 0 ? `${length} ${length === 1 ? 'character' : 'characters'} over ${site}'s limit of ${stats.maxLength}.` : `${-length} of ${stats.maxLength} characters left on ${site}.`,
    });
  }
  for (const [id, value, limit, noun] of [
    ['hashtags', stats.hashtags, limits?.hashtags, 'hashtags'],
    ['links', stats.links, limits?.links, 'links'],
  ] as const) {
    if (limit === undefined || value === 0 || value < limit) continue;
    const counted = `${value} ${value === 1 ? noun.slice(0, -1) : noun}`;
    facts.push({ id, over: value > limit, text: value > limit ? `${counted}; your preset allows ${limit}.` : `${counted}, as many as your preset allows.` });
  }
  if (facts.length === 0) return null;
  return (
    <ul class="facts" data-testid="rapport-facts" aria-label="Limits">
      {facts.map((fact) => (
        <li key={fact.id} class={`fact${fact.over ? ' over' : ''}`} data-testid={`rapport-fact-${fact.id}`} data-over={fact.over ? 'true' : 'false'}>
          {fact.text}
        </li>
      ))}
    </ul>
  );
}

type HintItemProps = WithThresholds & {
  hint: PanelHint;
  /** Position in its axis group; names the element ids the hint's ARIA attributes point at. */
  index: number;
  locked: boolean;
  tabbable: boolean;
  onMove(step: number | 'first' | 'last'): void;
};

class HintItem extends Component<HintItemProps, { showWhy: boolean }> {
  override state = { showWhy: false };

  override render(props: HintItemProps, { showWhy }: { showWhy: boolean }) {
    const { hint, locked } = props;
    const focused = props.focusedHint === hint.key;
    const fixable = hint.replacement !== undefined;
    const id = `rapport-hint-${hint.axis}-${props.index}`;
    return (
      <li
        class={`hint kind-${hint.kind}${focused ? ' focused' : ''}`}
        data-testid="rapport-hint"
        data-rule={hint.rule}
        data-kind={hint.kind}
        data-key={hint.key}
        tabIndex={props.tabbable ? 0 : -1}
        aria-labelledby={`${id}-message`}
        aria-describedby={`${id}-impact${fixable ? ` ${id}-fix` : ''}`}
        aria-keyshortcuts={fixable ? 'Enter' : undefined}
        onMouseEnter={() => props.onFocusHint(hint.key)}
        onMouseLeave={(event) => {
          // Keyboard focus keeps its emphasis when the pointer wanders off.
          const root = event.currentTarget.getRootNode() as Document | ShadowRoot;
          if (!event.currentTarget.contains(root.activeElement)) props.onFocusHint(null);
        }}
        onFocus={() => props.onFocusHint(hint.key)}
        onKeyDown={(event) => {
          if (event.target !== event.currentTarget) return;
          const step = { ArrowDown: 1, ArrowUp: -1, Home: 'first', End: 'last' }[event.key] as number | 'first' | 'last' | undefined;
          if (step !== undefined) {
            event.preventDefault();
            props.onMove(step);
          } else if (event.key === 'Enter' && fixable) {
            event.preventDefault();
            props.onApply(hint.key, 'keyboard');
          }
        }}
      >
        <div class="hint-top">
          <span class="hint-mark" aria-hidden="true">
            {hint.kind === 'strength' ? '✓' : '•'}
          </span>
          <span class="hint-message" id={`${id}-message`}>
            {hint.kind === 'strength' && <span class="visually-hidden">Strength: </span>}
            {hint.message}
          </span>
          <span class={`impact ${hint.impact >= 0 ? 'up' : 'down'}`} aria-hidden="true" title={impactLabel(hint)}>
            {formatImpact(hint.impact)}
          </span>
          <span class="visually-hidden" id={`${id}-impact`}>
            {impactLabel(hint)}
          </span>
        </div>
        {fixable && (
          <div class="suggestion" id={`${id}-fix`}>
            <span class="suggestion-label">Try:</span> <span class="suggestion-text">{hint.replacement === '' ? '(remove it)' : hint.replacement}</span>
          </div>
        )}
        {showWhy && (
          <p class="why" id={`${id}-why`} data-testid="rapport-why">
            {hint.why}
          </p>
        )}
        <div class="actions">
          {fixable && (
            <button type="button" class="primary" data-testid="rapport-apply" onClick={(event) => props.onApply(hint.key, event.detail === 0 ? 'keyboard' : 'pointer')}>
              Apply
            </button>
          )}
          <button type="button" class="link" aria-expanded={showWhy} aria-controls={`${id}-why`} data-testid="rapport-why-toggle" onClick={() => this.setState({ showWhy: !showWhy })}>
            {showWhy ? 'Hide why' : 'Why?'}
          </button>
          {hint.kind === 'issue' && (
            <button type="button" class="link" data-testid="rapport-dismiss" aria-label={`Dismiss for this draft: ${hint.message}`} onClick={() => props.onDismiss(hint.key)}>
              Dismiss
            </button>
          )}
          {locked ? (
            <span class="locked" data-testid="rapport-locked">
              <span aria-hidden="true">🔒 </span>
              {LOCKED_TEXT}
            </span>
          ) : (
            <button type="button" class="link" data-testid="rapport-turn-off" aria-label={`Turn off this rule (${hint.rule}) for you, on every draft`} onClick={() => props.onTurnOffRule(hint.rule)}>
              Turn off this rule
            </button>
          )}
        </div>
      </li>
    );
  }
}
