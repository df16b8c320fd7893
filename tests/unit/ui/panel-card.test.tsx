// The hint card at the underline, as a component: the test contract (data-testid=rapport-hint with
// data-rule, rapport-apply only where there is a fix), text rendered as text, and the DOM event
// handed to the host so it can refuse what a page script dispatched.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HintCard } from '../../../src/ui/panel/HintCard';
import type { PanelHint } from '../../../src/ui/panel/Panel';

afterEach(cleanup);

const hint: PanelHint = {
  rule: 'plain-words',
  axis: 'voice',
  range: { start: 8, end: 15 },
  message: '“utilize” has a plainer word',
  why: 'Plain words sound like a person.',
  replacement: 'use',
  impact: -4,
  kind: 'issue',
  key: 'plain-words:8:utilize',
};

describe('HintCard', () => {
  it('shows the message, the fix, why, Apply and Dismiss, and passes each press on with its event', () => {
    const events: Array<[string, Event]> = [];
    render(<HintCard hint={hint} error={null} onApply={(event) => events.push(['apply', event])} onDismiss={(event) => events.push(['dismiss', event])} onClose={() => events.push(['close', new Event('x')])} />);
    const item = screen.getByTestId('rapport-hint');
    expect(item.getAttribute('data-rule')).toBe('plain-words');
    expect(item.textContent).toContain('Try: use');
    expect(screen.getByTestId('rapport-why').textContent).toBe('Plain words sound like a person.');
    fireEvent.click(screen.getByTestId('rapport-apply'));
    fireEvent.click(screen.getByTestId('rapport-dismiss'));
    fireEvent.keyDown(item, { key: 'Escape' });
    // The host gets the event itself, to check isTrusted (tests/e2e/coach.test.ts proves the refusal in Chromium).
    expect(events.map(([name, event]) => [name, event instanceof Event])).toEqual([['apply', true], ['dismiss', true], ['close', true]]);
  });

  it('offers no Apply without a fix, and says why an apply failed', () => {
    const { replacement: _none, ...noFix } = hint;
    render(<HintCard hint={noFix} error="The draft changed since this suggestion was made." onApply={() => undefined} onDismiss={() => undefined} onClose={() => undefined} />);
    expect(screen.queryByTestId('rapport-apply')).toBeNull();
    expect(screen.getByTestId('rapport-apply-error').textContent).toContain('draft changed');
  });

  it('renders page and preset text as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.__pwned = 1">';
    render(<HintCard hint={{ ...hint, message: hostile, why: hostile, replacement: hostile }} error={null} onApply={() => undefined} onDismiss={() => undefined} onClose={() => undefined} />);
    expect(document.querySelector('img')).toBeNull();
    expect(document.body.textContent).toContain(hostile);
  });
});
