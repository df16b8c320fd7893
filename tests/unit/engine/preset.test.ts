import { describe, expect, it } from 'vitest';
import { scored } from '../../scored';
import { score, type LengthCounting, type Limits, type Preset } from '../../../src/engine';
import { NEUTRAL_PRESET } from '../../../src/engine/presets/neutral';

function preset(changes: Partial<Preset>): Preset {
  return { ...structuredClone(NEUTRAL_PRESET), ...changes };
}

const rulesHit = (text: string, p: Preset, limits?: Limits) => scored(text, p, limits ? { limits } : {}).hints.map((hint) => hint.rule);

describe('presets', () => {
  it('turns a rule off: no hint and no points', () => {
    const text = 'Acme is proud to leverage synergy.';
    const off = preset({ rules: { jargon: { enabled: false, weight: 1 } } });
    expect(rulesHit(text, off)).not.toContain('jargon');
    expect(scored(text, off).voice).toBeGreaterThan(scored(text).voice);
    expect(scored(text, off).breakdown.voice.contributions.some((entry) => entry.rule === 'jargon')).toBe(false);
  });

  it('scales a rule by its weight', () => {
    const text = 'What should we cook next?';
    const doubled = preset({ rules: { question: { enabled: true, weight: 2 } } });
    const halved = preset({ rules: { question: { enabled: true, weight: 0.5 } } });
    const points = (p: Preset) => scored(text, p).breakdown.reciprocity.contributions.find((entry) => entry.rule === 'question')!.points;
    expect(points(doubled)).toBeCloseTo(2 * points(NEUTRAL_PRESET), 0);
    expect(points(halved)).toBeCloseTo(0.5 * points(NEUTRAL_PRESET), 0);
    expect(scored(text, doubled).reciprocity).toBeGreaterThan(scored(text, halved).reciprocity);
  });

  it('flags banned phrases case-insensitively as whole phrases, offering the preferred wording', () => {
    const p = preset({ bannedPhrases: [{ phrase: 'sign up', preferred: 'join', reason: 'House style.' }] });
    const text = 'Sign up today. Signup is not the phrase.';
    const hints = scored(text, p).hints.filter((hint) => hint.rule === 'banned-phrase');
    expect(hints).toHaveLength(1);
    expect(text.slice(hints[0]!.range.start, hints[0]!.range.end)).toBe('Sign up');
    expect(hints[0]!.replacement).toBe('Join');
    expect(hints[0]!.why).toBe('House style.');
  });

  it('never builds a pattern from preset text', () => {
    const p = preset({ bannedPhrases: [{ phrase: '(a+)+$' }], phrases: { reciprocity: { raise: ['.*'], lower: [] }, voice: { raise: [], lower: ['[x'] } } });
    expect(() => scored('a'.repeat(20_000) + '!', p)).not.toThrow();
  });

  it('asks for a sign-off when the preset requires one', () => {
    const required = preset({ signOff: { required: true, styles: ['initials'], accepted: [] } });
    const unsigned = scored('Your card is on its way.', required);
    const missing = unsigned.hints.find((hint) => hint.rule === 'sign-off' && hint.kind === 'issue');
    expect(missing?.range).toEqual({ start: 24, end: 24 });
    expect(scored('Your card is on its way. ^JS', required).hints.some((hint) => hint.kind === 'issue')).toBe(false);
    // A dash-name sign-off is a strength, but not the style this team requires.
    expect(scored('Your card is on its way. – Sam', required).hints.some((hint) => hint.rule === 'sign-off' && hint.kind === 'issue')).toBe(true);
    expect(scored('Your card is on its way. ^JS', required).voice).toBeGreaterThan(unsigned.voice);
  });

  it('accepts only the listed sign-offs when the preset names them', () => {
    const named = preset({ signOff: { required: true, styles: ['initials', 'dash-name'], accepted: ['^JS', '– Sam'] } });
    const issues = (text: string) => scored(text, named).hints.filter((hint) => hint.rule === 'sign-off' && hint.kind === 'issue');
    expect(issues('Done. ^JS')).toEqual([]);
    expect(issues('Done. -Sam')).toEqual([]);
    expect(issues('Done. ^KT')).toHaveLength(1);
  });

  it('holds the draft to the limits it is given for hashtags, links, mentions and length', () => {
    const strict: Limits = { hashtags: 0, links: 0, mentions: 0, length: 20 };
    const text = 'Look at this one @ann #tag https://example.com/a, it is long';
    expect(rulesHit(text, NEUTRAL_PRESET, strict)).toEqual(expect.arrayContaining(['hashtag-pile', 'link-pile', 'mention-pile', 'length']));
    expect(rulesHit(text, NEUTRAL_PRESET, { hashtags: 3, links: 2, mentions: 10, length: 63206 })).not.toEqual(expect.arrayContaining(['hashtag-pile']));
    expect(scored(text, NEUTRAL_PRESET, { limits: strict }).stats.maxLength).toBe(20);
  });

  it('never reads limits from the preset: they come with the network, in the score context', () => {
    const text = 'Look at this one @ann #tag #more #most https://example.com/a';
    const withLimits = preset({ limits: { anywhere: { post: { hashtags: 0, length: 5 } } } });
    expect(score(text, withLimits)).toEqual(score(text, NEUTRAL_PRESET));
  });

  it('measures length in the unit it is given, and says which in the hint', () => {
    const text = 'Read this: https://example.com/a-very-long-path-that-goes-on-and-on-and-on 😀😀';
    const hint = (length: LengthCounting) => scored(text, NEUTRAL_PRESET, { limits: { hashtags: 2, links: 2, mentions: 5, length: 30 }, length }).hints.find((h) => h.rule === 'length');
    expect(hint({ unit: 'twitter-weighted' })?.message).toBe('39 weighted characters (most emoji and CJK count 2, each link 23); the limit is 30');
    expect(hint({ unit: 'utf16' })?.message).toBe(`${text.length} characters; the limit is 30`);
    expect(hint({ unit: 'code-points', linkLength: 23 })?.message).toBe('37 characters, each link counted as 23; the limit is 30');
    expect(hint({ unit: 'graphemes', linkLength: 23 })).toBeDefined();
    expect(scored(text, NEUTRAL_PRESET, { limits: { hashtags: 2, links: 2, mentions: 5, length: 40 }, length: { unit: 'code-points', linkLength: 23 } }).hints.some((h) => h.rule === 'length')).toBe(false);
  });

  it('follows the emoji policy', () => {
    const text = 'See you Saturday 🎉';
    expect(rulesHit(text, NEUTRAL_PRESET)).not.toContain('emoji');
    expect(scored(text, preset({ emoji: 'welcome' })).hints.find((hint) => hint.rule === 'emoji')?.kind).toBe('strength');
    expect(scored(text, preset({ emoji: 'discouraged' })).hints.find((hint) => hint.rule === 'emoji')?.kind).toBe('issue');
    expect(scored(text, preset({ emoji: 'welcome' })).voice).toBeGreaterThan(scored(text, preset({ emoji: 'discouraged' })).voice);
  });

  it('uses the preset’s own phrases to raise and lower each axis', () => {
    const p = preset({ phrases: { reciprocity: { raise: ['pop in'], lower: ['as always'] }, voice: { raise: ['cheers folks'], lower: ['going forward'] } } });
    const raised = scored('Pop in and say hello.', p);
    expect(raised.hints.find((hint) => hint.rule === 'custom-reciprocity')?.kind).toBe('strength');
    expect(raised.reciprocity).toBeGreaterThan(scored('Come in and say hello.', p).reciprocity);
    expect(scored('As always, the shop opens at nine.', p).hints.find((hint) => hint.rule === 'custom-reciprocity')?.kind).toBe('issue');
    expect(scored('Cheers folks, see you soon.', p).hints.find((hint) => hint.rule === 'custom-voice')?.kind).toBe('strength');
  });
});
