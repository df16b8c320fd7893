import { genuineThanks, toEveryone } from './thanks-frame';
import { quote, type Finding, type Rule } from './types';

export const thanking: Rule = {
  id: 'thanking',
  axis: 'voice',
  docs: 'Thanking, congratulating and welcoming people in your own words (“thanks for waiting”, “congrats, Sam”) is invitational rhetoric, part of a human voice (Liebrecht et al. 2021); reciprocity credits the same words as acknowledgement.',
  points: 12,
  label: { strength: 'thanks people warmly' },
  check(ctx) {
    const findings: Finding[] = [];
    for (const match of genuineThanks(ctx)) {
      findings.push({
        kind: 'strength',
        range: match.range,
        idea: 'thanks',
        message: `“${quote(ctx, match.range)}” sounds like a person, not a notice`,
        why: 'Thanking and congratulating people plainly is how people talk to people; form letters thank “for your patience”.',
        // "Huge thanks to everyone!" is said to no one in particular.
        strength: toEveryone(ctx, match.lastWord) ? 0.2 : 0.6,
      });
    }
    return findings;
  },
};
