// Language detection: Rapport scores English and declines other languages, never an English post
// for being short. The posts are written for this test.

import { describe, expect, it } from 'vitest';
import { score } from '../../../src/engine';

/** English replies of five to nine words, many with no "the" or "you" to give them away. */
const ENGLISH = [
  'Awesome work, congrats team Ravi, brilliant!', 'Brilliant news, well done everyone involved!', 'Lovely photo, Maria, gorgeous colours there!',
  'Absolutely gorgeous sunset over Brighton tonight', 'Perfect timing, cheers mate, much appreciated!', 'Delivered this morning. Enjoy it, Sam!',
  'Congratulations Priya and Tom, huge achievement!', 'Doors open at nine on Saturday.', 'Bang on, mate, spot on.',
  'We utilize cookies on every page.', 'Cant wait to see everyone tmrw!! -KC', 'Fixed now, sorry for the trouble!',
  'Tickets sold out, sorry folks, next time!', 'Great shot, thanks for sharing it!', 'Morning all, coffee machine finally fixed!',
  'Merci beaucoup, see you at the shop on Friday!', '@ana_lucia Yes, open until late tonight! ^BL', 'Quick one: which colour do you prefer?',
  'Ten Ways To Save Money This Winter', 'SHOP NOW: 50% OFF EVERYTHING TODAY ONLY',
];

const OTHER: Array<[string, string]> = [
  ['es', 'Hemos abierto una nueva tienda en Madrid. ¡Compra ahora con un 20% de descuento!'],
  ['es', '@carla_m ¡Gracias por avisarnos! Ya lo estamos revisando. ^MG'],
  ['es', 'Gracias por todo'],
  ['fr', 'Merci à tous pour votre patience pendant les travaux.'],
  ['de', 'Unser Sommerfest ist am Samstag ab 14 Uhr. Kommt vorbei! #sommerfest #hamburg'],
  ['de', 'Danke, bis morgen!'],
  ['nl', 'Bedankt voor je bericht! We zoeken het voor je uit.'],
  ['ja', '新しい店舗が渋谷にオープンしました！'],
  ['ru', 'Спасибо за ваш отзыв!'],
];

describe('language', () => {
  it.each(ENGLISH)('scores English: “%s”', (text) => {
    const report = score(text);
    expect(report.status).toBe('scored');
    expect(['en', 'und']).toContain(report.language);
  });

  it.each(OTHER)('declines %s: “%s”, naming the language, with no scores or hints', (language, text) => {
    const report = score(text);
    expect(report.status).toBe('not-english');
    expect(report.language).toBe(language);
    expect(report.hints).toEqual([]);
    if (report.status === 'not-english') expect(report.message).toContain('Rapport scores English posts only');
  });

  it('reads prose only: handles, hashtags and links do not make a post English', () => {
    const report = score('@customer_care @help #newstore #bigsale https://example.com/shop Vielen Dank für Ihre Nachricht, wir melden uns morgen.');
    expect(report.status).toBe('not-english');
    expect(report.language).toBe('de');
  });

  it('gives “und” for two words it cannot place, and scores them', () => {
    const report = score('Awesome, enjoy!');
    expect(report.status).toBe('scored');
    expect(report.language).toBe('und');
  });

  it('says “en” for a clear English post', () => {
    expect(score('Thanks for the photos, what a day that was!').language).toBe('en');
  });
});
