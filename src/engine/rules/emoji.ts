import { quote, type Finding, type Rule } from './types';

export const emoji: Rule = {
  id: 'emoji',
  axis: 'voice',
  docs: 'Emoji and emoticons are informal speech; the preset decides whether they are welcome.',
  points: 8,
  label: { strength: 'light and human', issue: 'emoji your team avoids' },
  check(ctx) {
    const policy = ctx.preset.emoji;
    if (policy === 'neutral') return [];
    return ctx.doc
      .emojiRanges()
      .filter((range) => policy === 'discouraged' || !ctx.claimed(range))
      .map<Finding>((range) =>
        policy === 'welcome'
          ? {
              kind: 'strength',
              range: { ...range },
              message: `${quote(ctx, range)} keeps it light`,
              why: 'Emoji and emoticons are markers of an informal, human voice.',
              strength: 0.5,
            }
          : {
              kind: 'issue',
              range: { ...range },
              message: `${quote(ctx, range)} — your team keeps posts free of emoji`,
              why: 'Your preset discourages emoji, e.g. for a formal or regulated audience.',
              replacement: '',
              strength: 0.5,
            },
      );
  },
};
