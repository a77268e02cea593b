// MomentFlow in Chromium: a note typed mid-flow is in the log when the person comes back, after
// closing the tab before finishing (React runs no cleanup then; the flow stashes on pagehide).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const rounds = Number(process.env.DURABILITY_ROUNDS ?? 10);

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

describe.each(['indexeddb', 'local'])('given a MomentFlow saving to a log in %s', (storage) => {
  it(`should keep a note typed mid-flow when the tab closes (${rounds} times)`, async () => {
    const context = await harness.browser.newContext();
    const written: string[] = [];
    for (let i = 0; i < rounds; i++) {
      const page = await context.newPage();
      await page.goto(`${harness.url}?storage=${storage}&flow`);
      await page.getByRole('radio', { name: 'People-pleasing' }).check();
      written.push(`round ${i} closed mid-flow`);
      await page
        .getByRole('textbox', { name: 'Anything you want to remember? (optional)' })
        .fill(written.at(-1)!);
      // The person closes the tab before Continue; the browser runs the page's unload steps.
      await page.close({ runBeforeUnload: true });
    }
    const log = await context.newPage();
    await log.goto(`${harness.url}?storage=${storage}`);
    await log.locator('[data-status="ready"]').waitFor();
    await expect
      .poll(async () => (await log.getByText(/^round \d+ closed mid-flow/).allTextContents()).sort())
      .toEqual([...written].sort());
    await context.close();
  });
});
