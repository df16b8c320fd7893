// The coach panel as a component: each state it can be in, what it says in words (not colour
// alone), and what it asks its host to do. Geometry and the real editors are covered in E2E.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Hint, Report, ScoredReport } from '../../../src/engine/types';
import type { PresetSummary } from '../../../src/messages';
import { LOCKED_TEXT } from '../../../src/ui/components/OrganisationNote';
import { Panel, formatImpact, summarySentence, type PanelHint, type PanelProps } from '../../../src/ui/panel/Panel';

afterEach(cleanup);

const preset: PresetSummary = {
  id: 'community-manager',
  name: 'Community manager',
  thresholds: { reciprocity: { ok: 70, warn: 45 }, voice: { ok: 70, warn: 45 } },
  limits: { hashtags: 2, links: 1, mentions: 5, length: 280 },
  lockedByPolicy: false,
  lockedRules: [],
};

function hint(rule: string, axis: Hint['axis'], impact: number, extra: Partial<PanelHint> = {}): PanelHint {
  const start = extra.range?.start ?? 0;
  return {
    rule,
    axis,
    range: { start, end: start + 4 },
    message: `${rule} message`,
    why: `${rule} matters because…`,
    impact,
    kind: impact >= 0 ? 'strength' : 'issue',
    key: `${rule}:${start}:text`,
    ...extra,
  };
}

function report(reciprocity: number, voice: number, hints: PanelHint[] = [], stats: Partial<Report['stats']> = {}): ScoredReport {
  return {
    status: 'scored',
    language: 'en',
    reciprocity,
    voice,
    hints,
    stats: { weightedLength: 42, maxLength: 280, words: 8, sentences: 1, hashtags: 0, links: 0, mentions: 0, emoji: 0, readingGrade: 5, ...stats },
    breakdown: {
      reciprocity: { base: 50, contributions: [], summary: 'asks the reader a real question' },
      voice: { base: 50, contributions: [], summary: 'form-letter phrasing' },
    },
  };
}

interface Calls {
  apply: string[];
  dismiss: string[];
  turnOff: string[];
  focus: Array<string | null>;
  toggle: number;
  clearError: number;
  escape: number;
}

function props(overrides: Partial<PanelProps> = {}): { props: PanelProps; calls: Calls } {
  const calls: Calls = { apply: [], dismiss: [], turnOff: [], focus: [], toggle: 0, clearError: 0, escape: 0 };
  const hints = overrides.hints ?? overrides.report?.hints.map((item) => item as PanelHint) ?? [];
  return {
    calls,
    props: {
      status: 'ready',
      report: null,
      preset,
      networkLabel: 'X',
      textLength: 42,
      error: null,
      applyError: null,
      collapsed: false,
      focusedHint: null,
      onApply: (key) => calls.apply.push(key),
      onDismiss: (key) => calls.dismiss.push(key),
      onTurnOffRule: (rule) => calls.turnOff.push(rule),
      onFocusHint: (key) => calls.focus.push(key),
      onToggleCollapsed: () => void (calls.toggle += 1),
      onClearApplyError: () => void (calls.clearError += 1),
      onEscape: () => void (calls.escape += 1),
      ...overrides,
      hints,
    },
  };
}

const hintItems = () => screen.queryAllByTestId('rapport-hint');
const rules = () => hintItems().map((item) => item.getAttribute('data-rule'));

describe('an empty draft', () => {
  it('invites typing, shows no scores, facts or hints', () => {
    render(<Panel {...props({ status: 'idle', report: null, preset: null, textLength: 0 }).props} />);
    expect(screen.getByTestId('rapport-empty').textContent).toMatch(/Start typing/);
    expect(screen.getByTestId('rapport-score-reciprocity').textContent).toBe('–');
    expect(screen.getByTestId('rapport-score-voice').textContent).toBe('–');
    expect(screen.getByTestId('rapport-band-voice').textContent).toBe('No score yet');
    expect(screen.queryByTestId('rapport-facts')).toBeNull();
    expect(hintItems()).toHaveLength(0);
  });

  it('says it is checking while the first score is on its way', () => {
    render(<Panel {...props({ status: 'scoring', report: null, textLength: 5 }).props} />);
    expect(screen.getByTestId('rapport-band-reciprocity').textContent).toBe('Checking…');
  });
});

