import { launch, typeInto } from './harness';
import { buildFixtures } from '../fixtures/build';
await buildFixtures();
const h = await launch();
try {
  const page = await h.openX('/home');
  await typeInto(page, 'home', 'Please utilize the form. Shop now and use code SAVE20!');
  await page.waitForTimeout(1500);
  const word = await page.evaluate(() => {
      const root = document.querySelector(`[data-fixture-editor="home"] [contenteditable="true"]`)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('utilize');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 2);
        range.setEnd(node, at + 4);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
  await page.mouse.click(word!.x, word!.y);
  await page.waitForTimeout(800);
  console.log(await page.evaluate(() => [document.querySelector('rapport-panel')!.shadowRoot!.querySelector('.hint.focused')?.getAttribute('data-rule'), document.querySelector('rapport-card')?.shadowRoot?.textContent]));
  await page.screenshot({ path: '/tmp/rp/x.png' });
} finally { await h.close(); }
