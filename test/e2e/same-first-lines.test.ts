/**
 * A shell block whose commands start with the same line (`docker run \` over different options), on a test-only
 * page (`test/e2e/lessons/same-first-lines.md`): Docusaurus's Line is not told its index, so lines are matched by
 * their text, and such a line must never copy the other command. Every per-command button copies the command it
 * stands beside; a line whose text two commands share has none (the block's button copies them all).
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, expect, inject, test} from 'vitest';
import {allowClipboard, clipboardAfter, launchBrowser, openPage} from './browser';
import {docUrl} from './pages';

const SOURCE = 'test/e2e/lessons/same-first-lines.md';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('no per-command button copies another command than the one on its line', async () => {
  const opened = await openPage(browser, docUrl(SOURCE), {mode: 'light', width: 1280, themeStorage: inject('themeStorage')});
  const {page} = opened;
  try {
    await allowClipboard(opened);
    const block = page.locator('article .shell-block').first();
    // Each per-command button copies the command that starts on its own line.
    const lineButtons = block.locator('.token-line').filter({has: page.getByRole('button')});
    const copied: Array<[string, string]> = [];
    for (let index = 0; index < (await lineButtons.count()); index++) {
      const line = lineButtons.nth(index);
      const text = (await line.innerText()).trim();
      const button = line.getByRole('button');
      await button.scrollIntoViewIfNeeded();
      copied.push([text, await clipboardAfter(page, () => button.click(), `button on "${text}"`)]);
    }
    expect(copied).toEqual([['docker ps', 'docker ps']]);
    // The block's button copies the three commands.
    const all = block.getByRole('button', {name: 'Copy all commands'});
    expect(await clipboardAfter(page, () => all.click(), 'Copy all')).toBe('docker run \\\n  --name web -p 8080:80 nginx\ndocker run \\\n  --name cache -p 6379:6379 redis\ndocker ps');
    // In the session, `hello` (output) and `$ hello` (a command) are different lines: each command keeps its button.
    const session = page.locator('article .shell-block').nth(1);
    const sessionButtons = session.getByRole('button', {name: /^Copy command: /});
    expect(await sessionButtons.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')))).toEqual(['Copy command: echo hello', 'Copy command: hello']);
    expect(opened.errors).toEqual([]);
  } finally {
    await opened.close();
  }
});
