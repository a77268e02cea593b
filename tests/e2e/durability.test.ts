// PatternLog in Chromium: a moment logged just before the page goes away is still there when
// the person comes back (issue 11). Each case repeats, since a lost write is a race.
import type { BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const rounds = Number(process.env.DURABILITY_ROUNDS ?? 10);
const storages = ['indexeddb', 'local'] as const;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

async function open(context: BrowserContext, storage: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${harness.url}?storage=${storage}`);
  await page.locator('[data-status="ready"]').waitFor();
  return page;
}

/** Logs one moment the way a person does: choose what they noticed, a note, "Log it". */
async function logMoment(page: Page, note: string) {
  await page.getByRole('combobox', { name: 'What did you notice?' }).selectOption('fawning');
  await page.getByRole('textbox', { name: 'Note (optional)' }).fill(note);
  await page.getByRole('button', { name: 'Log it' }).click();
}

async function notesShown(page: Page): Promise<string[]> {
  return page.getByText(/^round \d+/).allTextContents();
}

describe.each(storages)('given a log in %s', (storage) => {
  it(`should keep a moment logged right before the tab closes (${rounds} times)`, async () => {
    const context = await harness.browser.newContext();
    const written: string[] = [];
    for (let i = 0; i < rounds; i++) {
      const page = await open(context, storage);
      written.push(`round ${i} closed`);
      await logMoment(page, written.at(-1)!);
      // The person closes the tab at once; the browser runs the page's unload steps.
      await page.close({ runBeforeUnload: true });
      await new Promise<void>((resolve) =>
        page.isClosed() ? resolve() : page.once('close', () => resolve()),
      );
    }
    const after = await open(context, storage);
    expect((await notesShown(after)).sort()).toEqual([...written].sort());
    await context.close();
  });

  it(`should keep a moment logged right before a reload (${rounds} times)`, async () => {
    const context = await harness.browser.newContext();
    const page = await open(context, storage);
    const written: string[] = [];
    for (let i = 0; i < rounds; i++) {
      written.push(`round ${i} reloaded`);
      await logMoment(page, written.at(-1)!);
      await page.reload();
      await page.locator('[data-status="ready"]').waitFor();
    }
    expect((await notesShown(page)).sort()).toEqual([...written].sort());
    await context.close();
  });

  it(`should keep both tabs' moments when both log at once and one closes (${rounds} times)`, async () => {
    const context = await harness.browser.newContext();
    const stays = await open(context, storage);
    const written: string[] = [];
    for (let i = 0; i < rounds; i++) {
      const leaves = await open(context, storage);
      written.push(`round ${i} stays`, `round ${i} leaves`);
      await Promise.all([logMoment(stays, `round ${i} stays`), logMoment(leaves, `round ${i} leaves`)]);
      await leaves.close({ runBeforeUnload: true });
    }
    const after = await open(context, storage);
    await expect
      .poll(async () => (await notesShown(after)).sort(), { timeout: 10_000 })
      .toEqual([...written].sort());
    await expect
      .poll(async () => (await notesShown(stays)).sort(), { timeout: 10_000 })
      .toEqual([...written].sort());
    await context.close();
  });
});