describe('a draft with no hints', () => {
  it('shows both scores with their band in words and their one-line reason', () => {
    render(<Panel {...props({ report: report(82, 64) }).props} />);
    expect(screen.getByTestId('rapport-score-reciprocity').textContent).toBe('82');
    expect(screen.getByTestId('rapport-score-voice').textContent).toBe('64');
    expect(screen.getByTestId('rapport-band-reciprocity').textContent).toContain('Good');
    expect(screen.getByTestId('rapport-band-voice').textContent).toContain('Could be better');
    expect(screen.getByTestId('rapport-reason-reciprocity').textContent).toBe('Asks the reader a real question.');
    expect(screen.getByTestId('rapport-reason-voice').textContent).toBe('Form-letter phrasing.');
    expect(screen.getByTestId('rapport-no-hints').textContent).toMatch(/Nothing to flag/);
  });
});

describe('threshold words', () => {
  it.each([
    [80, 'good', 'Good'],
    [79, 'fair', 'Could be better'],
    [50, 'fair', 'Could be better'],
    [49, 'poor', 'Needs work'],
  ])('a score of %i against ok 80 / warn 50 is %s (“%s”)', (score, band, words) => {
    const strict = { ...preset, thresholds: { reciprocity: { ok: 80, warn: 50 }, voice: { ok: 80, warn: 50 } } };
    render(<Panel {...props({ report: report(score, score), preset: strict }).props} />);
    const card = screen.getByTestId('rapport-card-voice');
    expect(card.getAttribute('data-band')).toBe(band);
    expect(screen.getByTestId('rapport-band-voice').textContent).toContain(words);
    expect(screen.getByTestId('rapport-scale').textContent).toBe('Both scores: good from 80, needs work below 50.');
  });

  it('each axis uses its own thresholds', () => {
    const mixed = { ...preset, thresholds: { reciprocity: { ok: 60, warn: 30 }, voice: { ok: 90, warn: 75 } } };
    render(<Panel {...props({ report: report(65, 65), preset: mixed }).props} />);
    expect(screen.getByTestId('rapport-card-reciprocity').getAttribute('data-band')).toBe('good');
    expect(screen.getByTestId('rapport-card-voice').getAttribute('data-band')).toBe('poor');
    expect(screen.getByTestId('rapport-scale').textContent).toBe('Reciprocity: good from 60, needs work below 30. Voice: good from 90, needs work below 75.');
  });
});

