// Why the engine gives no scores for a draft, in one sentence every consumer shows as it is.
import type { DeclinedReport } from './types';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The language's English name ("Spanish"), or undefined for 'und' and codes Intl does not know. */
export function languageName(code: string): string | undefined {
  if (code === 'und') return undefined;
  try {
    return languageNames.of(code);
  } catch {
    return undefined;
  }
}

export function declinedMessage(status: DeclinedReport['status'], language: string): string {
  if (status === 'nothing-to-score') return 'Nothing to score yet: write a sentence or two and Rapport will check it.';
  const name = languageName(language);
  return `${name ? `This looks like ${name}. ` : 'This does not look like English. '}Rapport scores English posts only, so it gives no scores or hints here.`;
}
