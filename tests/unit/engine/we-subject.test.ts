import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine';

// "we" followed by a verb is a statement, not a command: it must not be read as a call to action,
// nor make a genuine question before it count for less.
describe('a "we" statement is not a command to the reader', () => {
  it.each([
    ['Tell us below, we read every reply!'],
    ["What's your favourite way to use our app? Tell us below, we read every reply!"],
    ['Thanks for the photos, we share our favourites on Fridays.'],
  ])('%s', (text) => {
    const report = score(text);
    expect(report.hints.filter((hint) => hint.rule === 'company-cta')).toEqual([]);
  });

  it('keeps the question that opens the post', () => {
    const report = score("What's your favourite way to use our app? Tell us below, we read every reply!");
    expect(report.hints.some((hint) => hint.rule === 'question' && hint.kind === 'strength')).toBe(true);
  });

  it('still flags the same verb as a command when nobody is its subject', () => {
    const report = score('Big news today. Read our press release.');
    expect(report.hints.some((hint) => hint.rule === 'company-cta')).toBe(true);
  });
});
