// Minimal pairs: the same post with one signal changed. Each row says which version must score
// higher on which axis. Written by hand for this test, not taken from the labelled data.

import { describe, expect, it } from 'vitest';
import { scored } from '../../scored';
import type { Axis } from '../../../src/engine';

interface Pair {
  signal: string;
  axis: Axis;
  better: string;
  worse: string;
}

const pairs: Pair[] = [
  // Reciprocity: raises
  { signal: 'a genuine question at the end', axis: 'reciprocity', better: 'Our winter menu is out. Which dish should we keep all year?', worse: 'Our winter menu is out. We will keep one dish all year.' },
  { signal: 'an invitation to reply', axis: 'reciprocity', better: 'The new trail map is up at the visitor centre. Tell us what we missed.', worse: 'The new trail map is up at the visitor centre.' },
  { signal: 'addressing the reader', axis: 'reciprocity', better: 'Your library card now works at all twelve branches.', worse: 'The library card now works at all twelve branches.' },
  { signal: 'thanking someone', axis: 'reciprocity', better: 'Thank you to the volunteers who cleaned the riverbank on Saturday.', worse: 'Volunteers cleaned the riverbank on Saturday.' },
  { signal: 'congratulating someone', axis: 'reciprocity', better: 'Congratulations to Priya, our apprentice of the year.', worse: 'Priya is our apprentice of the year.' },
  { signal: 'owning a mistake', axis: 'reciprocity', better: "You're right, the opening hours on our site were wrong. Fixed now.", worse: 'The opening hours on our site were updated.' },
  { signal: 'greeting the reader by name', axis: 'reciprocity', better: 'Hi Dana, the refund went out this morning.', worse: 'The refund went out this morning.' },
  { signal: 'an apology to the person', axis: 'reciprocity', better: 'Sorry, the parcel left the depot late.', worse: 'The parcel left the depot late.' },
  // Reciprocity: lowers
  { signal: 'broadcast opener', axis: 'reciprocity', better: 'The bakery on Elm Street opens on Monday.', worse: "We're thrilled to announce the bakery on Elm Street opens on Monday." },
  { signal: 'hard sell', axis: 'reciprocity', better: 'The spring jackets are in the shop.', worse: 'The spring jackets are in the shop. Buy now, limited time only.' },
  { signal: 'percent-off discount', axis: 'reciprocity', better: 'Spring jackets are in.', worse: 'Spring jackets are in, 30% off.' },
  { signal: 'engagement bait', axis: 'reciprocity', better: 'We planted 500 trees this spring.', worse: 'We planted 500 trees this spring. Like and retweet!' },
  { signal: 'vanity metric', axis: 'reciprocity', better: 'The newsletter turns one this week.', worse: 'The newsletter turns one this week with 10k followers.' },
  { signal: 'company call to action', axis: 'reciprocity', better: 'The annual report is out.', worse: 'The annual report is out. Download it and register for the webinar.' },
  { signal: 'rhetorical sales question', axis: 'reciprocity', better: 'What would you like to see on the menu next?', worse: 'Want 20% off? Shop now.' },
  { signal: 'hashtag pile', axis: 'reciprocity', better: 'Running club meets at 7 #running', worse: 'Running club meets at 7 #running #fitness #health #run #club' },
  { signal: 'link pile', axis: 'reciprocity', better: 'Schedule: https://example.com/a', worse: 'Schedule: https://example.com/a https://example.com/b https://example.com/c https://example.com/d' },
  { signal: 'company-centred we/our', axis: 'reciprocity', better: 'The garden opens at nine and the café at ten.', worse: 'Our garden opens at nine and our café at ten, as we planned with our team.' },
  // Voice: raises
  { signal: 'first person singular', axis: 'voice', better: 'I tested the new bike lane this morning. Smooth ride.', worse: 'The new bike lane was tested this morning. Smooth ride.' },
  { signal: 'personal sign-off', axis: 'voice', better: 'Your replacement card is on its way. ^JS', worse: 'Your replacement card is on its way.' },
  { signal: 'dash-name sign-off', axis: 'voice', better: 'Your replacement card is on its way. – Sam', worse: 'Your replacement card is on its way.' },
  { signal: 'contractions', axis: 'voice', better: "We're sorry it's late. It'll arrive Friday.", worse: 'We are sorry it is late. It will arrive Friday.' },
  { signal: 'a light interjection', axis: 'voice', better: 'Oh no, the lift is out again.', worse: 'The lift is out again.' },
  { signal: 'stance and hedges of talk', axis: 'voice', better: 'Honestly, the new bike lane is probably the best thing on this street.', worse: 'The new bike lane is the best thing on this street.' },
  { signal: 'a reason given in talk', axis: 'voice', better: 'The lift is out again because the part never came.', worse: 'The lift is out again pending the part.' },
  { signal: 'a word drawn out as it is said', axis: 'voice', better: 'The lift is out agaaain.', worse: 'The lift is out again.' },
  { signal: 'a texting spelling', axis: 'voice', better: 'Are u coming to the market on Saturday?', worse: 'Are you coming to the market on Saturday?' },
  { signal: 'a relaxed lower-case start', axis: 'voice', better: 'the lift is out again.', worse: 'The lift is out again.' },
  { signal: 'empathy', axis: 'voice', better: 'That sounds frustrating. The lift is fixed now.', worse: 'The lift is fixed now.' },
  // Voice: lowers
  { signal: 'third-person self-reference', axis: 'voice', better: 'We now deliver on Sundays.', worse: 'Acme is proud to deliver on Sundays.' },
  { signal: 'form-letter phrasing', axis: 'voice', better: 'Sorry about the wait on the phone line.', worse: 'We apologize for any inconvenience caused by the wait on the phone line.' },
  { signal: 'jargon', axis: 'voice', better: 'We help small shops sell online.', worse: 'We leverage best-in-class solutions to empower small shops.' },
  { signal: 'plain words', axis: 'voice', better: 'Use the side door.', worse: 'Utilize the side door.' },
  { signal: 'passive voice hiding the actor', axis: 'voice', better: 'We made a mistake with your bill.', worse: 'Mistakes were made with your bill.' },
  {
    signal: 'a long sentence',
    axis: 'voice',
    better: 'The pool reopens on Monday. The new changing rooms are ready. Lessons start the week after.',
    worse:
      'The pool reopens on Monday after the works that started in March and that included the new changing rooms and the roof and the boiler and the tiles around the deep end, and lessons start the week after.',
  },
  { signal: 'shouting in capitals', axis: 'voice', better: 'The sale starts today.', worse: 'The sale starts TODAY. AMAZING DEALS.' },
  { signal: 'runs of exclamation marks', axis: 'voice', better: 'The sale starts today!', worse: 'The sale starts today!!!' },
  { signal: 'a news-feed “Topic: Headline” kicker', axis: 'voice', better: 'Photo: the old mill reopens this weekend.', worse: 'Photo: The Old Mill reopens this weekend.' },
  { signal: 'headline case', axis: 'voice', better: 'Five ways cities are making streets safer for children', worse: 'Five Ways Cities Are Making Streets Safer For Children' },
];

describe('minimal pairs', () => {
  it.each(pairs.map((pair) => [pair.signal, pair] as const))('%s', (_signal, pair) => {
    const better = scored(pair.better)[pair.axis];
    const worse = scored(pair.worse)[pair.axis];
    expect(better, `${pair.axis}: “${pair.better}” (${better}) vs “${pair.worse}” (${worse})`).toBeGreaterThan(worse);
  });

  it('a leading @handle alone barely moves reciprocity', () => {
    const plain = scored('The refund went out this morning.').reciprocity;
    const reply = scored('@dana The refund went out this morning.').reciprocity;
    expect(reply - plain).toBeGreaterThanOrEqual(0);
    expect(reply - plain).toBeLessThanOrEqual(5);
  });

  it('a single "!" or a link changes neither score', () => {
    const plain = scored('The refund went out this morning.');
    for (const variant of ['The refund went out this morning!', 'The refund went out this morning. https://example.com/r']) {
      const report = scored(variant);
      expect(report.reciprocity, variant).toBe(plain.reciprocity);
      expect(report.voice, variant).toBe(plain.voice);
    }
  });
});