describe('many hints', () => {
  const hints = [
    hint('question', 'reciprocity', 18, { range: { start: 30, end: 40 } }),
    hint('hard-sell', 'reciprocity', -3, { range: { start: 0, end: 8 } }),
    hint('broadcast', 'reciprocity', -8, { range: { start: 10, end: 20 } }),
    hint('jargon', 'voice', -5, { range: { start: 12, end: 20 }, replacement: 'use' }),
    hint('contractions', 'voice', 4, { range: { start: 2, end: 6 } }),
    hint('shouting', 'voice', -6, { range: { start: 22, end: 24 }, replacement: '' }),
  ];

  it('puts the axis that needs more work first', () => {
    render(<Panel {...props({ report: report(80, 30, hints) }).props} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Voice', 'Reciprocity']);
    cleanup();
    render(<Panel {...props({ report: report(30, 80, hints) }).props} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Reciprocity', 'Voice']);
  });

  it('groups them by axis, costliest issue first, strengths after the issues', () => {
    render(<Panel {...props({ report: report(40, 50, hints) }).props} />);
    const reciprocity = screen.getByRole('region', { name: 'Reciprocity' });
    const voice = screen.getByRole('region', { name: 'Voice' });
    expect(within(reciprocity).getAllByTestId('rapport-hint').map((item) => item.getAttribute('data-rule'))).toEqual(['broadcast', 'hard-sell', 'question']);
    expect(within(voice).getAllByTestId('rapport-hint').map((item) => item.getAttribute('data-rule'))).toEqual(['shouting', 'jargon', 'contractions']);
  });

  it('shows the points each costs or earns, in text a screen reader can say', () => {
    render(<Panel {...props({ report: report(40, 50, hints) }).props} />);
    const broadcast = hintItems().find((item) => item.getAttribute('data-rule') === 'broadcast')!;
    expect(broadcast.textContent).toContain('−8');
    expect(broadcast.textContent).toContain('costs 8 points');
    const question = hintItems().find((item) => item.getAttribute('data-rule') === 'question')!;
    expect(question.textContent).toContain('+18');
    expect(question.textContent).toContain('earns 18 points');
  });

  it('offers Apply only for fixes, and says what the fix is (removal included)', () => {
    render(<Panel {...props({ report: report(40, 50, hints) }).props} />);
    const fixable = hintItems().filter((item) => within(item).queryByTestId('rapport-apply'));
    expect(fixable.map((item) => item.getAttribute('data-rule'))).toEqual(['shouting', 'jargon']);
    expect(fixable[0]!.textContent).toContain('Try: (remove it)');
    expect(fixable[1]!.textContent).toContain('Try: use');
  });

  it('asks the host to apply, dismiss and turn off with the right hint and rule', () => {
    const { props: panelProps, calls } = props({ report: report(40, 50, hints) });
    render(<Panel {...panelProps} />);
    const jargon = hintItems().find((item) => item.getAttribute('data-rule') === 'jargon')!;
    fireEvent.click(within(jargon).getByTestId('rapport-apply'));
    fireEvent.click(within(jargon).getByTestId('rapport-dismiss'));
    fireEvent.click(within(jargon).getByTestId('rapport-turn-off'));
    expect(calls).toMatchObject({ apply: ['jargon:12:text'], dismiss: ['jargon:12:text'], turnOff: ['jargon'] });
  });

  it('expands the why on request, and says so to assistive tech', () => {
    render(<Panel {...props({ report: report(40, 50, hints) }).props} />);
    const broadcast = hintItems().find((item) => item.getAttribute('data-rule') === 'broadcast')!;
    const toggle = within(broadcast).getByTestId('rapport-why-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(broadcast).queryByTestId('rapport-why')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const why = within(broadcast).getByTestId('rapport-why');
    expect(why.textContent).toBe('broadcast matters because…');
    expect(toggle.getAttribute('aria-controls')).toBe(why.id);
  });

  it('emphasises a hint on hover and lets go when the pointer leaves', () => {
    const { props: panelProps, calls } = props({ report: report(40, 50, hints) });
    render(<Panel {...panelProps} />);
    const first = hintItems()[0]!;
    fireEvent.mouseEnter(first);
    fireEvent.mouseLeave(first);
    expect(calls.focus).toEqual(['broadcast:10:text', null]);
  });

  it('marks the hint whose underline was clicked', () => {
    render(<Panel {...props({ report: report(40, 50, hints), focusedHint: 'jargon:12:text' }).props} />);
    const focused = hintItems().filter((item) => item.classList.contains('focused'));
    expect(focused.map((item) => item.getAttribute('data-rule'))).toEqual(['jargon']);
    // …and makes it the list's one Tab stop.
    expect(hintItems().filter((item) => item.tabIndex === 0).map((item) => item.getAttribute('data-rule'))).toEqual(['jargon']);
  });

  it('shows a finding reported twice only once', () => {
    const twice = [hint('hard-sell', 'reciprocity', -5), hint('hard-sell', 'reciprocity', -5)];
    render(<Panel {...props({ report: report(40, 50, twice) }).props} />);
    expect(rules()).toEqual(['hard-sell']);
  });
});

describe('strengths', () => {
  it('are listed, marked as strengths, and offer nothing to dismiss', () => {
    const strengths = [hint('question', 'reciprocity', 18), hint('first-person', 'voice', 6)];
    render(<Panel {...props({ report: report(80, 75, strengths) }).props} />);
    expect(hintItems()).toHaveLength(2);
    for (const item of hintItems()) {
      expect(item.getAttribute('data-kind')).toBe('strength');
      expect(item.classList.contains('kind-strength')).toBe(true);
      expect(item.textContent).toContain('Strength:');
      expect(within(item).queryByTestId('rapport-dismiss')).toBeNull();
      expect(within(item).queryByTestId('rapport-apply')).toBeNull();
    }
    expect(screen.queryByTestId('rapport-no-hints')).toBeNull();
  });
});

describe('a rule the organisation locked', () => {
  it('offers no “turn off” and says who set it', () => {
    const locked = { ...preset, name: 'Acme care', lockedByPolicy: true, lockedRules: ['boilerplate'] };
    const hints = [hint('boilerplate', 'voice', -13, { replacement: 'Sorry about this' }), hint('jargon', 'voice', -5, { range: { start: 20, end: 24 } })];
    render(<Panel {...props({ report: report(40, 30, hints), preset: locked }).props} />);
    const [boilerplate, jargon] = hintItems();
    expect(boilerplate!.getAttribute('data-rule')).toBe('boilerplate');
    expect(within(boilerplate!).queryByTestId('rapport-turn-off')).toBeNull();
    expect(within(boilerplate!).getByTestId('rapport-locked').textContent).toContain(LOCKED_TEXT);
    // Still fixable and dismissable for this draft.
    expect(within(boilerplate!).getByTestId('rapport-apply')).toBeTruthy();
    expect(within(boilerplate!).getByTestId('rapport-dismiss')).toBeTruthy();
    expect(within(jargon!).getByTestId('rapport-turn-off')).toBeTruthy();
    expect(screen.getByText(/Acme care · set by your organisation/)).toBeTruthy();
  });
});

describe('errors', () => {
  it('shows why an apply failed, as an alert the user can clear', () => {
    const { props: panelProps, calls } = props({ report: report(40, 50), applyError: 'The draft changed since this suggestion was made.' });
    render(<Panel {...panelProps} />);
    const alert = screen.getByTestId('rapport-apply-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('The draft changed since this suggestion was made.');
    fireEvent.click(within(alert).getByRole('button', { name: 'OK' }));
    expect(calls.clearError).toBe(1);
  });

  it('shows a scoring error', () => {
    render(<Panel {...props({ status: 'error', report: null, error: 'Drafts longer than 200000 characters are not scored' }).props} />);
    expect(screen.getByTestId('rapport-error').textContent).toContain('not scored');
  });
});

describe('the compact strip', () => {
  it('shows the two scores with their bands in words, for everyone and for assistive tech, and opens on click', () => {
    const { props: panelProps, calls } = props({ collapsed: true, report: report(82, 30, [hint('jargon', 'voice', -5)]) });
    render(<Panel {...panelProps} />);
    const badge = screen.getByTestId('rapport-badge');
    expect(screen.getByTestId('rapport-score-reciprocity').textContent).toBe('82');
    expect(screen.getByTestId('rapport-score-voice').textContent).toBe('30');
    expect(badge.getAttribute('aria-label')).toBe('Rapport: Reciprocity 82, good. Voice 30, needs work. Open the coach panel.');
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    // Words as well as colours.
    expect(badge.textContent).toBe('RapportReciprocity 82goodVoice 30needs workOpen');
    expect(hintItems()).toHaveLength(0);
    fireEvent.click(badge);
    expect(calls.toggle).toBe(1);
  });

  it('shows a scoring error or an unsaved change instead of old scores, and still opens', () => {
    const error = 'Drafts longer than 200000 characters are not scored';
    const { props: panelProps, calls } = props({ collapsed: true, status: 'error', error, report: report(82, 30) });
    render(<Panel {...panelProps} />);
    const badge = screen.getByTestId('rapport-badge');
    expect(screen.getByTestId('rapport-error').textContent).toBe(error);
    expect(screen.queryByTestId('rapport-score-reciprocity')).toBeNull();
    expect(badge.getAttribute('aria-label')).toBe(`Rapport: ${error}. Open the coach panel.`);
    fireEvent.click(badge);
    expect(calls.toggle).toBe(1);
    cleanup();
    render(<Panel {...props({ collapsed: true, report: report(82, 30), settingsError: 'Not saved: storage is full' }).props} />);
    expect(screen.getByTestId('rapport-error').textContent).toBe('Not saved: storage is full');
  });

  it('collapses from the panel header', () => {
    const { props: panelProps, calls } = props({ report: report(82, 30) });
    render(<Panel {...panelProps} />);
    fireEvent.click(screen.getByRole('button', { name: 'Collapse the coach panel' }));
    expect(calls.toggle).toBe(1);
  });
});

describe('platform limits', () => {
  it('says nothing about limits far from them', () => {
    render(<Panel {...props({ networkLabel: 'Facebook', report: report(50, 50, [], { weightedLength: 111, maxLength: 63206, hashtags: 1, links: 0 }) }).props} />);
    expect(screen.queryByTestId('rapport-facts')).toBeNull();
  });

  it('says in a sentence how far over X’s length and the preset’s caps a post is', () => {
    render(<Panel {...props({ report: report(50, 50, [], { weightedLength: 291, maxLength: 280, hashtags: 3, links: 1 }) }).props} />);
    expect(screen.getByTestId('rapport-fact-length').textContent).toBe("11 characters over X's limit of 280.");
    expect(screen.getByTestId('rapport-fact-hashtags').textContent).toBe('3 hashtags; your preset allows 2.');
    expect(screen.getByTestId('rapport-fact-links').textContent).toBe('1 link, as many as your preset allows.');
    expect(screen.getByTestId('rapport-fact-links').getAttribute('data-over')).toBe('false');
  });

  it('counts down the last characters close to the limit', () => {
    render(<Panel {...props({ report: report(50, 50, [], { weightedLength: 260, maxLength: 280 }) }).props} />);
    expect(screen.getByTestId('rapport-fact-length').textContent).toBe('20 of 280 characters left on X.');
  });
});

describe('keyboard', () => {
  const hints = [hint('broadcast', 'reciprocity', -8), hint('jargon', 'voice', -5, { range: { start: 12, end: 16 }, replacement: 'use' }), hint('question', 'reciprocity', 18, { range: { start: 30, end: 34 } })];

  it('makes the list one Tab stop and moves between hints with the arrow keys, Home and End', () => {
    render(<Panel {...props({ report: report(40, 50, hints) }).props} />);
    const items = hintItems();
    expect(items.map((item) => item.tabIndex)).toEqual([0, -1, -1]);
    items[0]!.focus();
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1]!, { key: 'End' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(items[2]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[2]);
    fireEvent.keyDown(items[2]!, { key: 'Home' });
    expect(document.activeElement).toBe(items[0]);
  });

  it('applies a fixable hint with Enter, and ignores Enter on one without a fix', () => {
    const { props: panelProps, calls } = props({ report: report(40, 50, hints) });
    render(<Panel {...panelProps} />);
    const [broadcast, , jargon] = hintItems();
    expect(jargon!.getAttribute('data-rule')).toBe('jargon');
    fireEvent.keyDown(broadcast!, { key: 'Enter' });
    fireEvent.keyDown(jargon!, { key: 'Enter' });
    expect(calls.apply).toEqual(['jargon:12:text']);
    expect(jargon!.getAttribute('aria-keyshortcuts')).toBe('Enter');
  });

  it('focusing a hint emphasises its underline', () => {
    const { props: panelProps, calls } = props({ report: report(40, 50, hints) });
    render(<Panel {...panelProps} />);
    hintItems()[1]!.focus();
    expect(calls.focus).toEqual(['question:30:text']);
  });

  it('Esc asks to return to the editor, from the panel and from the badge', () => {
    const expanded = props({ report: report(40, 50, hints) });
    const { unmount } = render(<Panel {...expanded.props} />);
    fireEvent.keyDown(hintItems()[0]!, { key: 'Escape' });
    expect(expanded.calls.escape).toBe(1);
    unmount();
    const collapsed = props({ collapsed: true, report: report(40, 50) });
    render(<Panel {...collapsed.props} />);
    fireEvent.keyDown(screen.getByTestId('rapport-badge'), { key: 'Escape' });
    expect(collapsed.calls.escape).toBe(1);
  });
});

describe('the live region', () => {
  it('announces the scores when they change, and only then', async () => {
    const first = props({ report: report(40, 50, [hint('jargon', 'voice', -5)]) });
    const { rerender } = render(<Panel {...first.props} />);
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('Reciprocity 40, needs work. Voice 50, could be better.');

    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    // Same scores, different hints and reasons (the user typed): nothing to announce.
    const sameScores = report(40, 50, [hint('hard-sell', 'reciprocity', -3)]);
    rerender(<Panel {...props({ report: sameScores, textLength: 50 }).props} />);
    rerender(<Panel {...props({ report: sameScores, focusedHint: 'hard-sell:0:text' }).props} />);
    await Promise.resolve();
    expect(changes).toHaveLength(0);

    rerender(<Panel {...props({ report: report(72, 50) }).props} />);
    await Promise.resolve();
    expect(changes.length).toBeGreaterThan(0);
    expect(status.textContent).toBe('Reciprocity 72, good. Voice 50, could be better.');
    observer.disconnect();
  });
});

describe('text from the page or a preset', () => {
  it('is rendered as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.__pwned = 1">';
    const hints = [hint('banned-phrase', 'voice', -5, { message: hostile, why: hostile, replacement: hostile })];
    const hostilePreset = { ...preset, name: hostile };
    render(<Panel {...props({ report: { ...report(40, 50, hints), breakdown: { reciprocity: { base: 0, contributions: [], summary: hostile }, voice: { base: 0, contributions: [], summary: hostile } } }, preset: hostilePreset }).props} />);
    fireEvent.click(screen.getByTestId('rapport-why-toggle'));
    expect(document.querySelector('img')).toBeNull();
    expect(document.body.textContent).toContain(hostile);
  });
});

describe('formatImpact', () => {
  it.each([
    [-3.4, '−3'],
    [-3.5, '−4'],
    [18.4, '+18'],
    [0.44, ''],
    [-0.6, '−1'],
    [0, ''],
  ])('%f → %s', (points, text) => {
    expect(formatImpact(points)).toBe(text);
  });
});

describe('summarySentence', () => {
  it.each([
    ['signed by a person; a person speaks', 'Signed by a person and a person speaks.'],
    ['but signed by a person', 'Signed by a person.'],
    ['one-way announcement; no question for the reader; but invites a reply', 'One-way announcement and no question for the reader, but invites a reply.'],
    ['hard sell; jargon; shouting', 'Hard sell, jargon and shouting.'],
    ['', ''],
  ])('%j reads as %j', (summary, sentence) => {
    expect(summarySentence(summary)).toBe(sentence);
  });
});
