/* global document */
// A person's path through the built example, in Chromium, by keyboard alone: open "I noticed
// something", name a pattern and where it is felt, choose “As progress”, skip the script and the
// breathing, close, and find the moment in the PatternLog on the page (and again after a
// reload, from IndexedDB). Run after `npm run build`: `node e2e.mjs`. The consumer check runs
// it on its copy of the app, passing PLAYWRIGHT_MODULE; set E2E_SCREENSHOT=path for a picture.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { preview } from 'vite';

const { chromium } = await import(process.env.PLAYWRIGHT_MODULE ?? 'playwright');
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const server = await preview({
  root: import.meta.dirname,
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: 0, open: false },
});
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.resolvedUrls.local[0]);

  const dialog = page.getByRole('dialog');
  /** Presses Tab until `target` has focus, as a keyboard user would. */
  async function tabTo(target) {
    for (let presses = 0; presses < 40; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    assert.fail(`Tab never reached ${target}`);
  }
  const step = (name) => dialog.getByRole('heading', { name, level: 2 }).waitFor();

  const trigger = page.getByRole('button', { name: 'I noticed something' });
  await tabTo(trigger);
  await page.keyboard.press('Enter');
  await step('What did you notice?');
  await tabTo(dialog.getByRole('radio', { name: 'People-pleasing' }));
  await page.keyboard.press('Space');
  await tabTo(dialog.getByRole('checkbox', { name: 'Chest' }));
  await page.keyboard.press('Space');
  await tabTo(dialog.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  await step('How would you like to meet it?');
  await tabTo(dialog.getByRole('radio', { name: 'As a setback' }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await tabTo(dialog.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  for (const name of ['A kinder voice', 'Breathe at your own pace']) {
    await step(name);
    await tabTo(dialog.getByRole('button', { name: 'Skip this step' }));
    await page.keyboard.press('Enter');
  }
  await step('You noticed. That matters.');
  await dialog.getByText('Saved to your log.').waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.ok(
    await trigger.evaluate((element) => element === document.activeElement),
    'focus is back on the trigger',
  );

  const entry = page.getByRole('region', { name: 'Your entries' }).getByRole('listitem');
  const expectEntry = async () => {
    await entry.filter({ hasText: 'People-pleasing' }).waitFor();
    assert.match(await entry.innerText(), /Chest · As progress/);
  };
  await expectEntry();
  if (process.env.E2E_SCREENSHOT) await page.screenshot({ path: process.env.E2E_SCREENSHOT, fullPage: true });
  await page.reload();
  await expectEntry();
  assert.deepEqual(errors, [], 'no errors on the page');
  console.log('example app e2e: a moment saved by keyboard shows in the log, and after a reload');
} finally {
  await browser.close();
  await server.close();
}
