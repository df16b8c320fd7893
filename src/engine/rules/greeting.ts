import { quote, type Finding, type Rule } from './types';

const GREETINGS = new Set(['hi', 'hello', 'hey', 'hiya', 'howdy', 'morning', 'afternoon', 'evening', 'dear']);
const TIME_OF_DAY = new Set(['morning', 'afternoon', 'evening']);

export const greeting: Rule = {
  id: 'greeting',
  axis: 'reciprocity',
  docs: 'Greeting the reader, by name where you know it (“Hi Sam”), talks to a person rather than an audience.',
  points: 12,
  label: { strength: 'greets the reader' },
  skipsOnlyClaimedStrengths: true,
  check(ctx) {
    const { doc } = ctx;
    const first = doc.sentences.find((sentence) => sentence.contentWords.length > 0);
    if (!first) return [];
    const [a, b, c] = first.contentWords.map((index) => doc.words[index]!);
    if (!a) return [];
    // "Hi", "Hey Sam", "Good morning, Sam".
    const opener = a.key === 'good' && b && TIME_OF_DAY.has(b.key) ? b : GREETINGS.has(a.key) && a.key !== 'dear' ? a : undefined;
    if (!opener) return [];
    const afterOpener = opener === a ? b : c;
    const named = afterOpener !== undefined && afterOpener.capitalised && !afterOpener.allCaps && afterOpener.sentence === a.sentence;
    const range = { start: a.start, end: named ? afterOpener.end : opener.end };
    if (ctx.claimed(range)) return [];
    const finding: Finding = {
      kind: 'strength',
      range,
      message: named ? `“${quote(ctx, range)}” greets the reader by name` : `“${quote(ctx, range)}” greets the reader`,
      why: 'Greeting and addressing the person is how a conversation starts, not a broadcast.',
      strength: named ? 1 : 0.6,
    };
    return [finding];
  },
};
