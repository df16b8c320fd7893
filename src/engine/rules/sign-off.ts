import type { SignOff } from '../document';
import type { SignOffPolicy } from '../presets/types';
import type { Finding, Rule } from './types';

export const signOff: Rule = {
  id: 'sign-off',
  axis: 'voice',
  docs: 'A personal sign-off (“^JS”, “– Sam”) puts a person behind the brand; presets can require one.',
  points: 18,
  label: { strength: 'signed by a person', issue: 'no personal sign-off' },
  skipsOnlyClaimedStrengths: true,
  check(ctx) {
    const { doc, preset } = ctx;
    const found = doc.signOff;
    const findings: Finding[] = [];
    if (found && !ctx.claimed(found)) {
      findings.push({
        kind: 'strength',
        range: { start: found.start, end: found.end },
        message: `Signed “${found.text}” — readers know who is talking`,
        why: 'A personal signature is one of the clearest markers of a human voice.',
      });
    }
    if (preset.signOff.required && !(found && accepted(found, preset.signOff))) {
      const end = doc.text.length;
      findings.push({
        kind: 'issue',
        // Empty range at the end: where the sign-off goes.
        range: found ? { start: found.start, end: found.end } : { start: end, end },
        message: found ? `“${found.text}” is not one of your team’s sign-offs` : 'Sign the post (for example “^JS” or “– Sam”)',
        why: 'Your team signs posts so readers know a person, not an avatar, is speaking.',
      });
    }
    return findings;
  },
};

function accepted(found: SignOff, policy: SignOffPolicy): boolean {
  if (policy.accepted.length > 0) {
    const normal = normalise(found.name);
    return policy.accepted.some((option) => normalise(option) === normal);
  }
  return policy.styles.includes(found.style);
}

/** Dashes and the space after them vary by keyboard; "–Sam", "- Sam" and "— Sam" are one sign-off. */
function normalise(signature: string): string {
  return signature.trim().replace(/^[-–—~]\s*/, '-');
}
